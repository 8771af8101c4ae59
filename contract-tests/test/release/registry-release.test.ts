import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { freePort } from '../../src/call/prism-cli.js';
import { startChildServer, type ChildServer } from '../support/child-server.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PACKAGE = '@periskope/periskope-client';
const verdaccioBin = path.join(path.dirname(require.resolve('verdaccio/package.json')), 'bin', 'verdaccio');
const tscBin = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');

/** The consumer calls the operation the breaking edit renames (line 4) and the one the feature edit extends. */
const CONSUMER = `import { PeriskopeApi } from '${PACKAGE}';

const client = new PeriskopeApi({ authToken: 'token', baseUrl: 'http://127.0.0.1:9' });
export const cancelled = client.message.cancelBroadcast({ broadcast_id: 'b25192d5-2370-4a69-b844-aae5e2bfae92' });
export const chats = client.chats.listAllChats({ chat_type: 'group' });
`;
const RENAMED_CALL_LINE = 4;

type Spec = { paths: Record<string, Record<string, { operationId?: string; parameters?: unknown[] }>> };
const EDITS = {
  /** A new optional query parameter: a feature (minor). */
  feature: (spec: Spec) => spec.paths['/chats']!['get']!.parameters!.push({ name: 'assigned_to', in: 'query', required: false, schema: { type: 'string' } }),
  /** The operationId the consumer calls is renamed: breaking (major). */
  breaking: (spec: Spec) => void (spec.paths['/message/broadcast/{broadcast_id}']!['delete']!.operationId = 'cancelBroadcastMessage'),
};

/**
 * The generated package through a real registry, the way another repo consumes it: Verdaccio on 127.0.0.1
 * (storage, users and npm config in a temp folder), the release versions coming from the generator's change
 * report, a consumer that depends on `^<major>` and upgrades.
 */
describe('publish to a local registry (Verdaccio) and consume', () => {
  let work: string;
  let registry: ChildServer | undefined;
  let npmrc: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'registry-release-'));
    const port = await freePort();
    await writeFile(
      path.join(work, 'verdaccio.yaml'),
      YAML.stringify({
        storage: './storage',
        auth: { htpasswd: { file: './htpasswd', max_users: 1 } },
        uplinks: {},
        packages: { '**': { access: '$all', publish: '$authenticated' } },
        log: { type: 'stdout', format: 'json', level: 'warn' },
      }),
    );
    registry = await startChildServer({
      command: process.execPath,
      args: [verdaccioBin, '--config', path.join(work, 'verdaccio.yaml'), '--listen', `127.0.0.1:${port}`],
      baseUrl: `http://127.0.0.1:${port}/`,
      readyPath: '/-/ping',
      timeoutMs: 60_000,
      cwd: work,
    });
    // A throwaway user; its token goes into an npm config of this folder only (never ~/.npmrc).
    const created = await fetch(new URL('/-/user/org.couchdb.user:ci', registry.baseUrl), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ci', password: 'throwaway-password' }),
    });
    const { token } = (await created.json()) as { token: string };
    expect(token).toBeTruthy();
    const host = registry.baseUrl.replace(/^http:/, '');
    npmrc = path.join(work, 'npmrc');
    // Only the @periskope scope comes from the local registry; openapi-fetch as usual (npm's cache first).
    await writeFile(npmrc, `@periskope:registry=${registry.baseUrl}\n${host}:_authToken=${token}\naudit=false\nfund=false\nupdate-notifier=false\n`);
  }, 90_000);

  afterAll(async () => {
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  // npm's own settings from an outer `npm test` (npm_config_*) stay out: this folder's config is the only one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)));
  const npm = (cwd: string, ...args: string[]) => run('npm', [...args, '--userconfig', npmrc], { cwd, env });
  const installedVersion = async (consumer: string) =>
    (JSON.parse(await readFile(path.join(consumer, 'node_modules', PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
  const tsc = (consumer: string) => run(process.execPath, [tscBin, '-p', consumer, '--pretty', 'false'], { cwd: consumer });

  test('1.x installs and compiles, a feature release upgrades under ^1, a breaking 2.0.0 does not and fails tsc at the renamed call', async () => {
    // The spec and the committed package, copied: the generator runs on them as on the repository's own.
    const specFile = path.join(work, 'spec', 'periskope.yaml');
    const pkg = path.join(work, 'package');
    await mkdir(path.dirname(specFile), { recursive: true });
    await cp(path.join(root, 'spec', 'periskope.yaml'), specFile);
    await cp(path.join(root, 'generated'), pkg, { recursive: true, filter: (source) => !/[\\/](dist|node_modules)$/.test(source) });
    // `npm pack` runs the package's prepack build: its TypeScript and openapi-fetch come from the workspace.
    await symlink(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    const version = async () => (JSON.parse(await readFile(path.join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
    const publish = async () => {
      const { stdout } = await npm(pkg, 'pack', '--json', '--pack-destination', work);
      const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
      await npm(work, 'publish', path.join(work, filename), '--registry', registry!.baseUrl);
    };
    const release = async (edit: (spec: Spec) => void) => {
      const spec = YAML.parse(await readFile(specFile, 'utf8')) as Spec;
      edit(spec);
      await writeFile(specFile, YAML.stringify(spec));
      await run(process.execPath, [path.join(root, 'generator', 'bin', 'generate.js'), '--spec', specFile, '--out', pkg, '--name', PACKAGE, '--client', 'PeriskopeApi', '--quiet']);
      await publish();
      return version();
    };

    const first = await version();
    const [major, minor] = first.split('.').map(Number) as [number, number];
    await publish();

    const consumer = path.join(work, 'consumer');
    await mkdir(consumer);
    await writeFile(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await writeFile(path.join(consumer, 'index.ts'), CONSUMER);
    await writeFile(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: true }, files: ['index.ts'] }),
    );
    await npm(consumer, 'install', '--prefer-offline', `${PACKAGE}@^${major}`);
    expect(await installedVersion(consumer)).toBe(first);
    await expect(tsc(consumer)).resolves.toBeDefined();

    // Feature: the change report says minor, the consumer's `npm update` takes it and still compiles.
    expect(await release(EDITS.feature)).toBe(`${major}.${minor + 1}.0`);
    await npm(consumer, 'update', '--prefer-offline');
    expect(await installedVersion(consumer)).toBe(`${major}.${minor + 1}.0`);
    expect(await readFile(path.join(consumer, 'node_modules', PACKAGE, 'src', 'client.ts'), 'utf8')).toContain('assigned_to');
    await expect(tsc(consumer)).resolves.toBeDefined();

    // Breaking: the report says major; `^1` stays where it is, an explicit upgrade fails at the renamed call.
    expect(await release(EDITS.breaking)).toBe(`${major + 1}.0.0`);
    const changelog = await readFile(path.join(pkg, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^## ${major + 1}\\.0\\.0 \\(major\\)$`, 'm'));
    await npm(consumer, 'update', '--prefer-offline');
    expect(await installedVersion(consumer)).toBe(`${major}.${minor + 1}.0`);
    await npm(consumer, 'install', '--prefer-offline', `${PACKAGE}@${major + 1}`);
    expect(await installedVersion(consumer)).toBe(`${major + 1}.0.0`);
    const failure = await tsc(consumer).then(
      () => undefined,
      (error: { stdout: string }) => error.stdout,
    );
    expect(failure).toMatch(new RegExp(`^index\\.ts\\(${RENAMED_CALL_LINE},\\d+\\): error TS2339: Property 'cancelBroadcast' does not exist`, 'm'));
    expect(failure?.trim().split('\n')).toHaveLength(1);
  }, 300_000);
});
