import { createServer, type Server, type Socket } from 'node:net';
import { describe, expect, test } from 'vitest';
import { startPrismWorkers } from '../src/call/prism-workers.js';
import { loadConfiguredClient } from '../src/client/generated-package.js';
import { runPlan, type RunPlanResult } from '../src/pipeline/run-plan.js';
import { verdictOf } from '../src/report/verdict.js';
import { contractSpecPath } from '../src/spec/context.js';

const specPath = await contractSpecPath();
const client = await loadConfiguredClient({ specPath });

/**
 * A Swagger 2 document whose definitions each refer to the two before: 2^N paths through them. Swagger 2 goes
 * through Prism's own loader, whose dereferencer walks every path (Stripe's spec never finished that way): a load
 * that does not end.
 */
function neverLoadingDocument(size = 48): object {
  const definitions: Record<string, unknown> = { d0: { type: 'string' }, d1: { type: 'object', properties: { a: { $ref: '#/definitions/d0' } } } };
  for (let i = 2; i < size; i++) {
    definitions[`d${i}`] = { type: 'object', properties: { a: { $ref: `#/definitions/d${i - 1}` }, b: { $ref: `#/definitions/d${i - 2}` } } };
  }
  return {
    swagger: '2.0',
    info: { title: 'never loads', version: '1' },
    paths: { '/top': { get: { responses: { '200': { description: 'ok', schema: { $ref: `#/definitions/d${size - 1}` } } } } } },
    definitions,
  };
}

/** A server on 127.0.0.1 that accepts connections and never answers; closed (its sockets destroyed) by the test. */
async function silentServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const rules = (result: RunPlanResult) => [...new Set(result.findings.map((item) => `${item.kind} ${item.rule}`))];

describe('timeouts end the run, non-zero, with a one-line reason', () => {
  test('a spec load that never ends is stopped: the worker thread is terminated when --load-timeout runs out', async () => {
    const started = performance.now();
    await expect(startPrismWorkers(neverLoadingDocument(), { workers: 1, startTimeoutMs: 60_000, loadTimeoutMs: 1500 })).rejects.toThrow(
      /^Prism did not load the spec \(--load-timeout\) within 1500 ms; its worker thread was stopped$/,
    );
    // The rejection comes after the thread stopped (terminate() settled); the start-up itself may take a while on a busy machine.
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 90_000);

  test('the pipeline: a load timeout is one suite finding (mock-unavailable), nothing is replayed, and the run fails', async () => {
    const result = await runPlan({ specPath, client, mode: { kind: 'mock', server: 'in-process', workers: 1 }, loadTimeoutMs: 1, gates: { examples: false, drift: false } });
    expect(rules(result)).toEqual(['suite mock-unavailable', 'suite nothing-replayed']);
    expect(result.findings[0]!.message).toMatch(/^Prism could not mock the spec: Prism did not load the spec \(--load-timeout\) within 1 ms; its worker thread was stopped$/);
    expect(result.replayed).toBe(0);
    expect(verdictOf(result).ok).toBe(false);
  }, 90_000);

  test('a mock that never answers: every call ends at --timeout as a call-failed finding saying so, and zero replayed fails the run', async () => {
    const silent = await silentServer();
    try {
      const started = performance.now();
      const result = await runPlan({
        specPath,
        client,
        mode: { kind: 'mock', server: { baseUrl: silent.baseUrl } },
        requestTimeoutMs: 300,
        concurrency: 32,
        gates: { examples: false, drift: false },
      });
      expect(rules(result)).toEqual(['suite call-failed', 'suite nothing-replayed']);
      expect(result.calls.length).toBe(result.documented + 1);
      expect(new Set(result.calls.map((call) => call.findings.map((item) => item.message).join()))).toEqual(new Set(['no response within 300 ms (--timeout)']));
      expect(result.findings.at(-1)!.message).toBe(`replayed 0 of ${result.documented} documented responses`);
      expect(verdictOf(result).ok).toBe(false);
      // 89 calls, 32 at a time, 300 ms each: about a second, never the default 30 s per call.
      expect(performance.now() - started).toBeLessThan(20_000);
    } finally {
      await silent.close();
    }
  }, 60_000);

  test('a CLI mock that does not start within --server-timeout is stopped by its pid, one suite finding', async () => {
    const result = await runPlan({ specPath, client, mode: { kind: 'mock', server: 'cli' }, serverTimeoutMs: 200, gates: { examples: false, drift: false } });
    expect(rules(result)).toEqual(['suite mock-unavailable', 'suite nothing-replayed']);
    expect(result.findings[0]!.message.split('\n')[0]).toBe('Prism could not mock the spec: Prism did not start within 200 ms:');
  }, 60_000);
});

describe('several Prism workers answer as one', () => {
  test('spec/periskope.yaml: 0 (this thread), 1 and 3 worker threads give the same calls, statuses and findings', async () => {
    const outcome = async (workers: number) => {
      const result = await runPlan({ specPath, client, mode: { kind: 'mock', server: 'in-process', workers }, gates: { examples: false } });
      return { findings: result.findings, calls: result.calls.map((call) => [call.title, call.status, call.findings]), replayed: result.replayed };
    };
    const onThisThread = await outcome(0);
    expect(onThisThread.replayed).toBeGreaterThan(80);
    expect(await outcome(1)).toEqual(onThisThread);
    expect(await outcome(3)).toEqual(onThisThread);
  }, 180_000);
});
