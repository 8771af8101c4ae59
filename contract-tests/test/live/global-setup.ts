import type { TestProject } from 'vitest/node';
import { contractSpecPath } from '../../src/plan/context.js';
import { liveSettingsFromEnv, redactUrl } from '../../src/call/live-call.js';
import { startPrism } from '../../src/call/prism-cli.js';

declare module 'vitest' {
  export interface ProvidedContext {
    liveProxyUrl: string;
  }
}

/**
 * Prism's validating proxy in front of the live server, on 127.0.0.1 and a free port, for the whole run. `--errors
 * false`: Prism forwards every call and reports what breaks the spec in an `sl-violations` header instead of
 * answering in the server's place. Stopped by process id afterwards, and also if this process exits early.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const settings = liveSettingsFromEnv();
  const prism = await startPrism(contractSpecPath(), {
    mode: { kind: 'proxy', upstream: settings.target },
    extraArgs: ['--errors', 'false'],
  });
  const onExit = () => {
    try {
      process.kill(prism.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', onExit);
  console.log(`Prism proxy (pid ${prism.pid}) listening on ${prism.baseUrl}, forwarding to ${redactUrl(settings.target)}`);
  project.provide('liveProxyUrl', prism.baseUrl);
  return async () => {
    process.off('exit', onExit);
    await prism.stop();
  };
}
