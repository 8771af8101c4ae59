/**
 * `npm run bench:bundle`: what one call costs a browser bundle, on the built generated package.
 *
 * Each row is one tiny program that makes the same call (`DELETE /message/broadcast/{broadcast_id}`, the
 * `cancelBroadcast` seed operation), bundled by esbuild for the browser as one minified ES module: through the
 * generated client's standalone function (`cancelBroadcast(core, args)`, the one-call consumer: only that operation
 * is kept), through the grouped client (`client.message.cancelBroadcast`: every operation is reachable from its
 * constructor), the same with the package's `sideEffects: false` and `/* @__PURE__ *\/` hints ignored (what they
 * buy), through its CommonJS build (what a bundler gets on `require`), and through raw openapi-fetch, the baseline. Sizes are bytes minified and gzipped (zlib level 9), and the ratio
 * to the baseline. Nothing here asserts; the numbers are printed, never tested.
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

async function bundle(row: Row): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: row.source, resolveDir, sourcefile: 'call.js', loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    ...row.options,
  });
  const code = result.outputFiles?.[0]?.contents;
  if (!code) throw new Error(`esbuild wrote nothing for ${row.name}`);
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

const sizes = new Map<string, { minified: number; gzipped: number }>();
for (const row of ROWS) sizes.set(row.name, await bundle(row));
const baseline = sizes.get(BASELINE)!;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const width = Math.max(...ROWS.map((row) => row.name.length));
console.log(`one cancelBroadcast call bundled for the browser (esbuild, minified, ES module)\n`);
console.log(`${'bundle'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  ${'× min'.padStart(6)}  ${'× gzip'.padStart(6)}`);
for (const row of ROWS) {
  const size = sizes.get(row.name)!;
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`.padStart(6);
  console.log(`${row.name.padEnd(width)}  ${kb(size.minified).padStart(9)}  ${kb(size.gzipped).padStart(8)}  ${ratio(size.minified, baseline.minified)}  ${ratio(size.gzipped, baseline.gzipped)}`);
}
