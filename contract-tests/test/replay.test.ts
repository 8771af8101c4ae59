import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError, PeriskopeApi, UnexpectedResponseError } from '@periskope/periskope-client';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { loadContractContext } from '../src/plan/context.js';
import { CoverageTracker, formatCoverage, writeCoverage } from '../src/gates/coverage.js';
import { diffInterface } from '../src/gates/drift.js';
import { checkObservation } from '../src/oracles/response-oracles.js';
import { sampleArguments } from '../src/plan/request-values.js';
import { replay, type ClientFactory } from '../src/call/mock-call.js';
import { securityProbes } from '../src/plan/security.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const context = await loadContractContext();
const { inventory, spec } = context;
const createClient: ClientFactory = (options) => new PeriskopeApi(options) as unknown as Record<string, unknown>;
const probes = securityProbes(context.model);
const coverage = new CoverageTracker(inventory, probes.map((probe) => probe.scheme));
const coverageFile = path.join(here, '..', 'reports', 'coverage.json');

describe('the committed client still matches the spec', () => {
  test('no breaking change between the spec and the snapshot generated/ was built from', () => {
    const snapshotFile = require.resolve('@periskope/periskope-client/openapi.snapshot.json');
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as unknown;
    const breaking = diffInterface(snapshot, spec.document).filter((drift) => drift.breaking);
    const message = breaking.map((drift) => `  ${drift.operation}: ${drift.change}`).join('\n');
    expect(
      breaking.length,
      `${context.spec.source.file} has moved since generated/ was written; run \`npm run generate\`:\n${message}`,
    ).toBe(0);
  });
});

describe('every documented response, replayed through the generated client against Prism', () => {
  for (const tuple of inventory.tuples) {
    test(tuple.title, async () => {
      const args = sampleArguments(spec.document, tuple.operation);
      const seen = await replay(createClient, inject('prismBaseUrl'), tuple, args);
      const failures = checkObservation(context, tuple, seen, { ApiError, UnexpectedResponseError });
      expect(failures, `${tuple.title} (${context.spec.source.file}#${tuple.response.pointer})`).toEqual([]);
      coverage.tuplePassed(tuple);
    });
  }
});

describe('each security scheme rejects a call without credentials with a typed error', () => {
  for (const probe of probes) {
    test(`${probe.scheme}: ${probe.tuple.operation.id} without credentials`, async () => {
      const args = sampleArguments(spec.document, probe.tuple.operation);
      const seen = await replay(createClient, inject('prismBaseUrl'), probe.tuple, args, {});
      expect(seen.status, 'status without credentials').toBe(401);
      expect(seen.outcome.kind).toBe('threw');
      const error = seen.outcome.kind === 'threw' ? seen.outcome.error : undefined;
      const typed = error instanceof ApiError || error instanceof UnexpectedResponseError;
      expect(typed, `thrown ${String(error)}`).toBe(true);
      expect((error as { status?: number }).status).toBe(401);
      coverage.securityPassed(probe.scheme);
    });
  }
});

describe('coverage', () => {
  test('every documented response was replayed', () => {
    const total = inventory.tuples.length + inventory.unreplayable.length;
    console.log(`replayed ${coverage.replayedCount} of ${total} documented responses`);
    expect(inventory.unreplayable, 'documented responses that cannot be replayed').toEqual([]);
    expect(total, 'the spec documents at least one response').toBeGreaterThan(0);
    expect(coverage.replayedCount).toBe(total);
  });
});

afterAll(async () => {
  const report = coverage.report(context.spec.source.file);
  console.log(formatCoverage(report));
  await writeCoverage(coverageFile, report);
});
