import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { dropBooleanRequired } from '../../../src/emit/type-passes/drop-boolean-required.js';

const doc = (paths: unknown, schemas: unknown = {}) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths, components: { schemas } }) as unknown as OpenApiDocument;
const body = (schema: unknown) => ({ post: { requestBody: { required: true, content: { 'application/json': { schema } } }, parameters: [{ name: 'id', in: 'query', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'ok', headers: { 'x-a': { required: true, schema: { type: 'string' } } } } } } });

describe('dropBooleanRequired', () => {
  const cases: [string, { given: OpenApiDocument; want: { changed: boolean; at?: (document: any) => unknown; value?: unknown } }][] = [
    ['a property schema loses `required: true`', { given: doc({ '/a': body({ type: 'object', properties: { n: { type: 'number', required: true } } }) }), want: { changed: true, at: (d) => d.paths['/a'].post.requestBody.content['application/json'].schema.properties.n, value: { type: 'number' } } }],
    ['a component schema loses `required: false` too', { given: doc({}, { A: { type: 'string', required: false } }), want: { changed: true, at: (d) => d.components.schemas.A, value: { type: 'string' } } }],
    ['parameters, request bodies and headers keep their boolean `required`', { given: doc({ '/a': body({ type: 'object', required: ['n'], properties: { n: { type: 'number' } } }) }), want: { changed: false } }],
    ['a property named `required` (a 3.1 boolean schema) is not a schema keyword', { given: doc({}, { A: { type: 'object', properties: { required: true } } }), want: { changed: false } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const before = structuredClone(given);
    const result = dropBooleanRequired(given);
    expect(given).toEqual(before);
    expect(result !== given).toBe(want.changed);
    if (want.at) expect(want.at(result)).toEqual(want.value);
  });
});
