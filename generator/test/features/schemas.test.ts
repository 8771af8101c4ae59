import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  compileAndImport,
  FEATURE_FIXTURES,
  generateInto,
  json,
  newClient,
  startServer,
  tmpDir,
  typeCheck,
  type Generated,
  type TestServer,
} from './harness.js';

const CONSUMER = `
import { TestApi } from './src/index.js';
import type { components } from './src/schema.js';
type S = components['schemas'];

export async function use(): Promise<void> {
  const colors: S['CollidingEnum'][] = ['a-b', 'a_b', 'A B', 'aB', '', '*/', 'x"y', "it's"];
  // @ts-expect-error not a member
  const notAColor: S['CollidingEnum'] = 'a b';
  const mixed: S['MixedEnum'][] = [1, 1.5, -2, true, null, 'one'];
  const tree: S['Tree'] = { value: 'root', children: [{ value: 'leaf', children: [] }] };
  // @ts-expect-error a child needs a value
  const badTree: S['Tree'] = { value: 'root', children: [{}] };
  const person: S['Person'] = { name: 'p', employer: { name: 'c', staff: [{ name: 'q', employer: {} }] } };
  const value: S['Json'] = { a: [1, 'two', null, { b: false }] };
  // @ts-expect-error undefined is not JSON
  const notJson: S['Json'] = [undefined];
  const nested: S['Nested'] = [[], [[]]];
  const loop: S['LoopA'] = { a: 'x' };
  const required: S['RequiredFromNullable'] = { code: 'c' };
  const play: S['PlayIntent'] = { class: 'PlayIntent', track: 't' };
  // @ts-expect-error the discriminator value of PlayIntent is its name
  const wrongClass: S['PlayIntent'] = { class: 'PauseIntent' };
  const pause: S['PauseIntent'] = { class: 'PauseIntent' };
  // @ts-expect-error code is required by the allOf's \`required\`
  const missingCode: S['RequiredFromNullable'] = { note: 'n' };
  const echoed = await new TestApi().trees.echoTree(tree);
  const child: string | undefined = echoed.children?.[0]?.value;
  void colors; void notAColor; void mixed; void badTree; void person; void value; void notJson; void nested; void loop; void child; void required; void missingCode; void play; void wrongClass; void pause;
}
`;

describe('enums, recursion and mutual recursion', () => {
  let generated: Generated;
  let server: TestServer;

  beforeAll(async () => {
    generated = await generateInto('schemas', path.join(FEATURE_FIXTURES, 'schemas.yaml'));
    server = await startServer((request) => json(JSON.parse(request.body.toString())));
  });
  afterAll(async () => {
    await server?.close();
  });

  test('the generated client and a consumer type-check under strict', async () => {
    expect(await typeCheck(generated, CONSUMER)).toBe('');
  });

  test('enum members stay string literals: nothing to collide', () => {
    const schema = generated.result.files.find((file) => file.path === 'src/schema.ts')!.content;
    expect(schema).toContain(`CollidingEnum: 'a-b' | 'a_b' | 'A B' | 'aB' | '' | '*/' | 'x"y' | 'it\\'s';`);
  });

  test('recursive schemas become self-referring aliases; an allOf-only cycle is cut with a warning', () => {
    const schema = generated.result.files.find((file) => file.path === 'src/schema.ts')!.content;
    expect(schema).toContain('type Schema$Tree = {');
    expect(schema).toContain('children?: Schema$Tree[];');
    expect(schema).toContain('type Schema$Nested = Schema$Nested[];');
    expect(generated.result.warnings.filter((warning) => warning.includes('closes a cycle'))).toEqual([
      expect.stringMatching(/schemas\.yaml \(#\/components\/schemas\/LoopB\/allOf\/0\): #\/components\/schemas\/LoopA closes a cycle/),
    ]);
  });

  test('a recursive body goes out and comes back', async () => {
    const client = newClient(await compileAndImport(generated), server.baseUrl);
    const tree = { value: 'root', children: [{ value: 'a', children: [{ value: 'b' }] }] };
    expect(await client.trees!.echoTree!(tree)).toEqual(tree);
    expect(server.last().body.toString()).toBe(JSON.stringify(tree));
  });
});

test('a 100 KB description (with comment closers and line breaks) stays a comment', async () => {
  const dir = await tmpDir('long-description-spec');
  const base = await readFile(path.join(FEATURE_FIXTURES, 'schemas.yaml'), 'utf8');
  const chunk = 'A long description with */ a comment closer, a /* opener, `backticks` and ${template}. ';
  const long = chunk.repeat(Math.ceil((100 * 1024) / chunk.length)) + '\nlast line\u2028after a line separator';
  const document = parse(base);
  document.info.description = long;
  document.paths['/trees'].post.description = long;
  document.components.schemas.Tree.description = long;
  const spec = path.join(dir, 'long.json');
  await writeFile(spec, JSON.stringify(document));
  expect(long.length).toBeGreaterThan(100 * 1024);

  const generated = await generateInto('long-description', spec);
  expect(await typeCheck(generated, CONSUMER)).toBe('');
  const client = generated.result.files.find((file) => file.path === 'src/client.ts')!.content;
  const schema = generated.result.files.find((file) => file.path === 'src/schema.ts')!.content;
  // Every `*/` of the text is escaped: the only comment closers left are the generator's own.
  expect(client.split('*/').length - 1).toBe(client.split('/**').length - 1);
  expect(schema).toContain('comment closer');
  expect(schema.match(/\*\//g)!.length).toBe((schema.match(/\/\*\*/g) ?? []).length + (schema.match(/'\*\/'/g) ?? []).length);
});
