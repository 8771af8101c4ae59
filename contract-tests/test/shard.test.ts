import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfiguredClient } from '../src/client/generated-package.js';
import { finding } from '../src/findings.js';
import { coverageFindings } from '../src/gates/coverage.js';
import { runPlan } from '../src/pipeline/run-plan.js';
import type { Plan } from '../src/plan/plan.js';
import { mergeShardReports, type ShardReport } from '../src/report/merge-shards.js';
import type { ResultsJson } from '../src/report/results-json.js';
import { contractSpecPath } from '../src/spec/context.js';

const specPath = await contractSpecPath();
const scratch = await mkdtemp(path.join(os.tmpdir(), 'shard-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const JUNIT = (name: string, tests: number, failures: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="contract" tests="${tests}" failures="${failures}" errors="0" time="1.000">\n  <testsuite name="${name}" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="1.500">\n    <testcase classname="replay" name="x" time="0.001"/>\n  </testsuite>\n</testsuites>\n`;
const TIMINGS = { loadMs: 0, clientMs: 0, driftMs: 0, examplesMs: 0, callsCheckMs: 0, planMs: 0, serverMs: 0, callsMs: 0, totalMs: 0, cpuMs: 0 };
const drifted = finding('operation-removed', 'getContacts (GET /contacts): operation removed', { operation: 'getContacts' });
const mismatch = finding('status-mismatch', 'asked for 409, got 200', { operation: 'cancelBroadcast', status: '409' });
const shard = (index: number, count: number, counts: { documented: number; replayed: number }, findings = [] as ResultsJson['findings'], spec = 'spec/periskope.yaml'): ShardReport => ({
  results: { spec, mode: 'mock', client: 'PeriskopeApi', shard: { index, count }, ...counts, passed: counts.replayed, ok: findings.length === 0, allowed: 0, notChecked: [], findings, timings: TIMINGS },
  junit: JUNIT(`contract: ${spec} shard ${index}/${count}`, counts.replayed + 4, findings.length > 0 ? 1 : 0),
  source: `shard-${index}`,
});

describe('mergeShardReports', () => {
  test.each([
    ['no reports', { given: [], want: 'no shard reports given' }],
    ['a shard missing', { given: [shard(1, 3, { documented: 3, replayed: 3 }), shard(3, 3, { documented: 2, replayed: 2 })], want: 'shard 2/3 missing' }],
    ['a shard twice', { given: [shard(1, 2, { documented: 3, replayed: 3 }), shard(1, 2, { documented: 3, replayed: 3 }), shard(2, 2, { documented: 3, replayed: 3 })], want: 'shard 1 given twice' }],
    ['shards of different splits', { given: [shard(1, 2, { documented: 3, replayed: 3 }), shard(2, 3, { documented: 3, replayed: 3 })], want: 'shard-2 is shard 2/3, but shard-1 is of 2' }],
    ['shards of different specs', { given: [shard(1, 2, { documented: 3, replayed: 3 }), shard(2, 2, { documented: 3, replayed: 3 }, [], 'other.yaml')], want: /^shard-2 tested other\.yaml/ }],
    ['an unsharded run', { given: [{ ...shard(1, 1, { documented: 3, replayed: 3 }), results: { ...shard(1, 1, { documented: 3, replayed: 3 }).results, shard: undefined } }], want: /is not a sharded run/ }],
  ] as const)('refuses %s', (_name, { given, want }) => {
    const merged = mergeShardReports([...given]);
    expect(typeof merged).toBe('string');
    expect(merged).toMatch(want);
  });

  test.each([
    [
      'counts add up; a finding of a whole-spec gate is reported once, call findings all',
      { given: [shard(2, 2, { documented: 4, replayed: 4 }, [drifted, mismatch]), shard(1, 2, { documented: 5, replayed: 5 }, [drifted])], want: { documented: 9, replayed: 9, shards: 2, rules: ['operation-removed', 'status-mismatch'], tests: 17 } },
    ],
    ['a clean run stays clean', { given: [shard(1, 2, { documented: 5, replayed: 5 }), shard(2, 2, { documented: 4, replayed: 4 })], want: { documented: 9, replayed: 9, shards: 2, rules: [], tests: 17 } }],
    [
      'empty shares that together replayed nothing fail the whole run',
      { given: [shard(1, 2, { documented: 0, replayed: 0 }), shard(2, 2, { documented: 1, replayed: 0 })], want: { documented: 1, replayed: 0, shards: 2, rules: ['nothing-replayed'], tests: 8 } },
    ],
  ])('%s', (_name, { given, want }) => {
    const merged = mergeShardReports(given);
    if (typeof merged === 'string') throw new Error(merged);
    expect({ documented: merged.results.documented, replayed: merged.results.replayed, shards: merged.results.shards, rules: merged.results.findings.map((item) => item.rule) }).toEqual({
      documented: want.documented,
      replayed: want.replayed,
      shards: want.shards,
      rules: want.rules,
    });
    expect(merged.results.ok).toBe(want.rules.length === 0);
    expect(merged.results).not.toHaveProperty('shard');
    expect(merged.junit).toContain(`<testsuites name="contract" tests="${want.tests}"`);
    expect(merged.junit.match(/<testsuite /g)).toHaveLength(2);
  });
});

describe('coverage gate on a shard', () => {
  const plan = (documented: number, shard?: Plan['shard']): Plan => ({ inventory: { tuples: [], unreplayable: [] }, calls: [], documented, notSelected: [], unsatisfied: [], ...(shard ? { shard } : {}) });
  test.each([
    ['an empty share of a spec that documents responses passes', { given: { plan: plan(0, { index: 5, count: 5, documentedInAll: 3 }), replayed: 0 }, want: [] }],
    ['a share that replayed none of its responses fails', { given: { plan: plan(2, { index: 1, count: 2, documentedInAll: 3 }), replayed: 0 }, want: ['nothing-replayed'] }],
    ['a spec that documents nothing fails in every shard', { given: { plan: plan(0, { index: 1, count: 2, documentedInAll: 0 }), replayed: 0 }, want: ['no-responses'] }],
    ['unsharded, nothing documented fails', { given: { plan: plan(0), replayed: 0 }, want: ['no-responses'] }],
  ])('%s', (_name, { given, want }) => {
    expect(coverageFindings(given.plan, given.replayed).map((item) => item.rule)).toEqual(want);
  });
});

describe('the Periskope spec in 2 shards, against an in-process Prism', () => {
  test('the shards are disjoint, and merged they replay what the unsharded run replays', async () => {
    const client = await loadConfiguredClient({ specPath });
    const run = (shardOf?: { index: number; count: number }) =>
      runPlan({ specPath, client, mode: { kind: 'mock', server: 'in-process', ...(shardOf ? { shard: shardOf } : {}) }, gates: { examples: false }, reportDir: path.join(scratch, shardOf ? `shard-${shardOf.index}` : 'whole') });
    const whole = await run();
    const shards = [await run({ index: 1, count: 2 }), await run({ index: 2, count: 2 })];
    expect(whole.findings).toEqual([]);
    for (const part of shards) {
      expect(part.findings).toEqual([]);
      expect(part.documented).toBeGreaterThan(0);
      expect(part.documented).toBeLessThan(whole.documented);
    }
    const titles = shards.map((part) => part.calls.map((call) => call.title));
    expect(titles[0]!.filter((title) => titles[1]!.includes(title))).toEqual([]);
    expect([...titles[0]!, ...titles[1]!].sort()).toEqual(whole.calls.map((call) => call.title).sort());

    const reports: ShardReport[] = await Promise.all(
      shards.map(async (part, index) => ({
        results: JSON.parse(await readFile(part.reports!.results, 'utf8')) as ResultsJson,
        junit: await readFile(part.reports!.junit, 'utf8'),
        source: `shard ${index + 1}`,
      })),
    );
    expect(reports.map((report) => report.results.shard)).toEqual([{ index: 1, count: 2 }, { index: 2, count: 2 }]);
    const merged = mergeShardReports(reports);
    if (typeof merged === 'string') throw new Error(merged);
    expect({ documented: merged.results.documented, replayed: merged.results.replayed, ok: merged.results.ok }).toEqual({ documented: whole.documented, replayed: whole.replayed, ok: true });
    expect(merged.results.replayed).toBe(whole.documented);
  });
});
