import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildRequest } from './replay-child.js';
import type { ReplayDocument, ReplayRow } from './replay-table.js';

const CHILD = fileURLToPath(new URL('./replay-child.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface ReplayCorpusOptions {
  /** Stop a document's replay after this long (generation, compile, Prism, every call). */
  timeoutMs: number;
  /** One call's bound inside a document. */
  requestTimeoutMs?: number;
  /** Prism's start-up bound inside a document. */
  serverTimeoutMs?: number;
  /** Run the typed-calls gate too (`--calls`). */
  typedCalls?: boolean;
  /** Called with each replay process's id as it starts (progress, tests). */
  onProcess?: (pid: number) => void;
  /** A fresh process after this many documents, so memory one document leaves behind does not pile up. */
  recycleEvery?: number;
  /** Documents replayed at once, each in its own process (default 1). */
  jobs?: number;
  /** Called as each row is done (with jobs > 1, not in list order). */
  onRow?: (row: ReplayRow) => void;
}

/**
 * Replays every document through the whole contract pipeline in forked processes (`jobs` of them; each loads the
 * pipeline once for many documents). Rows come back in list order. A document that takes longer than `timeoutMs` is a `timeout` row:
 * its process group is killed by id (Prism, tsc and all) and a new process takes the next document; a process that
 * dies is a `crashed` row with its last line of stderr.
 */
export async function replayCorpus(documents: readonly ReplayDocument[], options: ReplayCorpusOptions): Promise<ReplayRow[]> {
  const rows: ReplayRow[] = new Array(documents.length);
  const recycleEvery = options.recycleEvery ?? 40;
  const children = new Set<Child>();
  const stopOnSignal = () => {
    for (const child of children) child.kill();
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal);
  let next = 0;
  // Each lane is one process at a time, taking the next document off the shared list.
  const lane = async () => {
    let child: Child | undefined;
    let served = 0;
    try {
      while (next < documents.length) {
        const index = next++;
        if (child && served >= recycleEvery) {
          children.delete(child);
          await child.stop();
          child = undefined;
        }
        if (!child) {
          child = new Child();
          children.add(child);
          if (child.pid !== undefined) options.onProcess?.(child.pid);
          served = 0;
        }
        served++;
        const request: ChildRequest = { document: documents[index]!, requestTimeoutMs: options.requestTimeoutMs ?? 10_000, serverTimeoutMs: options.serverTimeoutMs ?? 60_000, ...(options.typedCalls ? { typedCalls: true } : {}) };
        const row = await child.replay(request, options.timeoutMs);
        if (row.outcome === 'timeout' || row.outcome === 'crashed') {
          // A replay that threw leaves its process alive (only a timeout or an exit ends it): it is stopped here, or
          // its IPC channel kept the run from exiting after the totals (the two crashes of 2026-12-01 did).
          children.delete(child);
          await child.stop();
          child = undefined;
        }
        rows[index] = row;
        options.onRow?.(row);
      }
    } finally {
      if (child) {
        children.delete(child);
        await child.stop();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs ?? 1, documents.length)) }, lane));
  } finally {
    process.off('SIGINT', stopOnSignal);
  }
  return rows;
}

type Answer = { row: Omit<ReplayRow, 'ms'> } | { error: string };

/** One forked replay process, leader of its own process group. */
class Child {
  private readonly process: ChildProcess;
  private stderrTail = '';
  private exited = false;

  get pid(): number | undefined {
    return this.process.pid;
  }

  constructor() {
    // The child is TypeScript: tsx's loader, whatever runs this process (tsx, vitest).
    this.process = fork(CHILD, [], { detached: true, execArgv: ['--import', TSX], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000);
    });
    this.process.once('exit', () => {
      this.exited = true;
    });
  }

  replay(request: ChildRequest, timeoutMs: number): Promise<ReplayRow> {
    const started = performance.now();
    const empty = { id: request.document.id, documented: 0, replayed: 0, passed: 0, findings: { spec: 0, server: 0, suite: 0 }, rules: {} };
    return new Promise((resolve) => {
      const done = (row: Omit<ReplayRow, 'ms'>) => {
        clearTimeout(timer);
        this.process.off('message', onMessage);
        this.process.off('exit', onExit);
        resolve({ ...row, ms: performance.now() - started });
      };
      const onMessage = (answer: Answer) => done('row' in answer ? answer.row : { ...empty, outcome: 'crashed', reason: `the replay threw: ${answer.error}` });
      let timedOut = false;
      // The row is done once the process has exited (killed after a timeout too), so none outlives its row.
      const onExit = (code: number | null, signal: string | null) =>
        done(timedOut ? { ...empty, outcome: 'timeout', reason: `stopped after ${timeoutMs / 1000} s` } : { ...empty, outcome: 'crashed', reason: `the replay process exited (${signal ?? `code ${code}`}): ${this.lastError()}` });
      const timer = setTimeout(() => {
        timedOut = true;
        this.kill();
      }, timeoutMs);
      this.process.on('message', onMessage);
      this.process.once('exit', onExit);
      if (this.exited) onExit(this.process.exitCode, this.process.signalCode);
      else this.process.send(request);
    });
  }

  /** Ends the process: it exits once its IPC channel closes; killed if it has not after 5 s. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    this.process.disconnect();
    const timer = setTimeout(() => this.kill(), 5000);
    await exited;
    clearTimeout(timer);
  }

  /** Kills the process group by its id: the replay process and whatever it started (tsc). */
  kill(): void {
    if (this.exited || this.process.pid === undefined) return;
    try {
      process.kill(-this.process.pid, 'SIGKILL');
    } catch {
      this.process.kill('SIGKILL');
    }
  }

  /** The error line of what the process printed last (`Error: …`, not the stack frame under it). */
  private lastError(): string {
    const lines = this.stderrTail.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    return [...lines].reverse().find((line) => /^[\w.]*(Error|Exception)\b.*:/.test(line)) ?? lines.at(-1) ?? 'no output';
  }
}
