import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { GeneratedFile } from '../src/generate.js';
import { compareOutput, writeOutput, type OutputComparison } from '../src/write/output.js';
import { tempDirs, writeTree } from './support/temp.js';

const temp = tempDirs();
let out: string;
beforeEach(async () => {
  out = path.join(await temp.make('write-output-'), 'out');
});
afterEach(() => temp.cleanup());

const HEADER = '// Generated from spec.yaml (sha256 abc) by @periskope-tools/generator.\n';
const FILES: GeneratedFile[] = [
  { path: 'package.json', content: '{\n  "//": "Generated from spec.yaml",\n  "name": "x"\n}\n' },
  { path: 'tsconfig.json', content: `${HEADER}{}\n` },
  { path: 'src/client.ts', content: `${HEADER}export const client = 1;\n` },
  { path: 'src/index.ts', content: `${HEADER}export * from './client.js';\n` },
];

/** Every file below `dir` (relative, sorted), including ignored folders. */
async function tree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.parentPath.localeCompare(b.parentPath) || a.name.localeCompare(b.name))) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = await readFile(full, 'utf8');
  }
  return files;
}

async function mtimes(dir: string, files: string[]): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, (await stat(path.join(dir, file))).mtimeMs] as const)));
}

/** Sets every file's mtime far in the past, so any rewrite is visible whatever the clock resolution. */
async function ageFiles(dir: string, files: string[]): Promise<void> {
  const past = new Date('2001-01-01T00:00:00Z');
  await Promise.all(files.map((file) => utimes(path.join(dir, file), past, past)));
}

describe('writeOutput', () => {
  test('the first write writes every file, creating folders', async () => {
    const summary = await writeOutput(out, FILES);
    expect(summary).toEqual({ written: FILES.map((f) => f.path), unchanged: [], removed: [], kept: [] });
    expect(await tree(out)).toEqual(Object.fromEntries(FILES.map((f) => [f.path, f.content])));
  });

  test('a second write with the same files reports them unchanged and leaves their mtime alone', async () => {
    await writeOutput(out, FILES);
    const paths = FILES.map((f) => f.path);
    await ageFiles(out, paths);
    const before = await mtimes(out, paths);
    const summary = await writeOutput(out, FILES);
    expect(summary).toEqual({ written: [], unchanged: paths, removed: [], kept: [] });
    expect(await mtimes(out, paths)).toEqual(before);
  });

  test('only changed files are rewritten', async () => {
    await writeOutput(out, FILES);
    const paths = FILES.map((f) => f.path);
    await ageFiles(out, paths);
    const before = await mtimes(out, paths);
    const changed = FILES.map((f) => (f.path === 'src/client.ts' ? { ...f, content: `${HEADER}export const client = 2;\n` } : f));
    const summary = await writeOutput(out, changed);
    expect(summary.written).toEqual(['src/client.ts']);
    expect(summary.unchanged).toEqual(paths.filter((p) => p !== 'src/client.ts'));
    const after = await mtimes(out, paths);
    expect(after['src/client.ts']).not.toBe(before['src/client.ts']);
    for (const file of summary.unchanged) expect(after[file]).toBe(before[file]);
    expect(await readFile(path.join(out, 'src/client.ts'), 'utf8')).toContain('client = 2');
  });

  test('no temporary files are left behind', async () => {
    await writeOutput(out, FILES);
    await writeOutput(out, FILES.map((f) => ({ ...f, content: f.content + '\n' })));
    expect(Object.keys(await tree(out)).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  test('stale files with our header are removed; foreign files are kept', async () => {
    await writeTree(out, {
      'src/old-generated.ts': `${HEADER}export {};\n`,
      'old-package/package.json': '{\n  "//": "Generated from old.yaml",\n  "name": "old"\n}\n',
      'README.md': '# hand written\n',
      'src/custom.ts': '// my own helper\nexport {};\n',
      'src/almost.ts': `\n${HEADER}`, // the marker must be at the very start
    });
    const summary = await writeOutput(out, FILES);
    expect(summary.removed.sort()).toEqual(['old-package/package.json', 'src/old-generated.ts']);
    expect(summary.kept.sort()).toEqual(['README.md', 'src/almost.ts', 'src/custom.ts']);
    const files = Object.keys(await tree(out)).sort();
    expect(files).toEqual(['README.md', 'package.json', 'src/almost.ts', 'src/client.ts', 'src/custom.ts', 'src/index.ts', 'tsconfig.json']);
  });

  test('node_modules/, dist/, .turbo/, *.tgz and *.tsbuildinfo are ignored, even with our header', async () => {
    const ignored = {
      'node_modules/openapi-fetch/index.js': `${HEADER}module.exports = {};\n`,
      'dist/client.js': `${HEADER}export const client = 1;\n`,
      'src/dist/nested.js': `${HEADER}`,
      '.turbo/turbo-build.log': 'log\n',
      'x-0.1.0.tgz': 'binary',
      'dist.tsbuildinfo': '{}',
    };
    await writeTree(out, ignored);
    const summary = await writeOutput(out, FILES);
    expect(summary.removed).toEqual([]);
    expect(summary.kept).toEqual([]);
    const after = await tree(out);
    for (const [file, content] of Object.entries(ignored)) expect(after[file]).toBe(content);
  });
});

describe('compareOutput', () => {
  const cases: [string, { given: { existing: Record<string, string> | 'generated'; edit?: (files: Record<string, string>) => void }; want: Omit<OutputComparison, 'unchanged'> & { unchanged?: string[] } }][] = [
    ['an empty (missing) folder: everything is missing', {
      given: { existing: {} },
      want: { stale: [], missing: FILES.map((f) => f.path), extra: [] },
    }],
    ['up to date', {
      given: { existing: 'generated' },
      want: { stale: [], missing: [], extra: [], unchanged: FILES.map((f) => f.path) },
    }],
    ['one edited file is stale', {
      given: { existing: 'generated', edit: (files) => (files['src/client.ts'] += '// edited\n') },
      want: { stale: ['src/client.ts'], missing: [], extra: [] },
    }],
    ['one deleted file is missing', {
      given: { existing: 'generated', edit: (files) => delete files['src/index.ts'] },
      want: { stale: [], missing: ['src/index.ts'], extra: [] },
    }],
    ['other files are extra, ignored folders are not', {
      given: { existing: 'generated', edit: (files) => Object.assign(files, { 'src/zz.ts': 'x', 'a/b/c.txt': 'y', 'node_modules/x.js': 'z', 'dist/index.js': 'w' }) },
      want: { stale: [], missing: [], extra: ['a/b/c.txt', 'src/zz.ts'] },
    }],
    ['all at once', {
      given: {
        existing: 'generated',
        edit: (files) => {
          files['package.json'] = '{}';
          delete files['tsconfig.json'];
          files['notes.txt'] = 'n';
        },
      },
      want: { stale: ['package.json'], missing: ['tsconfig.json'], extra: ['notes.txt'] },
    }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const existing = given.existing === 'generated' ? Object.fromEntries(FILES.map((f) => [f.path, f.content])) : { ...given.existing };
    given.edit?.(existing);
    if (Object.keys(existing).length > 0) await writeTree(out, existing);
    const before = Object.keys(existing).length > 0 ? await tree(out) : undefined;
    const result = await compareOutput(out, FILES);
    expect({ stale: result.stale, missing: result.missing, extra: result.extra.sort() }).toEqual({ stale: want.stale, missing: want.missing, extra: want.extra });
    if (want.unchanged) expect(result.unchanged).toEqual(want.unchanged);
    // Comparing never writes.
    if (before) expect(await tree(out)).toEqual(before);
  });

  test('compares content exactly (a trailing newline counts)', async () => {
    await writeTree(out, Object.fromEntries(FILES.map((f) => [f.path, f.path === 'tsconfig.json' ? f.content.trimEnd() : f.content])));
    expect((await compareOutput(out, FILES)).stale).toEqual(['tsconfig.json']);
  });

  test('a stale file is overwritten by writeOutput and then unchanged', async () => {
    await writeOutput(out, FILES);
    await writeFile(path.join(out, 'src/client.ts'), 'hand edit\n');
    const summary = await writeOutput(out, FILES);
    expect(summary.written).toEqual(['src/client.ts']);
    expect((await compareOutput(out, FILES)).unchanged).toEqual(FILES.map((f) => f.path));
  });
});
