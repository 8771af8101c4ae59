import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintWarning, OpenApiDocument } from '../load/openapi.js';
import type { ApiModel } from '../model/types.js';
import { fromPortable, type SpecTaskMessage, type SpecTasksInput } from './messages.js';

export interface CheckedSpec {
  warnings: LintWarning[];
  /** The warnings as printed, when the tasks located them (see SpecTaskMessage). */
  described?: string[];
  model: ApiModel;
  bundled?: OpenApiDocument;
  /** openapi.snapshot.json's text, for a spec with external `$ref`s (see SpecTaskMessage). */
  snapshot?: string;
}


/**
 * The lint, model and wrapper (spec-tasks.ts), running beside the caller: on a worker thread, or on the
 * caller's own thread. Both behave alike (the same messages, in the same order, settle the same promises);
 * only the timing differs.
 */
export interface SpecTasks {
  /** Hands over the spec, once it has passed the caller's checks; call once. */
  begin(input: SpecTasksInput): void;
  /** Settles when the lint and the model are done; rejects with the first error that refuses the spec. */
  readonly checked: Promise<CheckedSpec>;
  /** The wrapper's source (without the header); rejects like `checked`, or with the wrapper's own error. */
  readonly client: Promise<string>;
  /** Stage timings of the tasks, filled in when they finish. */
  readonly timings: Record<string, number>;
  /** Stops the tasks if they are still running (after a failure on the caller's side). */
  stop(): void;
}

export type SpecTasksThread = 'worker' | 'this thread';

const WORKER_FILE = new URL('./spec-worker.js', import.meta.url);

/**
 * The compiled generator runs the tasks on a worker, started before the spec is read so that it loads ts-morph
 * (with its own TypeScript) and Redocly while this thread reads and parses; then it lints and emits the wrapper
 * while this thread emits the types. Run from TypeScript sources (the tests) there is no compiled worker file,
 * and the tasks run on this thread; the output is the same either way (test/two-threads.test.ts).
 */
export function startSpecTasks(thread: SpecTasksThread = existsSync(fileURLToPath(WORKER_FILE)) && import.meta.url.endsWith('.js') ? 'worker' : 'this thread'): SpecTasks {
  const results = specTaskResults();
  return thread === 'worker' ? onWorker(results) : onThisThread(results);
}

interface SpecTaskResults {
  checked: Deferred<CheckedSpec>;
  client: Deferred<string>;
  timings: Record<string, number>;
  /** Settles the promises from one message of the tasks. */
  handle(message: SpecTaskMessage): void;
  fail(error: Error): void;
}

function specTaskResults(): SpecTaskResults {
  const checked = deferred<CheckedSpec>();
  const client = deferred<string>();
  const timings: Record<string, number> = {};
  const fail = (error: Error): void => {
    checked.reject(error);
    client.reject(error);
  };
  const handle = (message: SpecTaskMessage): void => {
    Object.assign(timings, message.timings);
    if (message.kind === 'checked') {
      const { warnings, described, model, bundled, snapshot } = message;
      checked.resolve({ warnings, ...(described ? { described } : {}), model, ...(bundled ? { bundled } : {}), ...(snapshot !== undefined ? { snapshot } : {}) });
    } else if (message.kind === 'client') {
      client.resolve(message.text);
    } else {
      fail(fromPortable(message.error));
    }
  };
  return { checked, client, timings, handle, fail };
}

function onThisThread(results: SpecTaskResults): SpecTasks {
  return {
    begin: (input) => {
      // A copy, as the worker gets one: the caller's types edit its parsed document while the tasks read theirs.
      const own = structuredClone(input);
      import('./spec-tasks.js').then(
        (tasks) => tasks.runSpecTasks(own, results.handle),
        (error: unknown) => results.fail(error instanceof Error ? error : new Error(String(error))),
      );
    },
    checked: results.checked.promise,
    client: results.client.promise,
    timings: results.timings,
    // The tasks share this thread: one that has begun ends by itself, soon after the caller's failure.
    stop: () => {},
  };
}

function onWorker(results: SpecTaskResults): SpecTasks {
  const worker = new Worker(WORKER_FILE);
  const received = new Set<SpecTaskMessage['kind']>();
  let finished = false;
  worker.on('message', (message: SpecTaskMessage) => {
    received.add(message.kind);
    finished = received.has('failed') || (received.has('checked') && received.has('client'));
    results.handle(message);
  });
  worker.once('error', (error) => {
    finished = true;
    results.fail(error);
  });
  worker.once('exit', (code) => {
    if (!finished) results.fail(new Error(`the lint and wrapper worker stopped with exit code ${code} before it finished`));
  });
  return {
    // The bytes are moved to the worker, not copied.
    begin: (input) => worker.postMessage(input, [input.bytes.buffer as ArrayBuffer]),
    checked: results.checked.promise,
    client: results.client.promise,
    timings: results.timings,
    stop: () => {
      if (!finished) void worker.terminate();
    },
  };
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

/** A promise settled from outside. The caller awaits it only on some paths, so a rejection is never "unhandled". */
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}
