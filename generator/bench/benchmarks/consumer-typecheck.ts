/**
 * 4. Type-checking cost for a consumer: 100 calls to 100 different operations through our generated client vs
 * through raw openapi-fetch over openapi-typescript's types (`tsc --extendedDiagnostics`).
 */
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildModel, derefObject, getAtPointer, sampleSchema, type OperationModel } from '../../src/index.js';
import { CALLS, CLIENT_NAME, GITHUB_SPEC, PACKAGE_NAME, RUNS, TMP, TSC } from '../config.js';
import { check, runNode, type Measured } from '../measure.js';

type Json = Record<string, unknown>;

/** The document layer's sampler, without examples: any value valid for the types will do (GitHub's examples are not always). */
function sample(document: unknown, schema: unknown): unknown {
  return sampleSchema(document, schema, { useExamples: false }) ?? 'x';
}

function literal(value: unknown): string {
  return JSON.stringify(value);
}

function objectLiteral(entries: [string, unknown][]): string {
  return `{ ${entries.map(([key, value]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${literal(value)}`).join(', ')} }`;
}

export interface Call {
  operation: OperationModel;
  ours: string;
  raw: string;
}

/** 100 operations spread evenly over the spec (sorted by path and method), each with valid required arguments. */
export function buildCalls(document: unknown): Call[] {
  const model = buildModel(document as Parameters<typeof buildModel>[0], { clientName: CLIENT_NAME });
  const sorted = [...model.operations].sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path < b.path ? -1 : 1));
  const chosen = Array.from({ length: Math.min(CALLS, sorted.length) }, (_, i) => sorted[Math.floor((i * sorted.length) / CALLS)]!);
  return chosen.map((operation) => {
    const byLocation = new Map<string, [string, unknown][]>();
    for (const parameter of operation.parameters.filter((p) => p.required)) {
      const resolved = derefObject(document, getAtPointer(document, parameter.pointer));
      const schema = resolved.schema ?? Object.values((resolved.content ?? {}) as Json).map((media) => (media as Json).schema)[0];
      const list = byLocation.get(parameter.in) ?? [];
      list.push([parameter.name, sample(document, schema)]);
      byLocation.set(parameter.in, list);
    }
    let body: unknown;
    const requestBody = operation.requestBody;
    if (requestBody?.required) {
      const media = (derefObject(document, getAtPointer(document, requestBody.pointer)).content as Json)[requestBody.mediaType] as Json;
      body = sample(document, media.schema);
    }

    // Ours: one arguments object (flat: parameters and body properties side by side; nested: by location).
    let args = '';
    if (operation.argumentShape === 'nested') {
      const members = [...byLocation].map(([location, entries]) => `${location}: ${objectLiteral(entries)}`);
      if (body !== undefined) members.push(`body: ${literal(body)}`);
      if (members.length > 0) args = `{ ${members.join(', ')} }`;
    } else {
      const entries = [...byLocation.values()].flat();
      if (body !== undefined) {
        if (requestBody?.propertyNames && body && typeof body === 'object' && !Array.isArray(body)) entries.push(...Object.entries(body as Json));
        else entries.push(['body', body]);
      }
      if (entries.length > 0) args = objectLiteral(entries);
    }
    const group = /^[A-Za-z_$][\w$]*$/.test(operation.group) ? `.${operation.group}` : `[${literal(operation.group)}]`;
    const method = /^[A-Za-z_$][\w$]*$/.test(operation.name) ? `.${operation.name}` : `[${literal(operation.name)}]`;
    const ours = `github${group}${method}(${args})`;

    // Raw openapi-fetch: client.GET('/path', { params: { path, query, header }, body }).
    const init: string[] = [];
    if (byLocation.size > 0) init.push(`params: { ${[...byLocation].map(([location, entries]) => `${location}: ${objectLiteral(entries)}`).join(', ')} }`);
    if (body !== undefined) init.push(`body: ${literal(body)}`);
    const raw = `client.${operation.method.toUpperCase()}(${literal(operation.path)}${init.length > 0 ? `, { ${init.join(', ')} }` : ''})`;
    return { operation, ours, raw };
  });
}

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
  files: ['index.ts'],
};

async function writeConsumer(dir: string, source: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true, type: 'module' }, null, 2) + '\n');
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG, null, 2) + '\n');
  await writeFile(path.join(dir, 'index.ts'), source);
}

export interface Diagnostics {
  instantiations: number;
  types: number;
  checkMs: number;
  totalMs: number;
  memoryKb: number;
  errors: number;
  errorText: string;
  maxRss: number | undefined;
  wallMs: number;
}

function parseDiagnostics(run: Measured): Diagnostics {
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)(s|K)?\\s*$`, 'm').exec(run.stdout);
    return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : NaN;
  };
  const errorLines = run.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  return {
    instantiations: field('Instantiations'),
    types: field('Types'),
    checkMs: field('Check time'),
    totalMs: field('Total time'),
    memoryKb: field('Memory used'),
    errors: errorLines.length,
    errorText: errorLines.slice(0, 5).join('\n'),
    maxRss: run.maxRss,
    wallMs: run.wallMs,
  };
}

async function tscDiagnostics(dir: string): Promise<Diagnostics> {
  return parseDiagnostics(await runNode([TSC, '--noEmit', '--extendedDiagnostics', '-p', dir]));
}

export interface ConsumerResult {
  name: string;
  runs: Diagnostics[];
}

export async function benchConsumers(
  ourPackage: string,
  otsSchema: string,
): Promise<{ results: ConsumerResult[]; build: Measured; calls: Call[]; groups: number }> {
  // Our package as a consumer gets it: its ES build (dist/esm, .d.ts; the consumer is an ES module), installed under node_modules.
  const pkg = path.join(TMP, 'consumer-pkg');
  await rm(pkg, { recursive: true, force: true });
  await cp(ourPackage, pkg, { recursive: true });
  process.stderr.write('  building our generated package (tsc -p, declarations)\n');
  const build = check(await runNode([TSC, '-p', path.join(pkg, 'tsconfig.json')]), 'building the generated package');

  const document = JSON.parse(await readFile(GITHUB_SPEC, 'utf8')) as unknown;
  const calls = buildCalls(document);
  const groups = new Set(calls.map((call) => call.operation.group)).size;
  const comment = (call: Call, index: number) => `  // ${index + 1}. ${call.operation.method.toUpperCase()} ${call.operation.path} (${call.operation.id})`;

  const oursDir = path.join(TMP, 'consumer-ours');
  await writeConsumer(
    oursDir,
    [
      `import { ${CLIENT_NAME} } from '${PACKAGE_NAME}';`,
      '',
      `const github = new ${CLIENT_NAME}();`,
      '',
      'export async function calls(): Promise<void> {',
      ...calls.flatMap((call, i) => [comment(call, i), `  const r${i + 1} = await ${call.ours};`]),
      '}',
      '',
    ].join('\n'),
  );
  await mkdir(path.join(oursDir, 'node_modules', '@bench'), { recursive: true });
  await symlink(pkg, path.join(oursDir, 'node_modules', '@bench', 'github'), 'dir');

  const rawDir = path.join(TMP, 'consumer-raw');
  await writeConsumer(
    rawDir,
    [
      `import createClient from 'openapi-fetch';`,
      `import type { paths } from './schema.js';`,
      '',
      `const client = createClient<paths>({ baseUrl: 'https://api.github.com', headers: { Authorization: 'Bearer token' } });`,
      '',
      'export async function calls(): Promise<void> {',
      ...calls.flatMap((call, i) => [comment(call, i), `  const r${i + 1} = await ${call.raw};`]),
      '}',
      '',
    ].join('\n'),
  );
  // openapi-typescript's output is declarations only; as a .d.ts it is what a published types package ships.
  await cp(otsSchema, path.join(rawDir, 'schema.d.ts'));

  // Baselines: the same imports and client construction, no calls (the fixed cost of loading the types).
  const oursBase = path.join(TMP, 'consumer-ours-0');
  await writeConsumer(oursBase, `import { ${CLIENT_NAME} } from '${PACKAGE_NAME}';\n\nexport const github = new ${CLIENT_NAME}();\n`);
  await mkdir(path.join(oursBase, 'node_modules', '@bench'), { recursive: true });
  await symlink(pkg, path.join(oursBase, 'node_modules', '@bench', 'github'), 'dir');
  const rawBase = path.join(TMP, 'consumer-raw-0');
  await writeConsumer(
    rawBase,
    `import createClient from 'openapi-fetch';\nimport type { paths } from './schema.js';\n\nexport const client = createClient<paths>({ baseUrl: 'https://api.github.com' });\n`,
  );
  await cp(otsSchema, path.join(rawBase, 'schema.d.ts'));

  const consumers: [string, string][] = [
    [`ours: ${calls.length} calls`, oursDir],
    [`raw openapi-fetch: ${calls.length} calls`, rawDir],
    ['ours: import + new client, 0 calls', oursBase],
    ['raw openapi-fetch: import + createClient, 0 calls', rawBase],
  ];
  const results: ConsumerResult[] = consumers.map(([name]) => ({ name, runs: [] }));
  for (let round = 1; round <= RUNS; round++) {
    for (const [index, [name, dir]] of consumers.entries()) {
      process.stderr.write(`  tsc round ${round}/${RUNS}: ${name}\n`);
      results[index]!.runs.push(await tscDiagnostics(dir));
    }
  }
  return { results, build, calls, groups };
}
