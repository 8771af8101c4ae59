// The worker thread of start-spec-tasks.ts. Importing spec-tasks.js loads ts-morph, its TypeScript and Redocly
// at once (compiled from the compile cache), while the main thread is still reading the spec; the work starts
// when the spec's text arrives.
import { parentPort } from 'node:worker_threads';
import { enableCompileCache } from './compile-cache.js';
import type { SpecTaskMessage, SpecTasksInput } from './messages.js';

const compileCache = enableCompileCache('worker');
const { runSpecTasks } = await import('./spec-tasks.js');
const port = parentPort!;
port.once('message', (input: SpecTasksInput) => {
  void runSpecTasks(input, (message: SpecTaskMessage) => port.postMessage(message)).finally(() => {
    compileCache.save();
    port.close();
  });
});
