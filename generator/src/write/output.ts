import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE } from './manifest.js';

/** One file of the output package, as the emitters produced it. */
export interface GeneratedFile {
  /** Relative to the output folder, with `/` separators. */
  path: string;
  content: string;
}

/** Folders and files in an output folder that belong to builds and installs, never to the generator. */
const IGNORED_NAMES = new Set(['node_modules', 'dist', '.turbo', MANIFEST_FILE]);
const IGNORED_SUFFIXES = ['.tgz', '.tsbuildinfo'];

/** How a generated file starts; lets us delete only stale files that we wrote ourselves. */
const OUR_MARKERS = ['// Generated from ', '{\n  "//": "Generated from ', '<!-- Generated from '];

export interface OutputComparison {
  stale: string[];
  missing: string[];
  extra: string[];
  unchanged: string[];
}

export async function compareOutput(outDir: string, files: GeneratedFile[]): Promise<OutputComparison> {
  const result: OutputComparison = { stale: [], missing: [], extra: [], unchanged: [] };
  const wanted = new Set(files.map((file) => file.path));
  for (const file of files) {
    const current = await readIfExists(path.join(outDir, file.path));
    if (current === undefined) result.missing.push(file.path);
    else if (current === file.content) result.unchanged.push(file.path);
    else result.stale.push(file.path);
  }
  for (const existing of await listFiles(outDir)) if (!wanted.has(existing)) result.extra.push(existing);
  return result;
}

export interface WriteSummary {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Extra files left in place because we did not write them. */
  kept: string[];
}

/**
 * Writes every file to a temporary name first, then renames them into place, so a failure while writing
 * leaves the previous output as it was. Unchanged files are not touched (their timestamps stay, which keeps
 * incremental builds and caches warm). Stale files that carry our header are removed.
 */
export async function writeOutput(outDir: string, files: GeneratedFile[]): Promise<WriteSummary> {
  const comparison = await compareOutput(outDir, files);
  const toWrite = files.filter((file) => !comparison.unchanged.includes(file.path));
  const suffix = `.tmp-${process.pid}`;
  const staged: string[] = [];
  try {
    for (const file of toWrite) {
      const target = path.join(outDir, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target + suffix, file.content);
      staged.push(target);
    }
  } catch (error) {
    await Promise.all(staged.map((target) => rm(target + suffix, { force: true })));
    throw error;
  }
  for (const target of staged) await rename(target + suffix, target);

  const removed: string[] = [];
  const kept: string[] = [];
  for (const extra of comparison.extra) {
    const content = await readIfExists(path.join(outDir, extra));
    if (content !== undefined && OUR_MARKERS.some((marker) => content.startsWith(marker))) {
      await rm(path.join(outDir, extra));
      removed.push(extra);
    } else {
      kept.push(extra);
    }
  }
  return { written: toWrite.map((file) => file.path), unchanged: comparison.unchanged, removed, kept };
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Every file below `dir`, relative and with `/` separators, skipping build and install folders. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const result: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (IGNORED_NAMES.has(entry.name) || IGNORED_SUFFIXES.some((end) => entry.name.endsWith(end))) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) result.push(...(await listFiles(dir, relative)));
    else result.push(relative);
  }
  return result;
}
