// `npm run mutation`: mutation testing of the contract suite. Every operator of src/mutation/operators.ts is
// applied to the spec; the whole suite (drift, example gate, replay against an in-process Prism of the
// mutant, inventory) runs against each mutant with the committed client and its snapshot unchanged.
// Exit 1 unless every breaking mutant is killed and no harmless mutant raises an alarm.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError, PeriskopeApi, UnexpectedResponseError } from '@periskope/periskope-client';
import { contractSpecPath } from '../src/plan/context.js';
import { operators } from '../src/mutation/operators.js';
import { formatMutationDetails, formatMutationTable, runMutations } from '../src/mutation/run-mutations.js';

const { values } = parseArgs({
  options: {
    spec: { type: 'string' },
    only: { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`usage: npm run mutation -- [--spec path/to/api.yaml] [--only operator-name ...] [--quiet]

Applies each spec-mutation operator to the spec and runs the contract suite against every mutant with the
committed client (generated/) and its openapi.snapshot.json. Operators: ${operators.map((operator) => operator.name).join(', ')}`);
  process.exit(0);
}

const require = createRequire(import.meta.url);
const specPath = values.spec ? path.resolve(values.spec) : contractSpecPath();
const snapshot = JSON.parse(readFileSync(require.resolve('@periskope/periskope-client/openapi.snapshot.json'), 'utf8')) as unknown;
const selected = values.only?.length ? operators.filter((operator) => values.only!.includes(operator.name)) : operators;
const unknown = (values.only ?? []).filter((name) => !operators.some((operator) => operator.name === name));
if (unknown.length > 0) {
  console.error(`unknown operator(s): ${unknown.join(', ')}`);
  process.exit(2);
}

console.log(`mutation testing ${path.relative(process.cwd(), specPath) || specPath}: ${selected.length} operators, committed client @periskope/periskope-client`);
const run = await runMutations({
  specPath,
  snapshot,
  client: { create: (options) => new PeriskopeApi(options) as unknown as Record<string, unknown>, errors: { ApiError, UnexpectedResponseError } },
  operators: selected,
  onReport: (report) => {
    if (values.quiet) return;
    if ('baseline' in report) {
      const { baseline } = report;
      console.log(`baseline (unmutated spec): ${baseline.passed ? 'passes' : 'FAILS'}, replayed ${baseline.replayed} of ${baseline.documented} documented responses in ${(baseline.timings.totalMs / 1000).toFixed(1)} s`);
      for (const failure of baseline.failures.slice(0, 20)) console.log(`  ${failure.check}: ${failure.message}`);
    } else {
      console.log(`  ${report.operator.name}: ${report.outcome}${report.caughtBy.length ? ` (${report.caughtBy.join('+')})` : ''} in ${(report.ms / 1000).toFixed(1)} s`);
    }
  },
});

console.log('');
console.log(formatMutationTable(run));
console.log('');
console.log(formatMutationDetails(run));
console.log('');
if (!run.baseline.passed) console.log('the unmutated spec fails the suite: the scores below mean nothing until it passes');
const invalid = run.reports.filter((report) => report.outcome === 'invalid mutant');
if (invalid.length > 0) console.log(`invalid mutants (the operator produced a spec that does not load): ${invalid.map((report) => report.operator.name).join(', ')}`);
const notApplicable = run.reports.filter((report) => report.outcome === 'not applicable');
if (notApplicable.length > 0) console.log(`not applicable to this spec (not counted): ${notApplicable.map((report) => report.operator.name).join(', ')}`);
const survivors = run.reports.filter((report) => report.outcome === 'survived');
if (survivors.length > 0) console.log(`surviving breaking mutants: ${survivors.map((report) => report.operator.name).join(', ')}`);
const alarms = run.reports.filter((report) => report.outcome === 'alarm');
if (alarms.length > 0) console.log(`false alarms: ${alarms.map((report) => report.operator.name).join(', ')}`);
console.log(`breaking mutants killed: ${run.breaking.killed}/${run.breaking.total}`);
console.log(`false alarms on harmless mutants: ${run.harmless.alarms}/${run.harmless.total}`);
console.log(`mutation run wall time: ${(run.wallMs / 1000).toFixed(1)} s`);
process.exitCode = run.ok ? 0 : 1;
