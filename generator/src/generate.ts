import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nextRelease, type PreviousRelease, type Release } from './changes/index.js';
import { apiName } from './emit/api-name.js';
import { CJS_TSCONFIG, emitCjsTsconfig, emitIndex, emitPackageJson, emitTsconfig } from './emit/emit-package.js';
import { emitReadme } from './emit/emit-readme.js';
import { fileHeader } from './emit/header.js';
import { packageVersion } from './emit/package-version.js';
import { GeneratorError } from './errors.js';
import { describeWarnings, detectVersion, hasExternalRef, type BundledSpec, type OpenApiDocument } from './load/openapi.js';
import { parseSpecFile, readSpecFile, type SpecSource } from './load/read-source.js';
import { snapshotText } from './model/interface-snapshot.js';
import type { ApiModel, PaginationDeclaration } from './model/types.js';
import type { StageTimer } from './pipeline/stage-timer.js';
import { startSpecTasks, type SpecTasks } from './pipeline/start-spec-tasks.js';
import { stageTimer } from './pipeline/stage-timer.js';
import type { GeneratedFile } from './write/output.js';

export interface GenerateOptions {
  specPath: string;
  packageName: string;
  clientName: string;
  packageVersion?: string;
  maxSpecBytes?: number;
  /** Deepest nesting of objects and arrays accepted in the spec (default DEFAULT_MAX_DEPTH, 256). */
  maxDepth?: number;
  /**
   * The output folder's last generation (package.json version, openapi.snapshot.json, CHANGELOG.md): the
   * change report against it sets the version and the changelog's new entry. Without it: a first release.
   */
  previous?: PreviousRelease;
  /** Pagination declared for operations (by operationId) the spec alone does not make unambiguous. */
  pagination?: Record<string, PaginationDeclaration | false>;
}

export type { GeneratedFile };

export interface GenerateResult {
  files: GeneratedFile[];
  /** The version this generation has, and the change report that decided it. */
  release: Release;
  model: ApiModel;
  spec: BundledSpec;
  warnings: string[];
  /** Elapsed time of each stage, in ms, per thread (the two run at the same time). */
  timings: { main: Record<string, number>; worker: Record<string, number> };
}

/** Versions written into the generated package.json: the ranges it is tested with here. */
const OPENAPI_FETCH_RANGE = '^0.17.0';
const TYPESCRIPT_RANGE = '^5.9.3';

/** The runtime's modules, the same for every spec: copied from templates/ into the package's src/. */
export const RUNTIME_TEMPLATES = ['body.ts', 'debug-log.ts', 'logging.ts', 'response.ts', 'retry.ts', 'runtime.ts', 'wire.ts'] as const;

const TEMPLATE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates');
const runtimeFiles: GeneratedFile[] = RUNTIME_TEMPLATES.map((name) => ({
  path: `src/${name}`,
  content: readFileSync(path.join(TEMPLATE_DIR, name), 'utf8'),
}));

/**
 * Loads a spec and produces every file of the client package, in memory; the CLI writes them (write/).
 *
 * The stages, in order: load (read, parse once, check) → document (the parsed spec, or Redocly's bundle when it
 * has external `$ref`s) → emit the types → model (the lint's verdict, the model and the warnings) → verify the
 * types and the wrapper → the package files. The spec tasks (pipeline/: the model, the ts-morph wrapper and
 * Redocly's lint) run beside this thread, on a worker in the compiled CLI, from the document loaded here. A failure
 * of the types waits for the tasks' verdict and reports the lint's or the model's error first: the spec's own
 * problem is what the user should see. The verification's parses start as soon as each file exists (see
 * verify/quick-accept.ts) and are only awaited after the lint.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const time = stageTimer(timings, options.specPath);
  const tasks = startSpecTasks();
  try {
    const specName = path.basename(options.specPath);
    const source = await time('read', () => load(options, tasks));
    const document = await documentOf(source, tasks);
    const header = fileHeader(specName, source.sha256);
    // Read before the types, which edit the document (openapi-typescript's discriminator handling).
    const initialVersion = packageVersion(document.info?.version);
    const generatedFrom = generatedFromLine(specName, source.sha256);
    // Made here from this thread's parse, where the spec tasks would make it after their lint (the longer thread);
    // of a spec with external `$ref`s only the tasks have the bundle it is made of.
    const ownSnapshot = hasExternalRefs(source) ? undefined : await time('snapshot', () => snapshotText(document, generatedFrom));
    const { emitTypes, verifyGeneratedSource, quickAccept } = await time('libraries', loadEmitters);
    const typeWarnings: string[] = [];
    const schemaSource = header + (await checkedFirst(tasks, () => time('types', () => withLine(source, () => emitTypes(document, options.specPath, typeWarnings)))));
    // Both files are parsed by oxc on threads of their own while this one waits for the spec tasks.
    const schemaAccepted = quickAccept('src/schema.ts', schemaSource);
    const clientSource = header + (await tasks.client);
    const clientAccepted = quickAccept('src/client.ts', clientSource);
    const { model, warnings, snapshot } = await modelOf(tasks, source, time, ownSnapshot);
    await time('verify', () => verifyGeneratedSource('src/schema.ts', schemaSource, options.specPath, schemaAccepted));
    await time('verify', () => verifyGeneratedSource('src/client.ts', clientSource, options.specPath, clientAccepted));
    const release = await time('release', () =>
      // The snapshot is read back only to compare it with the previous one.
      nextRelease(options.previous, options.previous ? JSON.parse(snapshot) : undefined, { name: specName, sha256: source.sha256 }, {
        initial: initialVersion,
        ...(options.packageVersion !== undefined ? { explicit: options.packageVersion } : {}),
      }),
    );
    // After the model: the index names every operation's standalone function.
    const indexSource = header + emitIndex(options.clientName, model.operations.map(({ typeName, pagination }) => ({ typeName, paged: pagination !== undefined })));
    await time('verify', () => verifyGeneratedSource('src/index.ts', indexSource, options.specPath));
    const files: GeneratedFile[] = [
      {
        path: 'package.json',
        content: emitPackageJson({
          header: generatedFrom,
          packageName: options.packageName,
          clientName: options.clientName,
          version: release.version,
          description: `Typed client for ${apiName(model.title, options.packageName)}, generated from its OpenAPI document`,
          openapiFetchVersion: OPENAPI_FETCH_RANGE,
          typescriptVersion: TYPESCRIPT_RANGE,
        }),
      },
      { path: 'CHANGELOG.md', content: release.changelog },
      { path: 'README.md', content: emitReadme(model, { packageName: options.packageName, clientName: options.clientName, specName, specSha256: source.sha256 }) },
      { path: 'tsconfig.json', content: emitTsconfig(header) },
      { path: CJS_TSCONFIG, content: emitCjsTsconfig(header) },
      // What the client was generated from, minus documentation: `npm run contract` diffs the spec against it.
      { path: 'openapi.snapshot.json', content: snapshot },
      { path: 'src/client.ts', content: clientSource },
      { path: 'src/index.ts', content: indexSource },
      // Not from the spec, so not under its header: each template carries its own.
      ...runtimeFiles,
      { path: 'src/schema.ts', content: schemaSource },
    ];
    const spec: BundledSpec = { source, version: detectVersion(source), document, warnings };
    return { files, release, model, spec, warnings: [...warnings, ...model.warnings, ...typeWarnings], timings: { main: timings, worker: tasks.timings } };
  } finally {
    tasks.stop();
  }
}

/**
 * Reads the spec within the size limit, parses it (the only parse: the spec tasks get this one) and checks its
 * nesting depth, circular `$ref`s and version, then hands it to the spec tasks.
 */
async function load(options: GenerateOptions, tasks: SpecTasks): Promise<SpecSource> {
  const readOptions = { maxBytes: options.maxSpecBytes, maxDepth: options.maxDepth };
  const file = await readSpecFile(options.specPath, readOptions);
  const source = parseSpecFile(file, readOptions);
  detectVersion(source);
  tasks.begin({
    file: source.file,
    sha256: source.sha256,
    bytes: movableBytes(file.bytes) ?? new TextEncoder().encode(source.text),
    syntax: source.syntax,
    externalRef: hasExternalRefs(source),
    ...(source.refCycles ? { refCycles: source.refCycles } : {}),
    ...(source.syntax === 'yaml' ? { parsed: source.parsed } : {}),
    clientName: options.clientName,
    ...(options.pagination ? { pagination: options.pagination } : {}),
    packageName: options.packageName,
    generatedFrom: generatedFromLine(path.basename(options.specPath), source.sha256),
  });
  return source;
}

/**
 * The file's bytes, if they can be moved to the worker as they are: they must be the whole of their ArrayBuffer
 * (moving a slice of Node's shared pool would take the other slices with it). The worker decodes them as this
 * thread did (malformed UTF-8 becomes U+FFFD alike), where encoding the text again would cost about 45 ms here.
 */
function movableBytes(bytes: Uint8Array | undefined): Uint8Array | undefined {
  return bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : undefined;
}

/** Whether the spec has external `$ref`s: known from its structure check, or found in the document. */
function hasExternalRefs(source: SpecSource): boolean {
  return source.externalRef ?? hasExternalRef(source.parsed);
}

/** The line that says where a generated JSON file (package.json, the snapshot) came from. */
function generatedFromLine(specName: string, sha256: string): string {
  return `Generated from ${specName} (sha256 ${sha256}) by @periskope-tools/generator. Do not edit.`;
}

/** What the types are emitted from: the parsed spec, unless external `$ref`s need Redocly's bundle (from the tasks). */
async function documentOf(source: SpecSource, tasks: SpecTasks): Promise<OpenApiDocument> {
  if (!hasExternalRefs(source)) return source.parsed as OpenApiDocument;
  const { bundled } = await tasks.checked;
  if (!bundled) throw new Error('internal error: the spec has external $refs but the spec tasks sent no bundled document');
  return bundled;
}

/** Imported only now: this thread loads TypeScript and openapi-typescript after handing the spec over. */
async function loadEmitters() {
  const [{ emitTypes }, { quickAccept, verifyGeneratedSource }] = await Promise.all([import('./emit/emit-types.js'), import('./verify/generated-code.js')]);
  return { emitTypes, quickAccept, verifyGeneratedSource };
}


/**
 * The model and the snapshot from the spec tasks, and their lint warnings with file and line: located there for a
 * JSON spec, here (from this thread's YAML parse, which has the positions) for any other.
 */
async function modelOf(tasks: SpecTasks, source: SpecSource, time: StageTimer, ownSnapshot: string | undefined): Promise<{ model: ApiModel; warnings: string[]; snapshot: string }> {
  const checked = await tasks.checked;
  const warnings = checked.described ?? (await time('warnings', () => describeWarnings(checked.warnings, source)));
  const snapshot = checked.snapshot ?? ownSnapshot;
  if (snapshot === undefined) throw new Error('internal error: no thread made the interface snapshot');
  return { model: checked.model, warnings, snapshot };
}

/** A GeneratorError that names a JSON pointer but no line gets the line, from the spec as read. */
function withLine<T>(source: SpecSource, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const pointer = error instanceof GeneratorError ? error.location?.pointer : undefined;
    if (!(error instanceof GeneratorError) || pointer === undefined || error.location?.line !== undefined) throw error;
    throw new GeneratorError(error.reason, { ...source.locate(pointer), pointer }, { cause: error });
  }
}

/**
 * Runs a step of this thread; if it fails, the spec tasks' lint and model get the word first: an error there is
 * the spec's own problem (a step here may only have tripped over it), so it is the one to report.
 */
async function checkedFirst<T>(tasks: SpecTasks, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await tasks.checked;
    throw error;
  }
}
