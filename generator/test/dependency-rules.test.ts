import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { GENERATOR_DIR, tempDirs } from './support/temp.js';

/**
 * The repository's dependency rules (.dependency-cruiser.cjs, run by `npm test` as `npm run deps`) applied to
 * small trees laid out like the repository: each rule must catch what it is named for, and pass a clean tree.
 */
const ROOT = path.dirname(GENERATOR_DIR);
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const temps = tempDirs();
afterAll(() => temps.cleanup());

async function cruise(files: Record<string, string>): Promise<{ status: number | null; output: string }> {
  const dir = await temps.make('deps-');
  await copyFile(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
  await copyFile(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  const roots = [...new Set(Object.keys(files).map((file) => file.split('/').slice(0, 2).join('/')))];
  const result = spawnSync(process.execPath, [DEPCRUISE, ...roots, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const clean = {
  'generator/src/errors.ts': 'export class E extends Error {}\n',
  'generator/src/document/pointer.ts': "import { E } from '../errors.js';\nexport const p = E;\n",
  'generator/src/load/read.ts': "import { p } from '../document/pointer.js';\nexport const r = p;\n",
  'generator/src/model/build.ts': "import { p } from '../document/pointer.js';\nexport const m = p;\n",
  'generator/src/emit/client.ts': "import { m } from '../model/build.js';\nexport const c = m;\n",
  'generator/src/write/output.ts': 'export const w = 1;\n',
  'generator/src/generate.ts': "import { c } from './emit/client.js';\nimport { r } from './load/read.js';\nimport { w } from './write/output.js';\nexport const g = [c, r, w];\n",
};

describe('dependency rules', () => {
  const cases: [string, { given: Record<string, string>; want: RegExp | null }][] = [
    ['a tree that follows the stages passes', { given: clean, want: null }],
    [
      'a stage importing a later one (model → emit) fails',
      { given: { ...clean, 'generator/src/model/build.ts': "import '../emit/client.js';\nexport const m = 1;\n" }, want: /no-upward-import-from-model/ },
    ],
    [
      'load importing the model fails',
      { given: { ...clean, 'generator/src/load/read.ts': "import { m } from '../model/build.js';\nexport const r = m;\n" }, want: /no-upward-import-from-load/ },
    ],
    [
      'the document layer importing a library fails',
      { given: { ...clean, 'generator/src/document/pointer.ts': "import { readFile } from 'node:fs';\nexport const p = readFile;\n" }, want: /document-layer-is-pure/ },
    ],
    [
      'a contract-suite stage importing a later one (plan → report) fails',
      {
        given: { ...clean, 'contract-tests/src/report/console.ts': 'export const c = 1;\n', 'contract-tests/src/plan/plan.ts': "import { c } from '../report/console.js';\nexport const p = c;\n" },
        want: /no-upward-import-in-contract-tests-from-plan/,
      },
    ],
    [
      'the generator importing the contract suite fails',
      {
        given: { ...clean, 'contract-tests/src/corpus/replay-table.ts': 'export const t = 1;\n', 'generator/corpus/run-corpus.ts': "import { t } from '../../contract-tests/src/corpus/replay-table.js';\nexport const r = t;\n" },
        want: /generator-does-not-import-contract-tests/,
      },
    ],
    [
      'a cycle in the contract suite fails',
      {
        given: {
          ...clean,
          'contract-tests/src/plan.ts': "import { b } from './call.js';\nexport const a = () => b;\n",
          'contract-tests/src/call.ts': "import { a } from './plan.js';\nexport const b = () => a;\n",
        },
        want: /no-circular/,
      },
    ],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const { status, output } = await cruise(given);
    if (want === null) {
      expect(output).not.toMatch(/error/);
      expect(status, output).toBe(0);
    } else {
      expect(output).toMatch(want);
      expect(status, output).not.toBe(0);
    }
  }, 60_000);
});
