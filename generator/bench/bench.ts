/**
 * `npm run bench`: prints one report, on GitHub's REST spec (@octokit/openapi, ~1,100 operations):
 *
 *   1. full generation, each tool in a fresh child process, median of RUNS runs (rounds interleaved so that
 *      background load hits every tool alike): our CLI (with its compile cache filled by one unmeasured run
 *      first, and with the cache off) vs openapi-typescript's CLI vs oazapfts' CLI; the ratio to oazapfts is the
 *      target (≤ 1.0×);
 *   2. regeneration with an unchanged spec (our CLI again into the same output folder);
 *   3. where our generation time goes (the CLI's own stage timings, and a V8 CPU profile by module);
 *   4. type-checking cost for a consumer: 100 calls to 100 different operations through our generated client
 *      vs through raw openapi-fetch over openapi-typescript's types (`tsc --extendedDiagnostics`).
 *
 * Peak memory is the child's maximum resident set size (/usr/bin/time, or process.resourceUsage() through a
 * preloaded module where /usr/bin/time is missing). Nothing here asserts: targets are printed as met/MISSED.
 * Scratch files go to bench/.tmp/ (gitignored). Needs a built generator (`npx tsc -b generator`; the root
 * `npm run bench` does that first). Takes about a minute on 2 cores.
 *
 * Layout: config.ts (paths, runs), measure.ts (child processes), benchmarks/ (one file per section), report.ts (the
 * printers).
 *
 * Environment: BENCH_RUNS=n (default 3) runs per measurement; BENCH_OUR_CLI=<file> measures another build of our
 * CLI (for instance a patched copy) instead of generator/bin/generate.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listOperations, type OpenApiDocument } from '../src/index.js';
import { benchConsumers } from './benchmarks/consumer-typecheck.js';
import { benchGeneration } from './benchmarks/generation.js';
import { benchRegeneration } from './benchmarks/regeneration.js';
import { cpuProfile, stageBreakdown } from './benchmarks/where-time-goes.js';
import { GENERATOR_DIR, GITHUB_SPEC, TMP } from './config.js';
import { generationMedians, log, printBreakdown, printConsumers, printGeneration, printHeader, printRegeneration, section, sec } from './report.js';

async function main(): Promise<void> {
  if (!existsSync(path.join(GENERATOR_DIR, 'dist', 'cli.js'))) {
    throw new Error('generator/dist is missing: run `npx tsc -b generator` from the repository root first (npm run bench does)');
  }
  await mkdir(TMP, { recursive: true });
  const benchStarted = performance.now();
  const document = JSON.parse(readFileSync(GITHUB_SPEC, 'utf8')) as OpenApiDocument;
  const specOps = { operations: listOperations(document, { mode: 'lenient' }).length, openapi: String(document.openapi) };
  printHeader(specOps, new Date());

  process.stderr.write('1/4 full generation\n');
  const { samples, failures, tools } = await benchGeneration();
  if (!printGeneration(samples, failures, tools)) return;
  const medians = generationMedians(samples);

  await section('2/4 regeneration with an unchanged spec', async () => printRegeneration(await benchRegeneration()));
  await section('3/4 where the time goes (stage timings, CPU profile)', async () => {
    const stages = await stageBreakdown();
    const profile = await cpuProfile();
    printBreakdown(stages, profile, medians.wall(tools[2]!.name) / medians.wall(tools[0]!.name));
  });
  await section('4/4 consumer type-checking cost', async () =>
    printConsumers(await benchConsumers(path.join(TMP, 'ours-1'), path.join(TMP, 'ots-1', 'schema.ts')), specOps),
  );
  log(`bench finished in ${sec(performance.now() - benchStarted)}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
}

await main();
