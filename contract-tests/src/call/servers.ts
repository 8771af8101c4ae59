import { startPrismInProcess } from './prism-in-process.js';
import { startPrism, type PrismServer } from './prism-cli.js';

/**
 * Where the mock comes from: Prism's CLI (`npm run contract`: the standard mock, one process, stopped by pid),
 * Prism's libraries in this process (the mutation run and the benches: about 0.1 s per spec instead of the CLI's
 * 1-4 s), or a mock already listening (a vitest global setup).
 */
export type MockServer = 'cli' | 'in-process' | { baseUrl: string };

export interface RunningServer {
  baseUrl: string;
  /** `Prism CLI mock (pid 123)`, for the console. */
  description: string;
  /** Start-up (CLI) or load (in-process) time; 0 for a given mock. */
  startMs: number;
  close(): Promise<void>;
}

/** The spec both ways: the CLI reads a file, the in-process mock takes the parsed document. */
export interface ServedSpec {
  file: string;
  document: unknown;
}

export async function startMock(server: MockServer, spec: ServedSpec, timeoutMs: number): Promise<RunningServer> {
  if (typeof server === 'object') return { baseUrl: server.baseUrl, description: `mock at ${server.baseUrl}`, startMs: 0, close: async () => {} };
  if (server === 'in-process') {
    const prism = await startPrismInProcess(spec.document as object, { timeoutMs });
    return { baseUrl: prism.baseUrl, description: `in-process Prism mock (${prism.operations} operations)`, startMs: prism.loadMs, close: prism.close };
  }
  return fromCli(await startPrism(spec.file, { timeoutMs }), 'Prism CLI mock');
}

/**
 * Prism's validating proxy in front of a live server. `--errors false`: Prism forwards every call and reports what
 * breaks the spec in an `sl-violations` header instead of answering in the server's place.
 */
export async function startLiveProxy(specFile: string, upstream: string, timeoutMs: number): Promise<RunningServer> {
  return fromCli(await startPrism(specFile, { timeoutMs, mode: { kind: 'proxy', upstream }, extraArgs: ['--errors', 'false'] }), 'Prism proxy');
}

/** A CLI Prism, also stopped (by its pid) if this process exits before closing it. */
function fromCli(prism: PrismServer, what: string): RunningServer {
  const onExit = () => {
    try {
      process.kill(prism.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', onExit);
  return {
    baseUrl: prism.baseUrl,
    description: `${what} (pid ${prism.pid})`,
    startMs: prism.startupMs,
    close: async () => {
      process.off('exit', onExit);
      await prism.stop();
    },
  };
}
