import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { GeneratorError } from '../../src/errors.js';
import { generate } from '../../src/generate.js';
import {
  compileAndImport,
  FEATURE_FIXTURES,
  generateInto,
  json,
  newClient,
  startServer,
  tmpDir,
  typeCheck,
  type TestServer,
} from './harness.js';

const CONSUMERS: Record<string, string> = {
  '3.0': `
import { TestApi, type CreatePetResult } from './src/index.js';
import type { components } from './src/schema.js';
type Pet = components['schemas']['Pet'];
export async function use(): Promise<void> {
  const pet: CreatePetResult = await new TestApi().pets.createPet({ name: 'Rex', nickname: null, kind: 'dog' });
  const nickname: string | null = pet.nickname;
  const kind: 'dog' | 'cat' | undefined = pet.kind;
  // @ts-expect-error not in the enum
  const wrong: Pet['kind'] = 'cow';
  // @ts-expect-error nickname is required (nullable, not optional)
  const missing: Pet = { name: 'x' };
  void nickname; void kind; void wrong; void missing;
}
`,
  '3.1': `
import { TestApi, type CreatePetResult } from './src/index.js';
import type { components, webhooks } from './src/schema.js';
type Pet = components['schemas']['Pet'];
export async function use(): Promise<void> {
  const pet: CreatePetResult = await new TestApi().pets.createPet({ name: 'Rex', nickname: null, kind: 'pet', tag: 3 });
  const nickname: string | null = pet.nickname;
  const kind: 'pet' = pet.kind;
  const tag: number | string | undefined = pet.tag;
  // @ts-expect-error const: only 'pet'
  const wrong: Pet['kind'] = 'dog';
  // @ts-expect-error type arrays: no boolean tag
  const badTag: Pet['tag'] = true;
  type Adopted = NonNullable<webhooks['petAdopted']['post']>;
  const hook: Adopted['requestBody'] = { content: { 'application/json': pet } };
  void nickname; void kind; void tag; void wrong; void badTag; void hook;
}
`,
};

describe.each(['3.0', '3.1'])('OpenAPI %s', (version) => {
  let server: TestServer;
  const spec = path.join(FEATURE_FIXTURES, `openapi${version.replace('.', '')}.yaml`);

  beforeAll(async () => {
    server = await startServer((request) => json({ ...JSON.parse(request.body.toString()), echoed: true }, 201));
  });
  afterAll(async () => {
    await server?.close();
  });

  test('generates, type-checks with a consumer, and round-trips a body', async () => {
    const generated = await generateInto(`openapi${version.replace('.', '')}`, spec);
    expect(generated.result.spec.version).toBe(version);
    expect(await typeCheck(generated, CONSUMERS[version]!)).toBe('');
    const client = newClient(await compileAndImport(generated), server.baseUrl);
    const pet = { name: 'Rex', nickname: null, kind: version === '3.0' ? 'dog' : 'pet' };
    expect(await client.pets!.createPet!(pet)).toEqual({ ...pet, echoed: true });
    expect(server.last().body.toString()).toBe(JSON.stringify(pet));
  });
});

describe('Swagger 2.0', () => {
  const spec = path.join(FEATURE_FIXTURES, 'swagger2.yaml');
  afterEach(() => vi.restoreAllMocks());

  test('is refused with a message saying to convert it (no converter is installed)', async () => {
    const error = await generate({ specPath: spec, packageName: 'x', clientName: 'XApi' }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).message).toBe(
      `${spec}:1:1 (#/swagger): Swagger 2.0 is not supported: convert it to OpenAPI 3 first (for example with swagger2openapi)`,
    );
  });

  test('the CLI prints one line and exits 1, writing nothing', async () => {
    const out = await tmpDir('swagger2-out');
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await main(['--spec', spec, '--out', out, '--quiet'])).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^error: .*swagger2\.yaml:1:1 \(#\/swagger\): Swagger 2\.0 is not supported/);
    expect(errors[0]).not.toContain('\n');
  });
});
