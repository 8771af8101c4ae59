import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitIndex, emitPackageJson, emitTsconfig } from './emit/emit-package.js';
import { emitReadme } from './emit/emit-readme.js';
import { fileHeader } from './emit/header.js';
import { GeneratorError } from './errors.js';
import { parseSpecFile, readSpecFile, type ReadOptions, type SpecSource } from './load/read-source.js';
import type { BundledSpec, OpenApiDocument } from './load/validate-and-bundle.js';
import { interfaceSnapshot } from './model/interface-snapshot.js';
import type { ApiModel } from './model/types.js';
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
}

export type { GeneratedFile };

export interface GenerateResult {
  files: GeneratedFile[];
  model: ApiModel;
  spec: BundledSpec;
  warnings: string[];
  /** Elapsed time of each stage, in ms, per thread (the two run at the same time). */
  timings: { main: Record<string, number>; worker: Record<string, number> };
}

/** Versions written into the generated package.json: the ranges it is tested with here. */
const OPENAPI_FETCH_RANGE = '^0.17.0';
const TYPESCRIPT_RANGE = '^5.9.3';

const runtimeTemplate = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates', 'runtime.ts'),
  'utf8',
);

/**
 * Loads a spec and produces every file of the client package, in memory. Writes nothing.
 *
 * Two threads share the work: this one reads the spec and emits the types (openapi-typescript); a worker
 * (start-spec-tasks.ts) lints it, builds the model and emits the wrapper (ts-morph) from the same text. The types
 * are emitted before the lint has finished, so a failure here waits for the worker's verdict and reports the
 * lint's or the model's error first: the spec's own problem is what the user should see.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const time = stageTimer(timings, options.specPath);
  const readOptions: ReadOptions = { maxBytes: options.maxSpecBytes, maxDepth: options.maxDepth };
  const tasks = startSpecTasks();
  // Imported only now, so that this thread loads TypeScript, openapi-typescript and Redocly while the worker
  // loads ts-morph (with its own TypeScript) and Redocly.
  const libraries = Promise.all([import('./emit/emit-types.js'), import('./verify/generated-code.js'), import('./load/validate-and-bundle.js')]);
  libraries.catch(() => {}); // awaited below, unless reading the spec fails first
  try {
    const [{ emitTypes }, { verifyGeneratedSource }, { describeWarnings, detectVersion, hasExternalRef }] = await time('load', () => libraries);
    const source = await time('read', async () => {
      const spec = await readSpecFile(options.specPath, readOptions);
      const parsed = parseSpecFile(spec, readOptions);
      // Handed over only once it has passed the size, depth and circular-`$ref` checks here.
      tasks.begin({ spec, readOptions, clientName: options.clientName });
      return parsed;
    });
    const version = detectVersion(source);
    // Only a spec with external `$ref`s needs Redocly's bundle before its types can be emitted.
    const document = hasExternalRef(source.parsed) ? await bundledDocument(tasks) : (source.parsed as OpenApiDocument);
    const specName = path.basename(options.specPath);
    const header = fileHeader(specName, source.sha256);
    const typeWarnings: string[] = [];
    // Taken before openapi-typescript runs: its discriminator handling edits the document it is given.
    const generatedFrom = `Generated from ${specName} (sha256 ${source.sha256}) by @periskope-tools/generator. Do not edit.`;
    const snapshot = JSON.stringify({ '//': generatedFrom, ...(interfaceSnapshot(document) as object) }, null, 2) + '\n';
    const types = await checkedFirst(tasks, () => time('types', () => withLine(source, () => emitTypes(document, options.specPath, typeWarnings))));
    const indexSource = header + emitIndex(options.clientName);
    const schemaSource = header + types;
    await checkedFirst(tasks, () =>
      time('verify', () => {
        verifyGeneratedSource('src/schema.ts', schemaSource, options.specPath);
        verifyGeneratedSource('src/index.ts', indexSource, options.specPath);
      }),
    );
    const checked = await tasks.checked;
    const model = checked.model;
    const lintWarnings = describeWarnings(checked.warnings, source);
    const clientSource = header + (await tasks.client);
    await time('verify', () => verifyGeneratedSource('src/client.ts', clientSource, options.specPath));
    const files: GeneratedFile[] = [
      {
        path: 'package.json',
        content: emitPackageJson({
          header: generatedFrom,
          packageName: options.packageName,
          clientName: options.clientName,
          version: options.packageVersion ?? document.info?.version ?? '0.0.0',
          description: `Typed client for ${model.title}, generated from its OpenAPI document`,
          openapiFetchVersion: OPENAPI_FETCH_RANGE,
          typescriptVersion: TYPESCRIPT_RANGE,
        }),
      },
      { path: 'README.md', content: emitReadme(model, { packageName: options.packageName, clientName: options.clientName, specName, specSha256: source.sha256 }) },
      { path: 'tsconfig.json', content: emitTsconfig(header) },
      // What the client was generated from, minus documentation: `npm run contract` diffs the spec against it.
      { path: 'openapi.snapshot.json', content: snapshot },
      { path: 'src/client.ts', content: clientSource },
      { path: 'src/index.ts', content: indexSource },
      // Not from the spec, so not under its header: the template carries its own.
      { path: 'src/runtime.ts', content: runtimeTemplate },
      { path: 'src/schema.ts', content: schemaSource },
    ];
    const spec: BundledSpec = { source, version, document, warnings: lintWarnings };
    return { files, model, spec, warnings: [...lintWarnings, ...model.warnings, ...typeWarnings], timings: { main: timings, worker: tasks.timings } };
  } finally {
    tasks.stop();
  }
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

async function bundledDocument(tasks: SpecTasks): Promise<OpenApiDocument> {
  const { bundled } = await tasks.checked;
  if (!bundled) throw new Error('internal error: the spec has external $refs but the worker sent no bundled document');
  return bundled;
}

/**
 * Runs a step of this thread; if it fails, the worker's lint and model get the word first: an error there is
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
