// The worker thread of start-spec-tasks.ts. It loads ts-morph, its TypeScript and Redocly at once (compiled from
// the compile cache), while the main thread is still reading the spec; the work starts when the spec arrives.
import { parentPort } from 'node:worker_threads';
import { enableCompileCache } from './compile-cache.js';
import type { SpecTaskMessage, SpecTasksInput } from './messages.js';

const started = performance.now();
const compileCache = enableCompileCache('worker');
const { runSpecTasks } = await import('./spec-tasks.js');
const timings = { libraries: performance.now() - started };
const port = parentPort!;
port.once('message', (input: SpecTasksInput) => {
  void runSpecTasks(input, (message: SpecTaskMessage) => port.postMessage(message), timings).finally(() => {
    compileCache.save();
    port.close();
  });
});
