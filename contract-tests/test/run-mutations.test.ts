import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { generateClient, SCRATCH_CLIENTS } from '../src/client/generate-client.js';
import { operator, type MutationOperator } from '../src/mutation/operators/define.js';
import { removeResponseStatus } from '../src/mutation/operators/response.js';
import { rewordOperationDocs } from '../src/mutation/operators/documentation.js';
import { formatMutationDetails, formatMutationTable, runMutations } from '../src/mutation/run-mutations.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const specPath = path.join(here, 'fixtures', 'seed', 'cancel-broadcast.yaml');
const dir = path.join(SCRATCH_CLIENTS, 'test-run-mutations');
afterAll(() => rm(dir, { recursive: true, force: true }));
const client = await generateClient(specPath, { dir, clientName: 'SeedApi' });

/** Breaking, caught, but it names a rule that does not catch it: the run must not count it as killed. */
const wrongRule: MutationOperator = { ...removeResponseStatus, name: 'remove-response-status-wrong-rule', breaking: true, rule: 'operation-removed' };
/** Finds no place to apply: not counted. */
const nowhere = operator({ name: 'nowhere', category: 'documentation', breaking: false, description: 'applies nowhere' }, () => null);

describe('runMutations: the pipeline on the spec, then on each mutant, with the client unchanged', async () => {
  const run = await runMutations({ specPath, client, operators: [removeResponseStatus, rewordOperationDocs, wrongRule, nowhere] });
  const outcomes = Object.fromEntries(run.reports.map((report) => [report.operator.name, report.outcome]));

  test('the unmutated spec passes (else every mutant would look killed)', () => {
    expect(run.baseline.findings).toEqual([]);
  });

  /** [operator, { want: outcome }] */
  const cases: [string, { want: string }][] = [
    ['remove-response-status', { want: 'killed' }],
    ['reword-operation-docs', { want: 'passed' }],
    ['remove-response-status-wrong-rule', { want: 'killed by another rule' }],
    ['nowhere', { want: 'not applicable' }],
  ];
  test.each(cases)('%s: %s', (name, { want }) => expect(outcomes[name]).toBe(want));

  test('the breaking mutant is caught by the drift stage, under the rule its operator names', () => {
    const report = run.reports.find((item) => item.operator.name === 'remove-response-status')!;
    expect(report.caughtBy[0]).toBe('drift');
    expect(report.rules).toContain('response-removed');
  });

  test('scores and verdict: a mutant killed by another rule fails the run', () => {
    expect(run.breaking).toEqual({ killed: 1, total: 2 });
    expect(run.harmless).toEqual({ alarms: 0, total: 1 });
    expect(run.ok).toBe(false);
  });

  test('the table names the rule each operator must be caught by; the details name the first finding per stage', () => {
    const table = formatMutationTable(run).split('\n');
    expect(table[0]).toMatch(/^\| operator +\| breaking\? \| must be caught by +\| result +\| caught by +\| time +\|$/);
    expect(table.find((line) => line.startsWith('| remove-response-status '))).toMatch(/\| yes +\| response-removed +\| killed +\| drift/);
    expect(formatMutationDetails(run).split('\n').slice(0, 2)).toEqual([
      'remove-response-status: removed response 404 from cancelBroadcast (DELETE /message/broadcast/{broadcast_id})',
      '    drift: response-removed: cancelBroadcast (DELETE /message/broadcast/{broadcast_id}): response 404: removed from the spec, but the client still types it',
    ]);
  });
});
