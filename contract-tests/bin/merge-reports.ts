// `npm run contract:merge -- <shard report dir>... [--out <dir>]`: the results.json and junit.xml of a sharded
// contract run (`npm run contract -- --shard i/n --report <dir>`, one per CI machine) as one report.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_REPORT_DIR, resolveUserPath, show } from '../src/paths.js';
import { formatFinding } from '../src/findings.js';
import { formatVerdict } from '../src/report/console.js';
import { mergeShardReports, type ShardReport } from '../src/report/merge-shards.js';
import type { ResultsJson } from '../src/report/results-json.js';
import { REPORT_FILES } from '../src/report/write-reports.js';

const USAGE = `Usage: npm run contract:merge -- <shard report dir>... [--out <dir>]

Reads results.json and junit.xml from each folder (one per shard of \`npm run contract -- --shard i/n\`), checks
that they are shards 1..n of one run, and writes the merged results.json and junit.xml to --out
(default contract-tests/reports/merged). Exit code 1 when the shards do not make one run or the run has findings.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) return fail(`no shard report folders given\n${USAGE}`);
  const parts: ShardReport[] = [];
  for (const dir of positionals.map(resolveUserPath)) {
    try {
      parts.push({
        results: JSON.parse(await readFile(path.join(dir, REPORT_FILES.results), 'utf8')) as ResultsJson,
        junit: await readFile(path.join(dir, REPORT_FILES.junit), 'utf8'),
        source: show(dir),
      });
    } catch (error) {
      return fail(`${show(dir)}: cannot read its ${REPORT_FILES.results} and ${REPORT_FILES.junit}: ${(error as Error).message}`);
    }
  }
  const merged = mergeShardReports(parts);
  if (typeof merged === 'string') return fail(merged);
  const out = values.out !== undefined ? resolveUserPath(values.out) : path.join(DEFAULT_REPORT_DIR, 'merged');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, REPORT_FILES.results), `${JSON.stringify(merged.results, null, 2)}\n`);
  await writeFile(path.join(out, REPORT_FILES.junit), merged.junit);
  const { results } = merged;
  for (const item of results.findings.slice(0, 200)) console.log(`  ${formatFinding(item)}`);
  console.log(`replayed ${results.replayed} of ${results.documented} documented responses in ${results.shards} shards (${results.passed} passed every oracle)`);
  console.log(formatVerdict(results));
  console.log(`reports: ${show(path.join(out, REPORT_FILES.results))}, ${show(path.join(out, REPORT_FILES.junit))}`);
  return results.ok ? 0 : 1;
}

function fail(message: string): number {
  console.error(`contract:merge: ${message}`);
  return 1;
}

process.exitCode = await main();
