import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileAndImport, FEATURE_FIXTURES, generateInto, json, newClient, startServer, typeCheck, type Generated, type Reply, type TestServer } from './harness.js';

const IDS = ['a', 'b', 'c', 'd', 'e'];
const items = (from: number, count: number) => IDS.slice(from, from + count).map((id) => ({ id }));

const CONSUMER = `
import { TestApi, type ListByOffsetItem, type ListByPageResult } from './src/index.js';

const api = new TestApi({ baseUrl: 'http://127.0.0.1' }).paging;
export async function use(): Promise<void> {
  for await (const item of api.listByOffsetItems({ limit: 2 })) {
    const id: string = item.id;
    void id;
  }
  for await (const page of api.listByPagePages({ per_page: 2 })) {
    const first: ListByPageResult = page;
    void first;
  }
  const one: ListByOffsetItem = { id: 'x' };
  for await (const item of api.listTwoListsItems()) void item.id;
  // @ts-expect-error getOne does not page
  api.getOnePages({ id: 'x' });
  void one;
}
`;

function route(url: URL, baseUrl: string): Reply {
  const q = (name: string) => url.searchParams.get(name);
  switch (url.pathname) {
    case '/offset-items': {
      const offset = Number(q('offset') ?? 0);
      return json({ total: IDS.length, items: items(offset, Number(q('limit') ?? 100)) });
    }
    case '/pages': {
      const size = Number(q('per_page') ?? 100);
      return json(items((Number(q('page') ?? 1) - 1) * size, size));
    }
    case '/linked': {
      const page = Number(q('page') ?? 1);
      const last = Math.ceil(IDS.length / 2);
      const links = [`<${baseUrl}/linked?per_page=2&page=${last}>; rel="last"`];
      if (page < last) links.unshift(`<${baseUrl}/linked?per_page=2&page=${page + 1}>; rel="next"`);
      return json(items((page - 1) * 2, 2), 200, { link: links.join(', ') });
    }
    case '/cursored': {
      const at = Number(q('cursor') ?? 0);
      return json({ data: items(at, 2), next_cursor: at + 2 < IDS.length ? String(at + 2) : null });
    }
    case '/after': {
      const after = q('starting_after');
      const from = after === null ? 0 : IDS.indexOf(after) + 1;
      const limit = Number(q('limit') ?? 2);
      return json({ object: 'list', data: items(from, limit), has_more: from + limit < IDS.length });
    }
    case '/two-lists': {
      const offset = Number(q('offset') ?? 0);
      return json({ messages: items(offset, Number(q('limit') ?? 100)), notices: ['n'] });
    }
    default:
      return { status: 404 };
  }
}

const failOnce = new Set<string>();
let generated: Generated;
let server: TestServer;
let api: Record<string, (args?: unknown, options?: unknown) => AsyncIterable<unknown>>;

beforeAll(async () => {
  generated = await generateInto('pagination', path.join(FEATURE_FIXTURES, 'pagination.yaml'), {
    pagination: { listTwoLists: { style: 'offset', items: 'messages' } },
  });
  server = await startServer((request) => {
    // A request listed in failOnce is answered 503 the first time, with a Link header that leads astray.
    if (failOnce.delete(request.url)) return json({}, 503, { 'retry-after-ms': '0', link: `<${server.baseUrl}/linked?per_page=2&page=9>; rel="next"` });
    return route(new URL(request.url, 'http://x'), server.baseUrl);
  });
  api = newClient(await compileAndImport(generated), server.baseUrl).paging as never;
}, 120_000);
afterAll(async () => {
  await server?.close();
});

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const value of iterable) all.push(value);
  return all;
}

test('the paged methods type-check: items typed, pages typed, no iterators on an operation that does not page', async () => {
  expect(await typeCheck(generated, CONSUMER)).toBe('');
});

test('which operations page, and how, is read from the spec (and the config for the ambiguous one)', () => {
  const paging = Object.fromEntries(generated.result.model.operations.map((op) => [op.name, op.pagination?.style ?? 'none']));
  expect(paging).toEqual({ listByOffset: 'offset', listByPage: 'page', listByLink: 'link', listByCursor: 'cursor', listAfter: 'cursor', listTwoLists: 'offset', getOne: 'none' });
});

test('a page that may also come as text, XML or bytes: the items are typed from its JSON body, and the client compiles', async () => {
  const mixed = await generateInto('pagination-media-types', path.join(FEATURE_FIXTURES, 'pagination-media-types.yaml'));
  expect(mixed.result.model.operations.map((op) => [op.name, op.pagination?.style])).toEqual([['listArrayOrBytes', 'offset'], ['listEnvelopeOrText', 'page']]);
  const consumer = `
import { TestApi, type ListArrayOrBytesItem, type ListEnvelopeOrTextItem } from './src/index.js';
const api = new TestApi({ baseUrl: 'http://127.0.0.1' }).paging;
export async function use(): Promise<void> {
  for await (const item of api.listArrayOrBytesItems({ count: 2 })) { const id: string = item.id; void id; }
  for await (const item of api.listEnvelopeOrTextItems()) { const id: string = item.id; void id; }
  const items: [ListArrayOrBytesItem, ListEnvelopeOrTextItem] = [{ id: 'a' }, { id: 'b' }];
  void items;
}
`;
  expect(await typeCheck(mixed, consumer)).toBe('');
});

test('without the config, two arrays in one page are ambiguous: not paged', async () => {
  const plain = await generateInto('pagination-plain', path.join(FEATURE_FIXTURES, 'pagination.yaml'));
  expect(plain.result.model.operations.find((op) => op.name === 'listTwoLists')?.pagination).toBeUndefined();
});

describe('every item, each page requested once, against a real server', () => {
  const cases: [string, { given: [method: string, args: unknown]; want: { requests: string[] } }][] = [
    ['offset and limit', { given: ['listByOffsetItems', { limit: 2 }], want: { requests: ['/offset-items?limit=2', '/offset-items?offset=2&limit=2', '/offset-items?offset=4&limit=2'] } }],
    ['page and per_page', { given: ['listByPageItems', { per_page: 2 }], want: { requests: ['/pages?per_page=2', '/pages?page=2&per_page=2', '/pages?page=3&per_page=2'] } }],
    ['Link rel="next"', { given: ['listByLinkItems', { per_page: 2 }], want: { requests: ['/linked?per_page=2', '/linked?per_page=2&page=2', '/linked?per_page=2&page=3'] } }],
    ['a next_cursor property', { given: ['listByCursorItems', {}], want: { requests: ['/cursored', '/cursored?cursor=2', '/cursored?cursor=4'] } }],
    ["the last item's id while has_more (Stripe)", { given: ['listAfterItems', { limit: 2 }], want: { requests: ['/after?limit=2', '/after?starting_after=b&limit=2', '/after?starting_after=d&limit=2'] } }],
    ['declared in the config', { given: ['listTwoListsItems', { limit: 2 }], want: { requests: ['/two-lists?limit=2', '/two-lists?offset=2&limit=2', '/two-lists?offset=4&limit=2'] } }],
  ];
  test.each(cases)('%s', async (_name, { given: [method, args], want }) => {
    const before = server.requests.length;
    const all = await collect(api[method]!(args));
    expect(all).toEqual(items(0, IDS.length));
    expect(server.requests.slice(before).map((request) => decodeURIComponent(request.url))).toEqual(want.requests);
  });

  test('Pages yields the bodies, and stops when the caller breaks out', async () => {
    const before = server.requests.length;
    const pages: unknown[] = [];
    for await (const page of api.listByOffsetPages!({ limit: 2 })) {
      pages.push(page);
      break;
    }
    expect(pages).toEqual([{ total: IDS.length, items: items(0, 2) }]);
    expect(server.requests.length - before).toBe(1);
  });

  test('a page that fails once is retried, and the next page is read from the answer that was kept', async () => {
    const before = server.requests.length;
    failOnce.add('/linked?per_page=2&page=2');
    const statuses: number[] = [];
    const all = await collect(api.listByLinkItems!({ per_page: 2 }, { onResponse: (response: Response) => statuses.push(response.status) }));
    expect(all).toEqual(items(0, IDS.length));
    expect(server.requests.slice(before).map((request) => request.url)).toEqual(['/linked?per_page=2', '/linked?per_page=2&page=2', '/linked?per_page=2&page=2', '/linked?per_page=2&page=3']);
    expect(statuses).toEqual([200, 503, 200, 200]);
  });
});
