import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './prism-worker.js';

export interface PrismWorkers {
  /** One base URL per worker, each its own Prism mock of the same document. */
  baseUrls: string[];
  /** The slowest worker's load (dereference and turn the spec into Prism operations), in milliseconds. */
  loadMs: number;
  operations: number;
  close(): Promise<void>;
}

export interface PrismWorkerOptions {
  /** How many Prism mocks, each on its own worker thread (at least 1). */
  workers: number;
  /** A worker must have loaded Prism's libraries within this long (`--server-timeout`). */
  startTimeoutMs: number;
  /** Then it must have loaded the spec and listen within this long (`--load-timeout`). */
  loadTimeoutMs: number;
}

const ENTRY = new URL('./prism-worker-entry.mjs', import.meta.url);

/**
 * In-process Prism mocks of `document` on worker threads. A worker that has not started, or not loaded the spec,
 * in time is terminated with all the others, which stops even a synchronous load that would never end (Prism's own
 * dereferencer on a densely referenced spec): the start rejects with one line saying which, after every thread has
 * stopped.
 */
export async function startPrismWorkers(document: object, options: PrismWorkerOptions): Promise<PrismWorkers> {
  const workers = Array.from({ length: Math.max(1, options.workers) }, () => new Worker(ENTRY));
  const stopped = workers.length === 1 ? 'its worker thread was stopped' : `its ${workers.length} worker threads were stopped`;
  const timers = new Set<NodeJS.Timeout>();
  let fail: (error: Error) => void = () => {};
  const timedOut = new Promise<never>((_, reject) => (fail = reject));
  const deadline = (ms: number, message: string) => {
    const timer = setTimeout(() => fail(new Error(`${message} within ${ms} ms; ${stopped}`)), ms);
    timers.add(timer);
    return () => {
      clearTimeout(timer);
      timers.delete(timer);
    };
  };
  try {
    const started = await Promise.race([
      Promise.all(
        workers.map((worker) => {
          // Two clocks: starting the thread (Prism's libraries), then loading the spec; each is cleared when done.
          const startClock = deadline(options.startTimeoutMs, 'the Prism worker thread did not start (--server-timeout)');
          let loadClock = () => {};
          return listening(worker, document, () => {
            startClock();
            loadClock = deadline(options.loadTimeoutMs, 'Prism did not load the spec (--load-timeout)');
          }).finally(() => loadClock());
        }),
      ),
      timedOut,
    ]);
    return {
      baseUrls: started.map((reply) => reply.baseUrl),
      loadMs: Math.max(...started.map((reply) => reply.loadMs)),
      operations: started[0]!.operations,
      close: async () => {
        // A worker closes its server and ends its thread; terminate() after that only makes sure it is gone.
        await Promise.all(workers.map((worker) => closed(worker)));
        await Promise.all(workers.map((worker) => worker.terminate()));
      },
    };
  } catch (error) {
    // terminate() settles once the thread has stopped, whatever it was doing.
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  } finally {
    for (const timer of timers) clearTimeout(timer);
  }
}

type Listening = Extract<WorkerReply, { kind: 'listening' }>;

function listening(worker: Worker, document: object, loading: () => void): Promise<Listening> {
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'loading') loading();
      else if (reply.kind === 'listening') resolve(reply);
      else if (reply.kind === 'failed') reject(new Error(reply.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the Prism worker thread stopped (exit code ${code}) before it listened`)));
    worker.postMessage({ kind: 'start', document } satisfies WorkerRequest);
  });
}

function closed(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 2000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    worker.on('message', (reply: WorkerReply) => reply.kind === 'closed' && done());
    worker.once('exit', done);
    worker.postMessage({ kind: 'close' } satisfies WorkerRequest);
  });
}
