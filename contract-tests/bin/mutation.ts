// `npm run mutation`: mutation testing of the contract suite. Every operator of src/mutation/operators/ is
// applied to the spec; the whole pipeline (runPlan: drift, example gate, replay against an in-process Prism of the
// mutant, coverage) runs against each mutant with the committed client and its snapshot unchanged.
// Exit 1 unless every breaking mutant is killed by the rule its operator names and no harmless mutant raises an alarm.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ClientRefused, loadConfiguredClient } from '../src/client/generated-package.js';
import { operators } from '../src/mutation/operators/index.js';
import { resolveUserPath } from '../src/paths.js';
import { contractSpecPath } from '../src/spec/context.js';
import { formatFinding } from '../src/findings.js';
import { formatMutationDetails, formatMutationTable, runMutations } from '../src/mutation/run-mutations.js';

const { values } = parseArgs({
  options: {
    spec: { type: 'string' },
    client: { type: 'string' },
    only: { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`usage: npm run mutation -- [--spec path/to/api.yaml] [--client Class] [--only operator-name ...] [--quiet]

Applies each spec-mutation operator to the spec and runs the contract pipeline against every mutant with the
client in the generator config's output folder (generated/, which must have been generated from that spec) and
its openapi.snapshot.json. Operators: ${operators.map((operator) => operator.name).join(', ')}`);
  process.exit(0);
}

const specPath = values.spec ? resolveUserPath(values.spec) : await contractSpecPath();
const selected = values.only?.length ? operators.filter((operator) => values.only!.includes(operator.name)) : operators;
const unknown = (values.only ?? []).filter((name) => !operators.some((operator) => operator.name === name));
if (unknown.length > 0) {
  console.error(`unknown operator(s): ${unknown.join(', ')}`);
  process.exit(2);
}

let client;
try {
  client = await loadConfiguredClient({ specPath, className: values.client });
} catch (error) {
  if (!(error instanceof ClientRefused)) throw error;
  console.error(`mutation: refused: ${error.message}`);
  process.exit(1);
}
console.log(`mutation testing ${path.relative(process.cwd(), specPath) || specPath}: ${selected.length} operators, committed client ${client.label}`);
const run = await runMutations({
  specPath,
  client,
  operators: selected,
  onReport: (report) => {
    if (values.quiet) return;
    if ('baseline' in report) {
      const { baseline } = report;
      const verdict = baseline.findings.length === 0 ? 'passes' : `FAILS (${baseline.findings.length} findings)`;
      console.log(`baseline (unmutated spec): ${verdict}, replayed ${baseline.replayed} of ${baseline.documented} documented responses (${baseline.passed} passed) in ${(baseline.timings.totalMs / 1000).toFixed(1)} s`);
      for (const item of baseline.findings.slice(0, 20)) console.log(`  ${formatFinding(item)}`);
    } else {
      console.log(`  ${report.operator.name}: ${report.outcome}${report.rules.length ? ` (${report.rules.join(', ')})` : ''} in ${(report.ms / 1000).toFixed(1)} s`);
    }
  },
});

console.log('');
console.log(formatMutationTable(run));
console.log('');
console.log(formatMutationDetails(run));
console.log('');
if (run.baseline.findings.length > 0) console.log('the unmutated spec fails the suite: the scores below mean nothing until it passes');
const invalid = run.reports.filter((report) => report.outcome === 'invalid mutant');
if (invalid.length > 0) console.log(`invalid mutants (the operator produced a spec that does not load): ${invalid.map((report) => report.operator.name).join(', ')}`);
const notApplicable = run.reports.filter((report) => report.outcome === 'not applicable');
if (notApplicable.length > 0) console.log(`not applicable to this spec (not counted): ${notApplicable.map((report) => report.operator.name).join(', ')}`);
const survivors = run.reports.filter((report) => report.outcome === 'survived');
if (survivors.length > 0) console.log(`surviving breaking mutants: ${survivors.map((report) => report.operator.name).join(', ')}`);
const otherRule = run.reports.filter((report) => report.outcome === 'killed by another rule');
if (otherRule.length > 0) console.log(`killed, but not by the rule their operator names: ${otherRule.map((report) => `${report.operator.name} (names ${report.operator.rule}; found ${report.rules.join(', ')})`).join('; ')}`);
const alarms = run.reports.filter((report) => report.outcome === 'alarm');
if (alarms.length > 0) console.log(`false alarms: ${alarms.map((report) => report.operator.name).join(', ')}`);
console.log(`breaking mutants killed: ${run.breaking.killed}/${run.breaking.total}`);
console.log(`false alarms on harmless mutants: ${run.harmless.alarms}/${run.harmless.total}`);
console.log(`mutation run wall time: ${(run.wallMs / 1000).toFixed(1)} s`);
process.exitCode = run.ok ? 0 : 1;
