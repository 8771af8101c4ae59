import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { typeJsonContentParameters } from '../../../src/emit/type-passes/json-content-parameters.js';

const schema = { type: 'object', properties: { tag: { type: 'string' } } };
const doc = (parameter: unknown) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { parameters: [parameter], responses: { 204: { description: 'none' } } } } } }) as unknown as OpenApiDocument;
const parameterOf = (document: OpenApiDocument) => (document as any).paths['/a'].get.parameters[0];

describe('typeJsonContentParameters', () => {
  const cases: [string, { given: unknown; want: unknown }][] = [
    ['a JSON content header gets its schema, or its JSON text', { given: { name: 'x', in: 'header', content: { 'application/json': { schema } } }, want: { anyOf: [schema, { type: 'string' }] } }],
    ['a +json media type counts as JSON', { given: { name: 'q', in: 'query', content: { 'application/vnd.api+json': { schema } } }, want: { anyOf: [schema, { type: 'string' }] } }],
    ['text content stays untyped (a string)', { given: { name: 'q', in: 'query', content: { 'text/plain': { schema } } }, want: undefined }],
    ['a parameter with a schema is left alone', { given: { name: 'q', in: 'query', schema: { type: 'integer' } }, want: { type: 'integer' } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const document = doc(given);
    const before = structuredClone(document);
    const result = typeJsonContentParameters(document);
    expect(document).toEqual(before);
    expect(parameterOf(result).schema).toEqual(want);
  });
});
