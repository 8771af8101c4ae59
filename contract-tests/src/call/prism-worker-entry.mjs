// A worker thread's entry point: the suite runs from TypeScript sources (tsx, vitest), and a worker thread does not
// inherit vitest's transform, so the thread registers tsx itself before loading the worker's TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./prism-worker.ts');
