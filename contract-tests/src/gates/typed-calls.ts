/**
 * The typed-calls check: for every operation, the arguments the suite sends (request-values.ts: the spec's valid
 * examples, else Ajv-checked sampled values) are written as a literal call through the generated client into one TypeScript file,
 * which must type-check under `strict`. A call the spec allows that does not compile is the generator's bug (its
 * types are stricter than the spec); the replay shows whether Prism accepts the same values at run time.
 */
import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildModel, type JsonObject, type OpenApiDocument, type OperationModel } from '@periskope-tools/generator';
import { requestValues } from '../plan/request-values.js';
import { createSchemaValidator } from '../spec/schema-validator.js';

const require = createRequire(import.meta.url);

export interface TypedCallsResult {
  /** Calls written (one per operation whose arguments are plain data). */
  calls: number;
  /** The operations whose call was written, in file order. */
  operations: string[];
  /**
   * Operations left out, with why: a binary or multipart body has no literal form, or the spec allows no request
   * (`impossible`: the value's schema or parameter pointer, for the spec finding).
   */
  skipped: { operation: string; reason: string; impossible?: { pointer: string } }[];
  /** Type errors, each with the operation whose call has it. */
  errors: { operation: string; message: string }[];
  /** The file written, to open in an editor. */
  file: string;
}

/** Strict, as a careful consumer compiles: the generated sources are checked with the calls. */
const COMPILER_OPTIONS = {
  strict: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  skipLibCheck: true,
  noEmit: true,
  types: [],
} as const;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export interface TypedCallsOptions {
  /** The generated package's folder (the calls file is written there, importing `./src/index.js`). */
  dir: string;
  className: string;
  document: unknown;
  /** The arguments to write for an operation instead of the suite's values (a test writing a wrong call on purpose). */
  args?: (operation: OperationModel, values: JsonObject) => JsonObject;
}

export async function checkTypedCalls(options: TypedCallsOptions): Promise<TypedCallsResult> {
  const model = buildModel(options.document as OpenApiDocument, { clientName: options.className });
  const version = String((options.document as { openapi?: unknown }).openapi ?? '').startsWith('3.1') ? '3.1' : '3.0';
  const validator = createSchemaValidator(options.document, version);
  const skipped: TypedCallsResult['skipped'] = [];
  const lines = [
    `import { ${options.className} } from './src/index.js';`,
    '',
    `const client = new ${options.className}({ baseUrl: 'http://127.0.0.1' });`,
    '',
    'export async function calls(): Promise<void> {',
  ];
  /** Line (0-based) of each call → its operation. */
  const callAt = new Map<number, string>();
  for (const operation of model.operations) {
    const encoding = operation.requestBody?.encoding;
    if (encoding === 'binary' || encoding === 'multipart') {
      skipped.push({ operation: operation.id, reason: `a ${encoding} body has no literal form` });
      continue;
    }
    const { args: values, unsatisfied } = requestValues(options.document, operation, validator);
    // The spec itself allows no request here (request-impossible): there is no call the client should accept.
    const impossible = unsatisfied.find((value) => value.impossible);
    if (impossible && !options.args) {
      skipped.push({ operation: operation.id, reason: `${impossible.what}: ${impossible.impossible} (${impossible.reason})`, impossible: { pointer: impossible.pointer } });
      continue;
    }
    const args = options.args ? options.args(operation, values) : values;
    callAt.set(lines.length, operation.id);
    lines.push(`  await client${member(operation.group)}${member(operation.name)}(${literal(args, operation)});`);
  }
  lines.push('}', '');
  const file = path.join(options.dir, 'typed-calls.ts');
  await writeFile(file, lines.join('\n'));
  return { calls: callAt.size, operations: [...callAt.values()], skipped, errors: await typeErrors(file, callAt), file };
}

function member(name: string): string {
  return IDENTIFIER.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** The arguments as a literal; none at all when the operation takes none and there is nothing to pass. */
function literal(args: Record<string, unknown>, operation: OperationModel): string {
  if (Object.keys(args).length === 0 && !operation.argumentsRequired) return '';
  return JSON.stringify(args);
}

async function typeErrors(file: string, callAt: Map<number, string>): Promise<TypedCallsResult['errors']> {
  const ts = require('typescript') as typeof import('typescript');
  const { options } = ts.convertCompilerOptionsFromJson(
    { ...COMPILER_OPTIONS, lib: COMPILER_OPTIONS.lib.map((name) => name.replace(/^lib\.|\.d\.ts$/g, '')) },
    path.dirname(file),
  );
  const program = ts.createProgram({ rootNames: [file], options, host: cachingLibHost(ts, options) });
  const errors: TypedCallsResult['errors'] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const source = diagnostic.file;
    if (!source || path.resolve(source.fileName) !== path.resolve(file) || diagnostic.start === undefined) {
      errors.push({ operation: '(generated client)', message: `${source ? path.basename(source.fileName) : ''}: ${message}` });
      continue;
    }
    const { line } = source.getLineAndCharacterOfPosition(diagnostic.start);
    errors.push({ operation: callAt.get(line) ?? `typed-calls.ts:${line + 1}`, message: `line ${line + 1}: ${message}` });
  }
  return errors;
}

/** TypeScript's own lib files (lib.dom.d.ts alone is 1 MB), parsed once per process and shared by every check. */
const libFiles = new Map<string, import('typescript').SourceFile | undefined>();

/** A compiler host that takes TypeScript's lib files from `libFiles`: a corpus run checks hundreds of clients in one process. */
function cachingLibHost(ts: typeof import('typescript'), options: import('typescript').CompilerOptions): import('typescript').CompilerHost {
  const host = ts.createCompilerHost(options);
  const libDir = path.dirname(ts.getDefaultLibFilePath(options));
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (path.dirname(path.resolve(fileName)) !== libDir) return read(fileName, languageVersion, onError, shouldCreate);
    if (!libFiles.has(fileName)) libFiles.set(fileName, read(fileName, languageVersion, onError, shouldCreate));
    return libFiles.get(fileName);
  };
  return host;
}
