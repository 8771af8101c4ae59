import { describe, expect, test } from 'vitest';
import {
  escapePointerSegment,
  getAtPointer,
  joinPointer,
  splitPointer,
  unescapePointerSegment,
} from '../../src/document/pointer.js';

describe('escapePointerSegment / unescapePointerSegment', () => {
  const cases: [string, { given: string | number; want: string }][] = [
    ['plain segment is unchanged', { given: 'paths', want: 'paths' }],
    ['number becomes its decimal text', { given: 3, want: '3' }],
    ['slash becomes ~1', { given: '/orders/{id}', want: '~1orders~1{id}' }],
    ['tilde becomes ~0', { given: 'a~b', want: 'a~0b' }],
    // ~ must be escaped before /, or `~1` written for `/` would be turned into `~01`.
    ['tilde then slash: ~ is escaped first', { given: '~/', want: '~0~1' }],
    ['literal "~1" text is escaped as ~01, not read as a slash', { given: '~1', want: '~01' }],
    ['media type', { given: 'application/json', want: 'application~1json' }],
    ['empty segment', { given: '', want: '' }],
    ['unicode is kept', { given: 'größe/ä', want: 'größe~1ä' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(escapePointerSegment(given)).toBe(want);
    expect(unescapePointerSegment(want)).toBe(String(given));
  });

  const unescapeCases: [string, { given: string; want: string }][] = [
    // RFC 6901 §4: `~01` is `~1` (unescape ~1 first, then ~0), never `/`.
    ['~01 decodes to the text ~1', { given: '~01', want: '~1' }],
    ['~10 decodes to /0', { given: '~10', want: '/0' }],
    ['~00 decodes to ~0', { given: '~00', want: '~0' }],
  ];
  test.each(unescapeCases)('unescape: %s', (_name, { given, want }) => {
    expect(unescapePointerSegment(given)).toBe(want);
  });
});

describe('joinPointer', () => {
  const cases: [string, { given: (string | number)[]; want: string }][] = [
    ['no segments is the whole document', { given: [], want: '' }],
    ['one segment', { given: ['paths'], want: '/paths' }],
    ['path with slashes and braces', { given: ['paths', '/orders/{id}', 'get'], want: '/paths/~1orders~1{id}/get' }],
    ['numbers', { given: ['parameters', 0], want: '/parameters/0' }],
    ['tilde and slash together', { given: ['a~/b'], want: '/a~0~1b' }],
    ['empty segment keeps its slash', { given: ['', 'x'], want: '//x' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(joinPointer(...given)).toBe(want);
  });
});

describe('splitPointer', () => {
  const cases: [string, { given: string; want: string[] }][] = [
    ['empty pointer', { given: '', want: [] }],
    ['bare #', { given: '#', want: [] }],
    ['root slash is one empty segment', { given: '/', want: [''] }],
    ['plain', { given: '/components/schemas/Pet', want: ['components', 'schemas', 'Pet'] }],
    ['URI fragment form', { given: '#/components/schemas/Pet', want: ['components', 'schemas', 'Pet'] }],
    ['escaped slash', { given: '/paths/~1orders~1{id}/get', want: ['paths', '/orders/{id}', 'get'] }],
    ['escaped tilde', { given: '/a~0b', want: ['a~b'] }],
    ['~01 is a literal ~1', { given: '/~01', want: ['~1'] }],
    ['trailing empty segment', { given: '/a/', want: ['a', ''] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(splitPointer(given)).toEqual(want);
  });

  const roundTrips: [string, { given: string[] }][] = [
    ['slashes', { given: ['paths', '/a/b', 'get'] }],
    ['tildes', { given: ['~', '~~', '~0', '~1'] }],
    ['mixed', { given: ['x~/y', '/~', ''] }],
  ];
  test.each(roundTrips)('split(join(x)) is x: %s', (_name, { given }) => {
    expect(splitPointer(joinPointer(...given))).toEqual(given);
  });
});

describe('getAtPointer', () => {
  const root = {
    paths: {
      '/orders/{id}': { get: { operationId: 'getOrder', parameters: [{ name: 'id' }, { name: 'q' }] } },
    },
    'a~b': { 'c/d': 'tilde-and-slash' },
    '': { '': 'empty keys' },
    nothing: null,
    zero: 0,
    flag: false,
  };
  const cases: [string, { given: string; want: unknown }][] = [
    ['empty pointer is the root', { given: '', want: root }],
    ['# is the root', { given: '#', want: root }],
    ['escaped path key', { given: '/paths/~1orders~1{id}/get/operationId', want: 'getOrder' }],
    ['# prefix', { given: '#/paths/~1orders~1{id}/get/operationId', want: 'getOrder' }],
    ['array index', { given: '/paths/~1orders~1{id}/get/parameters/1/name', want: 'q' }],
    ['~0 and ~1 in one key path', { given: '/a~0b/c~1d', want: 'tilde-and-slash' }],
    ['empty keys', { given: '//', want: 'empty keys' }],
    ['falsy values are returned, not treated as missing', { given: '/zero', want: 0 }],
    ['false', { given: '/flag', want: false }],
    ['null value', { given: '/nothing', want: null }],
    ['missing key', { given: '/paths/~1nope', want: undefined }],
    ['unescaped slash does not match the key', { given: '/paths//orders/{id}', want: undefined }],
    ['stepping into null', { given: '/nothing/deeper', want: undefined }],
    ['stepping into a number', { given: '/zero/deeper', want: undefined }],
    ['array index out of range', { given: '/paths/~1orders~1{id}/get/parameters/5', want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(getAtPointer(root, given)).toBe(want);
  });

  test('a non-object root yields undefined for any non-empty pointer', () => {
    expect(getAtPointer('text', '/length')).toBeUndefined();
    expect(getAtPointer(undefined, '/a')).toBeUndefined();
  });
});
