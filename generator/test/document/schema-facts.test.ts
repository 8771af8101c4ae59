import { describe, expect, test } from 'vitest';
import { schemaAllowsNull, usesReadWriteMarkers } from '../../src/document/schema-facts.js';

const document = { components: { schemas: { Maybe: { type: ['string', 'null'] }, Thing: { type: 'object' } } } };

describe('schemaAllowsNull', () => {
  const cases: [string, { given: unknown; want: boolean }][] = [
    ['3.0 nullable', { given: { type: 'object', nullable: true }, want: true }],
    ['3.1 type list with null', { given: { type: ['object', 'null'] }, want: true }],
    ['type null', { given: { type: 'null' }, want: true }],
    ['an object', { given: { type: 'object' }, want: false }],
    ['properties without a type', { given: { properties: { a: {} } }, want: false }],
    ['an empty schema admits anything', { given: {}, want: true }],
    ['no schema', { given: undefined, want: true }],
    ['const null', { given: { const: null }, want: true }],
    ['enum with null', { given: { enum: ['a', null] }, want: true }],
    ['enum without null', { given: { enum: ['a'] }, want: false }],
    ['oneOf with a null branch', { given: { oneOf: [{ type: 'string' }, { type: 'null' }] }, want: true }],
    ['anyOf without one', { given: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, want: false }],
    ['allOf: only when every part admits null', { given: { allOf: [{ nullable: true }, { type: 'object' }] }, want: false }],
    ['a $ref followed', { given: { $ref: '#/components/schemas/Maybe' }, want: true }],
    ['a $ref to an object', { given: { $ref: '#/components/schemas/Thing' }, want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(schemaAllowsNull(document, given)).toBe(want));
});

describe('usesReadWriteMarkers', () => {
  const cases: [string, { given: Record<string, unknown>; want: boolean }][] = [
    ['readOnly in a component', { given: { components: { schemas: { A: { properties: { id: { readOnly: true } } } } } }, want: true }],
    ['writeOnly under paths', { given: { paths: { '/a': { post: { requestBody: { content: { 'application/json': { schema: { properties: { p: { writeOnly: true } } } } } } } } } }, want: true }],
    ['a property called readOnly is not the keyword', { given: { components: { schemas: { A: { properties: { readOnly: { type: 'boolean' } } } } } }, want: false }],
    ['readOnly inside an example is data', { given: { components: { schemas: { A: { example: { readOnly: true } } } } }, want: false }],
    ['readOnly: false', { given: { components: { schemas: { A: { readOnly: false } } } }, want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(usesReadWriteMarkers(given)).toBe(want));
});
