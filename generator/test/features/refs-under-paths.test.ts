import path from 'node:path';
import { expect, test } from 'vitest';
import { FEATURE_FIXTURES, generateInto, typeCheck } from './harness.js';

// A $ref into a schema written inline under `paths` is valid OpenAPI; openapi-typescript alone cannot type it.
test('a $ref into an inline schema under paths types as that schema', async () => {
  const generated = await generateInto('refs-under-paths', path.join(FEATURE_FIXTURES, 'refs-under-paths.yaml'));
  const consumer = `
import { TestApi } from './src/index.js';
const api = new TestApi();
export async function use(): Promise<string> {
  const child = await api.default_.getB();
  await api.default_.createA({ child: { name: child.name } });
  return child.name;
}
// @ts-expect-error name is required in the referenced schema
export const wrong: Parameters<typeof api.default_.createA>[0] = { child: {} };
`;
  expect(await typeCheck(generated, consumer)).toBe('');
});

// Refs into an operation's parameter or response, a component parameter's schema, and a schema's `definitions`:
// each is copied into `components` for the types, so the arguments, the result and the error body all type-check.
test('refs into inline parameters, responses, a parameter schema, `definitions` and nested properties type as their targets', async () => {
  const generated = await generateInto('refs-under-paths-other', path.join(FEATURE_FIXTURES, 'refs-under-paths.yaml'));
  const consumer = `
import { ApiError, TestApi } from './src/index.js';
const api = new TestApi();
export async function use(): Promise<string> {
  const d = await api.default_.getD({ id: 'x', fields: ['a'], version: 'v2' });
  try {
    await api.default_.getC({ id: d.label });
  } catch (error) {
    if (error instanceof ApiError && error.operation === 'getD' && error.status === 404) return error.body?.reason ?? '';
  }
  return d.label;
}
export async function nested(): Promise<string | undefined> {
  const e = await api.default_.getE();
  const state: 'on' | 'off' | undefined = e.state;
  return e.owner ? e.owner.id + state : state;
}
// @ts-expect-error the path parameter taken by reference is required
export const noId: Parameters<typeof api.default_.getD>[0] = { fields: ['a'] };
// @ts-expect-error the referenced enum keeps its members
export const badField: Parameters<typeof api.default_.getD>[0] = { id: 'x', fields: ['c'] };
// @ts-expect-error the header's schema, taken by reference, keeps its enum
export const badVersion: Parameters<typeof api.default_.getD>[0] = { id: 'x', version: 'v3' };
`;
  expect(await typeCheck(generated, consumer)).toBe('');
});
