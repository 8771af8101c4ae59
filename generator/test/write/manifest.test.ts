import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  generatorFingerprint,
  inputHash,
  isUpToDate,
  MANIFEST_FILE,
  manifestText,
  readManifest,
  sha256,
  writeManifest,
  type Manifest,
  type ManifestInputs,
} from '../../src/write/manifest.js';
import { tempDirs } from '../support/temp.js';

const temp = tempDirs();
afterAll(() => temp.cleanup());

/**
 * An output folder (`<temp>/out`) holding `files` (relative path → content) and the manifest text when given;
 * `beside` are written next to it, into `<temp>`.
 */
async function folder(files: Record<string, string>, manifest?: string, beside: Record<string, string> = {}): Promise<string> {
  const root = await temp.make('manifest-');
  const dir = path.join(root, 'out');
  await mkdir(dir);
  const write = async (base: string, entries: Record<string, string>) => {
    for (const [relative, content] of Object.entries(entries)) {
      await mkdir(path.dirname(path.join(base, relative)), { recursive: true });
      await writeFile(path.join(base, relative), content);
    }
  };
  await write(dir, files);
  await write(root, beside);
  if (manifest !== undefined) await writeFile(path.join(dir, MANIFEST_FILE), manifest);
  return dir;
}

describe('sha256', () => {
  const cases: [string, { given: string | Buffer; want: string }][] = [
    ['the empty string', { given: '', want: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }],
    ['"abc" (FIPS 180-2 test vector)', { given: 'abc', want: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }],
    ['a buffer hashes its bytes, like the same text', { given: Buffer.from('abc'), want: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(sha256(given)).toBe(want);
  });
});

describe('manifestText', () => {
  const cases: [string, { given: Manifest; want: string }][] = [
    [
      'a comment first, then input, files and warnings, with a final newline',
      {
        given: { warnings: ['w'], files: { 'a.ts': 'h1' }, input: 'i' },
        want: `{
  "//": "Written by @periskope-tools/generator so an unchanged spec is not regenerated. Safe to delete.",
  "input": "i",
  "files": {
    "a.ts": "h1"
  },
  "warnings": [
    "w"
  ]
}
`,
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(manifestText(given)).toBe(want);
  });
});

describe('readManifest', () => {
  const good: Manifest = { input: 'i', files: { 'a.ts': 'h' }, warnings: ['w'] };
  const cases: [string, { given: string | undefined; want: Manifest | undefined }][] = [
    ['what manifestText writes reads back', { given: manifestText(good), want: good }],
    ['no manifest', { given: undefined, want: undefined }],
    ['not JSON', { given: '{', want: undefined }],
    ['null', { given: 'null', want: undefined }],
    ['input is not a string', { given: JSON.stringify({ ...good, input: 1 }), want: undefined }],
    ['files is an array', { given: JSON.stringify({ ...good, files: ['a.ts'] }), want: undefined }],
    ['files is null', { given: JSON.stringify({ ...good, files: null }), want: undefined }],
    ['a file hash that is not a string', { given: JSON.stringify({ ...good, files: { 'a.ts': 1 } }), want: undefined }],
    ['no warnings: none', { given: JSON.stringify({ input: 'i', files: {} }), want: { input: 'i', files: {}, warnings: [] } }],
    ['warnings that are not strings are dropped', { given: JSON.stringify({ ...good, warnings: ['a', 1, null, 'b'] }), want: { ...good, warnings: ['a', 'b'] } }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    expect(await readManifest(await folder({}, given))).toEqual(want);
  });
});

describe('isUpToDate', () => {
  const files = { 'src/a.ts': 'A', 'README.md': 'R' };
  const hashes = { 'src/a.ts': sha256('A'), 'README.md': sha256('R') };
  const manifest = (overrides: Partial<Manifest> = {}) => manifestText({ input: 'in', files: hashes, warnings: ['kept'], ...overrides });
  const cases: [string, { given: { files: Record<string, string>; manifest?: string; input?: string; beside?: Record<string, string> }; want: boolean }][] = [
    ['same input, every file as recorded', { given: { files, manifest: manifest() }, want: true }],
    ['no manifest', { given: { files }, want: false }],
    ['another input', { given: { files, manifest: manifest(), input: 'other' }, want: false }],
    ['a file edited by hand', { given: { files: { ...files, 'src/a.ts': 'edited' }, manifest: manifest() }, want: false }],
    ['a file deleted', { given: { files: { 'README.md': 'R' }, manifest: manifest() }, want: false }],
    ['a manifest listing no files', { given: { files, manifest: manifest({ files: {} }) }, want: false }],
    // Both files exist with the recorded hash: only the path check refuses them.
    ['a path that climbs out of the folder', { given: { files, beside: { 'outside.ts': 'O' }, manifest: manifest({ files: { ...hashes, '../outside.ts': sha256('O') } }) }, want: false }],
    ['an absolute path', { given: { files: { ...files, 'abs.ts': 'B' }, manifest: manifest({ files: { ...hashes, '/abs.ts': sha256('B') } }) }, want: false }],
    ['an extra file the manifest does not list does not matter', { given: { files: { ...files, 'notes.txt': 'mine' }, manifest: manifest() }, want: true }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const dir = await folder(given.files, given.manifest, given.beside);
    const result = await isUpToDate(dir, given.input ?? 'in');
    expect(result === undefined ? false : true).toBe(want);
    if (want) expect(result?.warnings).toEqual(['kept']);
  });
});

describe('writeManifest', () => {
  const manifest: Manifest = { input: 'i', files: { 'a.ts': 'h' }, warnings: [] };

  test('writes what readManifest reads, and leaves no temporary file', async () => {
    const dir = await folder({});
    await writeManifest(dir, manifest);
    expect(await readManifest(dir)).toEqual(manifest);
    expect(await readdir(dir)).toEqual([MANIFEST_FILE]);
  });

  test('an unchanged manifest is not rewritten (its timestamp stays)', async () => {
    const dir = await folder({}, manifestText(manifest));
    const file = path.join(dir, MANIFEST_FILE);
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(file, past, past);
    await writeManifest(dir, manifest);
    expect((await stat(file)).mtime.getTime()).toBe(past.getTime());
  });

  test('a changed manifest replaces the old one', async () => {
    const dir = await folder({}, manifestText(manifest));
    await writeManifest(dir, { ...manifest, input: 'new' });
    expect(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')).toBe(manifestText({ ...manifest, input: 'new' }));
  });

  test('a failed write leaves no temporary file behind and throws', async () => {
    const dir = await folder({});
    // The manifest's name is taken by a folder: the rename fails.
    await mkdir(path.join(dir, MANIFEST_FILE, 'inside'), { recursive: true });
    await expect(writeManifest(dir, manifest)).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual([MANIFEST_FILE]);
  });
});

describe('inputHash', () => {
  const inputs: ManifestInputs = { specSha256: 'abc', specName: 'spec.yaml', packageName: '@acme/client', clientName: 'AcmeApi' };
  const cases: [string, { given: Partial<ManifestInputs> }][] = [
    ["the spec's bytes", { given: { specSha256: 'abd' } }],
    ["the spec's file name (the headers carry it)", { given: { specName: 'other.yaml' } }],
    ['the package name', { given: { packageName: '@acme/other' } }],
    ['the client name', { given: { clientName: 'OtherApi' } }],
  ];
  test.each(cases)('changes with %s', async (_name, { given }) => {
    expect(await inputHash({ ...inputs, ...given })).not.toBe(await inputHash(inputs));
  });

  test('is the same for the same inputs, a sha256 in hex', async () => {
    const hash = await inputHash(inputs);
    expect(await inputHash({ ...inputs })).toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('fields cannot run into each other ("ab" + "c" is not "a" + "bc")', async () => {
    expect(await inputHash({ ...inputs, packageName: 'ab', clientName: 'c' })).not.toBe(await inputHash({ ...inputs, packageName: 'a', clientName: 'bc' }));
  });
});

describe('generatorFingerprint', () => {
  test('a sha256 in hex, computed once per process', async () => {
    const first = generatorFingerprint();
    expect(generatorFingerprint()).toBe(first);
    expect(await first).toMatch(/^[0-9a-f]{64}$/);
  });
});
