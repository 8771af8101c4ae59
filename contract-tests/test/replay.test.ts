// The contract pipeline as vitest tests (`npm run contract:vitest`): a thin adapter over runPlan, one test per
// planned call and one per gate, for an editor's test explorer. `npm run contract` runs the same pipeline without
// vitest (bin/contract.ts). CONTRACT_SPEC picks another spec (its client must be in generated/), and
// CONTRACT_GENERATE=1 generates that spec's client into contract-tests/.tmp/ first, as `--spec` does.
import { describe, expect, test } from 'vitest';
import { loadConfiguredClient } from '../src/client/generated-package.js';
import { formatFinding, stageOf, type Finding, type Stage } from '../src/findings.js';
import { runPlan } from '../src/pipeline/run-plan.js';
import { formatSummary } from '../src/report/console.js';
import { verdictOf } from '../src/report/verdict.js';
import { contractSpecPath } from '../src/spec/context.js';

const specPath = await contractSpecPath();
const generate = process.env.CONTRACT_GENERATE === '1';
const client = generate ? async () => (await import('../src/client/generate-client.js')).generateClient(specPath) : () => loadConfiguredClient({ specPath });
const result = await runPlan({ specPath, client, mode: { kind: 'mock', server: generate ? 'in-process' : 'cli' } });
console.log(formatSummary(result));

const lines = (findings: Finding[]) => findings.map(formatFinding);
const ofStage = (stage: Stage) => lines(result.findings.filter((item) => stageOf(item) === stage));

describe(`contract: ${result.spec} through ${result.client ?? 'no client'}`, () => {
  test('the client under test, the spec and the mock load', () => expect(ofStage('setup')).toEqual([]));
  test('no breaking change between the spec and the snapshot the client was generated from', () => expect(ofStage('drift')).toEqual([]));
  test('every example validates against its schema', () => expect(ofStage('examples')).toEqual([]));
  // vitest fails a suite without tests ("No test found in suite"): a run with no calls says why in the test below.
  if (result.calls.length > 0) {
    describe('every documented response (and security scheme), replayed through the generated client against Prism', () => {
      for (const call of result.calls) test(call.title, () => expect(lines(call.findings)).toEqual([]));
    });
  }
  test('every documented response was replayed', () => {
    expect(verdictOf(result).reason, 'nothing replayed').toBeUndefined();
    expect(ofStage('coverage')).toEqual([]);
    expect(result.replayed).toBe(result.documented);
  });
});
