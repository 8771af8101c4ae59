import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { commentSafe, fileHeader } from '../../src/emit/header.js';

describe('fileHeader', () => {
  const cases: [string, { given: [string, string]; want: string }][] = [
    [
      'names the spec, its hash, and how to regenerate',
      {
        given: ['periskope.yaml', 'abc123'],
        want: '// Generated from periskope.yaml (sha256 abc123) by @periskope-tools/generator.\n// Do not edit: change the spec and run `npm run generate`.\n',
      },
    ],
    [
      'a line break in the file name cannot end the comment',
      { given: ['a\nconsole.log(1).yaml', 'h'], want: '// Generated from a?console.log(1).yaml (sha256 h) by @periskope-tools/generator.\n// Do not edit: change the spec and run `npm run generate`.\n' },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(fileHeader(...given)).toBe(want);
  });

  test.each(['spec\n.yaml', 'spec\r.yaml', 'spec\u2028.yaml', 'spec\u2029.yaml'])('the header is only comments whatever the name (%j)', (name) => {
    // Transpiled, a header made only of comments produces no code at all.
    expect(ts.transpileModule(fileHeader(name, 'h'), { compilerOptions: { removeComments: true } }).outputText.trim()).toBe('');
  });

  test('the first line is the marker write/output looks for', () => {
    expect(fileHeader('x.yaml', 'h').startsWith('// Generated from ')).toBe(true);
  });
});

describe('commentSafe', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['plain text is unchanged', { given: 'periskope.yaml', want: 'periskope.yaml' }],
    ['LF', { given: 'a\nb', want: 'a?b' }],
    ['CR', { given: 'a\rb', want: 'a?b' }],
    ['line separator U+2028', { given: 'a\u2028b', want: 'a?b' }],
    ['paragraph separator U+2029', { given: 'a\u2029b', want: 'a?b' }],
    ['other control characters (tab, NUL, DEL)', { given: 'a\tb\u0000c\u007fd', want: 'a?b?c?d' }],
    ['unicode letters are kept', { given: 'größe-注文.yaml', want: 'größe-注文.yaml' }],
    ['*/ is harmless in a line comment and kept', { given: 'a*/b', want: 'a*/b' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(commentSafe(given)).toBe(want);
  });
});
