import { describe, expect, test } from 'vitest';
import { partIsValid, statementBoundary, verifyGeneratedSource, type TypeScriptParser } from '../../src/verify/generated-code.js';
import { ts } from '../../src/libraries/typescript.js';
import { tsMorph } from '../../src/libraries/ts-morph.js';

// Both parsers the generator uses: `typescript` on the main thread, ts-morph's copy on the spec tasks' worker.
const parsers: [string, TypeScriptParser][] = [
  ['typescript', ts],
  ["ts-morph's TypeScript", tsMorph.ts],
];

const alias = (name: string) => `/** Doc of ${name}. */\nexport type ${name} = { a?: string };\n`;
const fn = (name: string) => `/**\n * ${name}.\n */\nexport function ${name}(client: Core): string {\n  return 'x';\n}\n`;
const valid = [alias('A'), fn('a'), alias('B'), fn('b')].join('\n');

describe('statementBoundary: where a generated file can be cut into parts that parse alone', () => {
  const cases: [string, { given: { content: string; fraction: number }; want: string | 'end' }][] = [
    ['the first boundary past the fraction: before a doc comment, after `}`', { given: { content: valid, fraction: 0.3 }, want: alias('B') }],
    ['after a `;`', { given: { content: `${alias('A')}\n${alias('B')}`, fraction: 0 }, want: alias('B') }],
    ['none past the fraction', { given: { content: valid, fraction: 0.9 }, want: 'end' }],
    ['not before an indented line (inside a class)', { given: { content: 'export class X {\n  a(): void {\n  }\n\n  b(): void {\n  }\n}\n', fraction: 0 }, want: 'end' }],
    ['not after a line that ends otherwise (a comma: inside a literal)', { given: { content: 'const X = [\n  1,\n\nexport const Y = 1;\n', fraction: 0 }, want: 'end' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const at = statementBoundary(given.content, given.fraction);
    if (want === 'end') expect(at).toBe(given.content.length);
    else expect(given.content.slice(at)).toBe(given.content.slice(given.content.indexOf(want)));
  });
});

describe.each(parsers)('verifyGeneratedSource and partIsValid, with %s', (_parser, parser) => {
  const check = (content: string, until?: number) => () => verifyGeneratedSource(parser, 'src/client.ts', content, 'spec.yaml', until);
  const half = statementBoundary(valid, 0.3);

  const cases: [string, { given: { content: string; until?: number }; want: RegExp | 'valid' }][] = [
    ['a valid file', { given: { content: valid }, want: 'valid' }],
    ['a parse error, with its line', { given: { content: `${alias('A')}export type B = ;\n` }, want: /line 3: Type expected/ }],
    ['a statement of a kind never generated', { given: { content: `${alias('A')}console.log(1);\n` }, want: /line 3: unexpected ExpressionStatement/ }],
    // The rest is the other thread's to check.
    ['until a boundary: an error after it is not this part\'s', { given: { content: `${valid.slice(0, half)}export type B = ;\n`, until: half }, want: 'valid' }],
    ['until a boundary: an error before it is reported with the whole file\'s line', { given: { content: `export type B = ;\n\n${valid}`, until: statementBoundary(`export type B = ;\n\n${valid}`, 0.5) }, want: /line 1: Type expected/ }],
    ['until an offset inside a statement: a valid file still passes', { given: { content: valid, until: valid.indexOf("return 'x'") }, want: 'valid' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    if (want === 'valid') expect(check(given.content, given.until)).not.toThrow();
    else expect(check(given.content, given.until)).toThrow(want);
  });

  const parts: [string, { given: { content: string; from: number }; want: boolean }][] = [
    ['the part after a boundary of a valid file', { given: { content: valid, from: half }, want: true }],
    ['nothing to check (from the end)', { given: { content: `${valid}export type = ;`, from: valid.length + 15 }, want: true }],
    ['a part with a parse error', { given: { content: `${valid}\nexport type C = ;\n`, from: half }, want: false }],
    // A part ends where the file ends: an unterminated comment or string in it cannot run on into the other part.
    ['a part ending in an unterminated comment', { given: { content: `${valid}\n/** never closed\n`, from: half }, want: false }],
    ['a part ending in an unterminated string', { given: { content: `${valid}\nexport const C = 'never closed;\n`, from: half }, want: false }],
    ['a part with a statement of a kind never generated', { given: { content: `${valid}\nconsole.log(1);\n`, from: half }, want: false }],
  ];
  test.each(parts)('partIsValid: %s', (_name, { given, want }) => {
    expect(partIsValid(parser, 'src/client.ts', given.content, given.from)).toBe(want);
  });

  test('a file with no statement kinds listed is an internal error', () => {
    expect(() => verifyGeneratedSource(parser, 'src/other.ts', valid, 'spec.yaml')).toThrow(/no statement kinds are listed for src\/other.ts/);
  });
});
