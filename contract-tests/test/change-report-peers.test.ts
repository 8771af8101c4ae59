/**
 * The change report on the peer generators' 343 test documents (../shared/peer-specs, skipped when absent): each
 * document against itself, and against a copy with its keys reordered, is "none", and the spec edits whose meaning does not depend on context get the same
 * verdict everywhere they apply. (Others, such as making a request property optional, are rightly major where
 * the schema is shared with a response.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { changeReport, type Bump } from '@periskope-tools/generator';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { operators } from '../src/mutation/operators/index.js';

const PEERS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'peer-specs');
const present = existsSync(path.join(PEERS, 'list.txt'));

/** Operators whose bump is the same in every document. */
const EXPECTED: Record<string, Bump> = {
  'remove-operation': 'major',
  'rename-path': 'major',
  'change-method': 'major',
  'rename-operation-id': 'major',
  'add-required-query-parameter': 'major',
  'add-required-header-parameter': 'major',
  'add-required-path-parameter': 'major',
  'remove-response-property': 'major',
  'add-response-enum-value': 'major',
  'remove-response-status': 'major',
  'add-operation-security': 'major',
  'add-operation': 'minor',
  'add-optional-query-parameter': 'minor',
  'add-optional-response-property': 'minor',
  'reword-operation-docs': 'patch',
  'add-extension': 'none',
  'reorder-properties': 'none',
  'reorder-parameters': 'none',
};

function documents(): [string, unknown][] {
  const list = readFileSync(path.join(PEERS, 'list.txt'), 'utf8').split('\n').filter(Boolean);
  return list.flatMap((file): [string, unknown][] => {
    try {
      const text = readFileSync(path.join(PEERS, file), 'utf8');
      return [[file, file.endsWith('.json') ? JSON.parse(text) : parse(text)]];
    } catch {
      return []; // a deliberately broken fixture: nothing to compare
    }
  });
}

describe.skipIf(!present)('change report on the peer specs', () => {
  const docs = present ? documents() : [];

  test('every document compared with itself: no change', () => {
    expect(docs.length).toBeGreaterThan(300);
    const changed = docs.filter(([, doc]) => changeReport(doc, structuredClone(doc)).bump !== 'none').map(([file]) => file);
    expect(changed).toEqual([]);
  });

  test('every document against a copy with each object\'s keys in reverse order: no change', () => {
    // A spec reformatted with sorted keys changes nothing a caller sees. Arrays keep their order (it means
    // something), and so do the operations: the generator hands a contested method name to the first one, so
    // reordering paths can really rename a method (the report says so).
    const reversed = (value: unknown, keepOrder = false): unknown => {
      if (Array.isArray(value)) return value.map((item) => reversed(item));
      if (value === null || typeof value !== 'object') return value;
      const keys = keepOrder ? Object.keys(value) : Object.keys(value).reverse();
      return Object.fromEntries(keys.map((key) => [key, reversed((value as Record<string, unknown>)[key], key === 'paths')]));
    };
    const changed = docs
      .map(([file, doc]) => [file, changeReport(doc, reversed(doc)).changes] as const)
      .filter(([, changes]) => changes.length > 0)
      .map(([file, changes]) => `${file}: ${changes.slice(0, 2).map((c) => `${c.rule} ${c.pointer}`).join('; ')}`);
    expect(changed).toEqual([]);
  });

  test('context-free edits get their one verdict in every document', () => {
    const wrong: string[] = [];
    let applied = 0;
    for (const operator of operators.filter((op) => op.name in EXPECTED)) {
      for (const [file, doc] of docs) {
        const mutant = operator.apply(doc);
        if (!mutant) continue;
        applied++;
        const bump = changeReport(doc, mutant.document).bump;
        if (bump !== EXPECTED[operator.name]) wrong.push(`${operator.name} on ${file}: ${bump}, want ${EXPECTED[operator.name]}`);
      }
    }
    expect(applied).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
  }, 300_000);
});
