import { describe, expect, test } from 'vitest';
import { listOperations, operationIdCounts, operationLabel, pathItemOperations, withPathItemRefsResolved } from '../../src/document/operations.js';

const ok = { '200': { description: 'ok' } };

describe('listOperations', () => {
  const cases: [string, { given: unknown; want: { where: string; operationId?: string; parameters: string[] }[] }][] = [
    [
      'paths as written, methods in HTTP_METHODS order',
      {
        given: { paths: { '/b': { post: { responses: ok }, get: { operationId: 'getB', responses: ok } }, '/a': { trace: { responses: ok } } } },
        want: [
          { where: 'get /b', operationId: 'getB', parameters: [] },
          { where: 'post /b', parameters: [] },
          { where: 'trace /a', parameters: [] },
        ],
      },
    ],
    [
      'an operation-level parameter overrides the path-level one with the same name and location',
      {
        given: {
          paths: {
            '/x/{id}': {
              parameters: [{ name: 'id', in: 'path', description: 'path-level' }, { name: 'q', in: 'query' }],
              get: { parameters: [{ name: 'id', in: 'path', description: 'own' }, { name: 'q', in: 'header' }], responses: ok },
            },
          },
        },
        want: [{ where: 'get /x/{id}', parameters: ['path:id:own', 'query:q', 'header:q'] }],
      },
    ],
    [
      'parameter and path item $refs are followed, percent-encoded ones too',
      {
        given: {
          paths: {
            '/x/{id}': { get: { parameters: [{ name: 'id', in: 'path', description: 'original' }], responses: ok } },
            '/y': { $ref: '#/components/pathItems/Y' },
          },
          components: { pathItems: { Y: { get: { parameters: [{ $ref: '#/paths/~1x~1%7Bid%7D/get/parameters/0' }], responses: ok } } } },
        },
        want: [
          { where: 'get /x/{id}', parameters: ['path:id:original'] },
          { where: 'get /y', parameters: ['path:id:original'] },
        ],
      },
    ],
    [
      'an empty operationId counts as none; non-object methods are skipped',
      { given: { paths: { '/a': { get: { operationId: '', responses: ok }, put: 'nope', summary: 'not a method' } } }, want: [{ where: 'get /a', parameters: [] }] },
    ],
    ['no paths', { given: { openapi: '3.1.0' }, want: [] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const found = listOperations(given).map((operation) => ({
      where: `${operation.method} ${operation.path}`,
      ...(operation.operationId === undefined ? {} : { operationId: operation.operationId }),
      parameters: operation.parameters.map((p) => [p.in, p.name, p.value.description].filter(Boolean).join(':')),
    }));
    expect(found).toEqual(want);
  });

  test('strict mode refuses a dangling parameter $ref with its pointer; lenient mode skips it', () => {
    const document = { paths: { '/a': { get: { parameters: [{ $ref: '#/components/parameters/Nope' }], responses: ok } } } };
    expect(() => listOperations(document)).toThrow(/dangling \$ref/);
    expect(listOperations(document, { mode: 'lenient' })[0]!.parameters).toEqual([]);
  });

  test('pointers are where the operation and its parameters are written; objects are the document\'s own', () => {
    const document = { paths: { '/a/b': { get: { parameters: [{ name: 'x', in: 'query' }], responses: ok } } } };
    const [operation] = listOperations(document);
    expect(operation!.pointer).toBe('/paths/~1a~1b/get');
    expect(operation!.pathItemPointer).toBe('/paths/~1a~1b');
    expect(operation!.parameters[0]!.pointer).toBe('/paths/~1a~1b/get/parameters/0');
    expect(operation!.operation).toBe(document.paths['/a/b'].get);
  });
});

describe('pathItemOperations, operationIdCounts, operationLabel', () => {
  test('pathItemOperations lists method keys holding objects', () => {
    expect(pathItemOperations({ get: {}, parameters: [], delete: {}, 'x-get': {} }).map(([method]) => method)).toEqual(['get', 'delete']);
  });

  test('operationIdCounts counts every use', () => {
    expect([...operationIdCounts([{ operationId: 'a' }, { operationId: 'b' }, { operationId: 'a' }, {}])]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  const labels: [string, { given: { method: 'get' | 'post'; path: string; operationId?: string }; want: string }][] = [
    ['with an operationId', { given: { method: 'get', path: '/pets', operationId: 'listPets' }, want: 'listPets (GET /pets)' }],
    ['without', { given: { method: 'post', path: '/pets' }, want: 'POST /pets' }],
  ];
  test.each(labels)('operationLabel: %s', (_name, { given, want }) => expect(operationLabel(given)).toBe(want));
});

describe('withPathItemRefsResolved', () => {
  const users = { post: { operationId: 'createUser', responses: {} } };
  test('a path item $ref is replaced by the item it names, its siblings kept; the rest is shared', () => {
    const document = { openapi: '3.1.0', paths: { '/users': { $ref: '#/components/pathItems/users', summary: 'Users' }, '/other': { get: {} } }, components: { pathItems: { users } } };
    const resolved = withPathItemRefsResolved(document);
    expect(resolved.paths).toEqual({ '/users': { ...users, summary: 'Users' }, '/other': { get: {} } });
    expect(resolved.components).toBe(document.components);
    expect(document.paths['/users']).toEqual({ $ref: '#/components/pathItems/users', summary: 'Users' });
  });
  test('a document without one is returned as it is', () => {
    const document = { openapi: '3.1.0', paths: { '/other': { get: {} } } };
    expect(withPathItemRefsResolved(document)).toBe(document);
  });
});
