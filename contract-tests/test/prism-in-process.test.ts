import { describe, expect, test } from 'vitest';
import { aliasPathVariables, loadOperations, startPrismInProcess } from '../src/call/prism-in-process.js';

/**
 * A schema graph where every schema refers to the next two: N schemas, 2^N paths through them. Prism's own
 * loader dereferences by walking every path (Stripe's spec never finishes loading that way); the prepared
 * loader keeps the `$ref`s and must load it at once and still serve bodies that follow them.
 */
function denseDocument(size: number) {
  const schemas: Record<string, unknown> = { s0: { type: 'object', required: ['leaf'], properties: { leaf: { type: 'string', example: 'end' } } } };
  schemas.s1 = { type: 'object', required: ['a'], properties: { a: { $ref: '#/components/schemas/s0' } } };
  for (let i = 2; i < size; i++) {
    schemas[`s${i}`] = {
      type: 'object',
      required: ['a', 'b'],
      properties: { a: { $ref: `#/components/schemas/s${i - 1}` }, b: { $ref: `#/components/schemas/s${i - 2}` } },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'dense', version: '1' },
    paths: {
      '/top': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/s${size - 1}` } } } } } } },
      '/leaf': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/s1' } } } } } } },
    },
    components: { schemas },
  };
}

describe('loadOperations', () => {
  const cases: [string, { given: object; want: { loader: 'prepared' | 'dereferenced'; operations: number } }][] = [
    ['an OpenAPI 3 document keeps its $refs (prepared)', { given: denseDocument(60), want: { loader: 'prepared', operations: 2 } }],
    [
      'Swagger 2 goes through Prism\'s own loader',
      { given: { swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } } }, want: { loader: 'dereferenced', operations: 1 } },
    ],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const { operations, loader } = await loadOperations(given);
    expect({ loader, operations: operations.length }).toEqual(want);
  });

  test('the caller\'s document is not edited', async () => {
    const document = denseDocument(5);
    const before = JSON.stringify(document);
    await loadOperations(document);
    expect(JSON.stringify(document)).toBe(before);
  });
});

describe('startPrismInProcess with a prepared document', () => {
  test('a 2^60-path schema graph is mocked at once, and a served body follows its $refs', async () => {
    const prism = await startPrismInProcess(denseDocument(60), { timeoutMs: 30_000 });
    try {
      expect(prism.loader).toBe('prepared');
      const leaf = await fetch(`${prism.baseUrl}/leaf`, { headers: { Prefer: 'code=200' } });
      expect(leaf.status).toBe(200);
      expect(await leaf.json()).toEqual({ a: { leaf: 'end' } });
      // The top schema's every-property-required body really is 2^60 values: Prism refuses to build it, in time.
      const top = await fetch(`${prism.baseUrl}/top`, { headers: { Prefer: 'code=200' } });
      expect((await top.json()) as { type?: string }).toMatchObject({ type: 'https://stoplight.io/prism/errors#SCHEMA_TOO_COMPLEX' });
    } finally {
      await prism.close();
    }
  });
});

describe('path variables Prism cannot read (not RFC 6570 names)', () => {
  const cases: [string, { given: { path: string; names: string[] }; want: { path: string; names: string[] } }][] = [
    ['non-ASCII and a hyphen get aliases, in the template and on the parameter', { given: { path: '/a/{æøå}/{user-id}/{id}', names: ['æøå', 'user-id', 'id'] }, want: { path: '/a/{p0_}/{p1_}/{id}', names: ['p0_', 'p1_', 'id'] } }],
    ['readable names are left as they are', { given: { path: '/a/{id}/{Item_2}', names: ['id', 'Item_2'] }, want: { path: '/a/{id}/{Item_2}', names: ['id', 'Item_2'] } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const operation = { path: given.path, request: { path: given.names.map((name) => ({ name })) } };
    aliasPathVariables(operation);
    expect({ path: operation.path, names: operation.request.path.map((parameter) => parameter.name) }).toEqual(want);
  });

  test('a request to /non-ascii/{æøå} is routed and its path parameter found (Prism said it was missing before)', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'non-ascii', version: '1' },
      paths: { '/non-ascii/{æøå}': { get: { parameters: [{ name: 'æøå', in: 'path', required: true, schema: { type: 'string', minLength: 2 } }], responses: { '200': { description: 'ok' } } } } },
    };
    const prism = await startPrismInProcess(document, { timeoutMs: 30_000 });
    try {
      const ok = await fetch(`${prism.baseUrl}/non-ascii/ab`, { headers: { Prefer: 'code=200' } });
      expect([ok.status, ok.headers.get('sl-violations')]).toEqual([200, null]);
      // Still validated: a value its schema refuses is rejected.
      expect((await fetch(`${prism.baseUrl}/non-ascii/a`, { headers: { Prefer: 'code=200' } })).status).toBe(422);
    } finally {
      await prism.close();
    }
  });
});
