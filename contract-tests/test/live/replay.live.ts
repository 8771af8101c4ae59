// Live mode: every operation of the inventory (or the --operations subset), called once through the generated client
// and Prism's validating proxy against the real server; whatever comes back is checked. Run by bin/contract.ts --target.
import { ApiError, PeriskopeApi, UnexpectedResponseError } from '@periskope/periskope-client';
import { afterAll, describe, inject, test } from 'vitest';
import { loadContractContext } from '../../src/plan/context.js';
import type { LiveDrift } from '../../src/oracles/live-oracles.js';
import {
  formatDrift,
  inventoryOperations,
  liveSettingsFromEnv,
  redactUrl,
  replayLiveOperation,
  selectOperations,
  writeLiveReport,
  type LiveCall,
  type LiveRunOptions,
} from '../../src/call/live-call.js';
import type { ClientFactory } from '../../src/call/mock-call.js';
import { sampleArguments } from '../../src/plan/request-values.js';

const settings = liveSettingsFromEnv();
const context = await loadContractContext();
const operations = selectOperations(inventoryOperations(context.inventory.tuples), settings.operations);
const createClient: ClientFactory = (options) => new PeriskopeApi(options) as unknown as Record<string, unknown>;
const calls: LiveCall[] = [];
const drifts: LiveDrift[] = [];

describe(`live: each operation once, through Prism's proxy to ${redactUrl(settings.target)}`, () => {
  const options = (): LiveRunOptions => ({
    context: { document: context.spec.document, validator: context.validator },
    createClient,
    errors: { ApiError, UnexpectedResponseError },
    proxyUrl: inject('liveProxyUrl'),
    token: settings.token,
    sampleArguments: (operation) => sampleArguments(context.spec.document, operation),
  });

  for (const operation of operations) {
    test(`${operation.id} (${operation.method.toUpperCase()} ${operation.path})`, async () => {
      const result = await replayLiveOperation(options(), operation);
      calls.push(result.call);
      drifts.push(...result.drifts);
      if (result.drifts.length > 0) {
        const lines = result.drifts.map((drift) => `  ${formatDrift(drift)}`);
        const error = new Error(`${result.drifts.length} drift${result.drifts.length === 1 ? '' : 's'} from the spec:\n${lines.join('\n')}`);
        // The drifts are the whole story: no stack or code frame under them.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
    });
  }
});

afterAll(async () => {
  await writeLiveReport(
    settings.reportFile,
    {
      spec: context.spec.source.file,
      target: redactUrl(settings.target),
      operationsCalled: calls.length,
      driftCount: drifts.length,
      calls,
      drifts,
    },
    settings.token,
  );
});
