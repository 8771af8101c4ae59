/**
 * Every peer fixture (../shared/peer-specs, skipped when absent: a user's clone has none) compared with itself,
 * and with a copy whose object keys are all reversed, gives an empty report: the walk finds no difference that is
 * not there, whatever the order of paths, properties or responses. A document the report refuses (Swagger 2.0, a
 * remote `$ref`) must say why.
 */
import { describe, expect, test } from 'vitest';
import { listPeerSpecs } from '../../corpus/peer-specs.js';
import { changeReport } from '../../src/changes/index.js';
import { readDocument } from '../../src/changes/read-document.js';

const specs = listPeerSpecs();

/** A deep copy with every object's keys in reverse order (arrays keep theirs: their order means something). */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).reverse().map((key) => [key, reversed((value as Record<string, unknown>)[key])]));
}

describe.skipIf(specs.length === 0)('change report: peer fixtures against themselves', () => {
  test(`${specs.length} documents: no change against itself or its keys reordered`, async () => {
    const reported: string[] = [];
    let compared = 0;
    for (const spec of specs) {
      const document = await readDocument(spec.file).then(
        (read) => read.document,
        (error: Error) => {
          expect(error.message, spec.id).toMatch(/Swagger 2\.0 is not supported|\$ref/);
          return undefined;
        },
      );
      if (document === undefined) continue;
      compared++;
      for (const other of [document, reversed(document)]) {
        const report = changeReport(document, other);
        if (report.changes.length > 0) reported.push(`${spec.id}: ${report.changes.slice(0, 2).map((c) => `${c.rule} ${c.pointer}`).join('; ')}`);
      }
    }
    expect(reported).toEqual([]);
    // Nearly all of them are read: a run that compared few is not a result.
    expect(compared).toBeGreaterThan(specs.length * 0.9);
  }, 120_000);
});
