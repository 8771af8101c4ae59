import { describe, expect, test } from 'vitest';
import { checkParts, isValidMemberRun, isValidPart, memberRuns, verifySchemaSource, statementBoundaries, statementBoundary, verifyGeneratedSource, type TypeScriptParser } from '../../src/verify/generated-code.js';
import { newPartCounter, partTaker } from '../../src/pipeline/part-counter.js';
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

describe('statementBoundaries: a file cut into about n parts', () => {
  const many = Array.from({ length: 12 }, (_, index) => alias(`A${index}`)).join('\n');
  const cases: [string, { given: { content: string; parts: number }; want: number }][] = [
    ['as many parts as asked where boundaries allow', { given: { content: many, parts: 4 }, want: 4 }],
    ['one part when there is no boundary', { given: { content: 'export type A = 1;\n', parts: 8 }, want: 1 }],
    ['no more parts than statements', { given: { content: `${alias('A')}\n${alias('B')}`, parts: 8 }, want: 2 }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const bounds = statementBoundaries(given.content, given.parts);
    expect(bounds.length - 1).toBe(want);
    expect(bounds[0]).toBe(0);
    expect(bounds.at(-1)).toBe(given.content.length);
    // The parts, put together again, are the file; each is a file of whole statements.
    expect(bounds.slice(1).map((end, index) => given.content.slice(bounds[index], end)).join('')).toBe(given.content);
    for (let index = 1; index < bounds.length - 1; index++) expect(given.content.slice(bounds[index]!, bounds[index]! + 3)).toBe('/**');
  });
});

describe.each(parsers)('verifyGeneratedSource, isValidPart and checkParts, with %s', (_parser, parser) => {
  const check = (content: string) => () => verifyGeneratedSource(parser, 'src/client.ts', content, 'spec.yaml');
  const half = statementBoundary(valid, 0.3);

  const cases: [string, { given: string; want: RegExp | 'valid' }][] = [
    ['a valid file', { given: valid, want: 'valid' }],
    ['a parse error, with its line', { given: `${alias('A')}export type B = ;\n`, want: /line 3: Type expected/ }],
    ['a statement of a kind never generated', { given: `${alias('A')}console.log(1);\n`, want: /line 3: unexpected ExpressionStatement/ }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    if (want === 'valid') expect(check(given)).not.toThrow();
    else expect(check(given)).toThrow(want);
  });

  const parts: [string, { given: string; want: boolean }][] = [
    ['the part after a boundary of a valid file', { given: valid.slice(half), want: true }],
    ['a part with a parse error', { given: `${valid.slice(half)}\nexport type C = ;\n`, want: false }],
    // A part ends where its text ends: an unterminated comment or string in it cannot run on into the next part.
    ['a part ending in an unterminated comment', { given: `${valid.slice(half)}\n/** never closed\n`, want: false }],
    ['a part ending in an unterminated string', { given: `${valid.slice(half)}\nexport const C = 'never closed;\n`, want: false }],
    ['a part with a statement of a kind never generated', { given: `${valid.slice(half)}\nconsole.log(1);\n`, want: false }],
    ['the header comment alone', { given: '// Generated from a.yaml.\n// Do not edit.\n', want: true }],
  ];
  test.each(parts)('isValidPart: %s', (_name, { given, want }) => {
    expect(isValidPart(parser, 'src/client.ts', given)).toBe(want);
  });

  const broken = `${valid}\n${alias('C')}\nexport type D = ;\n\n${alias('E')}`;
  const bounds = statementBoundaries(broken, 4);
  test('checkParts: two takers from one counter check every part once between them', () => {
    const counter = newPartCounter();
    const checked: number[] = [];
    const taker = partTaker(counter);
    const recording = () => {
      const part = taker();
      if (part < bounds.length - 1) checked.push(part);
      return part;
    };
    // One taker checks a part, then the other all the rest: together they cover each part exactly once.
    let first = true;
    const once = () => (first ? ((first = false), recording()) : bounds.length);
    checkParts(parser, 'src/client.ts', broken, bounds, once);
    checkParts(parser, 'src/client.ts', broken, bounds, recording);
    expect(checked).toEqual(bounds.slice(0, -1).map((_, index) => index));
  });

  test('checkParts: false for the taker of the broken part only', () => {
    const brokenPart = bounds.findIndex((start, index) => broken.slice(start, bounds[index + 1]).includes('type D = ;'));
    const takeOnly = (wanted: number[]) => () => wanted.shift() ?? bounds.length;
    const others = bounds.slice(0, -1).map((_, index) => index).filter((index) => index !== brokenPart);
    expect(checkParts(parser, 'src/client.ts', broken, bounds, takeOnly([brokenPart]))).toBe(false);
    expect(checkParts(parser, 'src/client.ts', broken, bounds, takeOnly(others))).toBe(true);
  });

  test('a file with no statement kinds listed is an internal error', () => {
    expect(() => verifyGeneratedSource(parser, 'src/other.ts', valid, 'spec.yaml')).toThrow(/no statement kinds are listed for src\/other.ts/);
  });
});

/** A schema.ts in the printer's layout: two interfaces of many members, the second with members at depth 2. */
const schemaMember = (name: string) => `  '/${name}': {\n    /** Doc with { and } and ' */\n    get: operations['${name}'];\n    put?: never;\n  };\n`;
const schemaEntry = (name: string) => `    '${name}': {\n      id: number;\n      /** @enum {string} */\n      kind: 'a' | 'b';\n    };\n`;
const schema = [
  'export type $Read<T> = {\n  readonly $read: T;\n};\n',
  'export interface paths {\n',
  ...Array.from({ length: 40 }, (_, index) => schemaMember(`p${index}`)),
  '}\n',
  'export type webhooks = Record<string, never>;\n',
  'export interface components {\n  schemas: {\n',
  ...Array.from({ length: 40 }, (_, index) => schemaEntry(`s${index}`)),
  '  };\n  responses: never;\n}\n',
].join('');

describe('memberRuns: schema.ts cut into runs of members', () => {
  test('the runs and the skeleton put back together are the file, each run whole members of one container', () => {
    const { skeleton, runs } = memberRuns(schema, 8);
    expect(runs.length).toBeGreaterThan(4);
    // Removing each run where it was leaves the skeleton.
    let rest = schema;
    for (const run of runs) {
      expect(rest.includes(run)).toBe(true);
      rest = rest.replace(run, '');
    }
    expect(rest).toBe(skeleton);
    for (const run of runs) expect(isValidMemberRun(ts, run)).toBe(true);
    expect(isValidPart(ts, 'src/schema.ts', skeleton)).toBe(true);
  });
});

describe.each(parsers)('isValidMemberRun and verifySchemaSource, with %s', (_parser, parser) => {
  const runs: [string, { given: string; want: boolean }][] = [
    ['members at depth 1', { given: schemaMember('a') + schemaMember('b'), want: true }],
    ['members at depth 2', { given: schemaEntry('a'), want: true }],
    // Balanced on its own only by closing the wrapper early: in place it would close the container.
    ['a run that closes its container and opens a declaration', { given: `${schemaMember('a')}}\nexport interface Other {\n${schemaMember('b')}`, want: false }],
    ['a run that breaks out into code', { given: `${schemaMember('a')}};\nconsole.log(1);\ninterface X {\n`, want: false }],
    ['a syntax error in a member', { given: `${schemaMember('a')}  'b': ;\n`, want: false }],
  ];
  test.each(runs)('isValidMemberRun: %s', (_name, { given, want }) => {
    expect(isValidMemberRun(parser, given)).toBe(want);
  });

  const files: [string, { given: string; want: RegExp | 'valid' }][] = [
    ['a valid schema in parts', { given: schema, want: 'valid' }],
    ['an error deep in a run, with the whole file\'s line', { given: schema.replace("kind: 'a' | 'b';", "kind: 'a' | ;"), want: new RegExp(`line ${schema.slice(0, schema.indexOf("kind: 'a' | 'b';")).split('\n').length}: Type expected`) }],
    ['an error in the skeleton', { given: schema.replace('export type webhooks = Record<string, never>;', 'export type webhooks = ;'), want: /Type expected/ }],
  ];
  test.each(files)('verifySchemaSource: %s', (_name, { given, want }) => {
    const check = () => verifySchemaSource(parser, given, 'spec.yaml');
    if (want === 'valid') expect(check).not.toThrow();
    else expect(check).toThrow(want);
  });
});
