import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { finding } from '../src/findings.js';
import { formatSummary, formatVerdict } from '../src/report/console.js';
import { renderHtml, toHtml } from '../src/report/html.js';
import { toJUnit } from '../src/report/junit.js';
import { formatLiveSummary, toLiveReport } from '../src/report/live-report.js';
import { toResultsJson } from '../src/report/results-json.js';
import type { CallRecord, RunResult } from '../src/report/run-result.js';
import { writeReports } from '../src/report/write-reports.js';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'contract-report-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const timings = { loadMs: 10.4, clientMs: 2500, driftMs: 0, examplesMs: 14_249.6, callsCheckMs: 0, planMs: 0, serverMs: 600, callsMs: 23_150, totalMs: 1234, cpuMs: 44_600 };
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
  notChecked: [],
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
    [
      'with the typed-calls gate: what was written, type-checks and Prism accepted',
      {
        given: mock(
          [call('getItem 200 application/json'), call('addItem 201 application/json', [finding('request-rejected', 'status 422, expected 201', { operation: 'addItem' })], { operation: 'addItem' }), call('dropItem 204 (no content)', [], { operation: 'dropItem', status: undefined })],
          { typedCalls: { written: ['getItem', 'addItem', 'dropItem', 'listItems'], rejected: ['listItems'], skipped: 1 } },
        ),
        want: [
          'typed calls: 4 written, 3 type-check, 1 accepted by Prism (1 rejected by tsc, 1 rejected by Prism, 2 not answered; 1 operations skipped: a binary/multipart body, or no request the spec allows)',
          'contract: FAIL, 1 finding (spec 0, server 0, suite 1)',
        ],
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const lines = formatSummary(given).split('\n');
    for (const line of want) expect(lines).toContain(line);
    expect(lines.at(-1)).toBe(want.at(-1));
  });

  test('without the typed-calls gate there is no typed-calls line', () => {
    expect(formatSummary(mock([call('getItem 200 application/json')]))).not.toContain('typed calls:');
  });

  test('the time each stage took, the whole wall time and the CPU time, on one line before the verdict', () => {
    const lines = formatSummary(mock([call('getItem 200 application/json')])).split('\n');
    expect(lines.at(-2)).toBe('time: client 2.5 s, spec 0.0 s, drift 0.0 s, examples 14.2 s, typed calls 0.0 s, plan 0.0 s, mock 0.6 s, replay 23.1 s; total 1.2 s wall, 44.6 s CPU');
  });

  test('the verdict counts findings by kind', () => {
    expect(formatVerdict({ findings: [finding('body-schema', 'x'), finding('call-failed', 'y')], mode: 'mock', documented: 2, replayed: 1 })).toBe('contract: FAIL, 2 findings (spec 1, server 0, suite 1)');
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
      allowed: 0,
      notChecked: [],
      findings: [bad],
      timings: { loadMs: 10, clientMs: 2500, driftMs: 0, examplesMs: 14_250, callsCheckMs: 0, planMs: 0, serverMs: 600, callsMs: 23_150, totalMs: 1234, cpuMs: 44_600 },
    });
  });
});

describe('JUnit', () => {
  test('one case per call and per gate; a failing case carries its findings, escaped', () => {
    const xml = toJUnit(mock([call('getItem 200 application/json', [bad]), call('getItem 404 (no content)')]));
    expect(xml).toContain('<testsuites name="contract" tests="6" failures="1" errors="0" skipped="0" time="1.234">');
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
    expect(xml).toContain('tests="2" failures="2"');
    expect(xml).toContain('<failure message="nothing replayed: spec.yaml:3: bad" type="nothing-replayed">');
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
    expect((await readdir(dir)).sort()).toEqual(['coverage.json', 'junit.xml', 'report.html', 'results.json']);
    const withToken = { ...live, calls: [call('getItem (GET /items/{id})', [finding('live-body', 'echoed Bearer secret-token-1')], { kind: 'live' })] };
    const written = await writeReports(withToken, dir, 'secret-token-1');
    expect((await readdir(dir)).sort()).toEqual(['junit.xml', 'live-report.json', 'report.html', 'results.json']);
    for (const file of Object.values(written)) expect(await readFile(file, 'utf8'), file).not.toContain('secret-token-1');
    expect(await readFile(written.live!, 'utf8')).toContain('echoed Bearer [redacted]');
  });
});

const notChecked = [
  { title: 'getItem default (no content)', operation: 'getItem', status: 'default', reason: 'cannot be replayed: every code "default" could stand for is documented on its own' },
  { title: 'getItem 500 application/json', operation: 'getItem', status: '500', reason: 'left out of the selection' },
];

describe('what was not checked, and allowed findings, in results.json and JUnit', () => {
  const mockBody = finding('mock-body-schema', 'missing type', { operation: 'getItem', status: '200' });
  const given = mock([call('getItem 200 application/json', [bad, mockBody]), call('getItem 404 (no content)')], { notChecked, allow: { rules: ['mock-body-schema'] } });

  test('results.json: notChecked with reasons, allowed findings marked and counted, ok only without failing ones', () => {
    const json = toResultsJson(given);
    expect(json.notChecked).toEqual(notChecked);
    expect(json.allowed).toBe(1);
    expect(json.allow).toEqual({ rules: ['mock-body-schema'] });
    expect(json.findings).toEqual([bad, { ...mockBody, allowed: true }]);
    expect(json.ok).toBe(false);
    expect(toResultsJson({ ...given, allow: { kinds: ['spec', 'server'] } }).ok).toBe(true);
  });

  test('JUnit: a skipped case per response not asked for, with its reason, counted in skipped=', () => {
    const xml = toJUnit(given);
    expect(xml).toContain('tests="8" failures="1" errors="0" skipped="2"');
    expect(xml).toContain('<testcase classname="replay" name="getItem 500 application/json" time="0.000">\n      <skipped message="not checked: left out of the selection"/>');
    expect(xml).toContain('<skipped message="not checked: cannot be replayed: every code &quot;default&quot; could stand for is documented on its own"/>');
  });

  test('JUnit: a case whose findings are all allowed passes and lists them in system-out', () => {
    const xml = toJUnit({ ...given, allow: { kinds: ['spec', 'server'] } });
    expect(xml).toContain('failures="0"');
    expect(xml).toContain('<system-out>allowed: spec body-schema: getItem 200 application/json: body/id must be string &amp; &lt;short&gt; (#/paths/~1items/get)\nallowed: server mock-body-schema: getItem 200: missing type</system-out>');
  });

  test('JUnit: a call that got no response is its failing case, not also a skipped one', () => {
    const failed = call('getItem 200 application/json', [finding('call-failed', 'timed out')], { status: undefined });
    const xml = toJUnit(mock([failed], { replayed: 0, notChecked: [{ title: failed.title, operation: 'getItem', status: '200', reason: 'timed out' }] }));
    expect(xml).toContain('skipped="0"');
    expect(xml).toContain('<failure message="nothing replayed: 0 of 1 documented responses got a response (timed out)" type="nothing-replayed">');
  });
});

describe('report.html', () => {
  const hostile = finding('body-schema', '<script>alert("x")</script> & \'quoted\'', { operation: 'get<b>Item</b>', status: '200', mediaType: 'application/json', example: '"><img src=x onerror=alert(1)>', pointer: '/paths/~1a<b>/get' });
  const rows = [call('get<b>Item</b> 200 application/json', [hostile, bad]), call('getItem 404 (no content)')];
  const given = mock(rows, { spec: 'spec/<api>.yaml', findings: [hostile, bad, drift], notChecked: [{ ...notChecked[0]!, reason: 'no <reason>' }], allow: { rules: ['enum-value-removed'] } });

  test('every value from the spec or a server is escaped: no tag, attribute or entity of theirs survives', () => {
    const html = toHtml(given);
    for (const raw of ['<script>alert', '<b>', '<img', 'onerror=alert(1)>', '<api>', '<reason>']) expect(html).not.toContain(raw);
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;quoted&#39;');
    expect(html).toContain('<td>&#34;&#62;&#60;img src=x onerror=alert(1)&#62;</td>');
    expect(html).toContain('<td>#/paths/~1a&#60;b&#62;/get</td>');
    // Our own script is the only one, and nothing is fetched.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });

  test('the counts are the ones results.json holds', () => {
    const json = toResultsJson(given);
    const html = renderHtml(json);
    const counts = Object.fromEntries([...html.matchAll(/data-count="([^"]+)">([^<]*)</g)].map((match) => [match[1], match[2]]));
    expect(counts).toEqual({
      verdict: json.ok ? 'pass' : 'FAIL',
      documented: String(json.documented),
      replayed: String(json.replayed),
      passed: String(json.passed),
      notChecked: String(json.notChecked.length),
      findings: String(json.findings.length),
      allowed: String(json.allowed),
      'kind:spec': String(json.findings.filter((item) => item.kind === 'spec').length),
      'kind:server': '0',
      'kind:suite': '0',
      'rule:body-schema': '2',
      'rule:enum-value-removed': '1',
    });
    expect(counts).toMatchObject({ documented: '2', replayed: '2', passed: '1', notChecked: '1', findings: '3', allowed: '1', 'kind:spec': '3' });
    // One table row per finding, each carrying what the filters select on.
    expect([...html.matchAll(/<tr data-kind="(\w+)" data-rule="([\w-]+)" data-allowed="(yes|no)"/g)].map((match) => match.slice(1).join(' '))).toEqual([
      'spec body-schema no',
      'spec body-schema no',
      'spec enum-value-removed yes',
    ]);
  });
});

