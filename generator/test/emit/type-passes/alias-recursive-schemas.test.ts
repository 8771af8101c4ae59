import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { aliasRecursiveSchemas, recursiveSchemaNames, schemaIndexTarget } from '../../../src/emit/type-passes/alias-recursive-schemas.js';
import { ast, normalized, print, typeErrors } from '../../support/type-nodes.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('recursiveSchemaNames', () => {
  const cases: [string, { given: Record<string, unknown>; want: string[] }][] = [
    ['no references', { given: { A: { type: 'string' }, B: { type: 'object' } }, want: [] }],
    ['a chain is not a cycle', { given: { A: { properties: { b: ref('B') } }, B: { properties: { c: ref('C') } }, C: {} }, want: [] }],
    ['a schema that refers to itself through a property', { given: { Tree: { properties: { children: { items: ref('Tree') } } } }, want: ['Tree'] }],
    ['two schemas that refer to each other', { given: { A: { properties: { b: ref('B') } }, B: { properties: { a: ref('A') } } }, want: ['A', 'B'] }],
    [
      'a schema that refers into a cycle is not in it',
      { given: { Root: { properties: { a: ref('A') } }, A: { properties: { b: ref('B') } }, B: { properties: { a: ref('A') } } }, want: ['A', 'B'] },
    ],
    ['names come in document order', { given: { Z: { items: ref('Y') }, Y: { items: ref('Z') }, Plain: {} }, want: ['Z', 'Y'] }],
    ['a ref anywhere counts (inside allOf, additionalProperties)', { given: { A: { allOf: [{ additionalProperties: ref('A') }] } }, want: ['A'] }],
    ['a ref to a missing schema is ignored', { given: { A: { items: ref('Missing') } }, want: [] }],
    ['an escaped and a percent-encoded name', { given: { 'a/b': { items: { $ref: '#/components/schemas/A%20B' } }, 'A B': { items: { $ref: '#/components/schemas/a~1b' } } }, want: ['a/b', 'A B'] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(recursiveSchemaNames({ openapi: '3.1.0', components: { schemas: given } })).toEqual(want);
  });

  test('a cycle of 20,000 schemas is found without overflowing the stack (Tarjan, iterative)', () => {
    const count = 20_000;
    const schemas = Object.fromEntries(Array.from({ length: count }, (_, i) => [`S${i}`, { items: ref(`S${(i + 1) % count}`) }]));
    expect(recursiveSchemaNames({ openapi: '3.1.0', components: { schemas } })).toHaveLength(count);
  });
});

const TREE = `export interface components { schemas: {
  Tree: { children?: components["schemas"]["Tree"][]; leaf?: components["schemas"]["Leaf"] };
  Leaf: { tree?: components["schemas"]["Tree"] };
} }`;

describe('aliasRecursiveSchemas', () => {
  const cases: [string, { given: { source: string; recursive: string[] }; want: string }][] = [
    [
      'a recursive schema becomes a module-level alias that refers to itself by name',
      {
        given: { source: TREE, recursive: ['Tree'] },
        want: `export interface components { schemas: { Tree: Schema$Tree; Leaf: { tree?: components["schemas"]["Tree"] }; } }
type Schema$Tree = { children?: Schema$Tree[]; leaf?: components["schemas"]["Leaf"] };`,
      },
    ],
    [
      'every recursive schema gets an alias, inside each other they refer by alias',
      {
        given: { source: TREE, recursive: ['Tree', 'Leaf'] },
        want: `export interface components { schemas: { Tree: Schema$Tree; Leaf: Schema$Leaf; } }
type Schema$Tree = { children?: Schema$Tree[]; leaf?: Schema$Leaf };
type Schema$Leaf = { tree?: Schema$Tree };`,
      },
    ],
    [
      'the aliases go right after components, before what follows',
      {
        given: { source: `export interface paths {}\n${TREE}\nexport type $defs = Record<string, never>;`, recursive: ['Leaf'] },
        want: `export interface paths {}
export interface components { schemas: { Tree: { children?: components["schemas"]["Tree"][]; leaf?: components["schemas"]["Leaf"] }; Leaf: Schema$Leaf; } }
type Schema$Leaf = { tree?: components["schemas"]["Tree"] };
export type $defs = Record<string, never>;`,
      },
    ],
    [
      'references outside components.schemas are left as they are',
      {
        given: { source: `export interface paths { "/t": { get: components["schemas"]["Tree"] } }\n${TREE}`, recursive: ['Tree'] },
        want: `export interface paths { "/t": { get: components["schemas"]["Tree"] } }
export interface components { schemas: { Tree: Schema$Tree; Leaf: { tree?: components["schemas"]["Tree"] }; } }
type Schema$Tree = { children?: Schema$Tree[]; leaf?: components["schemas"]["Leaf"] };`,
      },
    ],
    [
      'a name that is no identifier is made one; a taken alias gets a counter',
      {
        given: { source: 'export interface components { schemas: { "a-b": components["schemas"]["a-b"][]; a_b: components["schemas"]["a_b"][] } }', recursive: ['a-b', 'a_b'] },
        want: `export interface components { schemas: { "a-b": Schema$a_b; a_b: Schema$a_b_2 } }
type Schema$a_b = Schema$a_b[];
type Schema$a_b_2 = Schema$a_b_2[];`,
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(print(aliasRecursiveSchemas(ast(given.source), given.recursive))).toBe(normalized(want));
  });

  test('without recursive schemas the nodes are returned as they are', () => {
    const nodes = ast(TREE);
    expect(aliasRecursiveSchemas(nodes, [])).toBe(nodes);
  });

  // openapi-typescript issue #1603: a schema that is an array of itself.
  const SELF = 'export interface components { schemas: { Tree: components["schemas"]["Tree"][] } }';
  test("a schema typed as an array of itself does not compile (TS2502, the pass's reason); aliased, it does", () => {
    expect(typeErrors(SELF)).toEqual([expect.stringMatching(/^TS2502: 'Tree' is referenced directly or indirectly in its own type annotation/)]);
    expect(typeErrors(print(aliasRecursiveSchemas(ast(SELF), ['Tree'])))).toEqual([]);
  });
});

describe('schemaIndexTarget', () => {
  const cases: [string, { given: string; want: string | undefined }][] = [
    ['a component schema', { given: 'components["schemas"]["Pet"]', want: 'Pet' }],
    ['another components section', { given: 'components["parameters"]["Pet"]', want: undefined }],
    ['not the components type', { given: 'other["schemas"]["Pet"]', want: undefined }],
    ['the schemas map itself', { given: 'components["schemas"]', want: undefined }],
    ['a property of a schema', { given: 'components["schemas"]["Pet"]["name"]', want: undefined }],
    ['an index that is not a string literal', { given: 'components["schemas"][keyof X]', want: undefined }],
    ['a type reference', { given: 'Pet', want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const [alias] = ast(`type T = ${given};`);
    expect(schemaIndexTarget((alias as ts.TypeAliasDeclaration).type)).toBe(want);
  });
});
