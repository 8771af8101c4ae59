import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../src/call/prism-cli.js';
import { startChildServer, type ChildServer } from '../support/child-server.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cacheServerBin = path.join(path.dirname(require.resolve('turborepo-remote-cache/package.json')), 'dist', 'cli.js');
/** The tasks of the root `npm test` by default; REMOTE_CACHE_TASKS="build typecheck" for a quicker look. */
const TASKS = (process.env['REMOTE_CACHE_TASKS'] ?? 'check deps test typecheck contract').split(/\s+/).filter(Boolean);
const TOKEN = 'throwaway-remote-cache-token';
const TEAM = 'periskope-ci';

interface RunSummary {
  execution: { attempted: number; cached: number; failed: number; exitCode: number; startTime: number; endTime: number };
  tasks: { taskId: string; cache: { status: 'HIT' | 'MISS'; remote: boolean; local: boolean } }[];
}

/**
 * CI past one machine: a turbo remote cache (turborepo-remote-cache, local storage in a temp folder) on
 * 127.0.0.1, and two fresh clones of this repository's committed HEAD, each with its own `npm ci` and no local
 * cache of its own. The first fills the remote cache; the second must take every task from it.
 */
describe('turbo remote cache: a second clean clone is a full remote-cache hit', () => {
  let work: string;
  let server: ChildServer | undefined;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'remote-cache-'));
    await mkdir(path.join(work, 'storage'));
    const port = await freePort();
    server = await startChildServer({
      command: process.execPath,
      args: [cacheServerBin],
      baseUrl: `http://127.0.0.1:${port}/`,
      readyPath: '/v8/artifacts/status',
      timeoutMs: 60_000,
      env: {
        PATH: process.env['PATH'],
        HOST: '127.0.0.1',
        PORT: String(port),
        TURBO_TOKEN: TOKEN,
        STORAGE_PROVIDER: 'local',
        STORAGE_PATH: path.join(work, 'storage'),
        STORAGE_PATH_USE_TMP_FOLDER: 'false',
        LOG_LEVEL: 'warn',
      },
    });
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  });

  // An outer npm or turbo run's settings (npm_config_*, TURBO_*) stay out of the clones' runs.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_config_|TURBO_)/i.test(name))), TURBO_TELEMETRY_DISABLED: '1' };

  async function cleanCloneRun(name: string): Promise<RunSummary> {
    const clone = path.join(work, name);
    await run('git', ['clone', '--quiet', root, clone]);
    await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clone, env, maxBuffer: 64 * 1024 * 1024 });
    const turbo = path.join(clone, 'node_modules', 'turbo', 'bin', 'turbo');
    const args = ['run', ...TASKS, `--api=${server!.baseUrl.replace(/\/$/, '')}`, `--token=${TOKEN}`, `--team=${TEAM}`, '--summarize', '--output-logs=errors-only', '--continue'];
    const result = await run(process.execPath, [turbo, ...args], { cwd: clone, env, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`turbo ${args.join(' ')} failed in ${name}:\n${error.stdout.slice(-4000)}\n${error.stderr.slice(-2000)}`);
    });
    const runs = path.join(clone, '.turbo', 'runs');
    const [summaryFile] = (await readdir(runs)).filter((file) => file.endsWith('.json'));
    expect(summaryFile, `no run summary in ${runs}:\n${result.stdout.slice(-2000)}`).toBeDefined();
    return JSON.parse(await readFile(path.join(runs, summaryFile!), 'utf8')) as RunSummary;
  }

  test(`turbo run ${TASKS.join(' ')}: clone 1 fills the cache, clone 2 hits it for every task`, async () => {
    const first = await cleanCloneRun('clone-1');
    expect(first.execution).toMatchObject({ failed: 0, exitCode: 0 });
    expect(first.execution.attempted).toBeGreaterThan(0);
    expect(first.execution.cached).toBe(0);
    expect((await readdir(path.join(work, 'storage'), { recursive: true })).length).toBeGreaterThan(0);

    const second = await cleanCloneRun('clone-2');
    expect(second.execution).toMatchObject({ failed: 0, exitCode: 0, attempted: first.execution.attempted });
    const missed = second.tasks.filter((task) => task.cache.status !== 'HIT' || !task.cache.remote).map((task) => task.taskId);
    expect(missed).toEqual([]);
    expect(second.execution.cached).toBe(second.execution.attempted);
    const seconds = (summary: RunSummary) => ((summary.execution.endTime - summary.execution.startTime) / 1000).toFixed(1);
    console.log(`remote cache: clone 1 ran ${first.execution.attempted} tasks in ${seconds(first)} s; clone 2 took all ${second.execution.cached} from the cache in ${seconds(second)} s`);
  }, 1_800_000);
});
