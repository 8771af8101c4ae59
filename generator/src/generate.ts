import { readFileSync } from 'node:fs';
import ts from 'typescript';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitClientConcurrently } from './emit/emit-client-concurrently.js';
import { emitIndex, emitPackageJson, emitTsconfig } from './emit/emit-package.js';
import { emitReadme } from './emit/emit-readme.js';
import { emitTypes } from './emit/emit-types.js';
import { fileHeader } from './emit/header.js';
import { GeneratorError } from './errors.js';
import { readSource, type ReadOptions } from './load/read-source.js';
import { validateAndBundle, type BundledSpec } from './load/validate-and-bundle.js';
import { buildModel } from './model/build-model.js';
import { interfaceSnapshot } from './model/interface-snapshot.js';
import type { ApiModel } from './model/types.js';

export interface GenerateOptions {
  specPath: string;
  packageName: string;
  clientName: string;
  packageVersion?: string;
  maxSpecBytes?: number;
  /** Deepest nesting of objects and arrays accepted in the spec (default DEFAULT_MAX_DEPTH, 256). */
  maxDepth?: number;
}

export interface GeneratedFile {
  /** Relative to the output folder, with `/` separators. */
  path: string;
  content: string;
}

export interface GenerateResult {
  files: GeneratedFile[];
  model: ApiModel;
  spec: BundledSpec;
  warnings: string[];
  timings: Record<string, number>;
}

/** Versions written into the generated package.json: the ranges it is tested with here. */
const OPENAPI_FETCH_RANGE = '^0.17.0';
const TYPESCRIPT_RANGE = '^5.9.3';

const runtimeTemplate = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates', 'runtime.ts'),
  'utf8',
);

/** Loads a spec and produces every file of the client package, in memory. Writes nothing. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } catch (error) {
      // A stack overflow in any library (each recurses over the document) is reported like the depth limit.
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        throw new GeneratorError(`the document nests too deeply for the ${stage} step (a lower --max-depth shows where)`, { file: options.specPath }, { cause: error });
      }
      throw error;
    } finally {
      timings[stage] = performance.now() - started;
    }
  };
  const readOptions: ReadOptions = { maxBytes: options.maxSpecBytes, maxDepth: options.maxDepth };
  const source = await time('read', () => readSource(options.specPath, readOptions));
  const spec = await time('validate', () => validateAndBundle(source));
  const model = await time('model', () => buildModel(spec.document, { clientName: options.clientName }));
  const specName = path.basename(options.specPath);
  const header = fileHeader(specName, source.sha256);
  const typeWarnings: string[] = [];
  // Taken before openapi-typescript runs: its discriminator handling edits the document it is given.
  const generatedFrom = `Generated from ${specName} (sha256 ${source.sha256}) by @periskope-tools/generator. Do not edit.`;
  const snapshot = JSON.stringify({ '//': generatedFrom, ...(interfaceSnapshot(spec.document) as object) }, null, 2) + '\n';
  // The wrapper is emitted beside the types (on a worker thread); `client` is its own elapsed time.
  const clientStarted = performance.now();
  const clientText = emitClientConcurrently(model, { clientName: options.clientName }).finally(() => {
    timings.client = performance.now() - clientStarted;
  });
  clientText.catch(() => {}); // awaited below; this only keeps a failure during the types step from going unhandled
  const types = await time('types', () => emitTypes(spec.document, options.specPath, typeWarnings));
  const client = await clientText;
  const files: GeneratedFile[] = [
    {
      path: 'package.json',
      content: emitPackageJson({
        header: generatedFrom,
        packageName: options.packageName,
        clientName: options.clientName,
        version: options.packageVersion ?? spec.document.info?.version ?? '0.0.0',
        description: `Typed client for ${model.title}, generated from its OpenAPI document`,
        openapiFetchVersion: OPENAPI_FETCH_RANGE,
        typescriptVersion: TYPESCRIPT_RANGE,
      }),
    },
    { path: 'README.md', content: emitReadme(model, { packageName: options.packageName, clientName: options.clientName, specName, specSha256: source.sha256 }) },
    { path: 'tsconfig.json', content: emitTsconfig(header) },
    // What the client was generated from, minus documentation: `npm run contract` diffs the spec against it.
    { path: 'openapi.snapshot.json', content: snapshot },
    { path: 'src/client.ts', content: header + client },
    { path: 'src/index.ts', content: header + emitIndex(options.clientName) },
    { path: 'src/runtime.ts', content: header + runtimeTemplate },
    { path: 'src/schema.ts', content: header + types },
  ];
  await time('verify', () => verifyGeneratedCode(files, options.specPath));
  return { files, model, spec, warnings: [...spec.warnings, ...model.warnings, ...typeWarnings], timings };
}

/** Top-level statements each generated source may hold; anything else means spec text became code. */
const ALLOWED_STATEMENTS: Record<string, readonly ts.SyntaxKind[]> = {
  'src/schema.ts': [ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration],
  'src/client.ts': [
    ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.TypeAliasDeclaration,
    ts.SyntaxKind.VariableStatement,
    ts.SyntaxKind.ClassDeclaration,
  ],
  'src/index.ts': [ts.SyntaxKind.ExportDeclaration],
};

/**
 * A last line of defence: every generated TypeScript file must parse without errors and hold only the kinds
 * of statements we emit. Every emitter escapes what it takes from the spec; this catches a case one missed
 * (or a dependency's) before it reaches disk, instead of shipping a client that does not compile or, worse,
 * runs text from the spec.
 */
function verifyGeneratedCode(files: GeneratedFile[], specFile: string): void {
  for (const file of files) {
    const allowed = ALLOWED_STATEMENTS[file.path];
    if (!allowed) continue;
    const source = ts.createSourceFile(file.path, file.content, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    const diagnostics = (source as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
    let problem: string | undefined;
    let offset = 0;
    if (diagnostics.length > 0) {
      problem = ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, ' ');
      offset = diagnostics[0]!.start;
    } else {
      const statement = source.statements.find((node) => !allowed.includes(node.kind));
      if (statement) {
        problem = `unexpected ${ts.SyntaxKind[statement.kind]}`;
        offset = statement.getStart(source);
      }
    }
    if (problem !== undefined) {
      const { line } = source.getLineAndCharacterOfPosition(offset);
      throw new GeneratorError(
        `internal error: the generated ${file.path} is not valid (line ${line + 1}: ${problem}); nothing was written. Please report this with the spec`,
        { file: specFile },
      );
    }
  }
}
