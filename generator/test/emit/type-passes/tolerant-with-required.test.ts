import { describe, expect, test } from 'vitest';
import { tolerantWithRequired } from '../../../src/emit/type-passes/tolerant-with-required.js';
import { ast, normalized, print, typeErrors } from '../../support/type-nodes.js';

/** openapi-typescript 7's helper, as its transformSchema emits it. */
const ORIGINAL = 'type WithRequired<T, K extends keyof T> = T & { [P in K]-?: T[P] };';
const TOLERANT = 'type WithRequired<T, K extends keyof NonNullable<T>> = T & { [P in K]-?: NonNullable<T>[P] };';

describe('tolerantWithRequired', () => {
  const cases: [string, { given: string; want: string }][] = [
    ["openapi-typescript's helper is replaced", { given: `export interface paths {}\n${ORIGINAL}`, want: `export interface paths {}\n${TOLERANT}` }],
    ['other type aliases are kept', { given: 'type $defs = Record<string, never>;\ntype X = string;', want: 'type $defs = Record<string, never>;\ntype X = string;' }],
    ['an interface called WithRequired is not the helper', { given: 'interface WithRequired { a: string }', want: 'interface WithRequired { a: string }' }],
    ['no helper, nothing to replace', { given: 'export interface components { schemas: {} }', want: 'export interface components { schemas: {} }' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(print(tolerantWithRequired(ast(given)))).toBe(normalized(want));
  });

  // The reason for the pass: an allOf member with `required` over a nullable schema (Plaid).
  const use = 'export type Pet = WithRequired<{ name?: string } | null, "name">; export const pet: Pet = { name: "Rex" };';
  test("the original helper does not compile over a nullable schema (the pass's reason)", () => {
    expect(typeErrors(`${ORIGINAL}\n${use}`)).toEqual([`TS2344: Type '"name"' does not satisfy the constraint 'never'.`]);
  });
  test('the replaced helper compiles over a nullable schema, and still requires the property', () => {
    const repaired = print(tolerantWithRequired(ast(ORIGINAL)));
    expect(typeErrors(`${repaired}\n${use}`)).toEqual([]);
    expect(typeErrors(`${repaired}\nexport const pet: WithRequired<{ name?: string }, "name"> = {};`)).toEqual([
      expect.stringMatching(/^TS2322: .*Property 'name' is missing in type '{}' but required/),
    ]);
  });
});
