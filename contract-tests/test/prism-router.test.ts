import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { loadOperations } from '../src/call/prism-in-process.js';
import { shortlistingRoute } from '../src/call/prism-router.js';
import { REPOSITORY_ROOT } from '../src/paths.js';

const require = createRequire(import.meta.url);
type Route = typeof import('@stoplight/prism-http/dist/router/index.js').default;
const prismRoute = (require('@stoplight/prism-http/dist/router/index.js') as { default: Route }).default;

/** What a route decided: the operation's id, or the error Prism answers with. */
function outcome(routed: ReturnType<Route>): string {
  return routed._tag === 'Right' ? `${routed.right.method} ${routed.right.path} (${routed.right.id})` : `error: ${(routed.left as Error).name} ${(routed.left as Error).message}`;
}

const request = (method: string, requestPath: string, query: Record<string, string> = {}) => ({
  method: method as 'get',
  url: { path: requestPath, query, ...(query.__server ? { baseUrl: query.__server } : {}) },
  headers: {},
});

/** Overlapping routes: a literal beside a template at every position, an encoded fragment, and a path of its own method. */
const document = {
  openapi: '3.0.3',
  info: { title: 'routes', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: Object.fromEntries(
    ['/users', '/users/me', '/users/{id}', '/users/{id}/repos', '/{owner}/repos', '/{owner}/{repo}', '/files/{name}.json', '/files/a b', '/only-post'].map((route) => [
      route,
      {
        ...(route === '/only-post' ? {} : { get: { operationId: `get ${route}`, responses: { '200': { description: 'ok' } } } }),
        post: { operationId: `post ${route}`, responses: { '201': { description: 'created' } } },
      },
    ]),
  ),
};

describe('shortlistingRoute: the same route as Prism given every operation', () => {
  const cases: [string, { given: ReturnType<typeof request> }][] = [
    ['a literal path', { given: request('get', '/users') }],
    ['a literal that also matches a template', { given: request('get', '/users/me') }],
    ['a template', { given: request('get', '/users/42') }],
    ['a template in the first fragment beside a literal one', { given: request('get', '/users/repos') }],
    ['only templates', { given: request('get', '/octo/cat') }],
    ['a template inside a fragment', { given: request('get', '/files/report.json') }],
    ['an encoded literal fragment', { given: request('get', '/files/a%20b') }],
    ['a malformed escape, compared raw as Prism does', { given: request('get', '/users/%E0%A4%A') }],
    ['another method on the same paths', { given: request('post', '/users/42') }],
    ['a method the path does not have (405)', { given: request('get', '/only-post') }],
    ['a method no operation has', { given: request('delete', '/users') }],
    ['no path of that length (404)', { given: request('get', '/a/b/c/d') }],
    ['a trailing slash', { given: request('get', '/users/') }],
    ['a path without a leading slash', { given: request('get', 'users') }],
    ['a request naming a server', { given: request('get', '/users', { __server: 'https://api.example.com' }) }],
    ['a request naming an unknown server', { given: request('get', '/users', { __server: 'https://other.example.com' }) }],
  ];
  test.each(cases)('%s', async (_name, { given }) => {
    const { operations } = await loadOperations(document);
    const want = outcome(prismRoute({ resources: operations, input: given }));
    expect(outcome(shortlistingRoute()({ resources: operations, input: given }))).toBe(want);
  });

  test('every operation of spec/periskope.yaml, with its own and every other method, routes as Prism routes it', async () => {
    const { operations } = await loadOperations(path.join(REPOSITORY_ROOT, 'spec', 'periskope.yaml'));
    const route = shortlistingRoute();
    const paths = operations.map((operation) => operation.path.replace(/{[^}]+}/g, 'sample-1'));
    const methods = [...new Set(operations.map((operation) => operation.method))];
    const mismatches: string[] = [];
    for (const requestPath of paths) {
      for (const method of methods) {
        const input = request(method, requestPath);
        const want = outcome(prismRoute({ resources: operations, input }));
        const got = outcome(route({ resources: operations, input }));
        if (got !== want) mismatches.push(`${method} ${requestPath}: ${got}, Prism: ${want}`);
      }
    }
    expect(paths.length).toBeGreaterThan(70);
    expect(mismatches).toEqual([]);
  });

  test('Prism is handed the shortlist, not the whole spec', async () => {
    const { operations } = await loadOperations(document);
    const seen: number[] = [];
    const counting = shortlistingRoute((options) => {
      seen.push(options.resources.length);
      return prismRoute(options);
    });
    counting({ resources: operations, input: request('get', '/users/42') });
    // Of the 17 operations only GET /users/{id} and GET /{owner}/{repo} can match.
    expect({ operations: operations.length, shortlist: seen }).toEqual({ operations: 17, shortlist: [2] });
  });
});
