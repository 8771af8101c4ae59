import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { tsPrinterHelpers } from '../../src/libraries/typescript.js';

describe("tsPrinterHelpers: TypeScript's runtime still has the printer's own helpers", () => {
  test.each(['escapeNonAsciiString', 'computeLineStarts', 'writeCommentRange'] as const)('%s is a function', (name) => {
    expect(typeof tsPrinterHelpers[name]).toBe('function');
  });

  // What the printer writes for a single-quoted string literal made by the factory is this helper's text.
  const printed = (text: string) =>
    ts.createPrinter().printNode(ts.EmitHint.Unspecified, ts.factory.createStringLiteral(text, true), ts.createSourceFile('x.ts', '', ts.ScriptTarget.ESNext));
  const cases: [string, { given: string; want: string }][] = [
    ['quotes and a backslash', { given: `it's "q" \\`, want: `'it\\'s "q" \\\\'` }],
    ['control characters', { given: '\n\t\u0000', want: "'\\n\\t\\0'" }],
    ['non-ASCII as \\u escapes', { given: 'é😀', want: "'\\u00E9\\uD83D\\uDE00'" }],
  ];
  test.each(cases)('escapeNonAsciiString: %s', (_name, { given, want }) => {
    expect(`'${tsPrinterHelpers.escapeNonAsciiString(given, 39)}'`).toBe(want);
    expect(printed(given)).toBe(want);
  });

  test('computeLineStarts: \\n, \\r\\n, \\r and the line separator', () => {
    expect(tsPrinterHelpers.computeLineStarts('a\nb\r\nc\rd\u2028e')).toEqual([0, 2, 5, 7, 9]);
  });
});
