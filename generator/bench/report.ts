/** The report: formatting helpers and one printer per section of `npm run bench`. Targets print as met/MISSED. */
import os from 'node:os';
import path from 'node:path';
import type { ConsumerResult, Diagnostics, benchConsumers } from './benchmarks/consumer-typecheck.js';
import type { Tool } from './benchmarks/generation.js';
import type { Regeneration } from './benchmarks/regeneration.js';
import type { Breakdown, cpuProfile } from './benchmarks/where-time-goes.js';
import { CALLS, GITHUB_SPEC, PACKAGE_NAME, REPO_DIR, RUNS, TMP, versionOf } from './config.js';
import { fileSize, median, TIME_BIN, type Measured } from './measure.js';

export function sec(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function mib(bytes: number | undefined): string {
  return bytes === undefined ? '-' : `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export function table(header: string[], rows: string[][], right: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

export function ratio(a: number, b: number): string {
  const value = a / b;
  return `${value >= 0.01 ? value.toFixed(2) : value.toPrecision(2)}×`;
}

export function target(met: boolean): string {
  return met ? 'met' : 'MISSED';
}



export function log(text = ''): void {
  console.log(text);
}

//

/** Runs one section of the report; a failure is printed in its place (exit code 1) and the next section runs. */
export async function section(title: string, body: () => Promise<void>): Promise<void> {
  process.stderr.write(`${title}\n`);
  try {
    await body();
  } catch (error) {
    log(`${title.replace(/^(\d)\/4/, '$1.')}: FAILED\n${String((error as Error).message ?? error).split('\n').map((l) => `    ${l}`).join('\n')}`);
    log('');
    process.exitCode = 1;
  }
}

export interface SpecFacts {
  operations: number;
  openapi: string;
}

export function printHeader(specOps: SpecFacts, startedAt: Date): void {
  const cpus = os.cpus();
  log(`Benchmark: GitHub REST spec (@octokit/openapi ${versionOf('@octokit/openapi')}: OpenAPI ${specOps.openapi}, ${specOps.operations} operations, ${(fileSize(GITHUB_SPEC) / 1024 / 1024).toFixed(1)} MiB)`);
  log(`date:     ${startedAt.toISOString()}`);
  log(`machine:  ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at start`);
  log(`node:     ${process.version}; typescript ${versionOf('typescript')}, openapi-typescript ${versionOf('openapi-typescript')}, openapi-fetch ${versionOf('openapi-fetch')}, oazapfts ${versionOf('oazapfts')}`);
  log(`method:   every tool in a fresh child process; median of ${RUNS} runs (rounds interleaved); wall time = spawn to exit;`);
  log(`          ours runs once, unmeasured, before the rounds: that fills its compile cache, as any earlier run would;`);
  log(`          CPU = user + system time of the child, all threads; peak memory = max RSS of the child (${TIME_BIN ? `${TIME_BIN} -f '%M %U %S'` : 'process.resourceUsage() via --import'})`);
  log('');

}

/** Medians of one tool's runs. */
export interface GenerationMedians {
  wall(tool: string): number;
  rss(tool: string): number;
  cpu(tool: string): number;
}

export function generationMedians(samples: Map<string, Measured[]>): GenerationMedians {
  const of = (tool: string, pick: (m: Measured) => number | undefined) => median(samples.get(tool)!.map((m) => pick(m) ?? NaN));
  return { wall: (tool) => of(tool, (m) => m.wallMs), rss: (tool) => of(tool, (m) => m.maxRss), cpu: (tool) => of(tool, (m) => m.cpuMs) };
}

/** Prints section 1; false when a tool failed (the later sections need every tool's output). */
export function printGeneration(samples: Map<string, Measured[]>, failures: Map<string, string>, tools: Tool[]): boolean {
  const { wall: med, rss: medRss, cpu: medCpu } = generationMedians(samples);
  const [ours, oursCold, ots, oaz] = tools.map((tool) => tool.name) as [string, string, string, string];
  log(`1. Full generation (fresh process each run; median of ${RUNS})`);
  log(
    table(
      ['tool', 'runs (wall)', 'median wall', 'median CPU', 'median peak RSS', 'output'],
      tools.map((tool) =>
        failures.has(tool.name)
          ? [tool.name, 'FAILED (below)', '-', '-', '-', '-']
          : [
              tool.name,
              samples.get(tool.name)!.map((m) => sec(m.wallMs)).join(', '),
              sec(med(tool.name)),
              sec(medCpu(tool.name)),
              mib(medRss(tool.name)),
              `${(tool.outputBytes(1) / 1024 / 1024).toFixed(1)} MiB`,
            ],
      ),
      [false, false, true, true, true, true],
    ),
  );
  if (failures.size > 0) {
    for (const [name, message] of failures) log(`  ${name} failed:\n${message.trim().split('\n').map((l) => `    ${l}`).join('\n')}`);
    log('');
    log('Sections 2-4 need every tool\'s output on this spec; not run. Exit code 1.');
    process.exitCode = 1;
    return false;
  }
  const oursVsOts = med(ours) / med(ots);
  const oursVsOaz = med(ours) / med(oaz);
  log(`  ours / oazapfts:           ${ratio(med(ours), med(oaz))} wall (target ≤ 1.00×: ${target(oursVsOaz <= 1)}), ${ratio(medRss(ours), medRss(oaz))} peak RSS`);
  log(`  ours / openapi-typescript: ${ratio(med(ours), med(ots))} wall (target ≤ 1.20×: ${target(oursVsOts <= 1.2)}), ${ratio(medRss(ours), medRss(ots))} peak RSS`);
  log(`  ours with the compile cache off / oazapfts: ${ratio(med(oursCold), med(oaz))} wall (a first run after install or upgrade)`);
  log(`  CPU time ours / oazapfts: ${ratio(medCpu(ours), medCpu(oaz))}; ours ran on ${(medCpu(ours) / med(ours)).toFixed(2)} cores on average (2 threads),`);
  log(`  oazapfts on ${(medCpu(oaz) / med(oaz)).toFixed(2)} (1 thread): on a loaded machine the wall ratio drifts towards the CPU ratio`);
  log('');

  return true;
}

export function printRegeneration(regen: Regeneration): void {
  const regenMs = median(regen.again.map((m) => m.wallMs));
  log(`2. Regeneration with an unchanged spec (our CLI again into the same folder; median of ${RUNS})`);
  log(
    table(
      ['run', 'wall', 'peak RSS'],
      [
        ['first run (empty folder)', sec(regen.first.wallMs), mib(regen.first.maxRss)],
        ...regen.again.map((m, i) => [`again #${i + 1} (unchanged spec)`, sec(m.wallMs), mib(m.maxRss)]),
        ['median of the unchanged runs', sec(regenMs), mib(median(regen.again.map((m) => m.maxRss ?? NaN)))],
      ],
      [false, true, true],
    ),
  );
  log(`  target < 0.5 s: ${target(regenMs < 500)}; output files left untouched (mtimes): ${regen.untouched ? 'yes' : 'NO'}`);
  log(`  the CLI says: ${regen.output.split('\n').filter((l) => /files:|time:|unchanged|skip/i.test(l)).map((l) => l.trim()).join(' | ') || regen.output.split('\n')[0]}`);
  log('');
}

export function printBreakdown(stages: Breakdown, profile: Awaited<ReturnType<typeof cpuProfile>>, otsShare: number): void {
  log(`3. Where our generation time goes (one run without --quiet: ${sec(stages.wallMs)} wall; one run with --cpu-prof: ${sec(profile.wallMs)} wall)`);
  log(`  openapi-typescript alone takes ${(otsShare * 100).toFixed(0)}% of our median wall time${otsShare >= 0.5 ? ' (it dominates ours, so here is the profile)' : ''}.`);
  if (stages.timeLine && stages.cliTotalMs !== undefined) {
    // The two threads run at once: each stage is its own thread's elapsed time, so only the main thread's add up.
    const startup = stages.wallMs - stages.cliTotalMs;
    const share = (ms: number) => `${((ms / stages.wallMs) * 100).toFixed(0)}%`;
    const rows: string[][] = [['', 'process start/exit, static imports (outside the CLI timer)', sec(startup), share(startup)]];
    for (const [thread, stage, ms] of stages.stages) rows.push([thread, stage, sec(ms), share(ms)]);
    const mainStaged = stages.stages.filter(([thread]) => thread === 'main thread').reduce((sum, [, , ms]) => sum + ms, 0);
    const rest = stages.cliTotalMs - mainStaged;
    rows.push(['main thread', 'rest: waiting for the worker, locating warnings, write, summary', sec(rest), share(rest)]);
    log(table(['thread', 'stage (CLI timings)', 'time', 'of wall'], rows, [false, false, true, true]));
    log(`  (CLI line: ${stages.timeLine})`);
  } else {
    log('  the CLI printed no `time:` line; stage timings unavailable');
  }
  log('');
  log(`  CPU time by thread (sampled): ${profile.threads.map(([thread, ms]) => `${thread} ${sec(ms)}`).join(', ')}`);
  log(`  CPU profile, self time by module (${sec(profile.totalMs)} sampled):`);
  log(
    table(
      ['module', 'self time', 'share'],
      profile.byModule.slice(0, 12).map(([module, ms]) => [module, sec(ms), `${((ms / profile.totalMs) * 100).toFixed(1)}%`]),
      [false, true, true],
    ),
  );
  log('');
  log('  top functions by self time:');
  log(
    table(
      ['function [module:line]', 'self time'],
      profile.byFunction.slice(0, 15).map(([fn, ms]) => [fn.length > 110 ? `${fn.slice(0, 109)}…` : fn, sec(ms)]),
      [false, true],
    ),
  );
  log('');
}

export function printConsumers(consumer: Awaited<ReturnType<typeof benchConsumers>>, specOps: SpecFacts): void {
  const [ours100, raw100, ours0, raw0] = consumer.results as [ConsumerResult, ConsumerResult, ConsumerResult, ConsumerResult];
  const m = (result: ConsumerResult, pick: (d: Diagnostics) => number) => median(result.runs.map(pick));
  log(
    `4. Type-checking cost for a consumer: ${consumer.calls.length} calls to ${consumer.calls.length} different operations (${consumer.groups} groups; every ${(specOps.operations / CALLS).toFixed(1)}th operation by path), required arguments only`,
  );
  log('   `tsc --noEmit --extendedDiagnostics -p <dir>` (strict, NodeNext, skipLibCheck); median of ' + RUNS);
  log(`   ours: ${PACKAGE_NAME} built to dist/*.d.ts and installed in node_modules; raw: createClient<paths>() over openapi-typescript's types as schema.d.ts`);
  log(
    table(
      ['consumer', 'errors', 'Instantiations', 'Types', 'Check time', 'Total time', 'Memory used', 'peak RSS'],
      consumer.results.map((result) => [
        result.name,
        String(result.runs[0]!.errors),
        m(result, (d) => d.instantiations).toLocaleString('en-US'),
        m(result, (d) => d.types).toLocaleString('en-US'),
        sec(m(result, (d) => d.checkMs)),
        sec(m(result, (d) => d.totalMs)),
        `${(m(result, (d) => d.memoryKb) / 1024).toFixed(0)} MiB`,
        mib(m(result, (d) => d.maxRss ?? NaN)),
      ]),
      [false, true, true, true, true, true, true, true],
    ),
  );
  const instOurs = m(ours100, (d) => d.instantiations);
  const instRaw = m(raw100, (d) => d.instantiations);
  const perCallOurs = instOurs - m(ours0, (d) => d.instantiations);
  const perCallRaw = instRaw - m(raw0, (d) => d.instantiations);
  log(`  instantiations ours / raw openapi-fetch: ${ratio(instOurs, instRaw)} (1/${(instRaw / instOurs).toFixed(1)}; target ≤ 1/4: ${target(instOurs * 4 <= instRaw)})`);
  log(`  instantiations caused by the calls alone (minus the 0-call baseline): ours ${perCallOurs.toLocaleString('en-US')}, raw ${perCallRaw.toLocaleString('en-US')} (${ratio(perCallOurs, perCallRaw)})`);
  log(
    `  check time ours / raw: ${ratio(m(ours100, (d) => d.checkMs), m(raw100, (d) => d.checkMs))}; memory ours / raw: ${ratio(m(ours100, (d) => d.memoryKb), m(raw100, (d) => d.memoryKb))}`,
  );
  log(`  building our package for publishing (tsc -p, declarations, once): ${sec(consumer.build.wallMs)}, peak RSS ${mib(consumer.build.maxRss)}`);
  for (const result of consumer.results) {
    if (result.runs[0]!.errors === 0) continue;
    log(`  ${result.name}: ${result.runs[0]!.errors} type errors, so its numbers do not measure valid code (exit code 1):\n${result.runs[0]!.errorText}`);
    process.exitCode = 1;
  }
  log(`  sources: ${path.relative(REPO_DIR, path.join(TMP, 'consumer-ours', 'index.ts'))}, ${path.relative(REPO_DIR, path.join(TMP, 'consumer-raw', 'index.ts'))}`);
  log('');
}
