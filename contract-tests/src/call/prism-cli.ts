import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

export interface PrismServer {
  baseUrl: string;
  pid: number;
  /** Milliseconds from spawn until Prism accepted connections. */
  startupMs: number;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Prism's CLI entry point, resolved from its package so no shell or PATH lookup is involved. */
function prismCliPath(): string {
  const packageJson = require.resolve('@stoplight/prism-cli/package.json');
  return path.join(path.dirname(packageJson), 'dist', 'index.js');
}

/** A port the OS says is free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StartOptions {
  /** Give up after this long (large specs take Prism's CLI tens of seconds). */
  timeoutMs?: number;
  /** Extra CLI arguments, such as `--errors`. */
  extraArgs?: string[];
  /** `mock` (default) or `proxy <upstream>`. */
  mode?: { kind: 'mock' } | { kind: 'proxy'; upstream: string };
}

/** Starts Prism's CLI on 127.0.0.1 and a free port; resolves once it listens. */
export async function startPrism(specPath: string, options: StartOptions = {}): Promise<PrismServer> {
  const port = await freePort();
  const mode = options.mode ?? { kind: 'mock' };
  const modeArgs = mode.kind === 'mock' ? ['mock', specPath] : ['proxy', specPath, mode.upstream];
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [prismCliPath(), ...modeArgs, '--host', '127.0.0.1', '--port', String(port), ...(options.extraArgs ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (child.pid === undefined) throw new Error('Prism did not start (no process id)');
  const pid = child.pid;
  const stop = () => stopProcess(child);
  try {
    await waitForListening(child, options.timeoutMs ?? 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, pid, startupMs: Date.now() - started, stop };
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Prism did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) done();
    };
    const onExit = (code: number | null) => fail(new Error(`Prism exited with code ${code} before listening:\n${output.slice(-2000)}`));
    function cleanup() {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining output so Prism never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
    }
    function done() {
      cleanup();
      resolve();
    }
    function fail(error: Error) {
      cleanup();
      reject(error);
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', onExit);
  });
}

/** SIGTERM by process id, then SIGKILL if it has not exited after two seconds. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    }, 2000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
  });
}
