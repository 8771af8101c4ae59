// Runs the ts-morph wrapper emitter on a worker thread (see emit-client-concurrently.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { ApiModel } from '../model/types.js';
import { emitClient, type ClientEmitOptions } from './emit-client.js';

const { model, options } = workerData as { model: ApiModel; options: ClientEmitOptions };
parentPort?.postMessage(emitClient(model, options));
