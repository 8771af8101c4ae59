/**
 * `npm run bench:bundle`: what one call costs a browser bundle, on the built generated package.
 *
 * Each row is one tiny program that makes the same call (`DELETE /message/broadcast/{broadcast_id}`, the
 * `cancelBroadcast` seed operation), bundled by esbuild for the browser as one minified ES module: through the
 * generated client's standalone function (`cancelBroadcast(core, args)`, the one-call consumer: only that operation
 * is kept), through the grouped client (`client.message.cancelBroadcast`: every operation is reachable from its
 * constructor), the same with the package's `sideEffects: false` and `/* @__PURE__ *\/` hints ignored (what they
 * buy), through its CommonJS build (what a bundler gets on `require`), and through raw openapi-fetch, the baseline. Sizes are bytes minified and gzipped (zlib level 9), and the ratio
 * to the baseline. Code splitting is on, as in an application's build: what a program loads up front (its entry
 * chunk and the chunks that imports statically) is measured, and what it loads only on demand (a dynamic `import()`:
 * the client's redacting debug log, fetched when the log level is `debug`) is printed beside it. Nothing here
 * asserts; the numbers are printed, never tested.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
/** contract-tests/: the package and openapi-fetch resolve from here, as from any consumer in the workspace. */
const resolveDir = path.dirname(here);

const STANDALONE_CALL = `import { PeriskopeApiCore, cancelBroadcast } from '@periskope/periskope-client';
const core = new PeriskopeApiCore({ authToken: 'token' });
cancelBroadcast(core, { broadcast_id: 'b25192d5' }).then((result) => console.log(result.status));`;

const ESM_CALL = `import { PeriskopeApi } from '@periskope/periskope-client';
const client = new PeriskopeApi({ authToken: 'token' });
client.message.cancelBroadcast({ broadcast_id: 'b25192d5' }).then((result) => console.log(result.status));`;

const CJS_CALL = `const { PeriskopeApi } = require('@periskope/periskope-client');
const client = new PeriskopeApi({ authToken: 'token' });
client.message.cancelBroadcast({ broadcast_id: 'b25192d5' }).then((result) => console.log(result.status));`;

const RAW_CALL = `import createClient from 'openapi-fetch';
const client = createClient({ baseUrl: 'https://api.periskope.app/v1', headers: { Authorization: 'Bearer token' } });
client.DELETE('/message/broadcast/{broadcast_id}', { params: { path: { broadcast_id: 'b25192d5' } } }).then(({ data }) => console.log(data.status));`;

interface Row {
  name: string;
  source: string;
  options?: BuildOptions;
}

const BASELINE = 'raw openapi-fetch (baseline)';
const ROWS: Row[] = [
  { name: BASELINE, source: RAW_CALL },
  { name: 'generated client, cancelBroadcast(core, …) (one operation)', source: STANDALONE_CALL },
  { name: 'the same, sideEffects and pure hints ignored', source: STANDALONE_CALL, options: { ignoreAnnotations: true } },
  { name: 'generated client, client.message.cancelBroadcast (ES build)', source: ESM_CALL },
  { name: 'generated client, CommonJS build (require)', source: CJS_CALL },
];

interface Size {
  minified: number;
  gzipped: number;
  /** Minified bytes of the chunks loaded only on demand. */
  lazy: number;
}

async function bundle(row: Row): Promise<Size> {
  const outdir = path.join(resolveDir, 'bundle-size.out');
  const result = await build({
    stdin: { contents: row.source, resolveDir, sourcefile: 'call.js', loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    outdir,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    ...row.options,
  });
  const files = new Map((result.outputFiles ?? []).map((file) => [path.relative(resolveDir, file.path), file.contents]));
  const outputs = result.metafile!.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint !== undefined);
  if (!entry) throw new Error(`esbuild wrote nothing for ${row.name}`);
  // The entry and what it imports statically load up front; dynamic imports load on demand.
  const upFront = new Set<string>();
  const visit = (name: string) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  const code = Buffer.concat([...upFront].map((name) => files.get(name)!));
  const lazy = [...files].filter(([name]) => name.endsWith('.js') && !upFront.has(name)).reduce((sum, [, contents]) => sum + contents.byteLength, 0);
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, lazy };
}

const sizes = new Map<string, Size>();
for (const row of ROWS) sizes.set(row.name, await bundle(row));
const baseline = sizes.get(BASELINE)!;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const width = Math.max(...ROWS.map((row) => row.name.length));
console.log(`one cancelBroadcast call bundled for the browser (esbuild, minified, ES modules, code splitting): loaded up front, and on demand\n`);
console.log(`${'bundle'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  ${'× min'.padStart(6)}  ${'× gzip'.padStart(6)}  ${'on demand'.padStart(9)}`);
for (const row of ROWS) {
  const size = sizes.get(row.name)!;
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`.padStart(6);
  const lazy = size.lazy > 0 ? kb(size.lazy) : '-';
  console.log(`${row.name.padEnd(width)}  ${kb(size.minified).padStart(9)}  ${kb(size.gzipped).padStart(8)}  ${ratio(size.minified, baseline.minified)}  ${ratio(size.gzipped, baseline.gzipped)}  ${lazy.padStart(9)}`);
}
