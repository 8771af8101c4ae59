// The client under test is whatever the generated folder holds, never a name compiled into the suite: the customer's
// seed spec generated with another package and class name is replayed through that class, or refused in one line.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { generateClient, SCRATCH_CLIENTS } from '../src/client/generate-client.js';
import { loadConfiguredClient, loadGeneratedClient } from '../src/client/generated-package.js';
import { runPlan } from '../src/pipeline/run-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = path.join(here, 'fixtures', 'seed', 'cancel-broadcast.yaml');
const dir = path.join(SCRATCH_CLIENTS, 'test-other-client');
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the seed spec generated with --client OtherApi --name other-client', async () => {
  const client = await generateClient(seed, { dir, clientName: 'OtherApi', packageName: 'other-client' });

  test('is loaded by what its folder says: its package name and the class asked for', () => {
    expect(client.label).toBe('OtherApi of contract-tests/.tmp/spec-clients/test-other-client/ (other-client)');
  });

  test('against the config spec it is refused in one line: it was generated from another spec', async () => {
    await expect(loadConfiguredClient({ dir })).rejects.toThrow(
      /^contract-tests\/\.tmp\/spec-clients\/test-other-client\/ \(other-client\) was generated from cancel-broadcast\.yaml \(sha256 [0-9a-f]{12}…\), not from spec\/periskope\.yaml/,
    );
  });

  test("with the config's class name it is refused, naming the class it does export", async () => {
    await expect(loadGeneratedClient({ dir, className: 'PeriskopeApi', specPath: seed })).rejects.toThrow(/exports no client class PeriskopeApi; it exports OtherApi/);
  });

  test('the generator manifest records what was generated; a file edited since makes the next run generate again', async () => {
    const file = path.join(dir, 'src', 'client.ts');
    const written = await readFile(file, 'utf8');
    // An edit the manifest does not know: as long as it is there, the folder is not up to date and is regenerated.
    await writeFile(file, `${written}// edited\n`);
    await generateClient(seed, { dir, clientName: 'OtherApi', packageName: 'other-client' });
    expect(await readFile(file, 'utf8')).toBe(written);
    // Up to date: the file is left exactly as it is, even an mtime that only a rewrite would change.
    const before = (await stat(file)).mtimeMs;
    await generateClient(seed, { dir, clientName: 'OtherApi', packageName: 'other-client' });
    expect((await stat(file)).mtimeMs).toBe(before);
    expect(JSON.parse(await readFile(path.join(dir, '.generator-manifest.json'), 'utf8')).files['src/client.ts']).toMatch(/^[0-9a-f]{64}$/);
  });

  test('its spec replays through OtherApi: every documented response, nothing found', async () => {
    const result = await runPlan({ specPath: seed, client });
    expect(result.findings).toEqual([]);
    expect(result.client).toBe(client.label);
    expect(result.documented).toBe(3);
    expect(result.passed).toBe(3);
  });
});

describe('npm run contract -- --spec: a spec the generator refuses', () => {
  test('is a spec finding with the generator\'s one line, and nothing is replayed', async () => {
    const scratch = path.join(SCRATCH_CLIENTS, 'test-refused');
    await mkdir(scratch, { recursive: true });
    const swagger = path.join(scratch, 'swagger.yaml');
    await writeFile(swagger, 'swagger: "2.0"\ninfo: { title: old, version: "1" }\npaths: {}\n');
    try {
      const result = await runPlan({ specPath: swagger, client: () => generateClient(swagger, { dir: path.join(scratch, 'client') }) });
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]).toMatchObject({ kind: 'spec', rule: 'spec-unloadable', message: expect.stringMatching(/swagger\.yaml.*2\.0/i) });
      expect(result.calls).toEqual([]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
