/**
 * Shared by the feature and hostile-input tests: generate a client into generator/test/.tmp/<name>/, type-check
 * it with a consumer file, compile it, import it, and talk to it through a tiny HTTP server.
 */
import { once } from 'node:events';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { generate, type GenerateOptions, type GenerateResult } from '../../src/generate.js';
import { writeOutput } from '../../src/write/output.js';
import { CONSUMER_OPTIONS } from '../support/typecheck.js';

/** generator/test */
export const TEST_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** generator/test/.tmp: inside the repository, so the generated code resolves openapi-fetch from node_modules. */
export const TMP_ROOT = path.join(TEST_ROOT, '.tmp');
export const FEATURE_FIXTURES = path.join(TEST_ROOT, 'features', 'fixtures');
export const HOSTILE_FIXTURES = path.join(TEST_ROOT, 'hostile', 'fixtures');

export async function tmpDir(name: string): Promise<string> {
  await mkdir(TMP_ROOT, { recursive: true });
  await writeFile(path.join(TMP_ROOT, '.gitignore'), '*\n');
  const dir = path.join(TMP_ROOT, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

export interface Generated {
  dir: string;
  result: GenerateResult;
}

/** Generates `specPath` into generator/test/.tmp/<name>/ (emptied first). */
export async function generateInto(
  name: string,
  specPath: string,
  options: Partial<Omit<GenerateOptions, 'specPath'>> = {},
): Promise<Generated> {
  const dir = await tmpDir(name);
  const result = await generate({ specPath, packageName: `@test/${name}`, clientName: 'TestApi', ...options });
  await writeOutput(dir, result.files);
  return { dir, result };
}

export { CONSUMER_OPTIONS };

function format(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (file) => file,
    getCurrentDirectory: () => TEST_ROOT,
    getNewLine: () => '\n',
  });
}

/**
 * Type-checks the generated src/*.ts plus a consumer file (written as `<dir>/consumer.ts`, importing
 * `./src/index.js`) and returns the formatted diagnostics: '' when there are none.
 */
export async function typeCheck(generated: Generated, consumer: string): Promise<string> {
  const consumerFile = path.join(generated.dir, 'consumer.ts');
  await writeFile(consumerFile, consumer);
  const sources = generated.result.files.filter((file) => file.path.startsWith('src/')).map((file) => path.join(generated.dir, file.path));
  const program = ts.createProgram({ rootNames: [...sources, consumerFile], options: CONSUMER_OPTIONS });
  return format(ts.getPreEmitDiagnostics(program));
}

/**
 * Compiles the generated package to `<dir>/dist` with the TypeScript API (the package's own settings) and
 * imports `dist/index.js`.
 */
export async function compileAndImport<T = Record<string, unknown>>(generated: Generated): Promise<T> {
  const sources = generated.result.files.filter((file) => file.path.startsWith('src/')).map((file) => path.join(generated.dir, file.path));
  const program = ts.createProgram({
    rootNames: sources,
    options: {
      ...CONSUMER_OPTIONS,
      noEmit: false,
      declaration: false,
      rootDir: path.join(generated.dir, 'src'),
      outDir: path.join(generated.dir, 'dist'),
    },
  });
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) throw new Error(`the generated client does not compile:\n${format(diagnostics)}`);
  return (await import(pathToFileURL(path.join(generated.dir, 'dist', 'index.js')).href)) as T;
}

export interface RecordedRequest {
  method: string;
  /** Path and query string exactly as sent. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface TestServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** The last request received. */
  last(): RecordedRequest;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 and a free port; `reply` decides each response. */
export async function startServer(reply: (request: RecordedRequest) => Reply = () => ({ status: 204 })): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      let answer: Reply;
      try {
        answer = reply(recorded);
      } catch (error) {
        answer = { status: 599, body: String(error) };
      }
      res.writeHead(answer.status ?? 200, answer.headers);
      res.end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    last() {
      const request = requests[requests.length - 1];
      if (!request) throw new Error('the server received no request');
      return request;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A JSON reply. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** Awaits a promise that must reject, and returns the error. */
export async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown> & Error;
  }
  throw new Error('expected the call to throw');
}

/** The client class of a compiled test package, loosely typed for calls from the test. */
export type LooseClient = Record<string, Record<string, (args?: unknown, options?: unknown) => Promise<unknown>>>;

export function newClient(module: Record<string, unknown>, baseUrl: string, options: Record<string, unknown> = {}): LooseClient {
  const Client = module.TestApi as new (options: Record<string, unknown>) => LooseClient;
  return new Client({ baseUrl, ...options });
}
