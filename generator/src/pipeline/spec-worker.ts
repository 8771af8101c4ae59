// The worker thread of start-spec-tasks.ts. Importing spec-tasks.js loads ts-morph, its TypeScript and Redocly
// at once, while the main thread is still reading the spec; the work starts when the spec's text arrives.
import { parentPort } from 'node:worker_threads';
import type { SpecTaskMessage, SpecTasksInput } from './messages.js';
import { runSpecTasks } from './spec-tasks.js';

const port = parentPort!;
port.once('message', (input: SpecTasksInput) => {
  void runSpecTasks(input, (message: SpecTaskMessage) => port.postMessage(message)).finally(() => port.close());
});
