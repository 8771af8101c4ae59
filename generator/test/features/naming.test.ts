import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generate } from '../../src/generate.js';
import {
  compileAndImport,
  FEATURE_FIXTURES,
  generateInto,
  json,
  newClient,
  rejection,
  startServer,
  typeCheck,
  type Generated,
  type LooseClient,
  type TestServer,
} from './harness.js';

const spec = path.join(FEATURE_FIXTURES, 'naming.yaml');

const CONSUMER = `
import { ApiError, TestApi, type ListThings2Result, type ListThingsResult, type 获取订单Result } from './src/index.js';

const client = new TestApi();
export async function use(): Promise<void> {
  await client.orders.getOrders();
  await client.orders.getOrdersByOrderIdItems({ orderId: 'o' });
  await client.orders.getOrderById({ orderId: 'o' });
  await client.orders.getOrderById2({ orderId: 'o' });
  await client.orders.delete_({ orderId: 'o' });
  const a: ListThingsResult = await client.things.listThings();
  const b: ListThings2Result = await client.things.listThings2();
  const first: string = a[0] ?? '';
  const second: number = b[0] ?? 0;
  await client.unicode.créerCommande();
  const c: 获取订单Result = await client.unicode.获取订单();
  await client.unicode.area();
  await client._2024Items._123start();
  await client.default_.untagged();
  await client.beta.multiTag();
  await client.myTag.transport2();
  await client.myTag2.constructor_();
  try {
    await client.things.listThings2();
  } catch (error) {
    // Duplicated operationIds are told apart by method and path.
    if (error instanceof ApiError && error.operation === 'GET /stuff') {
      const reason: string | undefined = error.body?.reason;
      void reason;
    }
  }
  void first; void second; void c;
}
`;

let generated: Generated;
let client: LooseClient;
let server: TestServer;

beforeAll(async () => {
  generated = await generateInto('naming', spec);
  server = await startServer((request) => {
    if (request.url === '/stuff') return json({ reason: 'nope' }, 400);
    if (request.url === '/things') return json(['a']);
    return { status: 204 };
  });
  client = newClient(await compileAndImport(generated), server.baseUrl);
});
afterAll(async () => {
  await server?.close();
});

test('the generated client and a consumer type-check under strict', async () => {
  expect(await typeCheck(generated, CONSUMER)).toBe('');
});

const CASES: [method: string, path: string, group: string, name: string, warning?: RegExp][] = [
  ['get', '/orders', 'orders', 'getOrders'],
  ['get', '/orders/{orderId}/items', 'orders', 'getOrdersByOrderIdItems'],
  ['get', '/orders/{orderId}', 'orders', 'getOrderById', /operationId "get-order\.by id" is not a valid identifier; method named getOrderById/],
  ['put', '/orders/{orderId}', 'orders', 'getOrderById2', /method name getOrderById is taken in group orders; named getOrderById2/],
  ['delete', '/orders/{orderId}', 'orders', 'delete_', /operationId "delete" is a reserved word; method named delete_/],
  ['get', '/things', 'things', 'listThings', /operationId "listThings" is used by 2 operations; this one is things\.listThings$/],
  ['get', '/stuff', 'things', 'listThings2', /operationId "listThings" is used by 2 operations; this one is things\.listThings2/],
  ['post', '/commandes', 'unicode', 'créerCommande'],
  ['get', '/dingdan', 'unicode', '获取订单'],
  ['get', '/area', 'unicode', 'area', /operationId "area²" is not a valid identifier; method named area/],
  ['get', '/digits', '_2024Items', '_123start', /operationId "123start" is not a valid identifier; method named _123start/],
  ['get', '/untagged', 'default_', 'untagged'],
  ['get', '/multi-tag', 'beta', 'multiTag'],
  ['get', '/member', 'myTag', 'transport2', /method name transport is taken in group myTag; named transport2/],
  ['get', '/member2', 'myTag2', 'constructor_', /operationId "constructor" is a reserved word; method named constructor_/],
];

test.each(CASES)('%s %s is %s.%s, called on the wire with that method and path', async (method, urlPath, group, name, warning) => {
  const operation = generated.result.model.operations.find((op) => op.method === method && op.path === urlPath)!;
  expect({ group: operation.group, name: operation.name }).toEqual({ group, name });
  const where = `${method.toUpperCase()} ${urlPath}`;
  if (warning) expect(generated.result.warnings.filter((w) => w.startsWith(`${where}:`)).join('\n')).toMatch(warning);
  const args = urlPath.includes('{orderId}') ? { orderId: 'o-1' } : undefined;
  await client[group]![name]!(args).catch(() => undefined);
  const request = server.last();
  expect(`${request.method} ${request.url}`).toBe(`${method.toUpperCase()} ${urlPath.replace('{orderId}', 'o-1')}`);
});

test('every operation is kept: one method per operation, none dropped', () => {
  expect(generated.result.model.operations).toHaveLength(CASES.length);
});

test('group classes: first tag wins, untagged operations go to `default_`, colliding names are suffixed', () => {
  expect(generated.result.model.groups.map((g) => [g.property, g.className, g.tag ?? null])).toEqual([
    ['orders', 'OrdersApi', 'orders'],
    ['things', 'ThingsApi', 'things'],
    ['unicode', 'UnicodeApi', 'unicode'],
    ['_2024Items', '_2024ItemsApi', '2024 items'],
    ['default_', 'DefaultApi', null],
    ['beta', 'BetaApi', 'beta'],
    ['myTag', 'MyTagApi', 'my tag'],
    ['myTag2', 'MyTagApi2', 'my-tag'],
  ]);
});

test('both operations of a duplicated operationId are callable and throw with distinct ids', async () => {
  expect(await client.things!.listThings!()).toEqual(['a']);
  const error = await rejection(client.things!.listThings2!());
  expect({ name: error.name, operation: error.operation, status: error.status, body: error.body }).toEqual({
    name: 'ApiError',
    operation: 'GET /stuff',
    status: 400,
    body: { reason: 'nope' },
  });
});

test('output is byte-identical from run to run', async () => {
  const again = await generate({ specPath: spec, packageName: '@test/naming', clientName: 'TestApi' });
  expect(again.files).toEqual(generated.result.files);
  expect(again.warnings).toEqual(generated.result.warnings);
});
