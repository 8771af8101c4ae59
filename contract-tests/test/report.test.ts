import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { finding } from '../src/findings.js';
import { formatSummary, formatVerdict } from '../src/report/console.js';
import { toJUnit } from '../src/report/junit.js';
import { formatLiveSummary, toLiveReport } from '../src/report/live-report.js';
import { toResultsJson } from '../src/report/results-json.js';
import type { CallRecord, RunResult } from '../src/report/run-result.js';
import { writeReports } from '../src/report/write-reports.js';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'contract-report-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const timings = { loadMs: 10.4, clientMs: 2500, driftMs: 0, examplesMs: 14_249.6, planMs: 0, serverMs: 600, callsMs: 23_150, totalMs: 1234, cpuMs: 44_600 };
const call = (title: string, findings: CallRecord['findings'] = [], extra: Partial<CallRecord> = {}): CallRecord => ({
  kind: 'response',
  title,
  operation: title.split(' ')[0]!,
  route: 'GET /items/{id}',
  status: 200,
  findings,
  ms: 12,
  ...extra,
});
const bad = finding('body-schema', 'body/id must be string & <short>', { operation: 'getItem', status: '200', mediaType: 'application/json', pointer: '/paths/~1items/get' });
const drift = finding('enum-value-removed', 'response 200 body.status: enum value removed: "stopped"', { operation: 'cancelBroadcast (DELETE /b)' });

const mock = (calls: CallRecord[], extra: Partial<RunResult> = {}): RunResult => ({
  spec: 'spec/api.yaml',
  mode: 'mock',
  client: 'AcmeApi of generated/ (@acme/client)',
  documented: calls.length,
  replayed: calls.length,
  passed: calls.filter((item) => item.findings.length === 0).length,
  loaded: true,
  examplesChecked: 3,
  findings: calls.flatMap((item) => item.findings),
  calls,
  coverage: { spec: 'spec/api.yaml', dimensions: { operations: { tested: 1, total: 1 }, statuses: { tested: 1, total: 2 }, mediaTypes: { tested: 1, total: 1 }, examples: { tested: 0, total: 0 }, headers: { tested: 0, total: 0 }, security: { tested: 0, total: 0 } }, untested: [] },
  timings,
  ...extra,
});

describe('the console summary', () => {
  const cases: [string, { given: RunResult; want: string[] }][] = [
    ['a green run', { given: mock([call('getItem 200 application/json')]), want: ['replayed 1 of 1 documented responses (1 passed every oracle)', 'contract: pass (0 findings)'] }],
    [
      'a red run lists each finding, then the counts by kind',
      {
        given: mock([call('getItem 200 application/json', [bad]), call('getItem 404 (no content)')], { findings: [drift, bad] }),
        want: [
          '  spec enum-value-removed: cancelBroadcast (DELETE /b): response 200 body.status: enum value removed: "stopped"',
          '  spec body-schema: getItem 200 application/json: body/id must be string & <short> (#/paths/~1items/get)',
          'replayed 2 of 2 documented responses (1 passed every oracle)',
          'contract: FAIL, 2 findings (spec 2, server 0, suite 0)',
        ],
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const lines = formatSummary(given).split('\n');
    for (const line of want) expect(lines).toContain(line);
    expect(lines.at(-1)).toBe(want.at(-1));
  });

  test('the time each stage took, the whole wall time and the CPU time, on one line before the verdict', () => {
    const lines = formatSummary(mock([call('getItem 200 application/json')])).split('\n');
    expect(lines.at(-2)).toBe('time: client 2.5 s, spec 0.0 s, drift 0.0 s, examples 14.2 s, plan 0.0 s, mock 0.6 s, replay 23.1 s; total 1.2 s wall, 44.6 s CPU');
  });

  test('the verdict counts findings by kind', () => {
    expect(formatVerdict({ findings: [finding('client-refused', 'x')] })).toBe('contract: FAIL, 1 finding (spec 0, server 0, suite 1)');
  });
});

describe('results.json', () => {
  test('the run in the shape CI reads: spec, counts, ok and every finding', () => {
    const result = mock([call('getItem 200 application/json', [bad])]);
    expect(toResultsJson(result)).toEqual({
      spec: 'spec/api.yaml',
      mode: 'mock',
      client: 'AcmeApi of generated/ (@acme/client)',
      documented: 1,
      replayed: 1,
      passed: 0,
      ok: false,
      findings: [bad],
      timings: { loadMs: 10, clientMs: 2500, driftMs: 0, examplesMs: 14_250, planMs: 0, serverMs: 600, callsMs: 23_150, totalMs: 1234, cpuMs: 44_600 },
    });
  });
});

describe('JUnit', () => {
  test('one case per call and per gate; a failing case carries its findings, escaped', () => {
    const xml = toJUnit(mock([call('getItem 200 application/json', [bad]), call('getItem 404 (no content)')]));
    expect(xml).toContain('<testsuites name="contract" tests="6" failures="1" errors="0" time="1.234">');
    expect(xml).toContain('<testcase classname="replay" name="getItem 404 (no content)" time="0.012"/>');
    expect(xml).toContain('<testcase classname="drift" name="no breaking change between the spec and the snapshot the client was generated from" time="0.000"/>');
    expect(xml).toContain('<failure message="spec body-schema: body/id must be string &amp; &lt;short&gt;" type="body-schema">spec body-schema: getItem 200 application/json: body/id must be string &amp; &lt;short&gt; (#/paths/~1items/get)</failure>');
    expect(xml).toContain('<testcase classname="coverage" name="every documented response was replayed" time="0.000"/>');
  });

  test('characters XML cannot hold are dropped', () => {
    const xml = toJUnit(mock([call('getItem 200', [finding('body-schema', 'bad \u0000byte\u001b')])]));
    expect(xml).toContain('bad byte');
  });

  test('a run whose spec did not load has only the setup case', () => {
    const xml = toJUnit(mock([], { loaded: false, findings: [finding('spec-unloadable', 'spec.yaml:3: bad')] }));
    expect(xml).toContain('tests="1" failures="1"');
  });
});

describe('the live report', () => {
  const { coverage: _mockOnly, ...base } = mock([]);
  const live: RunResult = {
    ...base,
    mode: 'live',
    target: 'http://127.0.0.1:9',
    calls: [
      call('getItem (GET /items/{id})', [finding('live-schema', 'body/id must be string', { operation: 'getItem', status: '200' })], { kind: 'live' }),
      call('listItems (GET /items)', [], { kind: 'live', operation: 'listItems', route: 'GET /items', status: 200 }),
      call('deleteItem (DELETE /items/{id})', [finding('live-network', 'no response: ECONNREFUSED', { operation: 'deleteItem' })], { kind: 'live', operation: 'deleteItem', route: 'DELETE /items/{id}', status: undefined }),
    ],
  };

  test('each call, and each live finding as a drift with its check', () => {
    const report = toLiveReport(live);
    expect(report).toMatchObject({ target: 'http://127.0.0.1:9', operationsCalled: 3, driftCount: 2 });
    expect(report.calls[1]).toEqual({ operation: 'listItems', route: 'GET /items', status: 200, drifts: 0 });
    expect(report.drifts).toEqual([
      { operation: 'getItem', route: 'GET /items/{id}', status: 200, check: 'schema', message: 'body/id must be string' },
      { operation: 'deleteItem', route: 'DELETE /items/{id}', check: 'network', message: 'no response: ECONNREFUSED' },
    ]);
    expect(formatLiveSummary(report).split('\n')).toEqual([
      'live: 3 operations called, 2 drifts',
      '  getItem (GET /items/{id}) 200 [schema]: body/id must be string',
      '  deleteItem (DELETE /items/{id}) [network]: no response: ECONNREFUSED',
    ]);
  });

  test('writeReports: results.json, junit.xml and live-report.json, the token replaced, an old coverage.json removed', async () => {
    const dir = path.join(scratch, 'live');
    await writeReports(mock([call('getItem 200')]), dir);
    expect((await readdir(dir)).sort()).toEqual(['coverage.json', 'junit.xml', 'results.json']);
    const withToken = { ...live, calls: [call('getItem (GET /items/{id})', [finding('live-body', 'echoed Bearer secret-token-1')], { kind: 'live' })] };
    const written = await writeReports(withToken, dir, 'secret-token-1');
    expect((await readdir(dir)).sort()).toEqual(['junit.xml', 'live-report.json', 'results.json']);
    for (const file of Object.values(written)) expect(await readFile(file, 'utf8'), file).not.toContain('secret-token-1');
    expect(await readFile(written.live!, 'utf8')).toContain('echoed Bearer [redacted]');
  });
});
