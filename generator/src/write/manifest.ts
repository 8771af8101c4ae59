import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A small file in the output folder recording what the output was generated from (a hash of the spec's
 * bytes, the options and the generator itself) and the hash of every file written. When a later run finds
 * the same inputs and untouched files, it has nothing to do and skips loading the spec, Redocly,
 * openapi-typescript and ts-morph altogether. Deleting the file only costs one full run.
 */
export const MANIFEST_FILE = '.generator-manifest.json';

/** Bump when the manifest's meaning changes. */
const MANIFEST_FORMAT = 1;

export interface Manifest {
  /** sha256 of everything the output depends on: see `inputHash`. */
  input: string;
  /** sha256 of each generated file, by its path relative to the output folder. */
  files: Record<string, string>;
  /** The warnings of the run that wrote the output, printed again when a later run skips. */
  warnings: string[];
}

export interface ManifestInputs {
  specSha256: string;
  /** The spec's file name, which the output's headers carry. */
  specName: string;
  packageName: string;
  clientName: string;
  /** Other options that change the output (the config's pagination declarations), as JSON. */
  options?: string;
}

/** Generator root: the folder holding package.json, src/ (or dist/) and templates/. */
const GENERATOR_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The code that is running: dist/ when run from the build, src/ under tsx or vitest. */
const CODE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Libraries whose version changes the output. */
const OUTPUT_DEPENDENCIES = ['openapi-typescript', '@redocly/openapi-core', 'ts-morph', 'typescript', 'yaml'];

let fingerprint: Promise<string> | undefined;

/**
 * A hash of the generator itself: its code, the runtime templates and the versions of the libraries that
 * shape the output. Any change to them makes every manifest stale.
 */
export function generatorFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha256');
    const files = (await listCode(CODE_DIR)).sort();
    for (const file of files) hash.update(`${path.relative(CODE_DIR, file)}\0`).update(await readFile(file)).update('\0');
    const templates = path.join(GENERATOR_ROOT, 'templates');
    for (const name of (await readdir(templates)).sort()) hash.update(`${name}\0`).update(await readFile(path.join(templates, name))).update('\0');
    for (const name of ['@periskope-tools/generator', ...OUTPUT_DEPENDENCIES]) hash.update(`\0${name}@${await versionOf(name)}`);
    return hash.digest('hex');
  })();
  return fingerprint;
}

async function listCode(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(js|ts)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function versionOf(name: string): Promise<string> {
  const candidates =
    name === '@periskope-tools/generator'
      ? [path.join(GENERATOR_ROOT, 'package.json')]
      : ancestors(GENERATOR_ROOT).map((dir) => path.join(dir, 'node_modules', name, 'package.json'));
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    try {
      return String((JSON.parse(await readFile(file, 'utf8')) as { version?: unknown }).version);
    } catch {
      return 'unreadable';
    }
  }
  return 'missing';
}

function ancestors(dir: string): string[] {
  const result = [dir];
  for (let parent = path.dirname(dir); parent !== result[result.length - 1]; parent = path.dirname(parent)) result.push(parent);
  return result;
}

/** One hash over the spec's bytes, the options that reach the output, and the generator. */
export async function inputHash(inputs: ManifestInputs): Promise<string> {
  const parts = [MANIFEST_FORMAT, inputs.specSha256, inputs.specName, inputs.packageName, inputs.clientName, inputs.options ?? '', await generatorFingerprint()];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function manifestText(manifest: Manifest): string {
  const ordered = {
    '//': 'Written by @periskope-tools/generator so an unchanged spec is not regenerated. Safe to delete.',
    input: manifest.input,
    files: manifest.files,
    warnings: manifest.warnings,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { input, files, warnings } = parsed as Record<string, unknown>;
  if (typeof input !== 'string' || files === null || typeof files !== 'object' || Array.isArray(files)) return undefined;
  if (!Object.values(files).every((value) => typeof value === 'string')) return undefined;
  const list = Array.isArray(warnings) ? warnings.filter((warning): warning is string => typeof warning === 'string') : [];
  return { input, files: files as Record<string, string>, warnings: list };
}

/** Written after the output, through a temporary name, so a half-written manifest never exists. */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const target = path.join(outDir, MANIFEST_FILE);
  const text = manifestText(manifest);
  // Unchanged: leave the file (and its timestamp) alone, like every other output file.
  if (await readFile(target, 'utf8').then((current) => current === text, () => false)) return;
  const temporary = `${target}.tmp-${process.pid}`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Whether `outDir` already holds what `inputs` produce: the manifest's input hash matches and every file it
 * lists is there with its recorded hash (so a hand-edited or deleted file means a full run). Never throws.
 */
export async function isUpToDate(outDir: string, input: string): Promise<Manifest | undefined> {
  const manifest = await readManifest(outDir);
  if (!manifest || manifest.input !== input) return undefined;
  const entries = Object.entries(manifest.files);
  if (entries.length === 0) return undefined;
  for (const [file, hash] of entries) {
    if (file.split('/').includes('..') || path.isAbsolute(file)) return undefined;
    let content: Buffer;
    try {
      content = await readFile(path.join(outDir, file));
    } catch {
      return undefined;
    }
    if (sha256(content) !== hash) return undefined;
  }
  return manifest;
}
