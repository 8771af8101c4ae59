import { describe, expect, test } from 'vitest';
import { interfaceSnapshot } from '../../src/model/interface-snapshot.js';

describe('interfaceSnapshot', () => {
  const cases: [string, { given: unknown; want: unknown }][] = [
    ['info and tags at the root are dropped', { given: { openapi: '3.1.0', info: { title: 'T', version: '1' }, tags: [{ name: 'a' }], paths: {} }, want: { openapi: '3.1.0', paths: {} } }],
    [
      'documentation keys are dropped at any depth',
      {
        given: { paths: { '/a': { get: { summary: 's', description: 'd', externalDocs: { url: 'u' }, responses: { '200': { description: 'ok' } } } } } },
        want: { paths: { '/a': { get: { responses: { '200': {} } } } } },
      },
    ],
    [
      'examples and titles are dropped',
      {
        given: { components: { schemas: { Pet: { title: 'Pet', type: 'object', example: { a: 1 }, examples: [{ a: 2 }] } } } },
        want: { components: { schemas: { Pet: { type: 'object' } } } },
      },
    ],
    ['vendor extensions are dropped', { given: { 'x-root': 1, paths: { '/a': { 'x-internal': true, get: { 'x-codeSamples': [], operationId: 'a' } } } }, want: { paths: { '/a': { get: { operationId: 'a' } } } } }],
    [
      'a property called description is part of the interface',
      {
        given: { components: { schemas: { Item: { properties: { description: { type: 'string', description: 'the text' }, title: { type: 'string' } } } } } },
        want: { components: { schemas: { Item: { properties: { description: { type: 'string' }, title: { type: 'string' } } } } } },
      },
    ],
    ['a component schema called example is kept', { given: { components: { schemas: { example: { type: 'string' }, 'x-thing': { type: 'integer' } } } }, want: { components: { schemas: { example: { type: 'string' }, 'x-thing': { type: 'integer' } } } } }],
    ['a path called /description is kept', { given: { paths: { '/description': { get: { operationId: 'a' } } } }, want: { paths: { '/description': { get: { operationId: 'a' } } } } }],
    [
      'names chosen by the author are kept in every name map (headers, parameters, content, mapping, scopes)',
      {
        given: {
          components: {
            headers: { summary: { schema: { type: 'string' } } },
            parameters: { title: { name: 'title', in: 'query' } },
            securitySchemes: { oauth: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'u', scopes: { description: 'read' } } } } },
            schemas: { Pet: { discriminator: { propertyName: 'kind', mapping: { example: '#/components/schemas/Pet' } } } },
          },
        },
        want: {
          components: {
            headers: { summary: { schema: { type: 'string' } } },
            parameters: { title: { name: 'title', in: 'query' } },
            securitySchemes: { oauth: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'u', scopes: { description: 'read' } } } } },
            schemas: { Pet: { discriminator: { propertyName: 'kind', mapping: { example: '#/components/schemas/Pet' } } } },
          },
        },
      },
    ],
    ['only names are kept: below a name, documentation is dropped again', { given: { components: { schemas: { example: { description: 'd', type: 'string' } } } }, want: { components: { schemas: { example: { type: 'string' } } } } }],
    ['operation tags are kept (they group the client)', { given: { paths: { '/a': { get: { tags: ['pets'] } } } }, want: { paths: { '/a': { get: { tags: ['pets'] } } } } }],
    ['info and tags below the root are kept', { given: { components: { schemas: { A: { info: 'x', tags: ['y'] } } } }, want: { components: { schemas: { A: { info: 'x', tags: ['y'] } } } } }],
    ['arrays are walked', { given: { components: { schemas: { A: { oneOf: [{ description: 'd', type: 'string' }, { title: 't', type: 'integer' }] } } } }, want: { components: { schemas: { A: { oneOf: [{ type: 'string' }, { type: 'integer' }] } } } } }],
    ['enum values are data, whatever they say', { given: { components: { schemas: { A: { enum: ['description', 'x-y'] } } } }, want: { components: { schemas: { A: { enum: ['description', 'x-y'] } } } } }],
    ['not an object: returned as it is', { given: 'text', want: 'text' }],
    ['null', { given: null, want: null }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(interfaceSnapshot(given)).toEqual(want);
  });

  test('a schema named __proto__ stays an own key and does not change the prototype', () => {
    const given = JSON.parse('{"components":{"schemas":{"__proto__":{"type":"string"}}}}') as unknown;
    const schemas = (interfaceSnapshot(given) as { components: { schemas: Record<string, unknown> } }).components.schemas;
    expect(Object.keys(schemas)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(schemas)).toBe(Object.prototype);
  });

  test("the caller's document is not changed", () => {
    const given = { info: { title: 't' }, paths: { '/a': { get: { description: 'd' } } } };
    const before = structuredClone(given);
    interfaceSnapshot(given);
    expect(given).toEqual(before);
  });
});
