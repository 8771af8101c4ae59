import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { agreementOf, judgePairs, readLabels } from '../corpus/change-labels.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'change-labels-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function document(paths: Record<string, unknown>, description = 'Pets'): string {
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'Pets', version: '1.0.0', description }, paths });
}
const listPets = { '/pets': { get: { operationId: 'listPets', responses: { '200': { description: 'ok' } } } } };
const withCats = { ...listPets, '/cats': { get: { operationId: 'listCats', responses: { '200': { description: 'ok' } } } } };

/** A set folder: labels.tsv and cases/<id>/{base,revision}.json (a missing document is left out). */
function writeSet(name: string, pairs: { id: string; verdict: string; config?: string; base?: string; revision?: string }[]): string {
  const dir = path.join(root, name);
  for (const pair of pairs) {
    mkdirSync(path.join(dir, 'cases', pair.id), { recursive: true });
    if (pair.base) writeFileSync(path.join(dir, 'cases', pair.id, 'base.json'), pair.base);
    if (pair.revision) writeFileSync(path.join(dir, 'cases', pair.id, 'revision.json'), pair.revision);
  }
  writeFileSync(path.join(dir, 'labels.tsv'), pairs.map((p) => [p.id, p.verdict, 'test', p.config ?? '', `note ${p.id}`].join('\t')).join('\n') + '\n');
  return dir;
}

describe('change-labels: the report judged against labelled pairs', () => {
  test('counts agreement, both kinds of disagreement and unreadable pairs', async () => {
    const dir = writeSet('mixed', [
      { id: 'removed', verdict: 'breaking', base: document(withCats), revision: document(listPets) },
      { id: 'added', verdict: 'not', base: document(listPets), revision: document(withCats) },
      { id: 'reworded', verdict: 'breaking', base: document(listPets), revision: document(listPets, 'All the pets') },
      { id: 'grown', verdict: 'not', config: 'single check', base: document(withCats), revision: document(listPets) },
      { id: 'half', verdict: 'not', base: document(listPets) },
    ]);
    const outcomes = await judgePairs(dir, readLabels(dir));
    expect(agreementOf(outcomes)).toEqual({ pairs: 4, agree: 2, truePositive: 1, falsePositive: 1, falseNegative: 1, unreadable: 1 });
    expect(outcomes.find((o) => o.id === 'half')?.error).toMatch(/no revision\.yaml, \.yml or \.json/);
  });

  test('reads `default` as no configuration and refuses a verdict it does not know, with file and line', () => {
    const dir = writeSet('labels', [{ id: 'a', verdict: 'not', config: 'default' }]);
    expect(readLabels(dir)[0]?.config).toBe('');
    const bad = writeSet('bad', [{ id: 'a', verdict: 'not' }, { id: 'b', verdict: 'maybe' }]);
    expect(() => readLabels(bad)).toThrow(/labels\.tsv:2: the verdict is "maybe"/);
  });
});
