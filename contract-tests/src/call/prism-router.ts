import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Prism's own router (`@stoplight/prism-http`'s `route` component), which the mock would use by default. */
type Route = typeof import('@stoplight/prism-http/dist/router/index.js').default;
type RouteOptions = Parameters<Route>[0];
type IHttpOperation = RouteOptions['resources'][number];
const prismRoute = (require('@stoplight/prism-http/dist/router/index.js') as { default: Route }).default;

interface Candidate {
  operation: IHttpOperation;
  /** The decoded path fragments, `undefined` where the fragment is templated (matches any request fragment). */
  fragments: (string | undefined)[];
}

/**
 * Prism's router, handed only the operations that can match the request. Prism routes by sorting every operation of
 * the spec by a match score and matching each path again, on every request: on GitHub's spec (1,000 operations,
 * 3,600 requests) that was 40 s of CPU, more than everything else in the replay. The answer is the same as with the
 * whole list: Prism's sort is stable and only the operations whose path matches decide the route, so leaving out
 * operations whose path cannot match (another fragment count, or a literal fragment that differs, compared as
 * Prism compares them) changes nothing; and among those, when some have the request's method, the others only
 * matter for Prism's "method not allowed" answer, which it then does not give. When the shortlist is empty, or the
 * request names a server (`__server`, where Prism looks at every operation's servers), Prism gets the whole list.
 * `route` is the router handed the shortlist (Prism's; a test passes one that counts).
 */
export function shortlistingRoute(route: Route = prismRoute): Route {
  const indexes = new WeakMap<readonly IHttpOperation[], Map<string, Candidate[]>>();
  return (options: RouteOptions) => {
    const { resources, input } = options;
    const path = input.url.path;
    if (input.url.baseUrl || !path.startsWith('/')) return route(options);
    let index = indexes.get(resources);
    if (!index) indexes.set(resources, (index = buildIndex(resources)));
    const fragments = fragmentize(path);
    const shortlist = (index.get(key(input.method, fragments.length)) ?? [])
      .filter((candidate) => candidate.fragments.every((fragment, at) => fragment === undefined || fragment === fragments[at]))
      .map((candidate) => candidate.operation);
    return route(shortlist.length > 0 ? { resources: shortlist, input } : options);
  };
}

function buildIndex(operations: readonly IHttpOperation[]): Map<string, Candidate[]> {
  const index = new Map<string, Candidate[]>();
  for (const operation of operations) {
    // Prism throws on a malformed operation path; such an operation is left for Prism's own list (it never matches).
    if (!operation.path.startsWith('/')) continue;
    const fragments = fragmentize(operation.path).map((fragment) => (isTemplated(fragment) ? undefined : fragment));
    const bucket = key(operation.method, fragments.length);
    if (!index.has(bucket)) index.set(bucket, []);
    index.get(bucket)!.push({ operation, fragments });
  }
  return index;
}

const key = (method: string, fragments: number) => `${method.toLowerCase()} ${fragments}`;

// As Prism's matchPath (router/matchPath.js) splits, decodes and recognises templated fragments.
function fragmentize(path: string): string[] {
  return path.split('/').slice(1).map(decodeFragment);
}

function decodeFragment(fragment: string): string {
  try {
    return fragment && decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function isTemplated(fragment: string): boolean {
  return /{(.+)}/.test(fragment);
}
