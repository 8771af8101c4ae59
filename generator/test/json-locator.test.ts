import { describe, expect, test } from 'vitest';
import { locateJsonPointers } from '../src/load/json-locator.js';

// Line numbers below are 1-based; columns too. Each pointer's expected position is written beside the text.
const TEXT = [
  '{', //                                                     1
  '  "openapi": "3.0.3",', //                                  2
  '  "paths": {', //                                           3
  '    "/a/{id}": {', //                                       4  /paths/~1a~1{id} at column 5
  '      "get": { "tags": ["x", {"deep": [1, 2]}, "z"] }', //  5  get at 7; tags at 16; element 0 at 25, 1 at 30, 2 at 48
  '    },', //                                                 6
  '    "~tilde": 1', //                                        7  /paths/~0tilde at column 5
  '  },', //                                                   8
  '  "components": { "schemas": { "A": { "type": "string" } } }', // 9  A at 32
  '}', //                                                      10
].join('\n');

describe('locateJsonPointers', () => {
  test('finds many pointers in one pass: object members at their key, array elements at their start', () => {
    expect(
      locateJsonPointers(TEXT, ['/paths/~1a~1{id}', '/paths/~1a~1{id}/get', '/paths/~1a~1{id}/get/tags/0', '/paths/~1a~1{id}/get/tags/1', '/paths/~1a~1{id}/get/tags/2', '/components/schemas/A']),
    ).toEqual([
      { line: 4, column: 5 },
      { line: 5, column: 7 },
      { line: 5, column: 25 },
      { line: 5, column: 30 },
      { line: 5, column: 48 },
      { line: 9, column: 32 },
    ]);
  });

  test('a nested array element and an escaped `~` segment', () => {
    expect(locateJsonPointers(TEXT, ['/paths/~1a~1{id}/get/tags/1/deep/1', '/paths/~0tilde'])).toEqual([
      { line: 5, column: 43 },
      { line: 7, column: 5 },
    ]);
  });

  test('a pointer that goes further than the document is located at its deepest existing node', () => {
    expect(locateJsonPointers(TEXT, ['/components/schemas/A/properties/x', '/nothing/here'])).toEqual([
      { line: 9, column: 32 },
      { line: 1, column: 1 },
    ]);
  });

  test('the root, and no pointers at all', () => {
    expect(locateJsonPointers(TEXT, [''])).toEqual([{ line: 1, column: 1 }]);
    expect(locateJsonPointers(TEXT, [])).toEqual([]);
  });

  test('a member is not confused with a same-named member of a skipped sibling', () => {
    const text = '{\n  "b": { "x": 1 },\n  "a": {\n    "x": 2\n  }\n}';
    expect(locateJsonPointers(text, ['/a/x'])).toEqual([{ line: 4, column: 5 }]);
  });
});

describe('locateJsonPointers: text the skipping pass must read right', () => {
  const cases: [string, { given: { text: string; pointers: string[] }; want: ({ line: number; column: number } | undefined)[] }][] = [
    ['brackets and quotes inside strings of a skipped container', {
      given: { text: '{\n  "skip": { "s": "} ] { [ \\" \\\\", "t": ["]"] },\n  "a": 1\n}', pointers: ['/a'] },
      want: [{ line: 3, column: 3 }],
    }],
    ['a key with escapes is compared unescaped', {
      given: { text: '{\n  "a\\"b": 1,\n  "caf\\u00e9": 2\n}', pointers: ['/a"b', '/café'] },
      want: [{ line: 2, column: 3 }, { line: 3, column: 3 }],
    }],
    ['a duplicate key is located at its first occurrence', {
      given: { text: '{\n  "a": 1,\n  "a": 2\n}', pointers: ['/a'] },
      want: [{ line: 2, column: 3 }],
    }],
    ['CRLF and lone CR line breaks', {
      given: { text: '{\r\n  "a": {\r  "b": [true, null]\r\n  }\r\n}', pointers: ['/a/b/1'] },
      want: [{ line: 3, column: 15 }],
    }],
    ['empty containers and numbers', {
      given: { text: '{"e": {}, "f": [], "n": -1.5e3, "g": [ {} , [ ] , 0 ]}', pointers: ['/n', '/g/2', '/e/x'] },
      want: [{ line: 1, column: 20 }, { line: 1, column: 51 }, { line: 1, column: 2 }],
    }],
    ['a top-level array', {
      given: { text: '[\n  1,\n  {"a": 2}\n]', pointers: ['/1/a', '/0'] },
      want: [{ line: 3, column: 4 }, { line: 2, column: 3 }],
    }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(locateJsonPointers(given.text, given.pointers)).toEqual(want);
  });
});
