// The body of one Prism worker thread (started by prism-workers.ts through prism-worker-entry.mjs): an in-process
// Prism mock of the document it is sent, on its own thread, so the replay's client and oracles and the mock's routing
// and validation run side by side, and a load that never ends can be stopped by terminating the thread.
import { parentPort } from 'node:worker_threads';
import { startPrismInProcess, type InProcessPrism } from './prism-in-process.js';

/** Main thread → worker. */
export type WorkerRequest = { kind: 'start'; document: object } | { kind: 'close' };

/** Worker → main thread. */
export type WorkerReply =
  /** Prism's libraries are loaded; the load of the document begins (its timeout starts now). */
  | { kind: 'loading' }
  | { kind: 'listening'; baseUrl: string; loadMs: number; operations: number; loader: InProcessPrism['loader'] }
  | { kind: 'failed'; message: string }
  | { kind: 'closed' };

const port = parentPort;
if (!port) throw new Error('prism-worker.ts runs on a worker thread');
let prism: InProcessPrism | undefined;
port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'start') {
    port.postMessage({ kind: 'loading' } satisfies WorkerReply);
    // The load's own timer is the main thread's: it terminates this thread, which also stops a synchronous load.
    startPrismInProcess(request.document, { timeoutMs: Infinity, owned: true }).then(
      (started) => {
        prism = started;
        port.postMessage({ kind: 'listening', baseUrl: started.baseUrl, loadMs: started.loadMs, operations: started.operations, loader: started.loader } satisfies WorkerReply);
      },
      (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
    );
  } else {
    void (prism?.close() ?? Promise.resolve()).finally(() => {
      port.postMessage({ kind: 'closed' } satisfies WorkerReply);
      port.close();
    });
  }
});
