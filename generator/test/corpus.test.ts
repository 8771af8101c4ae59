/**
 * The real-world corpus (corpus/corpus.ts) as a test: every document of @readme/oas-examples and GitHub's REST
 * spec either generates a client that type-checks under `strict`, or is refused with the reason listed in
 * EXPECTED_REFUSALS. Generator bugs that are being fixed are listed in KNOWN_BUGS (with a reproduction) and must
 * still reproduce; a fixed one fails here until its entry is deleted, so neither table can go stale.
 *
 * About 35 s on 2 cores, GitHub's spec included. `npm run corpus` prints the same run as a table (and can add a
 * sample of the APIs.guru directory with --apis-guru). Set CORPUS_GITHUB=0 to leave GitHub's spec out.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  CORPUS_DIR,
  KNOWN_BUGS,
  expectedRefusalFor,
  formatTable,
  listCorpus,
  runCorpus,
  type CorpusReport,
  type SpecResult,
} from '../corpus/corpus.js';

const specs = listCorpus({ oasExamples: true, github: process.env.CORPUS_GITHUB !== '0' });
let report: CorpusReport;

function label(id: string): string {
  if (KNOWN_BUGS[id]) return `${id} [known bug: still reproduces]`;
  if (expectedRefusalFor(id)) return `${id} [refused as expected]`;
  return `${id} generates and type-checks`;
}

function describeResult(result: SpecResult | undefined): string {
  if (!result) return 'not run';
  return result.verdict === 'unexpected' ? `UNEXPECTED: ${result.problem}` : 'as expected';
}

describe('real-world corpus', () => {
  beforeAll(async () => {
    // Its own output folder, so `npm run corpus` can run at the same time.
    report = await runCorpus(specs, { outRoot: path.join(CORPUS_DIR, '.tmp', 'vitest') });
    if (report.results.some((r) => r.verdict === 'unexpected') || report.staleEntries.length > 0) {
      console.log(formatTable(report));
    }
  }, 600_000);

  test.each(specs.map((spec) => [label(spec.id), spec.id] as const))('%s', (_label, id) => {
    expect(describeResult(report.results.find((r) => r.spec.id === id))).toBe('as expected');
  });

  test('every EXPECTED_REFUSALS and KNOWN_BUGS entry matches a document', () => {
    expect(report.staleEntries).toEqual([]);
  });
});
