import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interfaceSnapshot } from '@periskope-tools/generator';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { diffInterface, DRIFT_RULES } from '../src/gates/drift.js';
import { operators } from '../src/mutation/operators/index.js';
import { RULES } from '../src/rules.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures', 'mutation');
const read = (operator: string, file: 'before.yaml' | 'after.yaml') => parse(readFileSync(path.join(fixtures, operator, file), 'utf8')) as unknown;

/** Breaking edits src/drift.ts cannot report yet: their detection test is `test.fails` until it can. None today. */
const KNOWN_DRIFT_GAPS = new Set<string>();

describe('the mutation operator catalogue', () => {
  test('has at least 25 operators with unique kebab-case names, breaking and harmless ones', () => {
    expect(operators.length).toBeGreaterThanOrEqual(25);
    const names = operators.map((operator) => operator.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(operators.filter((operator) => operator.breaking).length).toBeGreaterThanOrEqual(25);
    expect(operators.filter((operator) => !operator.breaking).length).toBeGreaterThanOrEqual(5);
  });

  test('every breaking operator names the rule that must catch it; harmless ones name none', () => {
    for (const operator of operators) {
      if (operator.breaking) expect(Object.keys(RULES), operator.name).toContain(operator.rule);
      else expect(operator.rule, operator.name).toBeUndefined();
    }
  });

  test('each operator lives in the module of its area', async () => {
    const modules = new Map<string, string[]>();
    for (const file of readdirSync(path.join(here, '..', 'src', 'mutation', 'operators'))) {
      if (file === 'index.ts' || file === 'define.ts') continue;
      const source = readFileSync(path.join(here, '..', 'src', 'mutation', 'operators', file), 'utf8');
      modules.set(file.replace(/\.ts$/, ''), [...source.matchAll(/name: '([a-z-]+)'/g)].map((match) => match[1]!));
    }
    for (const operator of operators) expect(modules.get(operator.category.replace(/ /g, '-')), operator.name).toContain(operator.name);
  });

  test('every operator has a fixture pair, and every fixture folder an operator', () => {
    const folders = readdirSync(fixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual(operators.map((operator) => operator.name).sort());
  });

  test('operators find no target in a document without operations, and reject non-documents', () => {
    const empty = { openapi: '3.0.3', info: { title: 'empty', version: '1' }, paths: {} };
    for (const operator of operators) {
      expect(operator.apply(empty), operator.name).toBeNull();
      expect(operator.apply(null), operator.name).toBeNull();
    }
  });
});

describe.each(operators.map((operator) => [operator.name, operator] as const))('%s', (name, operator) => {
  test('apply(before.yaml) deep-equals after.yaml, with a description, leaving its input untouched', () => {
    const before = read(name, 'before.yaml');
    const untouched = structuredClone(before);
    const result = operator.apply(before);
    expect(result, 'the operator found its target in before.yaml').not.toBeNull();
    expect(result!.document).toEqual(read(name, 'after.yaml'));
    expect(result!.description.length).toBeGreaterThan(0);
    expect(before).toEqual(untouched);
  });

  test('is deterministic', () => {
    const before = read(name, 'before.yaml');
    expect(operator.apply(before)).toEqual(operator.apply(before));
  });

  const detection = operator.breaking
    ? `the drift check reports the mutant as breaking, under the rule the operator names (${operator.rule})`
    : 'the drift check reports no breaking change for the mutant';
  const run = KNOWN_DRIFT_GAPS.has(name) ? test.fails : test;
  run(detection, () => {
    const breaking = diffInterface(interfaceSnapshot(read(name, 'before.yaml')), read(name, 'after.yaml')).filter((drift) => drift.breaking);
    if (!operator.breaking) {
      expect(breaking, 'breaking drifts').toEqual([]);
      return;
    }
    // Every rule named today is a drift rule; one that names another stage's rule needs the whole pipeline (npm run mutation).
    expect(DRIFT_RULES as readonly string[], 'a drift rule').toContain(operator.rule);
    expect(breaking.map((drift) => drift.rule), 'rules of the breaking drifts').toContain(operator.rule);
  });
});
