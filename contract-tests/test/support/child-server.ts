import { spawn, type ChildProcess } from 'node:child_process';

/** A server the test started as a child process: stopped by its process id, never by name. */
export interface ChildServer {
  pid: number;
  baseUrl: string;
  /** What it printed so far (the last 4,000 characters), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  command: string;
  args: string[];
  baseUrl: string;
  /** Polled with GET until it answers 2xx; the server counts as started then. */
  readyPath: string;
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Spawns a server and waits until its ready URL answers; stops it again if it does not within the time. */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${options.command} did not start (no process id)`);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: ChildServer = { pid: child.pid, baseUrl: options.baseUrl, output: () => output, stop: () => stopChild(child) };
  const deadline = Date.now() + options.timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode} before answering`);
      if (await answers(new URL(options.readyPath, options.baseUrl))) return server;
      if (Date.now() > deadline) throw new Error(`did not answer within ${options.timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    await server.stop();
    throw new Error(`${options.command} ${options.args.join(' ')}: ${(error as Error).message}\n${output}`);
  }
}

async function answers(url: URL): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** SIGTERM by process id, then SIGKILL if it has not exited after three seconds. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => process.kill(pid, 'SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    process.kill(pid, 'SIGTERM');
  });
}
