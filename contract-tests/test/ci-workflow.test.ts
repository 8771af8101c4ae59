import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
type Job = { needs?: string | string[]; strategy?: { matrix?: { shard?: number[] } }; steps: { run?: string }[] };
const workflow = YAML.parse(await readFile(path.join(root, '.github', 'workflows', 'ci.yml'), 'utf8')) as { env: Record<string, string>; jobs: Record<string, Job> };
const scripts = (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));

/** The checked-in workflow can only drift from the scripts it calls: each claim it makes is checked here. */
describe('.github/workflows/ci.yml', () => {
  test('every npm script it runs exists in the root package.json', () => {
    const used = Object.values(workflow.jobs).flatMap(runs).flatMap((line) => [...line.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !(name in scripts))).toEqual([]);
  });

  test('the contract and corpus matrices run every shard 1..n of n, and the merge job reads each contract shard', () => {
    for (const name of ['contract', 'corpus']) {
      const shards = workflow.jobs[name]!.strategy!.matrix!.shard!;
      expect(shards).toEqual(Array.from({ length: shards.length }, (_, index) => index + 1));
      expect(runs(workflow.jobs[name]!).join('\n')).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    }
    const merge = workflow.jobs['contract-merge']!;
    expect(merge.needs).toBe('contract');
    const count = workflow.jobs['contract']!.strategy!.matrix!.shard!.length;
    const mergeLine = runs(merge).find((line) => line.includes('npm run contract:merge'))!;
    for (let index = 1; index <= count; index++) expect(mergeLine).toContain(`contract-shard-${index}`);
  });

  test('turbo gets its remote cache from the environment', () => {
    expect(Object.keys(workflow.env)).toEqual(expect.arrayContaining(['TURBO_API', 'TURBO_TOKEN', 'TURBO_TEAM']));
  });

  test('.ci/run runs npm test and the release tests', async () => {
    const script = await readFile(path.join(root, '.ci', 'run'), 'utf8');
    expect(script).toMatch(/^npm test$/m);
    expect(script).toMatch(/^(REMOTE_CACHE_TASKS="[^"]*" )?npm run test:release$/m);
    expect(scripts['test:release']).toBeDefined();
  });
});
