import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { declareRequiredProperties } from '../../../src/emit/type-passes/declare-required-properties.js';

const doc = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}) => ({ openapi: '3.1.0', paths, components: { schemas } }) as OpenApiDocument;

describe('declareRequiredProperties', () => {
  const cases: [string, { given: OpenApiDocument; want: unknown }][] = [
    ['a required name properties does not list is declared with the empty schema', { given: doc({ R: { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' } } } }), want: { R: { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' }, b: {} } } } }],
    ['with allOf: a name no part declares (DigitalOcean uptime check)', { given: doc({ U: { type: 'object', properties: { name: {} } }, C: { type: 'object', allOf: [{ $ref: '#/components/schemas/U' }], required: ['name', 'method'] } }), want: { U: { type: 'object', properties: { name: {} } }, C: { type: 'object', allOf: [{ $ref: '#/components/schemas/U' }], required: ['name', 'method'], properties: { method: {} } } } }],
    ['also inline under a property', { given: doc({ R: { properties: { inner: { required: ['x'], properties: { y: {} } } } } }), want: { R: { properties: { inner: { required: ['x'], properties: { y: {}, x: {} } } } } } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(declareRequiredProperties(given).components?.schemas).toEqual(want);
  });

  test('inline request bodies under paths too', () => {
    const body = { content: { 'application/json': { schema: { type: 'object', required: ['n'], properties: { m: { type: 'integer' } } } } } };
    const result = declareRequiredProperties(doc({}, { '/a': { post: { requestBody: body, responses: {} } } }));
    expect((result.paths as never)['/a']['post']['requestBody']['content']['application/json']['schema']['properties']).toEqual({ m: { type: 'integer' }, n: {} });
  });

  test('inside an allOf item too; the given document is left as it was, what does not lead to a site is shared', () => {
    const given = doc({ R: { allOf: [{ required: ['x'], properties: { y: {} } }] }, Other: { type: 'string' } });
    const before = structuredClone(given);
    const result = declareRequiredProperties(given);
    expect((result.components?.schemas as never)['R']['allOf'][0]['properties']).toEqual({ y: {}, x: {} });
    expect(given).toEqual(before);
    expect((result.components?.schemas as never)['Other']).toBe((given.components?.schemas as never)['Other']);
  });

  test('one schema held in two places (a YAML alias): both see the declared name', () => {
    const shared = { required: ['x'], properties: { y: {} } };
    const result = declareRequiredProperties(doc({ A: { properties: { one: shared, two: shared } } }));
    const a = (result.components?.schemas as Record<string, { properties: Record<string, { properties: unknown }> }>)['A']!.properties;
    expect(a.one!.properties).toEqual({ y: {}, x: {} });
    expect(a.two).toBe(a.one);
  });

  const unchanged: [string, OpenApiDocument][] = [
    ['every required name is listed', doc({ R: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } } })],
    ['additionalProperties is set (an index signature takes the name, or no value is valid)', doc({ R: { required: ['b'], properties: { a: {} }, additionalProperties: false }, S: { required: ['b'], properties: { a: {} }, additionalProperties: { type: 'string' } } })],
    ['an allOf part declares the name', doc({ R: { allOf: [{ $ref: '#/components/schemas/S' }], required: ['s'], properties: { a: {} } }, S: { properties: { s: {} } } })],
    ['a nested allOf part declares it', doc({ R: { allOf: [{ allOf: [{ $ref: '#/components/schemas/S' }] }], required: ['s'] }, S: { properties: { s: {} } } })],
    ['a part that takes other names (oneOf, additionalProperties)', doc({ R: { allOf: [{ oneOf: [{ properties: { s: {} } }] }], required: ['s'] }, S: { allOf: [{ additionalProperties: { type: 'string' } }], required: ['s'] } })],
    ['no properties at all: a free-form object takes the name', doc({ R: { type: 'object', required: ['a'] } })],
    ['example data is no schema', doc({ R: { type: 'object', properties: { a: {} }, example: { required: ['z'], properties: {} } } })],
  ];
  test.each(unchanged)('returns the document itself: %s', (_name, given) => {
    expect(declareRequiredProperties(given)).toBe(given);
  });
});
