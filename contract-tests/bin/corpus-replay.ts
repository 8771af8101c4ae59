// `npm run corpus -- --replay` (generator/corpus/run-corpus.ts lists the documents and delegates here): the whole
// contract suite for every document of a list, one row per document (documented, replayed, findings by kind, time)
// and the totals. Also usable alone: `npm run corpus:replay -w @periskope-tools/contract-tests -- --list docs.json`
// or with the spec files as arguments.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveUserPath } from '../src/paths.js';
import { replayCorpus } from '../src/corpus/replay-corpus.js';
import { formatHeader, formatReplayTotals, formatRow, replayTotals, tableLayout, type ReplayDocument } from '../src/corpus/replay-table.js';

const USAGE = `Usage: corpus-replay (--list <docs.json> | <spec files...>) [options]

  --list <file>      a JSON array of { "id": "...", "file": "/abs/path" } (what npm run corpus -- --replay writes)
  --filter <text>    only documents whose id contains the text
  --limit <n>        only the first n documents (after --filter)
  --timeout <s>      stop one document's replay after this many seconds (default 600: GitHub's 1,223 operations took 330 s on a loaded 2-core machine)
  --jobs <n>         documents replayed at once, each in its own process (default 1)
  --calls            also type-check the suite's request values as literal calls through each client (typed-calls
                     gate: a call the spec allows that does not compile is a typed-call-rejected finding)
  --json <file>      also write every row and the totals as JSON
  -h, --help         this help

Exit code 1 when the pipeline crashed on a document (a failure of the suite); findings and timeouts are reported
in the table, not in the exit code.`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { list: { type: 'string' }, filter: { type: 'string' }, limit: { type: 'string' }, timeout: { type: 'string' }, jobs: { type: 'string' }, json: { type: 'string' }, calls: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    console.error(`corpus replay: ${(error as Error).message}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let documents: ReplayDocument[] = positionals.map((file) => ({ id: path.basename(file), file: resolveUserPath(file) }));
  if (values.list !== undefined) documents = [...(JSON.parse(await readFile(resolveUserPath(values.list), 'utf8')) as ReplayDocument[]), ...documents];
  if (values.filter !== undefined) documents = documents.filter((document) => document.id.includes(values.filter!));
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return usage(`--limit takes a positive whole number, not ${JSON.stringify(values.limit)}`);
  if (limit !== undefined) documents = documents.slice(0, limit);
  const timeoutS = values.timeout === undefined ? 600 : Number(values.timeout);
  if (!(timeoutS > 0)) return usage(`--timeout takes a positive number of seconds, not ${JSON.stringify(values.timeout)}`);
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!(Number.isInteger(jobs) && jobs > 0)) return usage(`--jobs takes a positive whole number, not ${JSON.stringify(values.jobs)}`);
  if (documents.length === 0) return usage('no documents to replay');

  console.log(`corpus replay: ${documents.length} documents, each through the whole contract suite (client generated and compiled, in-process Prism), at most ${timeoutS} s each, ${jobs} at a time`);
  const layout = tableLayout(documents.map((document) => document.id), { calls: values.calls === true });
  console.log(formatHeader(layout));
  const started = performance.now();
  const rows = await replayCorpus(documents, { timeoutMs: timeoutS * 1000, jobs, ...(values.calls ? { typedCalls: true } : {}), onRow: (row) => console.log(formatRow(row, layout)) });
  const wallMs = performance.now() - started;
  const totals = replayTotals(rows);
  console.log('');
  console.log(formatReplayTotals(totals));
  console.log(`  wall time: ${(wallMs / 1000).toFixed(1)} s`);
  if (values.json !== undefined) await writeFile(resolveUserPath(values.json), `${JSON.stringify({ rows, totals, wallMs }, null, 2)}\n`);
  return totals.outcomes.crashed === 0 ? 0 : 1;
}

function usage(message: string): number {
  console.error(`corpus replay: ${message}`);
  return 1;
}

process.exitCode = await main();
