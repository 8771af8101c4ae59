import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ClientRefused, loadConfiguredClient } from '../src/client/generated-package.js';
import { runPlan } from '../src/pipeline/run-plan.js';
import { contractSpecPath } from '../src/spec/context.js';

const specPath = await contractSpecPath();
const client = await loadConfiguredClient({ specPath });
const scratch = await mkdtemp(path.join(os.tmpdir(), 'run-plan-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const specDocument = () => parse(readFileSync(specPath, 'utf8')) as Record<string, any>;

describe('runPlan: the contract pipeline as a library call, against an in-process Prism', () => {
  test('the repository spec passes with the configured client: every documented response replayed, nothing found', async () => {
    const reportDir = path.join(scratch, 'reports');
    const result = await runPlan({ specPath, client, reportDir });
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ mode: 'mock', loaded: true, spec: 'spec/periskope.yaml' });
    expect(result.documented).toBeGreaterThan(0);
    expect(result.replayed).toBe(result.documented);
    expect(result.passed).toBe(result.documented);
    expect(result.examplesChecked).toBeGreaterThan(100);
    expect(result.calls.filter((call) => call.kind === 'security').length).toBeGreaterThan(0);
    expect(result.coverage?.dimensions.statuses.tested).toBe(result.coverage?.dimensions.statuses.total);
    const results = JSON.parse(await readFile(result.reports!.results, 'utf8'));
    expect(results).toMatchObject({ documented: result.documented, replayed: result.documented, passed: result.documented, ok: true, findings: [] });
    expect(await readFile(result.reports!.junit, 'utf8')).toContain(`tests="${result.calls.length + 4}" failures="0"`);
    expect(result.reports!.coverage).toBeDefined();
  });

  test('the same spec given as a parsed document passes too', async () => {
    const result = await runPlan({ specPath, document: specDocument(), client });
    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(result.documented);
  });

  test('one breaking edit (a response enum loses a value the client expects) is a spec finding of the drift rule', async () => {
    const document = specDocument();
    const status = document.paths['/message/broadcast/{broadcast_id}'].delete.responses['200'].content['application/json'].schema.properties.status;
    expect(status.enum).toEqual(['deleted', 'stopped']);
    status.enum = ['deleted'];
    const result = await runPlan({ specPath, document, client });
    expect(result.loaded).toBe(true);
    expect(result.findings).toContainEqual({
      kind: 'spec',
      rule: 'enum-value-removed',
      operation: expect.stringMatching(/^cancelBroadcast /),
      message: expect.stringMatching(/status: enum value removed: "stopped"$/),
    });
  });

  test('a subset of the tuples: the rest fail the coverage gate, and the security probes are not planned', async () => {
    const result = await runPlan({ specPath, client, mode: { kind: 'mock', server: 'in-process', selectTuples: (tuples) => tuples.slice(0, 2) }, gates: { examples: false } });
    expect(result.calls.map((call) => call.kind)).toEqual(['response', 'response']);
    expect(result.findings.map((item) => `${item.kind} ${item.rule}`)).toEqual(['suite not-replayed']);
    expect(result.examplesChecked).toBe(0);
    // What was left out is counted as not checked, each with its reason; the two replayed ones are not.
    expect(result.notChecked).toHaveLength(result.documented - 2);
    expect(new Set(result.notChecked.map((item) => item.reason))).toEqual(new Set(['left out of the selection']));
    expect(result.notChecked.map((item) => item.title)).not.toContain(result.calls[0]!.title);
  });

  test('a document that is not a valid spec is a finding, not a throw', async () => {
    const result = await runPlan({ document: { openapi: '3.0.3', paths: 'not a map' }, client });
    expect(result.loaded).toBe(false);
    expect(result.findings.map((item) => item.rule)).toContain('spec-unloadable');
  });

  test('a spec that documents no response (schemas only) is that one spec finding: no mock is started, so none fails to start', async () => {
    const document = { openapi: '3.1.0', info: { title: 'schemas only', version: '1' }, paths: {}, components: { schemas: { A: { type: 'string' } } } };
    const result = await runPlan({ document, client, gates: { drift: false } });
    expect(result.findings.map((item) => `${item.kind} ${item.rule}`)).toEqual(['spec no-responses']);
    expect(result.timings.serverMs).toBe(0);
  });

  test('a refused client is one client-refused finding, and nothing else runs', async () => {
    const result = await runPlan({
      specPath,
      client: async () => {
        throw new ClientRefused('generated/ was generated from another spec');
      },
      reportDir: path.join(scratch, 'refused'),
    });
    expect(result.findings).toEqual([{ kind: 'suite', rule: 'client-refused', message: 'generated/ was generated from another spec' }]);
    expect(result.calls).toEqual([]);
    expect(result.loaded).toBe(false);
    expect(JSON.parse(await readFile(result.reports!.results, 'utf8')).ok).toBe(false);
  });
});
