import { describe, expect, test } from 'vitest';
import { findProblem, quickAccept, verifyGeneratedSource } from '../../src/verify/generated-code.js';

const alias = (name: string) => `/** Doc of ${name}. */\nexport type ${name} = { a?: string };\n`;
const fn = (name: string) => `/**\n * ${name}.\n */\nexport function ${name}(client: Core): string {\n  return 'x';\n}\n`;
const spec = (name: string) => `/** ${name}'s spec. */\nconst ${name}Spec: OperationSpec = {\n  id: '${name}',\n  path: '/{id}',\n};\n`;
const header = '// Generated from a.yaml.\n// Do not edit.\n';
const client = [header, "import type { paths } from './schema.js';\nimport { Core } from './runtime.js';\n", spec('a'), fn('a'), alias('B'), spec('b'), fn('b'), 'export class Group {\n  constructor(private readonly core: Core) {}\n}\n'].join('\n');
const schema = [header, alias('A'), 'export interface paths {\n  "/a": {\n    /** Returns { and } */\n    get: operations["a"];\n  };\n}\n'].join('\n');
const index = [header, "export { Api, ApiError } from './client.js';\nexport type * from './client.js';\nexport type { paths } from './schema.js';\n"].join('\n');

describe('verifyGeneratedSource: a generated file parses and holds only the statements we emit', () => {
  const cases: [string, { given: { path: string; content: string }; want: RegExp | 'valid' }][] = [
    ['a valid client', { given: { path: 'src/client.ts', content: client }, want: 'valid' }],
    ['a valid schema', { given: { path: 'src/schema.ts', content: schema }, want: 'valid' }],
    ['a valid index', { given: { path: 'src/index.ts', content: index }, want: 'valid' }],
    ['a parse error, with its line', { given: { path: 'src/client.ts', content: `${alias('A')}export type B = ;\n` }, want: /src\/client.ts is not valid \(line 3: Type expected\.\); nothing was written/ }],
    ['a statement of a kind never generated, with its line', { given: { path: 'src/client.ts', content: `${alias('A')}console.log(1);\n` }, want: /line 3: unexpected ExpressionStatement/ }],
    ['a kind the file may not hold (a constant in schema.ts)', { given: { path: 'src/schema.ts', content: `${alias('A')}export const B = 1;\n` }, want: /line 3: unexpected FirstStatement/ }],
    ['text from the spec that ended a comment early', { given: { path: 'src/schema.ts', content: `/** Doc */ alert(1); /* */\n${alias('A')}` }, want: /line 1: unexpected ExpressionStatement/ }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const check = verifyGeneratedSource(given.path, given.content, 'spec.yaml');
    if (want === 'valid') await expect(check).resolves.toBeUndefined();
    else await expect(check).rejects.toThrow(want);
  });

  test('when oxc does not accept a file, TypeScript decides: a valid file still passes', async () => {
    await expect(verifyGeneratedSource('src/client.ts', client, 'spec.yaml', Promise.resolve(false))).resolves.toBeUndefined();
  });

  test('a file with no statement kinds listed is an internal error', async () => {
    await expect(verifyGeneratedSource('src/other.ts', client, 'spec.yaml')).rejects.toThrow(/no statement kinds are listed for src\/other.ts/);
  });
});

describe('quickAccept: oxc accepts a file only when TypeScript would', () => {
  const cases: [string, { given: { path: string; content: string }; want: boolean }][] = [
    ['a valid client: imports, exports and unexported spec constants', { given: { path: 'src/client.ts', content: client }, want: true }],
    ['a valid schema', { given: { path: 'src/schema.ts', content: schema }, want: true }],
    ['a valid index', { given: { path: 'src/index.ts', content: index }, want: true }],
    // oxc reports offsets in UTF-16 code units, as JavaScript strings count them.
    ['text outside the BMP and accents before the statements', { given: { path: 'src/client.ts', content: `/** café 𝄞 ✓ */\nconst A = 'é𝄞';\n${alias('B')}` }, want: true }],
    ['unexported declarations one after another', { given: { path: 'src/schema.ts', content: `${schema}type Schema$A = {\n  b?: Schema$B;\n};\ntype Schema$B = Schema$A[];\n/** C. */\ninterface C {\n  a: 1;\n}\n` }, want: true }],
    ['a declaration after the doc comment on its line', { given: { path: 'src/client.ts', content: `${alias('A')}/** a */ const a = 1;\n` }, want: true }],
    ['an expression after unexported declarations', { given: { path: 'src/schema.ts', content: `${schema}type Schema$A = 1;\ntype Schema$B = 2;\nalert(1);\n` }, want: false }],
    ['a declaration keyword inside a string does not hide a statement', { given: { path: 'src/client.ts', content: `${alias('A')}const a = 'x\\\ntype B = 1';\nalert(1);\n` }, want: false }],
    ['a syntax error', { given: { path: 'src/client.ts', content: `${alias('A')}export type B = ;\n` }, want: false }],
    // Errors of strict mode, which every module is in: oxc reports them among its semantic errors.
    ['a legacy octal escape', { given: { path: 'src/client.ts', content: `export const a = '\\01';\n` }, want: false }],
    ['a legacy octal literal', { given: { path: 'src/client.ts', content: 'export const a = 0777;\n' }, want: false }],
    ['a decimal with a leading zero', { given: { path: 'src/client.ts', content: 'export const a = 08;\n' }, want: false }],
    ['an unterminated comment', { given: { path: 'src/schema.ts', content: `${alias('A')}/** never closed\n` }, want: false }],
    ['an unterminated string', { given: { path: 'src/client.ts', content: `${alias('A')}const C = 'never closed;\n` }, want: false }],
    ['an expression statement between two exports', { given: { path: 'src/schema.ts', content: `/** Doc */ alert(1); /* */\n${alias('A')}` }, want: false }],
    ['a second statement after an unexported constant', { given: { path: 'src/client.ts', content: `${spec('a')}console.log(1);\n${alias('A')}` }, want: false }],
    ['an unexported statement at the end of the file', { given: { path: 'src/client.ts', content: `${alias('A')}${spec('a')}alert(1);\n` }, want: false }],
    // `export ` in front of a block makes an export list: only declarations are tried that way.
    ['a block statement in the index', { given: { path: 'src/index.ts', content: `${index}{ Api }\n` }, want: false }],
    ['an unexported enum', { given: { path: 'src/client.ts', content: `${alias('A')}enum E { A }\n` }, want: false }],
    ['an exported const enum', { given: { path: 'src/client.ts', content: `${alias('A')}export const enum E { A }\n` }, want: false }],
    ['an export default', { given: { path: 'src/client.ts', content: `${alias('A')}export default 1;\n` }, want: false }],
    ['an export declare', { given: { path: 'src/client.ts', content: `${alias('A')}export declare const x: 1;\n` }, want: false }],
    ['an import-equals declaration', { given: { path: 'src/client.ts', content: `import x = require('y');\n${alias('A')}` }, want: false }],
    ['a type alias in the index (not a kind it may hold)', { given: { path: 'src/index.ts', content: `${index}${alias('A')}` }, want: false }],
    ['a constant in the schema (not a kind it may hold)', { given: { path: 'src/schema.ts', content: `${schema}export const B = 1;\n` }, want: false }],
    ['an unexported constant in the schema', { given: { path: 'src/schema.ts', content: `${schema}const B = 1;\n` }, want: false }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    expect(await quickAccept(given.path, given.content)).toBe(want);
  });

  // What makes it safe to skip TypeScript: on every case above, an accepted file is one TypeScript finds no problem in.
  test.each(cases.filter(([, { want }]) => want))('never accepts what TypeScript refuses: %s', (_name, { given }) => {
    expect(findProblem(given.path, given.content)).toBeUndefined();
  });
});

describe('quickAccept on files TypeScript may judge otherwise: it accepts none that TypeScript refuses', () => {
  // Each a client.ts of one statement, at the edges where two parsers are most likely to differ.
  const files = [
    "export const a = '\\01';", "export const a = '\\8';", 'export const a = `\\01`;', "export const a = '\\x1';", "export const a = '\\u12';",
    'export const a = 0777;', 'export const a = 08;', 'export const a = 1_;', 'export const a = 1e;', 'export const a = 1n;',
    "export type A = { 'a\\u{110000}': 1 };", 'export type A = { a: string, b };', 'export type A = readonly string;', 'export type A<> = 1;',
    'export type A<T,> = T;', 'export type A = `${string`;', "export type A = import('x');", 'export const a = /[/;',
    'export function f(a?, b) {}', 'export function f(...a, b) {}', 'export function f(a, a) {}', 'export function f() { break; }',
    'export class A { constructor(public a) {} }', 'export class A { #a = 1; b() { return this.#c; } }', 'export const a = await 1;',
    'export const a = { get a(x) { return 1; } };', 'export const a = 1\nexport const a = 2;', 'export const a = 1;\n<<<<<<< HEAD\n',
  ];
  test('every one it accepts is one TypeScript finds no problem in', async () => {
    const accepted: string[] = [];
    for (const content of files) if (await quickAccept('src/client.ts', content)) accepted.push(content);
    expect(accepted.filter((content) => findProblem('src/client.ts', content) !== undefined)).toEqual([]);
    // Not vacuous: some of them are accepted, and the rest go to TypeScript.
    expect(accepted.length).toBeGreaterThan(3);
    expect(accepted.length).toBeLessThan(files.length);
  });
});
