import path from 'node:path';
import { expect, test } from 'vitest';
import { semverValid } from '../../src/libraries/semver.js';
import { generateInto, TEST_ROOT, typeCheck } from './harness.js';

/**
 * Issue 11, generator part: small specs whose clients compiled but could not be called as the spec allows. Each
 * fixture's consumer makes the calls the spec allows (and checks what it forbids with @ts-expect-error); it
 * type-checks only with the fix.
 */
const FIXTURES = path.join(TEST_ROOT, 'fixtures', 'issue-11');

const cases: [string, { given: string; want: { consumer: string; warnings?: RegExp[]; packageJson?: Record<string, string> } }][] = [
  [
    'a free-form object takes any members; one closed by additionalProperties: false takes none',
    {
      given: 'free-form-object.yaml',
      want: {
        consumer: `
import { TestApi, type components } from './src/index.js';
const client = new TestApi();
export async function use(): Promise<unknown> {
  await client.floatingIps.floatingIPsAction_post({ ip: '1.2.3.4', body: { type: 'unassign' } });
  const session = await client.floatingIps.floatingIPsAction_post({ ip: '1.2.3.4', body: { type: 'assign', droplet_id: 7 } });
  const claims: Record<string, unknown> | undefined = session.claims;
  return claims?.['sub'];
}
export const claims: components['schemas']['Session'] = { claims: { sub: 'u', roles: ['a'] } };
// @ts-expect-error additionalProperties: false and no properties: nothing can be in it
export const closed: components['schemas']['Session'] = { closed: { x: 1 } };
`,
      },
    },
  ],
  [
    'TRACE is skipped with a warning at its line (fetch cannot send it), the other methods of the path stay',
    {
      given: 'trace.yaml',
      want: {
        consumer: `
import { TestApi } from './src/index.js';
const client = new TestApi();
export async function use(): Promise<void> {
  await client.echo.getEcho();
  // @ts-expect-error there is no method for TRACE
  await client.echo.traceEcho();
}
`,
        warnings: [/trace\.yaml:13:\d+ \(#\/paths\/~1echo\/trace\): TRACE \/echo: fetch cannot send TRACE requests, so the client has no method for this operation \(skipped\)$/],
      },
    },
  ],
  [
    'without servers, baseUrl is required',
    {
      given: 'no-servers.yaml',
      want: {
        consumer: `
import { TestApi } from './src/index.js';
export async function use(): Promise<void> {
  await new TestApi({ baseUrl: 'http://127.0.0.1:4010' }).items.listItems();
  // @ts-expect-error no default base URL
  new TestApi();
  // @ts-expect-error no default base URL
  new TestApi({ authToken: 't' });
}
`,
      },
    },
  ],
  [
    'with only a relative server URL, baseUrl is required',
    {
      given: 'relative-server.yaml',
      want: {
        consumer: `
import { DEFAULT_BASE_URL, TestApi } from './src/index.js';
export const relative: string = DEFAULT_BASE_URL;
// @ts-expect-error fetch cannot use /api/v3 as a base URL
export const client = new TestApi();
`,
      },
    },
  ],
  [
    'a discriminator child inherits its parent\'s own properties instead of an unknown reference to the union',
    {
      given: 'discriminator-cycle.yaml',
      want: {
        consumer: `
import { TestApi, type components } from './src/index.js';
type Cat = components['schemas']['Cat'];
export const cat: Cat = { species: 'cat', name: 'Tom', livesLeft: 9 };
// @ts-expect-error the parent's required name is required in the child too
export const nameless: Cat = { species: 'cat' };
// @ts-expect-error a cat is not a dog
export const wrongSpecies: Cat = { species: 'dog', name: 'Rex' };
export async function use(client: TestApi): Promise<string> {
  const animal = await client.animals.getAnimal();
  return animal.species === 'dog' ? \`\${animal.name} \${animal.isTrained}\` : \`\${animal.name} \${animal.livesLeft}\`;
}
`,
      },
    },
  ],
  [
    'letter-of-the-law errors (a number as version, no title, a response without description, a boolean schema, a broken webhook) are warnings',
    {
      given: 'letter-of-the-law.yaml',
      want: {
        consumer: `
import { TestApi } from './src/index.js';
export async function use(): Promise<unknown> {
  const client = new TestApi({ baseUrl: 'http://127.0.0.1:4010' });
  const item = await client.items.createItem({ body: { any: ['value'] } });
  return item.meta;
}
`,
        warnings: [
          /letter-of-the-law\.yaml:3:\d+ \(#\/openapi\): `openapi: "3\.1"` names no patch version/,
          /letter-of-the-law\.yaml:5:\d+ \(#\/info\/version\): Expected type `string` but got `integer`/,
          /letter-of-the-law\.yaml:4:\d+ \(#\/info\): The field `title` must be present/,
          /letter-of-the-law\.yaml:16:\d+ \(#\/paths\/~1items\/post\/responses\/200\): The field `description` must be present/,
          /letter-of-the-law\.yaml:\d+:\d+ \(#\/webhooks\/itemCreated\/post\/requestBody\)/,
          /letter-of-the-law\.yaml:32:\d+ \(#\/components\/schemas\/AnyValue\): Expected type `Schema` \(object\) but got `boolean`/,
        ],
        packageJson: { version: '1.0.0', description: 'Typed client for Works Letter Of The Law API, generated from its OpenAPI document' },
      },
    },
  ],
  [
    'a date as info.version is a calendar version; an environment qualifier is not part of the name; untagged operations group by resource',
    {
      given: 'date-version.yaml',
      want: {
        consumer: `
import { TestApi } from './src/index.js';
export const call = (client: TestApi) => client.customers.GetCustomersCustomer({ customer: 'cus_1' });
`,
        packageJson: { version: '2023.10.16', description: 'Typed client for Payments API, generated from its OpenAPI document' },
      },
    },
  ],
];

test.each(cases)('%s', async (_name, { given, want }) => {
  const generated = await generateInto(`works-${given.replace(/\.yaml$/, '')}`, path.join(FIXTURES, given));
  expect(await typeCheck(generated, want.consumer)).toBe('');
  for (const warning of want.warnings ?? []) expect(generated.result.warnings).toContainEqual(expect.stringMatching(warning));
  expect(generated.result.warnings.filter((text) => text.includes('closes a cycle'))).toEqual([]);
  const manifest = JSON.parse(generated.result.files.find((file) => file.path === 'package.json')!.content) as Record<string, unknown>;
  expect(semverValid(manifest.version as string)).toBe(manifest.version);
  if (want.packageJson) expect(manifest).toMatchObject(want.packageJson);
});
