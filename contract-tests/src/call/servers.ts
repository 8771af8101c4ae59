import { startPrismInProcess } from './prism-in-process.js';
import { startPrism, type PrismServer } from './prism-cli.js';
import { startPrismWorkers } from './prism-workers.js';

/**
 * Where the mock comes from: Prism's CLI (`npm run contract`: the standard mock, one process, stopped by pid),
 * Prism's libraries in this process (the mutation run and the benches: about 0.1 s per spec instead of the CLI's
 * 1-4 s; on this thread, or on worker threads beside it), or a mock already listening (a vitest global setup).
 */
export type MockServer = 'cli' | 'in-process' | { baseUrl: string };

export interface RunningServer {
  baseUrl: string;
  /** Every mock serving the spec (several Prism workers), `baseUrl` first; calls are spread over them. */
  baseUrls: string[];
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

export interface MockTimeouts {
  /** The CLI's start-up, or a Prism worker thread's. */
  serverTimeoutMs: number;
  /** The in-process mock's load of the spec (stopped for sure only on a worker thread). */
  loadTimeoutMs: number;
  /** In-process: Prism mocks on this many worker threads; 0 on this thread. */
  workers: number;
}

export async function startMock(server: MockServer, spec: ServedSpec, options: MockTimeouts): Promise<RunningServer> {
  if (typeof server === 'object') return { baseUrl: server.baseUrl, baseUrls: [server.baseUrl], description: `mock at ${server.baseUrl}`, startMs: 0, close: async () => {} };
  if (server === 'in-process' && options.workers > 0) {
    const prism = await startPrismWorkers(spec.document as object, { workers: options.workers, startTimeoutMs: options.serverTimeoutMs, loadTimeoutMs: options.loadTimeoutMs });
    const threads = `${prism.baseUrls.length} worker thread${prism.baseUrls.length === 1 ? '' : 's'}`;
    return { baseUrl: prism.baseUrls[0]!, baseUrls: prism.baseUrls, description: `in-process Prism mock (${prism.operations} operations, ${threads})`, startMs: prism.loadMs, close: prism.close };
  }
  if (server === 'in-process') {
    const prism = await startPrismInProcess(spec.document as object, { timeoutMs: options.loadTimeoutMs });
    return { baseUrl: prism.baseUrl, baseUrls: [prism.baseUrl], description: `in-process Prism mock (${prism.operations} operations)`, startMs: prism.loadMs, close: prism.close };
  }
  return fromCli(await startPrism(spec.file, { timeoutMs: options.serverTimeoutMs }), 'Prism CLI mock');
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
    baseUrls: [prism.baseUrl],
    description: `${what} (pid ${prism.pid})`,
    startMs: prism.startupMs,
    close: async () => {
      process.off('exit', onExit);
      await prism.stop();
    },
  };
}
