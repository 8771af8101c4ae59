/**
 * Runs the CLI once in a fresh process and reports, as one JSON line on stdout, its exit code, how long
 * `main()` took, and which heavy libraries got loaded (CommonJS modules land in require.cache, and
 * TypeScript, ts-morph and Redocly are CommonJS; openapi-typescript loads TypeScript).
 */
import { createRequire } from 'node:module';
import { main } from '../../../src/cli.js';

const HEAVY = ['/node_modules/typescript/', '/node_modules/ts-morph/', '/node_modules/@ts-morph/', '/node_modules/@redocly/'];

const started = performance.now();
const code = await main(process.argv.slice(2));
const ms = performance.now() - started;
const cache = createRequire(import.meta.url).cache;
const loaded = HEAVY.filter((fragment) => Object.keys(cache).some((file) => file.split('\\').join('/').includes(fragment)));
process.stdout.write(`\n${JSON.stringify({ code, ms, loaded })}\n`);
