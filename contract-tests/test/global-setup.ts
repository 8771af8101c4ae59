import type { TestProject } from 'vitest/node';
import { contractSpecPath } from '../src/plan/context.js';
import { startPrism } from '../src/call/prism-cli.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismBaseUrl: string;
  }
}

/** One Prism for the whole run, on 127.0.0.1 and a free port; stopped by its process id afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prism = await startPrism(contractSpecPath());
  console.log(`Prism mock (pid ${prism.pid}) listening on ${prism.baseUrl} after ${prism.startupMs} ms`);
  project.provide('prismBaseUrl', prism.baseUrl);
  return async () => {
    await prism.stop();
  };
}
