/** Running a child process and measuring it: wall time, CPU time of all its threads, peak RSS. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_DIR, TMP } from './config.js';

export interface Measured {
  wallMs: number;
  /** Peak resident set size of the child, in bytes. */
  maxRss: number | undefined;
  /** CPU time of the child (user + system, every thread), in ms. */
  cpuMs: number | undefined;
  status: number | null;
  stdout: string;
  stderr: string;
}

export const TIME_BIN = ['/usr/bin/time', '/bin/time'].find((file) => existsSync(file) && spawnSync(file, ['-f', '%M', 'true']).status === 0);
const RSS_MARKER = '__bench_max_rss_kb=';
let rssPreload: string | undefined;

/** Runs `node <args>` in a fresh process; wall time from spawn to exit, peak RSS of the node process. */
export async function runNode(args: string[], options: { cwd?: string; nodeOptions?: string[]; env?: Record<string, string> } = {}): Promise<Measured> {
  const nodeArgs = [...(options.nodeOptions ?? []), ...args];
  let command: string;
  let commandArgs: string[];
  if (TIME_BIN) {
    command = TIME_BIN;
    commandArgs = ['-f', `${RSS_MARKER}%M %U %S`, process.execPath, ...nodeArgs];
  } else {
    rssPreload ??= await writeRssPreload();
    command = process.execPath;
    commandArgs = ['--import', rssPreload, ...nodeArgs];
  }
  const started = performance.now();
  const env = options.env ? { ...process.env, ...options.env } : process.env;
  const child = spawnSync(command, commandArgs, { cwd: options.cwd ?? REPO_DIR, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (child.error) throw child.error;
  let stderr = child.stderr;
  let maxRss: number | undefined;
  let cpuMs: number | undefined;
  const markerAt = stderr.lastIndexOf(RSS_MARKER);
  if (markerAt >= 0) {
    const [rssKb, userS, systemS] = stderr.slice(markerAt + RSS_MARKER.length).trim().split(/\s+/).map(Number) as [number, number, number];
    maxRss = rssKb * 1024;
    cpuMs = (userS + systemS) * 1000;
    stderr = stderr.slice(0, markerAt).replace(/^Command exited with non-zero status \d+\n?/m, '');
  }
  return { wallMs, maxRss, cpuMs, status: child.status, stdout: child.stdout, stderr };
}

/** Fallback when /usr/bin/time is missing: the child reports its own process.resourceUsage() (max RSS in KiB, CPU in s). */
async function writeRssPreload(): Promise<string> {
  const file = path.join(TMP, 'report-max-rss.mjs');
  await writeFile(
    file,
    `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n${RSS_MARKER}' + u.maxRSS + ' ' + u.userCPUTime / 1e6 + ' ' + u.systemCPUTime / 1e6 + '\\n'); });\n`,
  );
  return file;
}

export function check(measured: Measured, what: string): Measured {
  if (measured.status !== 0) {
    throw new Error(`${what} exited with ${measured.status}:\n${(measured.stderr + measured.stdout).split('\n').slice(-20).join('\n')}`);
  }
  return measured;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

/** Sizes of what a tool wrote. */
export function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

export function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile())
    .reduce((total, file) => total + statSync(file).size, 0);
}
