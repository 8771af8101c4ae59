import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { replayCorpus } from '../src/corpus/replay-corpus.js';
import { formatReplayTable, replayTotals, type ReplayRow } from '../src/corpus/replay-table.js';
import { callCounts } from '../src/report/typed-call-counts.js';
import { finding } from '../src/findings.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'report');
const doc = (name: string) => ({ id: `report/${name}`, file: path.join(FIXTURES, name) });

const row = (id: string, extra: Partial<ReplayRow>): ReplayRow => ({ id, outcome: 'pass', documented: 2, replayed: 2, passed: 2, findings: { spec: 0, server: 0, suite: 0 }, rules: {}, ms: 1500, ...extra });

describe('the corpus replay table', () => {
  const rows = [
    row('a.yaml', {}),
    row('b.yaml', { outcome: 'fail', passed: 1, findings: { spec: 1, server: 2, suite: 0 }, rules: { 'body-schema': 1, 'mock-body-schema': 2 } }),
    row('c.yaml', { outcome: 'nothing', documented: 0, replayed: 0, passed: 0, findings: { spec: 1, server: 0, suite: 0 }, rules: { 'spec-unloadable': 1 }, reason: 'c.yaml:2:3 (#/swagger): Swagger 2.0 is not supported' }),
    row('d.yaml', { outcome: 'timeout', documented: 0, replayed: 0, passed: 0, reason: 'stopped after 600 s', ms: 600_000 }),
  ];
  test('totals add up every row', () => {
    expect(replayTotals(rows)).toEqual({
      documents: 4,
      outcomes: { pass: 1, fail: 1, nothing: 1, timeout: 1, crashed: 0 },
      documented: 4,
      replayed: 4,
      passed: 3,
      findings: { spec: 2, server: 2, suite: 0 },
      rules: { 'body-schema': 1, 'mock-body-schema': 2, 'spec-unloadable': 1 },
      fullyReplayed: 2,
      calls: { documents: 0, written: 0, compiled: 0, accepted: 0, prismRejected: 0, skipped: 0 },
      ms: 604_500,
    });
  });
  test('one row per document (the reason beside a row that has one), then the totals', () => {
    expect(formatReplayTable(rows).split('\n')).toEqual([
      'document  result   documented  replayed  passed    spec  server   suite      time',
      'a.yaml    pass              2         2       2       0       0       0     1.5 s',
      'b.yaml    fail              2         2       1       1       2       0     1.5 s',
      'c.yaml    nothing           0         0       0       1       0       0     1.5 s  c.yaml:2:3 (#/swagger): Swagger 2.0 is not supported',
      'd.yaml    timeout           0         0       0       0       0       0   600.0 s  stopped after 600 s',
      '',
      'corpus replay: 4 documents: 1 pass, 1 with findings, 1 replayed nothing, 1 timed out, 0 crashed',
      '  documented responses 4, replayed 4, passed every oracle 3; 2 documents replayed every documented response',
      '  findings: spec 2, server 2, suite 0',
      '  by rule: mock-body-schema 2, body-schema 1, spec-unloadable 1',
      '  time: 604.5 s summed over documents',
    ]);
  });
  test('with typed calls: three more columns per document, `-` where no client was generated, and their totals', () => {
    const withCalls = [
      row('a.yaml', { calls: { written: 3, compiled: 3, accepted: 3, prismRejected: 0, skipped: 1 } }),
      row('b.yaml', { outcome: 'fail', findings: { spec: 0, server: 0, suite: 2 }, rules: { 'typed-call-rejected': 1, 'request-rejected': 1 }, calls: { written: 4, compiled: 3, accepted: 2, prismRejected: 1, skipped: 0 } }),
      rows[2]!,
    ];
    expect(formatReplayTable(withCalls).split('\n')).toEqual([
      'document  result   documented  replayed  passed  calls  typed  accepted    spec  server   suite      time',
      'a.yaml    pass              2         2       2      3      3         3       0       0       0     1.5 s',
      'b.yaml    fail              2         2       2      4      3         2       0       0       2     1.5 s',
      'c.yaml    nothing           0         0       0      -      -         -       1       0       0     1.5 s  c.yaml:2:3 (#/swagger): Swagger 2.0 is not supported',
      '',
      'corpus replay: 3 documents: 1 pass, 1 with findings, 1 replayed nothing, 0 timed out, 0 crashed',
      '  documented responses 4, replayed 4, passed every oracle 4; 2 documents replayed every documented response',
      '  findings: spec 1, server 0, suite 2',
      '  by rule: request-rejected 1, spec-unloadable 1, typed-call-rejected 1',
      '  time: 4.5 s summed over documents',
      '  typed calls: 7 written in 2 documents, 6 type-check, 5 accepted by Prism (1 rejected by tsc, 1 rejected by Prism, 1 not answered; 1 operations skipped: a binary/multipart body, or no request the spec allows)',
      '  no typed calls for 1 documents (no client generated: the reason is in their row)',
    ]);
  });
});

const gone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

describe('replayCorpus: every document through runPlan in forked processes', () => {
  test('rows in list order, each from a real replay; the processes end with the run', async () => {
    const pids: number[] = [];
    const rows = await replayCorpus([doc('no-security.yaml'), doc('no-responses.yaml'), doc('invalid-example.yaml')], { timeoutMs: 150_000, jobs: 2, onProcess: (pid) => pids.push(pid) });
    expect(rows.map((item) => [item.id, item.outcome, item.documented, item.replayed, item.passed, item.reason])).toEqual([
      ['report/no-security.yaml', 'pass', 2, 2, 2, undefined],
      ['report/no-responses.yaml', 'nothing', 0, 0, 0, 'the spec documents no response'],
      ['report/invalid-example.yaml', 'fail', 1, 1, 0, undefined],
    ]);
    expect(rows[2]!.rules).toEqual({ 'example-invalid': 1, 'body-schema': 1 });
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(gone(pid), `process ${pid}`).toBe(true);
  }, 200_000);

  test('a document over its time bound is a timeout row; its process is killed and the next document gets a new one', async () => {
    const pids: number[] = [];
    const rows = await replayCorpus([doc('no-security.yaml'), doc('no-responses.yaml')], { timeoutMs: 300, onProcess: (pid) => pids.push(pid) });
    expect(rows.map((item) => [item.outcome, item.reason])).toEqual([
      ['timeout', 'stopped after 0.3 s'],
      ['timeout', 'stopped after 0.3 s'],
    ]);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(gone(pid), `process ${pid}`).toBe(true);
  }, 60_000);
});

describe('replayCorpus: a replay that throws', () => {
  test('is a crashed row, and its process is stopped (it was left alive, and the run never exited)', async () => {
    const pids: number[] = [];
    // A file that is no path: the replay throws inside the child, which answers with the error and lives on.
    const rows = await replayCorpus([{ id: 'no-file', file: 42 as unknown as string }, doc('no-responses.yaml')], { timeoutMs: 60_000, onProcess: (pid) => pids.push(pid) });
    expect(rows.map((item) => [item.id, item.outcome, item.reason?.startsWith('the replay threw') ?? false])).toEqual([
      ['no-file', 'crashed', true],
      ['report/no-responses.yaml', 'nothing', false],
    ]);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(gone(pid), `process ${pid}`).toBe(true);
  }, 120_000);
});

describe('callCounts: a typed call is accepted only if Prism took every request of its operation', () => {
  const call = (operation: string, status: number | undefined, rule?: Parameters<typeof finding>[0]) => ({ kind: 'response' as const, title: operation, operation, route: '', ms: 1, findings: rule ? [finding(rule, 'x')] : [], ...(status !== undefined ? { status } : {}) });
  test('rejections under every rule count, whoever is blamed (the mock that cannot read it as much as the suite)', () => {
    const counts = callCounts({
      typedCalls: { written: ['ok', 'suite', 'mock', 'overlap', 'silent', 'broken'], rejected: ['broken'], skipped: 2 },
      calls: [call('ok', 200), call('suite', 422, 'request-rejected'), call('mock', 422, 'mock-cannot-read'), call('overlap', 400, 'request-oneof-overlap'), call('silent', undefined), call('broken', 200)],
    });
    expect(counts).toEqual({ written: 6, compiled: 5, accepted: 2, prismRejected: 3, skipped: 2 });
  });
});
