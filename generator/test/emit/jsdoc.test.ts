import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { docLines, docText } from '../../src/emit/jsdoc.js';

/** The code left after `/** text *\/` and a declaration: anything but the declaration means the comment broke. */
function codeAfter(text: string): string {
  return ts.transpileModule(`/**\n * ${text.split('\n').join('\n * ')}\n */\nexport const x = 1;\n`, { compilerOptions: { removeComments: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText.trim();
}

describe('docText', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['plain text is kept', { given: 'Cancels a broadcast.', want: 'Cancels a broadcast.' }],
    ['*/ cannot close the comment', { given: 'a */ b', want: 'a *\\/ b' }],
    ['every */', { given: '*/*/', want: '*\\/*\\/' }],
    ['/* is harmless inside a comment and kept', { given: 'a /* b', want: 'a /* b' }],
    ['CRLF becomes LF', { given: 'a\r\nb', want: 'a\nb' }],
    ['a lone CR becomes LF', { given: 'a\rb', want: 'a\nb' }],
    ['U+2028 and U+2029 become LF', { given: 'a\u2028b\u2029c', want: 'a\nb\nc' }],
    ['trimmed', { given: '\n  text  \n', want: 'text' }],
    ['inner blank lines are kept', { given: 'a\n\nb', want: 'a\n\nb' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(docText(given)).toBe(want);
  });

  test.each(['Ends */ here; then code()', '*/ export const evil = 1; /*', 'a\u2028*/ b'])('inside a JSDoc block it stays a comment: %j', (given) => {
    expect(codeAfter(docText(given))).toBe('export const x = 1;');
  });

  test('the check above can fail: unescaped text breaks out of the comment', () => {
    expect(codeAfter('*/ export const evil = 1; /*')).not.toBe('export const x = 1;');
  });
});

describe('docLines', () => {
  const cases: [string, { given: (string | undefined)[]; want: string }][] = [
    ['paragraphs are joined by a blank line', { given: ['Summary.', 'Details.'], want: 'Summary.\n\nDetails.' }],
    ['undefined parts are skipped', { given: [undefined, 'a', undefined], want: 'a' }],
    ['blank parts are skipped', { given: ['a', '', '   ', '\n', 'b'], want: 'a\n\nb' }],
    ['each part is made safe', { given: ['a */', ' b\r\n'], want: 'a *\\/\n\nb' }],
    ['nothing at all', { given: [], want: '' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(docLines(...given)).toBe(want);
  });
});
