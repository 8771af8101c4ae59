import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, test } from 'vitest';
import { GeneratorError } from '../src/errors.js';
import { parseSpecFile, readSource, sourceParsedElsewhere, type SpecSource } from '../src/load/read-source.js';
import { tempDirs } from './support/temp.js';

const temp = tempDirs();
let dir: string;
beforeEach(async () => {
  dir = await temp.make('read-source-');
});
afterEach(() => temp.cleanup());

async function fixture(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

async function readError(file: string, options?: { maxBytes?: number }): Promise<GeneratorError> {
  try {
    await readSource(file, options);
  } catch (error) {
    expect(error).toBeInstanceOf(GeneratorError);
    return error as GeneratorError;
  }
  throw new Error(`readSource(${file}) did not fail`);
}

const VALID_YAML = ['openapi: 3.1.0', 'info:', '  title: x', '  version: "1"', 'paths:', '  /a:', '    get:', '      responses:', "        '200':", '          description: ok', ''].join('\n');

describe('readSource: documents that load', () => {
  const cases: [string, { given: { name: string; text: string }; want: unknown }][] = [
    ['YAML', { given: { name: 'spec.yaml', text: 'openapi: 3.1.0\ninfo:\n  title: x\n' }, want: { openapi: '3.1.0', info: { title: 'x' } } }],
    ['JSON', { given: { name: 'spec.json', text: '{"openapi":"3.0.3","paths":{}}' }, want: { openapi: '3.0.3', paths: {} } }],
    ['JSON with leading whitespace', { given: { name: 'spec.json', text: '\n  {"a": [1, 2]}\n' }, want: { a: [1, 2] } }],
    ['JSON content in a .yaml file', { given: { name: 'spec.yaml', text: '{"a": 1}' }, want: { a: 1 } }],
    ['YAML anchors are expanded', { given: { name: 'spec.yaml', text: 'x: &v {a: 1}\ny: *v\n' }, want: { x: { a: 1 }, y: { a: 1 } } }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const file = await fixture(given.name, given.text);
    const source = await readSource(file);
    expect(source.parsed).toEqual(want);
    expect(source.file).toBe(file);
    expect(source.text).toBe(given.text);
    expect(source.sha256).toBe(createHash('sha256').update(given.text).digest('hex'));
  });
});

describe('readSource: errors name the file', () => {
  const cases: [string, { given: { name: string; text: string }; want: RegExp }][] = [
    ['empty file', { given: { name: 'empty.yaml', text: '' }, want: /the spec is empty/ }],
    ['whitespace only', { given: { name: 'blank.yaml', text: '  \n\n\t\n' }, want: /the spec is empty/ }],
    ['YAML syntax error', { given: { name: 'bad.yaml', text: 'openapi: 3.1.0\ninfo:\n  title: x\n  version: "1": 2\n' }, want: /YAML syntax error/ }],
    ['duplicate keys are a YAML error', { given: { name: 'dup.yaml', text: 'openapi: 3.1.0\ninfo: {}\ninfo: {}\n' }, want: /YAML syntax error: Map keys must be unique/ }],
    ['JSON syntax error (missing comma)', { given: { name: 'bad.json', text: '{\n  "openapi": "3.1.0",\n  "info": {\n    "title": "x"\n    "version": "1"\n  }\n}\n' }, want: /JSON syntax error/ }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const file = await fixture(given.name, given.text);
    const error = await readError(file);
    expect(error.message).toMatch(want);
    expect(error.message.startsWith(`${file}`)).toBe(true);
    expect(error.location?.file).toBe(file);
  });

  test('missing file says "no such file"', async () => {
    const file = path.join(dir, 'does-not-exist.yaml');
    const error = await readError(file);
    expect(error.message).toBe(`${file}: cannot read the spec: no such file`);
  });

  test('a directory is refused as such', async () => {
    const error = await readError(dir);
    expect(error.message).toMatch(/it is a directory, not a file/);
  });

  test('a file above maxBytes is refused with a message naming the limit', async () => {
    const file = await fixture('big.yaml', VALID_YAML + '#'.repeat(3 * 1024 * 1024));
    const error = await readError(file, { maxBytes: 2 * 1024 * 1024 });
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/the spec is 3\.0 MiB, above the 2\.0 MiB limit/);
    expect(error.message).toMatch(/--max-spec-mb/);
  });

  test('a file exactly at maxBytes is accepted', async () => {
    const file = await fixture('exact.yaml', VALID_YAML);
    const source = await readSource(file, { maxBytes: Buffer.byteLength(VALID_YAML) });
    expect(source.parsed).toMatchObject({ openapi: '3.1.0' });
  });

  test('the size check counts bytes, not characters', async () => {
    const text = 'x: "' + 'ä'.repeat(60) + '"\n'; // 60 characters of 2 bytes each
    const file = await fixture('utf8.yaml', text);
    await expect(readSource(file, { maxBytes: text.length })).rejects.toThrow(/limit/);
  });

  // Syntax errors carry file:line:column (YAML's position; for .json files, JSON.parse's offset).
  const lineCases: [string, { given: { name: string; text: string }; want: { line: number; column: number } }][] = [
    ['YAML: nested mapping in compact mapping on line 4', { given: { name: 'bad.yaml', text: 'openapi: 3.1.0\ninfo:\n  title: x\n  version: "1": 2\n' }, want: { line: 4, column: 12 } }],
    ['YAML: bad indentation on line 4', { given: { name: 'indent.yaml', text: 'openapi: 3.1.0\ninfo:\n  title: x\n version: "1"\npaths: {}\n' }, want: { line: 4, column: 1 } }],
    ['YAML: duplicate key on line 5', { given: { name: 'dup.yaml', text: 'openapi: 3.1.0\ninfo:\n  title: x\n  version: "1"\ninfo: again\n' }, want: { line: 5, column: 1 } }],
    ['JSON: missing comma before line 5', { given: { name: 'bad.json', text: '{\n  "openapi": "3.1.0",\n  "info": {\n    "title": "x"\n    "version": "1"\n  }\n}\n' }, want: { line: 5, column: 5 } }],
    // YAML would accept this trailing comma; a .json file is held to JSON.
    ['JSON: trailing comma on line 5', { given: { name: 'trailing.json', text: '{\n  "openapi": "3.1.0",\n  "info": { "title": "x", "version": "1" },\n  "paths": {},\n}\n' }, want: { line: 5, column: 1 } }],
  ];
  for (const [name, { given, want }] of lineCases) {
    it(`syntax error location has the right line: ${name}`, async () => {
      const file = await fixture(given.name, given.text);
      const error = await readError(file);
      expect(error.location).toMatchObject({ file, line: want.line, column: want.column });
      expect(error.message.startsWith(`${file}:${want.line}:${want.column}: `)).toBe(true);
    });
  }
});

describe('locate', () => {
  let source: SpecSource;
  beforeEach(async () => {
    source = await readSource(await fixture('spec.yaml', VALID_YAML));
  });

  // VALID_YAML, numbered:
  //  1 openapi: 3.1.0        5 paths:          9         '200':
  //  2 info:                 6   /a:          10           description: ok
  //  3   title: x            7     get:
  //  4   version: "1"        8       responses:
  // A mapping entry is located at its key, so errors point at the line a reader looks for.
  const cases: [string, { given: string; want: { line: number; column: number } }][] = [
    ['a scalar entry is at its key', { given: '/info/title', want: { line: 3, column: 3 } }],
    ['a quoted scalar entry is at its key', { given: '/info/version', want: { line: 4, column: 3 } }],
    ['the whole document', { given: '', want: { line: 1, column: 1 } }],
    ['an entry whose value is a block mapping is at its key', { given: '/paths/~1a/get', want: { line: 7, column: 5 } }],
    ['#-prefixed pointer', { given: '#/paths/~1a/get', want: { line: 7, column: 5 } }],
    ['a quoted numeric key', { given: '/paths/~1a/get/responses/200', want: { line: 9, column: 9 } }],
    ['a missing key points at the deepest existing entry', { given: '/paths/~1a/post/responses', want: { line: 6, column: 3 } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(source.locate(given)).toEqual({ file: source.file, line: want.line, column: want.column, pointer: given });
  });

  test('JSON documents can be located too (line of the key)', async () => {
    const json = '{\n  "openapi": "3.1.0",\n  "paths": {\n    "/a": {\n      "get": {}\n    }\n  }\n}\n';
    const jsonSource = await readSource(await fixture('spec.json', json));
    expect(jsonSource.locate('/paths/~1a/get')).toMatchObject({ line: 5, column: 7 });
  });
});

describe('sourceParsedElsewhere: the spec tasks locate like the thread that parsed', () => {
  const YAML_TEXT = 'openapi: 3.1.0\ninfo:\n  title: x\n  version: "1"\npaths:\n  /a:\n    get:\n      responses: {}\n';
  const JSON_TEXT = JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: { '/a': { get: { responses: {} } } } }, null, 2);
  const cases: [string, { given: { file: string; text: string; pointers: string[] } }][] = [
    ['YAML', { given: { file: 'spec.yaml', text: YAML_TEXT, pointers: ['/paths/~1a/get/responses', '/info/version', '/nothing'] } }],
    ['JSON', { given: { file: 'spec.json', text: JSON_TEXT, pointers: ['/paths/~1a/get/responses', '/info/version', '/nothing'] } }],
  ];
  test.each(cases)('%s', (_name, { given }) => {
    const spec = { file: given.file, text: given.text, sha256: 'x' };
    const parsedHere = parseSpecFile(spec);
    const elsewhere = sourceParsedElsewhere(spec, parsedHere.parsed, parsedHere.syntax);
    expect(elsewhere.syntax).toBe(parsedHere.syntax);
    expect(elsewhere.parsed).toBe(parsedHere.parsed);
    expect(elsewhere.locateAll(given.pointers)).toEqual(parsedHere.locateAll(given.pointers));
    expect(given.pointers.map(elsewhere.locate)).toEqual(given.pointers.map(parsedHere.locate));
  });
});
