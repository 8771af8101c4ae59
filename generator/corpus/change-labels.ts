/**
 * `npm run change-labels -- <set>... [--show] [--default-config-only]`: how often the change report's bump is
 * "major" exactly for the spec pairs a peer's own tests call breaking. Each set is a folder (kept outside this
 * repository: the pairs are the peers' test data) holding
 *
 *   labels.tsv               id <TAB> breaking|not <TAB> source <TAB> config <TAB> note   (one pair per line)
 *   cases/<id>/base.<ext>    the document before (YAML or JSON)
 *   cases/<id>/revision.<ext>  the document after
 *
 * `config` is empty (or `default`) when the label holds under the peer's default configuration; anything else
 * (a single check run, an option) is left out by --default-config-only. Prints agreement, precision and recall
 * per set and over all of them; --show lists every disagreement with the report's breaking changes. Exit code 1
 * when a set has no readable pair, so a run that compared nothing never looks like a result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reportBetween } from '../src/changes-cli.js';
import { resolveUserPath } from '../src/command-line.js';
import type { ChangeReport } from '../src/changes/index.js';

export interface LabelledPair {
  id: string;
  breaking: boolean;
  config: string;
  note: string;
}

export interface PairOutcome extends LabelledPair {
  said?: boolean;
  report?: ChangeReport;
  error?: string;
}

export interface Agreement {
  pairs: number;
  agree: number;
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  unreadable: number;
}

export function readLabels(setDir: string): LabelledPair[] {
  const lines = readFileSync(path.join(setDir, 'labels.tsv'), 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('id\t')) return [];
    const [id = '', verdict, , config = '', note = ''] = line.split('\t');
    if (verdict !== 'breaking' && verdict !== 'not') throw new Error(`${path.join(setDir, 'labels.tsv')}:${index + 1}: the verdict is "${verdict}", not breaking or not`);
    return [{ id, breaking: verdict === 'breaking', config: config === 'default' ? '' : config, note }];
  });
}

/** The pair's two documents: `base.*` and `revision.*` in cases/<id>/. */
function pairFiles(setDir: string, id: string): { base: string; revision: string } {
  const dir = path.join(setDir, 'cases', id);
  const files = readdirSync(dir);
  const find = (stem: string) => {
    const file = files.find((name) => new RegExp(`^${stem}\\.(ya?ml|json)$`).test(name));
    if (!file) throw new Error(`${dir} has no ${stem}.yaml, .yml or .json`);
    return path.join(dir, file);
  };
  return { base: find('base'), revision: find('revision') };
}

export async function judgePairs(setDir: string, pairs: readonly LabelledPair[]): Promise<PairOutcome[]> {
  const outcomes: PairOutcome[] = [];
  for (const pair of pairs) {
    try {
      const { base, revision } = pairFiles(setDir, pair.id);
      const report = await reportBetween(base, revision);
      outcomes.push({ ...pair, said: report.bump === 'major', report });
    } catch (error) {
      outcomes.push({ ...pair, error: (error as Error).message.split('\n')[0] });
    }
  }
  return outcomes;
}

export function agreementOf(outcomes: readonly PairOutcome[]): Agreement {
  const judged = outcomes.filter((outcome) => outcome.said !== undefined);
  const count = (test: (outcome: PairOutcome) => boolean) => judged.filter(test).length;
  return {
    pairs: judged.length,
    agree: count((o) => o.said === o.breaking),
    truePositive: count((o) => o.said === true && o.breaking),
    falsePositive: count((o) => o.said === true && !o.breaking),
    falseNegative: count((o) => o.said === false && o.breaking),
    unreadable: outcomes.length - judged.length,
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`);

export function formatAgreement(name: string, a: Agreement): string {
  const breaking = a.truePositive + a.falseNegative;
  return (
    `${name}: ${a.agree}/${a.pairs} agree (${percent(a.agree, a.pairs)}); ${breaking} breaking, ${a.pairs - breaking} not; ` +
    `precision ${percent(a.truePositive, a.truePositive + a.falsePositive)}, recall ${percent(a.truePositive, breaking)}; ` +
    `said major but labelled not ${a.falsePositive}, labelled breaking but not major ${a.falseNegative}; unreadable ${a.unreadable}`
  );
}

function formatDisagreements(outcomes: readonly PairOutcome[]): string[] {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.error !== undefined) lines.push(`  unreadable ${outcome.id}: ${outcome.error}`);
    if (outcome.said === undefined || outcome.said === outcome.breaking) continue;
    lines.push(`  ${outcome.breaking ? 'labelled breaking, not major' : 'major, labelled not'}: ${outcome.id}${outcome.config ? ` [${outcome.config}]` : ''} :: ${outcome.note}`);
    for (const change of (outcome.report?.changes ?? []).filter((c) => !outcome.said || c.level === 'breaking').slice(0, 5)) {
      lines.push(`      ${change.level} ${change.rule} ${change.pointer}: ${change.message}`);
    }
  }
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { show: { type: 'boolean', default: false }, 'default-config-only': { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) {
    console.error('usage: npm run change-labels -- <set folder>... [--show] [--default-config-only]');
    return 2;
  }
  const all: PairOutcome[] = [];
  let empty = false;
  // npm runs this in the generator workspace: a relative folder is the caller's, where npm was started.
  for (const setDir of positionals.map(resolveUserPath)) {
    const labels = readLabels(setDir).filter((pair) => !values['default-config-only'] || pair.config === '');
    const outcomes = await judgePairs(setDir, labels);
    const agreement = agreementOf(outcomes);
    console.log(formatAgreement(path.basename(setDir), agreement));
    if (values.show) for (const line of formatDisagreements(outcomes)) console.log(line);
    if (agreement.pairs === 0) empty = true;
    all.push(...outcomes);
  }
  if (positionals.length > 1) console.log(formatAgreement('all', agreementOf(all)));
  if (empty) console.error('error: a set has no readable pair');
  return empty ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
