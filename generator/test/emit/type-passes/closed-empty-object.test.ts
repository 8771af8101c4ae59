import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { closedEmptyObject, openClosedAllOfMembers } from '../../../src/emit/type-passes/closed-empty-object.js';
import { print } from '../../support/type-nodes.js';

describe('closedEmptyObject', () => {
  const cases: [string, { given: unknown; want: string | undefined }][] = [
    ['additionalProperties: false without properties has no member', { given: { type: 'object', additionalProperties: false }, want: 'Record<string, never>' }],
    ['empty properties count as none', { given: { type: 'object', properties: {}, additionalProperties: false }, want: 'Record<string, never>' }],
    ['nullable (3.0) adds null', { given: { type: 'object', additionalProperties: false, nullable: true }, want: 'Record<string, never> | null' }],
    ['a null type (3.1) adds null', { given: { type: ['object', 'null'], additionalProperties: false }, want: 'Record<string, never> | null' }],
    ['object among other types is left to openapi-typescript', { given: { type: ['object', 'string'], additionalProperties: false }, want: undefined }],
    ['a free-form object is left to openapi-typescript (Record<string, unknown>)', { given: { type: 'object' }, want: undefined }],
    ['additionalProperties: true is free-form', { given: { type: 'object', additionalProperties: true }, want: undefined }],
    ['declared properties are left to openapi-typescript', { given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, want: undefined }],
    ['a composed object takes its members\' type', { given: { type: 'object', additionalProperties: false, allOf: [{ $ref: '#/components/schemas/A' }] }, want: undefined }],
    ['not an object type', { given: { type: 'string', additionalProperties: false }, want: undefined }],
    ['null', { given: null, want: undefined }],
  ];

  test.each(cases)('%s', (_name, { given, want }) => {
    const node = closedEmptyObject(given);
    expect(node === undefined ? undefined : print(ts.factory.createTypeAliasDeclaration(undefined, 'T', undefined, node))).toBe(
      want === undefined ? undefined : `type T = ${want};\n`,
    );
  });
});

describe('openClosedAllOfMembers', () => {
  const closed = { type: 'object', additionalProperties: false };
  const foo = { $ref: '#/components/schemas/Foo' };
  const doc = (schemas: Record<string, unknown>) => ({ openapi: '3.1.0', components: { schemas } }) as OpenApiDocument;
  const cases: [string, { given: Record<string, unknown>; want: Record<string, unknown> }][] = [
    ['a closed empty allOf member is opened', { given: { Bar: { allOf: [foo, closed] } }, want: { Bar: { allOf: [foo, { type: 'object' }] } } }],
    ['also nested below properties', { given: { Bar: { properties: { x: { allOf: [foo, { ...closed, description: 'd' }] } } } }, want: { Bar: { properties: { x: { allOf: [foo, { type: 'object', description: 'd' }] } } } } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(openClosedAllOfMembers(doc(given)).components?.schemas).toEqual(want);
  });

  const unchanged: [string, Record<string, unknown>][] = [
    ['a closed empty object outside allOf', { C: closed }],
    ['an allOf member with properties', { Bar: { allOf: [foo, { ...closed, properties: { a: { type: 'string' } } }] } }],
  ];
  test.each(unchanged)('returns the document itself: %s', (_name, given) => {
    const document = doc(given);
    expect(openClosedAllOfMembers(document)).toBe(document);
  });
});
