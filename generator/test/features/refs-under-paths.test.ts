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
