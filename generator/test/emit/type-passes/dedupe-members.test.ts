import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { dedupeTypeMembers, operationIdLookup } from '../../../src/emit/type-passes/dedupe-members.js';
import { ast, normalized, print, typeErrors } from '../../support/type-nodes.js';

/** Schemas as openapi-typescript types them when a discriminator adds `class` to a schema that declares it too. */
const COMPONENTS = `export interface components { schemas: {
  Cat: { class: "Cat"; class: string; name: string; };
  Dog: { class: "Dog"; class: string; };
} }`;

const PATHS = `export interface paths {
  "/pets": { get: { responses: { 200: { content: { "application/json": { kind: "pet"; kind: string; } } } } } };
  "/toys": { get: { responses: { 200: { content: { "application/json": { kind: "toy"; kind: string; } } } } } };
}
export interface operations {
  listPets: { responses: { 200: { content: { "application/json": { kind: "pet"; kind: string; } } } } };
  listToys: { responses: { 200: { content: { "application/json": { kind: "toy"; kind: string; } } } } };
}`;

const operationIds: Record<string, string> = { '/pets get': 'listPets', '/toys get': 'listToys' };
const lookup = (path: string, method: string) => operationIds[`${path} ${method}`];

describe('dedupeTypeMembers', () => {
  const cases: [string, { given: { source: string; discriminated: string[] }; want: string }][] = [
    [
      "a discriminated component schema keeps the first member of a name (openapi-typescript's literal)",
      {
        given: { source: COMPONENTS, discriminated: ['#/components/schemas/Cat'] },
        want: COMPONENTS.replace('Cat: { class: "Cat"; class: string;', 'Cat: { class: "Cat";'),
      },
    ],
    [
      'only the discriminated schemas are walked',
      {
        given: { source: COMPONENTS, discriminated: ['#/components/schemas/Dog'] },
        want: COMPONENTS.replace('Dog: { class: "Dog"; class: string; }', 'Dog: { class: "Dog"; }'),
      },
    ],
    [
      'type literals nested inside a discriminated schema are deduplicated too',
      {
        given: { source: 'export interface components { schemas: { Cat: { owner: { id: 1; id: number } } } }', discriminated: ['#/components/schemas/Cat'] },
        want: 'export interface components { schemas: { Cat: { owner: { id: 1 } } } }',
      },
    ],
    [
      'quoted member names count as names',
      {
        given: { source: 'export interface components { schemas: { Cat: { "pet-type": "cat"; "pet-type": string } } }', discriminated: ['#/components/schemas/Cat'] },
        want: 'export interface components { schemas: { Cat: { "pet-type": "cat" } } }',
      },
    ],
    [
      'an inline discriminated schema: its path and its operation (by operationId), nothing else',
      {
        given: { source: PATHS, discriminated: ['#/paths/~1pets/get/responses/200/content/application~1json/schema'] },
        want: PATHS.replaceAll('kind: "pet"; kind: string;', 'kind: "pet";'),
      },
    ],
    [
      'an inline schema whose operation has no operationId: only the path',
      {
        given: { source: PATHS, discriminated: ['#/paths/~1toys/post/requestBody/content/application~1json/schema'] },
        want: PATHS.replace('"/toys": { get: { responses: { 200: { content: { "application/json": { kind: "toy"; kind: string;', '"/toys": { get: { responses: { 200: { content: { "application/json": { kind: "toy";'),
      },
    ],
    [
      'a discriminated ref of another shape: every type is walked',
      {
        given: { source: `${COMPONENTS}\n${PATHS}`, discriminated: ['#/components/responses/Pet/content/application~1json/schema'] },
        want: `${COMPONENTS}\n${PATHS}`.replace(/(\w+): ("\w+"); \1: string;/g, '$1: $2;'),
      },
    ],
    [
      'members that are not duplicated are kept in order',
      {
        given: { source: 'export interface components { schemas: { Cat: { b: string; a: string; class: "Cat" } } }', discriminated: ['#/components/schemas/Cat'] },
        want: 'export interface components { schemas: { Cat: { b: string; a: string; class: "Cat" } } }',
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(print(dedupeTypeMembers(ast(given.source), given.discriminated, lookup))).toBe(normalized(want));
  });

  test('without discriminators the nodes are returned as they are', () => {
    const nodes = ast(COMPONENTS);
    expect(dedupeTypeMembers(nodes, [], lookup)).toBe(nodes);
  });

  test("a duplicated member does not compile (TS2300, the pass's reason); deduplicated, it does", () => {
    expect(typeErrors(COMPONENTS)).toEqual(expect.arrayContaining([expect.stringMatching(/^TS2300: Duplicate identifier 'class'/)]));
    expect(typeErrors(print(dedupeTypeMembers(ast(COMPONENTS), ['#/components/schemas/Cat', '#/components/schemas/Dog'], lookup)))).toEqual([]);
  });
});

describe('operationIdLookup', () => {
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    paths: { '/pets': { get: { operationId: 'listPets' }, post: {}, put: { operationId: 7 } } },
  };
  const cases: [string, { given: [string, string]; want: string | undefined }][] = [
    ['an operation with an operationId', { given: ['/pets', 'get'], want: 'listPets' }],
    ['an operation without one', { given: ['/pets', 'post'], want: undefined }],
    ['an operationId that is not a string', { given: ['/pets', 'put'], want: undefined }],
    ['a method the path does not have', { given: ['/pets', 'delete'], want: undefined }],
    ['a path the document does not have', { given: ['/toys', 'get'], want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(operationIdLookup(document)(...given)).toBe(want);
  });
});
