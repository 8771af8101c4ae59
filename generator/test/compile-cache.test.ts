// The compile cache patches Node's CommonJS loader for the whole process, so each run here is a fresh Node
// process on the compiled module (rebuilt first with `tsc -b`, which is incremental), requiring small CommonJS
// modules from a temp folder with its own cache folder.
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { GENERATOR_DIR, tempDirs, writeTree } from './support/temp.js';

const run = promisify(execFile);
const TSC = path.join(GENERATOR_DIR, '..', 'node_modules', 'typescript', 'bin', 'tsc');
const COMPILE_CACHE = pathToFileURL(path.join(GENERATOR_DIR, 'dist', 'pipeline', 'compile-cache.js')).href;

beforeAll(async () => {
  await run(process.execPath, [TSC, '-b', GENERATOR_DIR], { timeout: 180_000 });
}, 200_000);

const temp = tempDirs();
afterEach(() => temp.cleanup());

/** Requires ./main.cjs with the cache installed and reports what the cache did and what the module exported. */
const RUNNER = `
import { createRequire } from 'node:module';
import { enableCompileCache } from ${JSON.stringify(COMPILE_CACHE)};
const cache = enableCompileCache('test', process.env.CACHE_DIR, process.env.CACHE_ROOT || undefined);
const require = createRequire(import.meta.url);
let value;
try {
  value = require('./main.cjs');
} catch (error) {
  value = { error: error.message, at: error.stack.split('\\n').find((line) => line.includes('.cjs')) };
}
cache.save();
console.log(JSON.stringify({ stats: cache.stats, value }));
`;

const MODULES = {
  'main.cjs': "const b = require('./b.cjs');\nmodule.exports = { sum: b.one + 2, name: require.resolve('./b.cjs').endsWith('b.cjs') };\n",
  'b.cjs': 'exports.one = 1;\n',
};

/** One run: files written before it (relative path → content; `cache` names the cache folder), and its env. */
interface Step {
  files?: Record<string, string>;
  env?: Record<string, string>;
  /** Overwrites every cache file with these bytes before the run. */
  damageCache?: string;
  /** The installation the run stands for (a folder made under the test's folder; default: the generator's). */
  root?: string;
  /** Folders (under the test's folder) removed before the run. */
  remove?: string[];
  /** Cache files (name → content) written into the cache folder before the run. */
  cacheFiles?: Record<string, string>;
}

interface Outcome {
  stats: { hits: number; misses: number };
  value: unknown;
  /** Cache files in the cache folder after the run. */
  cacheFiles: number;
}

async function runSteps(steps: Step[]): Promise<Outcome[]> {
  const dir = await temp.make('compile-cache-');
  const cacheDir = path.join(dir, 'cache');
  await writeTree(dir, { ...MODULES, 'run.mjs': RUNNER });
  const outcomes: Outcome[] = [];
  for (const step of steps) {
    if (step.files) await writeTree(dir, step.files);
    if (step.damageCache !== undefined) {
      for (const file of await readdir(cacheDir)) await writeFile(path.join(cacheDir, file), step.damageCache);
    }
    for (const folder of step.remove ?? []) await rm(path.join(dir, folder), { recursive: true, force: true });
    for (const [name, content] of Object.entries(step.cacheFiles ?? {})) {
      await mkdir(cacheDir, { recursive: true });
      await writeFile(path.join(cacheDir, name), content);
    }
    const root = step.root === undefined ? '' : path.join(dir, step.root);
    if (root) await mkdir(root, { recursive: true });
    const { stdout } = await run(process.execPath, ['run.mjs'], { cwd: dir, env: { ...process.env, PERISKOPE_NO_COMPILE_CACHE: '', CACHE_DIR: cacheDir, CACHE_ROOT: root, ...step.env } });
    const reported = JSON.parse(stdout) as Omit<Outcome, 'cacheFiles'>;
    const cacheFiles = (await readdir(cacheDir).catch(() => [])).length;
    outcomes.push({ ...reported, cacheFiles });
  }
  return outcomes;
}

const VALUE = { sum: 3, name: true };

describe('enableCompileCache', () => {
  const cases: [string, { given: Step[]; want: Partial<Outcome>[] }][] = [
    ['a cold cache compiles every module and writes the cache', {
      given: [{}],
      want: [{ stats: { hits: 0, misses: 2 }, value: VALUE, cacheFiles: 1 }],
    }],
    ['a warm cache serves every module (and is not written again)', {
      given: [{}, {}],
      want: [{ stats: { hits: 0, misses: 2 } }, { stats: { hits: 2, misses: 0 }, value: VALUE, cacheFiles: 1 }],
    }],
    ['a changed module is compiled afresh, the others come from the cache', {
      given: [{}, { files: { 'b.cjs': 'exports.one = 10;\n' } }, {}],
      want: [{}, { stats: { hits: 1, misses: 1 }, value: { sum: 12, name: true } }, { stats: { hits: 2, misses: 0 }, value: { sum: 12, name: true } }],
    }],
    ['a damaged cache file is ignored, then replaced', {
      given: [{}, { damageCache: 'not a cache' }, {}],
      want: [{}, { stats: { hits: 0, misses: 2 }, value: VALUE }, { stats: { hits: 2, misses: 0 }, value: VALUE }],
    }],
    ['each installation has a cache file of its own, and its modules are not served from another\'s', {
      given: [{ root: 'install-a' }, { root: 'install-b' }, { root: 'install-a' }],
      want: [{ stats: { hits: 0, misses: 2 }, cacheFiles: 1 }, { stats: { hits: 0, misses: 2 }, cacheFiles: 2 }, { stats: { hits: 2, misses: 0 }, cacheFiles: 2 }],
    }],
    ['a save removes the cache of an installation that no longer exists', {
      given: [{ root: 'install-a' }, { root: 'install-b', remove: ['install-a'] }],
      want: [{ cacheFiles: 1 }, { stats: { hits: 0, misses: 2 }, value: VALUE, cacheFiles: 1 }],
    }],
    ['a save removes the file all installations used to share, and unreadable ones', {
      given: [{ cacheFiles: { [`test-node${process.versions.node}-${process.arch}.bin`]: 'old shared cache', [`test-0123456789ab-node${process.versions.node}-${process.arch}.bin`]: 'x' } }],
      want: [{ stats: { hits: 0, misses: 2 }, value: VALUE, cacheFiles: 1 }],
    }],
    ['PERISKOPE_NO_COMPILE_CACHE turns it off', {
      given: [{ env: { PERISKOPE_NO_COMPILE_CACHE: '1' } }],
      want: [{ stats: { hits: 0, misses: 0 }, value: VALUE, cacheFiles: 0 }],
    }],
    ['a module with ES syntax is left to Node (require of ESM)', {
      given: [{ files: { 'main.cjs': "module.exports = require('./esm/x.js').x;\n", 'esm/x.js': 'export const x = 42;\n' } }],
      want: [{ stats: { hits: 0, misses: 1 }, value: 42 }],
    }],
    ['a `#!` line is stripped as Node does', {
      given: [{ files: { 'main.cjs': '#!/usr/bin/env node\nmodule.exports = 7;\n' } }, {}],
      want: [{ value: 7 }, { stats: { hits: 1, misses: 0 }, value: 7 }],
    }],
    ['an error thrown by a cached module still names its file and line', {
      given: [{ files: { 'main.cjs': "// line 1\nthrow new Error('boom');\n" } }, {}],
      want: [{ value: { error: 'boom', at: expect.stringMatching(/main\.cjs:2:7/) } }, { stats: { hits: 1, misses: 0 }, value: { error: 'boom', at: expect.stringMatching(/main\.cjs:2:7/) } }],
    }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const outcomes = await runSteps(given);
    want.forEach((expected, index) => expect(outcomes[index]).toMatchObject(expected));
  });
});
