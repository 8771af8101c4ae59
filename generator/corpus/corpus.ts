/**
 * The real-world corpus: every OpenAPI document in @readme/oas-examples (3.0 and 3.1, JSON and YAML, plus the
 * Swagger 2.0 ones, which must be refused) and GitHub's REST spec. Each document is generated into
 * corpus/.tmp/<name>/ and the output is type-checked under `strict`. A document must either produce output that
 * type-checks or be refused with a reason listed in EXPECTED_REFUSALS; failures caused by generator bugs that are
 * being fixed are listed, with a reproduction, in KNOWN_BUGS. Anything else, and any table entry that no longer
 * matches what happens, is an unexpected result.
 *
 * Both the JSON and the YAML variants of @readme/oas-examples are run: JSON is the superset (it alone has
 * response-empty-examples and the openapi-workshop/ documents), but the YAML files are not copies (4 of them
 * parse to different documents: other descriptions, a 3.1 parameters-style with different methods) and they go
 * through the YAML reader (line numbers, anchors, YAML-only syntax), which JSON never reaches. It costs about
 * 8 s. The Swagger 2.0 documents are run too, as expected refusals.
 *
 * Used by `npm run corpus` (corpus/run-corpus.ts) and by test/corpus.test.ts.
 */
import { readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { GeneratorError, generate, listOperations, writeOutput } from '../src/index.js';
import { CONSUMER_OPTIONS } from '../test/support/typecheck.js';

/** /work/main/generator/corpus */
export const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const GENERATOR_DIR = path.dirname(CORPUS_DIR);
export const REPO_DIR = path.dirname(GENERATOR_DIR);
export const OAS_EXAMPLES_DIR = path.join(REPO_DIR, 'node_modules', '@readme', 'oas-examples');
export const GITHUB_SPEC = path.join(REPO_DIR, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
/** Where `npm run corpus` writes; the test passes its own folder below it so both can run at once. */
export const DEFAULT_OUT_ROOT = path.join(CORPUS_DIR, '.tmp');

export type CorpusSource = 'oas-examples' | 'github' | 'apis-guru' | 'peer-specs';

export interface CorpusSpec {
  /** Stable key used by the tables: `3.0/json/petstore.json` (relative to @readme/oas-examples) or `github/...`. */
  id: string;
  file: string;
  source: CorpusSource;
  /** Folder name below the output root. */
  outName: string;
}

export interface ExpectedRefusal {
  /** Must occur in the generator's error message. */
  fragment: string;
  /** Why refusing this document is the right behaviour. */
  why: string;
}

/**
 * Documents the generator must refuse, with the reason it must give. Keys are spec ids, or a folder prefix
 * ending in `/` that applies to every document below it.
 */
export const EXPECTED_REFUSALS: Record<string, ExpectedRefusal> = {
  '2.0/': {
    fragment: 'is not supported: convert it to OpenAPI 3 first',
    why: 'Swagger 2.0 is out of scope (README: "Swagger 2.0 is refused with a message to convert it first"); all 14 documents must get that message, not a half-generated client.',
  },
  // Only with `npm run corpus -- --apis-guru all` (or a sample that includes it).
  'apis-guru/mercedes-benz.com/configurator.json': {
    fragment: 'configurator.json:1:48851 (#/components/schemas/ProductGroup): openapi-typescript could not type the spec: Expected SchemaObject, received string',
    why: 'ProductGroup is `type: object` with `enum: ["PKW", "VAN", "SMART"]`: string members for an object type contradict each other, and openapi-typescript stops there. A refusal naming the line and the schema is right.',
  },
};

export interface KnownBug {
  /** Short name, shared by every document the bug affects. */
  name: string;
  /** Must occur in the failure message while the bug is present. */
  fragment: string;
  /** What goes wrong and why it is a bug, not an expected refusal. */
  what: string;
  /** Smallest document that shows it, and what the generator says. */
  repro: string;
}

const BUGS: { ids: string[]; bug: KnownBug }[] = [
];

/**
 * Valid documents the generator currently fails on because of a bug reported to the owner of generator/src.
 * Temporary: when a bug is fixed its entries stop reproducing, the run reports that as unexpected, and the
 * entries must be deleted.
 */
export const KNOWN_BUGS: Record<string, KnownBug> = Object.fromEntries(BUGS.flatMap(({ ids, bug }) => ids.map((id) => [id, bug])));

function yaml(...lines: string[]): string {
  return lines.join('\n');
}

/** Outputs of specs larger than this are type-checked in their own program; smaller ones share one. */
const OWN_PROGRAM_BYTES = 1024 * 1024;

/** Every document in the corpus, in a stable order. */
export function listCorpus(options: { oasExamples?: boolean; github?: boolean } = {}): CorpusSpec[] {
  const specs: CorpusSpec[] = [];
  if (options.oasExamples ?? true) {
    for (const version of ['2.0', '3.0', '3.1']) {
      for (const format of ['json', 'yaml']) {
        const dir = path.join(OAS_EXAMPLES_DIR, version, format);
        const files = (readdirSync(dir, { recursive: true }) as string[])
          .map((file) => file.split(path.sep).join('/'))
          .filter((file) => /\.(json|ya?ml)$/.test(file))
          .sort();
        for (const file of files) {
          const id = `${version}/${format}/${file}`;
          specs.push({ id, file: path.join(dir, file), source: 'oas-examples', outName: id.replace(/\.(json|ya?ml)$/, '').replace(/\//g, '-') });
        }
      }
    }
  }
  if (options.github ?? true) {
    specs.push({ id: 'github/api.github.com.json', file: GITHUB_SPEC, source: 'github', outName: 'github' });
  }
  return specs;
}

export function sourceOfId(id: string): CorpusSource {
  if (id.startsWith('apis-guru/')) return 'apis-guru';
  if (id.startsWith('peer-specs/')) return 'peer-specs';
  return id.startsWith('github/') ? 'github' : 'oas-examples';
}

export function expectedRefusalFor(id: string): ExpectedRefusal | undefined {
  if (EXPECTED_REFUSALS[id]) return EXPECTED_REFUSALS[id];
  const prefix = Object.keys(EXPECTED_REFUSALS)
    .filter((key) => key.endsWith('/') && id.startsWith(key))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? undefined : EXPECTED_REFUSALS[prefix];
}

/** What happened to one document. */
export type Outcome =
  | { kind: 'ok' }
  /** The generator refused it with a GeneratorError (its deliberate, user-facing error). */
  | { kind: 'refused'; message: string }
  /** Anything else: a crash, output that does not type-check, operations lost on the way. */
  | { kind: 'failed'; stage: 'generate' | 'write' | 'typecheck' | 'operations'; message: string };

export type Verdict = 'ok' | 'expected-refusal' | 'known-bug' | 'unexpected';

export interface SpecResult {
  spec: CorpusSpec;
  /** Operations in the document (counted independently of the generator), when it could be read. */
  operations?: number;
  warnings: number;
  outcome: Outcome;
  /** generate() in memory plus writing the files. */
  generateMs: number;
  /** Time spent checking this spec's files (its share of a shared program, see CorpusReport.sharedProgramMs). */
  typeCheckMs?: number;
  verdict: Verdict;
  /** For `unexpected`: what is wrong and what to do. */
  problem?: string;
}

export interface CorpusReport {
  results: SpecResult[];
  /** Table entries that match no document in this run (the table must stay honest). */
  staleEntries: string[];
  /** Creating the shared program(s) and the type checker: parsing, binding, lib files. Not attributed per spec. */
  sharedProgramMs: number;
  wallMs: number;
}

export interface RunOptions {
  /** Folder that receives one sub-folder per document. Default: corpus/.tmp */
  outRoot?: string;
  /** Report table entries that match no document (default true; turn off when running a filtered subset). */
  checkStaleEntries?: boolean;
  /** Called after each document is generated (progress for the CLI). */
  onGenerated?: (result: SpecResult) => void;
}

/** Generates every document, type-checks the outputs, and judges each result against the two tables. */
export async function runCorpus(specs: CorpusSpec[], options: RunOptions = {}): Promise<CorpusReport> {
  const started = performance.now();
  const outRoot = options.outRoot ?? DEFAULT_OUT_ROOT;
  const results: SpecResult[] = [];
  const generated: { result: SpecResult; outDir: string }[] = [];

  for (const spec of specs) {
    const outDir = path.join(outRoot, spec.outName);
    await rm(outDir, { recursive: true, force: true });
    const result: SpecResult = { spec, warnings: 0, outcome: { kind: 'ok' }, generateMs: 0, verdict: 'ok' };
    const t0 = performance.now();
    let stage: 'generate' | 'write' = 'generate';
    try {
      const output = await generate({ specPath: spec.file, packageName: `@corpus/${spec.outName.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`, clientName: 'CorpusApi' });
      result.warnings = output.warnings.length;
      stage = 'write';
      await writeOutput(outDir, output.files);
      result.generateMs = performance.now() - t0;
      const counted = countOperations(output.spec.document);
      result.operations = counted;
      if (counted !== output.model.operations.length) {
        result.outcome = {
          kind: 'failed',
          stage: 'operations',
          message: `the document has ${counted} operations but the client has ${output.model.operations.length}`,
        };
      } else {
        generated.push({ result, outDir });
      }
    } catch (error) {
      result.generateMs = performance.now() - t0;
      result.outcome =
        error instanceof GeneratorError
          ? { kind: 'refused', message: error.message }
          : { kind: 'failed', stage, message: `crashed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
    }
    results.push(result);
    options.onGenerated?.(result);
  }

  // Small outputs share one program (lib.dom.d.ts is parsed and bound once); big ones get their own.
  const shared = generated.filter(({ result }) => statSync(result.spec.file).size <= OWN_PROGRAM_BYTES);
  const alone = generated.filter((entry) => !shared.includes(entry));
  let sharedProgramMs = 0;
  for (const batch of [shared, ...alone.map((entry) => [entry])]) {
    if (batch.length > 0) sharedProgramMs += typeCheckBatch(batch);
  }

  for (const result of results) judge(result);
  const stale = options.checkStaleEntries === false ? [] : staleEntries(specs);
  return { results, staleEntries: stale, sharedProgramMs, wallMs: performance.now() - started };
}

/** Type-checks the outputs in one program; records per-spec time and failures. Returns the shared setup time. */
function typeCheckBatch(batch: { result: SpecResult; outDir: string }[]): number {
  const t0 = performance.now();
  const rootNames = batch.flatMap(({ outDir }) => listTsFiles(path.join(outDir, 'src')));
  const program = ts.createProgram({ rootNames, options: CONSUMER_OPTIONS });
  // Creating the checker (merging lib globals) is shared work; do it before timing individual specs.
  const globalDiagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  const setupMs = performance.now() - t0;

  for (const { result, outDir } of batch) {
    const t1 = performance.now();
    const prefix = outDir + path.sep;
    const diagnostics: ts.Diagnostic[] = [];
    for (const file of program.getSourceFiles()) {
      if (!path.resolve(file.fileName).startsWith(prefix)) continue;
      diagnostics.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file));
    }
    result.typeCheckMs = performance.now() - t1;
    const all = [...globalDiagnostics, ...diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (all.length > 0) {
      result.outcome = {
        kind: 'failed',
        stage: 'typecheck',
        message: `${all.length} type error${all.length === 1 ? '' : 's'}: ${formatDiagnostics(all.slice(0, 3), outDir)}`,
      };
    }
  }
  return setupMs;
}

function formatDiagnostics(diagnostics: ts.Diagnostic[], base: string): string {
  return diagnostics
    .map((diagnostic) => {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${text}`;
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return `${path.relative(base, diagnostic.file.fileName)}:${line + 1}:${character + 1} TS${diagnostic.code} ${text}`;
    })
    .join(' | ');
}

function listTsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => path.join(dir, file));
}

function outcomeMessage(outcome: Outcome): string {
  return outcome.kind === 'ok' ? 'ok' : outcome.message;
}

function judge(result: SpecResult): void {
  const { id } = result.spec;
  const { outcome } = result;
  const bug = KNOWN_BUGS[id];
  const expected = expectedRefusalFor(id);
  if (bug) {
    if (outcome.kind !== 'ok' && outcomeMessage(outcome).includes(bug.fragment)) result.verdict = 'known-bug';
    else {
      result.verdict = 'unexpected';
      result.problem =
        outcome.kind === 'ok'
          ? `known bug no longer reproduces (the document now generates and type-checks): delete its KNOWN_BUGS entry in corpus/corpus.ts`
          : `known bug fails differently now: expected "${bug.fragment}", got: ${outcome.message}`;
    }
  } else if (expected) {
    if (outcome.kind === 'refused' && outcome.message.includes(expected.fragment)) result.verdict = 'expected-refusal';
    else {
      result.verdict = 'unexpected';
      result.problem =
        outcome.kind === 'ok'
          ? `expected a refusal containing "${expected.fragment}" but the document generated and type-checked: update EXPECTED_REFUSALS`
          : `expected a refusal containing "${expected.fragment}", got ${outcome.kind === 'refused' ? 'refusal' : `${outcome.stage} failure`}: ${outcome.message}`;
    }
  } else if (outcome.kind === 'ok') {
    result.verdict = 'ok';
  } else {
    result.verdict = 'unexpected';
    result.problem =
      outcome.kind === 'refused' ? `unexpectedly refused: ${outcome.message}` : `${outcome.stage} failed: ${outcome.message}`;
  }
}

/** Entries of either table that match no document of a source included in this run. */
export function staleEntries(specs: CorpusSpec[], options: { sampled?: CorpusSource[] } = {}): string[] {
  // A source run in part (an APIs.guru sample) cannot tell a stale entry from one for a document left out.
  const sources = new Set(specs.map((spec) => spec.source).filter((source) => !options.sampled?.includes(source)));
  const stale: string[] = [];
  for (const [table, keys] of [
    ['EXPECTED_REFUSALS', Object.keys(EXPECTED_REFUSALS)],
    ['KNOWN_BUGS', Object.keys(KNOWN_BUGS)],
  ] as const) {
    for (const key of keys) {
      if (!sources.has(sourceOfId(key))) continue;
      const matches = key.endsWith('/') ? specs.some((spec) => spec.id.startsWith(key)) : specs.some((spec) => spec.id === key);
      if (!matches) stale.push(`${table}["${key}"] matches no document in the corpus`);
    }
  }
  return stale;
}

/** Operations under `paths`, counted by the document layer without the generator's model. */
export function countOperations(document: unknown): number {
  return listOperations(document, { mode: 'lenient' }).length;
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

function seconds(ms: number | undefined): string {
  if (ms === undefined) return '-';
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function clip(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= width ? oneLine : `${oneLine.slice(0, width - 1)}…`;
}

/** The result column: ok / refused: reason / KNOWN BUG: reason / FAILED: reason. */
export function resultText(result: SpecResult): string {
  switch (result.verdict) {
    case 'ok':
      return 'ok';
    case 'expected-refusal':
      return `refused: ${outcomeMessage(result.outcome).replace(result.spec.file, '<spec>')}`;
    case 'known-bug':
      return `KNOWN BUG: ${outcomeMessage(result.outcome).replace(result.spec.file, '<spec>')}`;
    case 'unexpected':
      return `FAILED: ${(result.problem ?? '').replaceAll(result.spec.file, '<spec>')}`;
  }
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function formatTable(report: CorpusReport, options: { resultWidth?: number } = {}): string {
  const resultWidth = options.resultWidth ?? 90;
  const rows = report.results.map((r) => [
    r.spec.id,
    r.operations === undefined ? '-' : String(r.operations),
    String(r.warnings),
    clip(resultText(r), resultWidth),
    seconds(r.generateMs),
    seconds(r.typeCheckMs),
  ]);
  const header = ['spec', 'ops', 'warn', 'result', 'generate', 'type-check'];
  const right = [false, true, true, false, true, true];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i]!, right[i])).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows) out.push(line(row));
  out.push('', formatTotals(report));
  return out.join('\n');
}

export function formatTotals(report: CorpusReport): string {
  const count = (verdict: Verdict) => report.results.filter((r) => r.verdict === verdict).length;
  const sum = (pick: (r: SpecResult) => number | undefined) => report.results.reduce((total, r) => total + (pick(r) ?? 0), 0);
  const okOps = report.results.filter((r) => r.verdict === 'ok').reduce((total, r) => total + (r.operations ?? 0), 0);
  const lines = [
    `documents: ${report.results.length}  ok: ${count('ok')}  expected refusals: ${count('expected-refusal')}  known bugs: ${count('known-bug')}  unexpected: ${count('unexpected')}${report.staleEntries.length ? `  stale table entries: ${report.staleEntries.length}` : ''}`,
    `operations generated and type-checked: ${okOps}`,
    `time: generate ${seconds(sum((r) => r.generateMs))}, type-check ${seconds(sum((r) => r.typeCheckMs))} per spec + ${seconds(report.sharedProgramMs)} shared (program creation, lib files), wall ${seconds(report.wallMs)}`,
  ];
  const unexpected = report.results.filter((r) => r.verdict === 'unexpected');
  if (unexpected.length > 0) {
    lines.push('', 'UNEXPECTED RESULTS:');
    for (const r of unexpected) lines.push(`  ${r.spec.id}: ${r.problem}`);
  }
  for (const entry of report.staleEntries) lines.push(`  STALE: ${entry}`);
  return lines.join('\n');
}

/** The two tables, grouped: each expected refusal and each known bug once, with the documents it covers. */
export function formatTables(options: { repro?: boolean } = {}): string {
  const lines: string[] = ['Expected refusals (EXPECTED_REFUSALS in corpus/corpus.ts):'];
  const group = <T>(table: Record<string, T>) => {
    const groups = new Map<T, string[]>();
    for (const [key, value] of Object.entries(table)) groups.set(value, [...(groups.get(value) ?? []), key]);
    return [...groups];
  };
  for (const [refusal, keys] of group(EXPECTED_REFUSALS)) {
    lines.push(`  "${refusal.fragment}"`, `    documents: ${keys.join(', ')}`, `    why: ${refusal.why}`);
  }
  const bugs = group(KNOWN_BUGS);
  lines.push('', `Known bugs (KNOWN_BUGS in corpus/corpus.ts; temporary, each entry must still reproduce): ${bugs.length}`);
  for (const [bug, keys] of bugs) {
    lines.push(`  ${bug.name}: "${bug.fragment}"`, `    documents: ${keys.join(', ')}`, `    what: ${bug.what}`);
    if (options.repro) lines.push(...bug.repro.split('\n').map((line) => `    | ${line}`));
  }
  return lines.join('\n');
}

export function unexpectedCount(report: CorpusReport): number {
  return report.results.filter((r) => r.verdict === 'unexpected').length + report.staleEntries.length;
}
