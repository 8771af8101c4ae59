/** 3. Where our generation time goes: the CLI's own stage timings, and a V8 CPU profile summed by module. */
import { readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_DIR, ourArgs, REPO_DIR, TMP } from '../config.js';
import { check, runNode } from '../measure.js';

export interface Breakdown {
  wallMs: number;
  cliTotalMs: number | undefined;
  /** [thread, stage, ms] from the CLI's `time:` line: `(main thread: a 1 ms, b 2 ms; worker: c 3 ms)`. */
  stages: [string, string, number][];
  timeLine: string | undefined;
}

export async function stageBreakdown(): Promise<Breakdown> {
  const out = path.join(TMP, 'stages');
  await rm(out, { recursive: true, force: true });
  const run = check(await runNode(ourArgs(out, false)), 'our generator (stage timings)');
  const timeLine = run.stdout.split('\n').find((line) => /^\s*time:/.test(line));
  const stages: [string, string, number][] = [];
  let cliTotalMs: number | undefined;
  if (timeLine) {
    const total = /time:\s+([\d.]+) (ms|s)/.exec(timeLine);
    if (total) cliTotalMs = Number(total[1]) * (total[2] === 's' ? 1000 : 1);
    const inner = /\((.*)\)/.exec(timeLine)?.[1] ?? '';
    for (const group of inner.split(';')) {
      const [thread, list] = group.split(':', 2) as [string, string | undefined];
      for (const part of (list ?? '').split(',')) {
        const match = /^\s*([\w-]+) ([\d.]+) ms/.exec(part);
        if (match) stages.push([thread.trim(), match[1]!, Number(match[2])]);
      }
    }
  }
  return { wallMs: run.wallMs, cliTotalMs, stages, timeLine: timeLine?.trim() };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function moduleOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const inModules = file.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  if (inModules >= 0) {
    const parts = file.slice(inModules + '/node_modules/'.length).split(path.sep);
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (file.startsWith(GENERATOR_DIR)) return `generator: ${path.relative(GENERATOR_DIR, file)}`;
  return path.relative(REPO_DIR, file);
}

export async function cpuProfile(): Promise<{ byModule: [string, number][]; byFunction: [string, number][]; threads: [string, number][]; totalMs: number; wallMs: number }> {
  const out = path.join(TMP, 'profile-out');
  const dir = path.join(TMP, 'profile');
  await rm(out, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
  const run = check(await runNode(ourArgs(out), { nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${dir}`] }), 'our generator (--cpu-prof)');
  // One profile per thread (CPU.<date>.<pid>.<thread id>.<seq>.cpuprofile; thread 0 is the main one), summed.
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).sort();
  if (files.length === 0) throw new Error('no .cpuprofile written');
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  const threads: [string, number][] = [];
  let totalUs = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const selfUs = new Map<number, number>();
    profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
    let threadUs = 0;
    for (const [id, us] of selfUs) {
      const node = byId.get(id);
      if (!node) continue;
      threadUs += us;
      const module = moduleOf(node.callFrame.url, node.callFrame.functionName);
      modules.set(module, (modules.get(module) ?? 0) + us);
      const fn = `${node.callFrame.functionName || '(anonymous)'}  [${module}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}]`;
      functions.set(fn, (functions.get(fn) ?? 0) + us);
    }
    totalUs += threadUs;
    const threadId = file.split('.').at(-3);
    threads.push([threadId === '0' ? 'main thread' : `worker thread ${threadId}`, threadUs / 1000]);
  }
  const sorted = (map: Map<string, number>) => [...map].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { byModule: sorted(modules), byFunction: sorted(functions), threads, totalMs: totalUs / 1000, wallMs: run.wallMs };
}
