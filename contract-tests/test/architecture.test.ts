// The shape of contract-tests/src: one folder per pipeline stage, imports only pointing down the stages, no cycles
// (dependency-cruiser's rules in the root .dependency-cruiser.cjs), and no generated client imported by name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, '..');
const src = path.join(packageRoot, 'src');

/** Bottom to top: a module may import its own folder's modules and those of lower layers, never higher ones. */
const LAYERS: [layer: string, members: string[]][] = [
  ['vocabulary', ['rules.ts', 'redact.ts', 'paths.ts']],
  ['findings', ['findings.ts']],
  ['spec', ['spec/']],
  ['plan', ['plan/']],
  ['client', ['client/']],
  ['call', ['call/']],
  ['oracles', ['oracles/']],
  ['gates', ['gates/']],
  ['report', ['report/']],
  ['pipeline', ['pipeline/']],
  ['mutation', ['mutation/']],
  ['corpus', ['corpus/']],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports (static, dynamic and type-only) of a file, as files. */
function importsOf(file: string): { relative: string[]; packages: string[] } {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const specifiers = info.importedFiles.map((imported) => imported.fileName);
  return {
    relative: specifiers.filter((name) => name.startsWith('.')).map((name) => path.resolve(path.dirname(file), name).replace(/\.js$/, '.ts')),
    packages: specifiers.filter((name) => !name.startsWith('.')),
  };
}

const modules = files(src);
const graph = new Map(modules.map((file) => [file, importsOf(file).relative]));
const name = (file: string) => path.relative(src, file).split(path.sep).join('/');

function layerOf(file: string): number {
  const relative = name(file);
  const index = LAYERS.findIndex(([, members]) => members.some((member) => (member.endsWith('/') ? relative.startsWith(member) : relative === member)));
  if (index < 0) throw new Error(`src/${relative} is in no layer of test/architecture.test.ts`);
  return index;
}

describe('contract-tests/src', () => {
  test('has one folder per stage of the pipeline', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(folders).toEqual(['call', 'client', 'corpus', 'gates', 'mutation', 'oracles', 'pipeline', 'plan', 'report', 'spec']);
  });

  test('every module is in a layer, and every relative import resolves to a module', () => {
    for (const [file, imports] of graph) {
      layerOf(file);
      for (const target of imports) expect(modules, `${name(file)} imports ${target}`).toContain(target);
    }
  });

  // Imports pointing down the stages and the absence of cycles are dependency-cruiser's rules (.dependency-cruiser.cjs
  // at the root, run by `npm test` as //#deps; generator/test/dependency-rules.test.ts proves them).

  test('src, bin and bench never import a generated client by package name (it is loaded from the config\'s folder)', () => {
    const offenders = [...modules, ...files(path.join(packageRoot, 'bin')), ...files(path.join(packageRoot, 'bench'))].filter((file) =>
      importsOf(file).packages.some((specifier) => specifier.startsWith('@periskope/periskope-client')),
    );
    expect(offenders.map((file) => path.relative(packageRoot, file))).toEqual([]);
  });
});
