import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * A V8 code cache for the CommonJS modules this thread requires (TypeScript, openapi-typescript, Redocly,
 * ts-morph: about 30 MB of JavaScript, 0.3-0.5 s of compiling per thread on every run). Node 22 has this built in
 * (`module.enableCompileCache`); Node 20 does not, so this is the same idea: `Module.prototype._compile` compiles
 * through `vm.Script` with the cached data of the previous run, and `save()` writes the code V8 has compiled by
 * then (lazily compiled functions included, which a cache taken at compile time would miss).
 *
 * The cache is keyed by each file's path and a hash of its text, and by Node's version and architecture (the
 * file name): a changed or upgraded module is compiled afresh and cached again. V8 rejects data it cannot use;
 * the module is then compiled as usual. Modules Node would load as ES modules (`require` of ESM) are left to
 * Node. Only code is cached, never a result: every run still does all the work on the spec.
 *
 * Each installation of the generator (each clone, each `node_modules`) has a file of its own: one file shared by
 * all of them grew with every checkout that ever ran (43 of them, 420 MB, on the machine this was found on),
 * and every run read all of it. A save removes the files of installations that no longer exist.
 */
export interface CompileCache {
  /** Modules compiled from cached data, and modules compiled afresh (a cold or outdated cache). */
  readonly stats: { hits: number; misses: number };
  /** Writes the cache if a module was compiled afresh; never throws (a cache that cannot be written is skipped). */
  save(): void;
}

/** Where the caches live: one file per `name` (one per thread, so that threads never write the same file). */
export function defaultCacheDir(): string {
  const user = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  return path.join(os.tmpdir(), `periskope-generator-compile-cache${user}`);
}

interface Entry {
  hash: string;
  start: number;
  end: number;
}

interface Index {
  /** The installation the cache belongs to; its file is removed once this folder is gone. */
  root?: string;
  entries: Record<string, Entry>;
}

/** The generator package this module belongs to (dist/pipeline/ → the package): the installation's key. */
const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type CompileFunction = (this: NodeModule, content: string, filename: string, format?: string) => unknown;

const installed = new Set<string>();

/**
 * Installs the cache on this thread (once per name; a second call returns a cache that does nothing). Set
 * PERISKOPE_NO_COMPILE_CACHE=1 to turn it off (the bench does, to measure a cold start).
 */
export function enableCompileCache(name: string, dir = defaultCacheDir(), root = PACKAGE_DIR): CompileCache {
  const stats = { hits: 0, misses: 0 };
  if (process.env.PERISKOPE_NO_COMPILE_CACHE || installed.has(name)) return { stats, save: () => {} };
  installed.add(name);
  const suffix = `-node${process.versions.node}-${process.arch}.bin`;
  const installKey = createHash('sha1').update(root).digest('hex').slice(0, 12);
  const file = path.join(dir, `${name}-${installKey}${suffix}`);
  const { index, blob } = readCache(file);
  const compiled = new Map<string, { hash: string; script: vm.Script }>();
  const moduleProto = (Module as unknown as { prototype: { _compile: CompileFunction } }).prototype;
  const original = moduleProto._compile;
  const internals = Module as unknown as {
    _resolveFilename(request: string, parent: NodeModule, isMain: boolean, options?: unknown): string;
    _resolveLookupPaths(request: string, parent: NodeModule): string[] | null;
    _extensions: unknown;
    _cache: unknown;
  };

  moduleProto._compile = function compileWithCache(this: NodeModule, content: string, filename: string, format?: string) {
    // ES modules, and anything that is not plain JavaScript in a file, are Node's to compile.
    if (format === 'module' || !/\.c?js$/.test(filename)) return original.apply(this, [content, filename, format]);
    const hash = createHash('sha1').update(content).digest('base64');
    const entry = index.entries[filename];
    const cachedData = entry?.hash === hash ? blob.subarray(entry.start, entry.end) : undefined;
    let script: vm.Script;
    try {
      script = new vm.Script(Module.wrap(stripShebang(content)), {
        filename,
        cachedData,
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
    } catch (error) {
      // A syntax error may be ES module syntax in a .js file: Node detects that and loads it as ESM.
      if (error instanceof SyntaxError) return original.apply(this, [content, filename, format]);
      throw error;
    }
    if (cachedData && !script.cachedDataRejected) stats.hits++;
    else stats.misses++;
    compiled.set(filename, { hash, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const module = this;
    const require = ((id: string) => module.require(id)) as NodeJS.Require;
    const resolve = ((request: string, options?: unknown) => internals._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
    resolve.paths = (request: string) => internals._resolveLookupPaths(request, module);
    require.resolve = resolve;
    require.main = process.mainModule;
    require.extensions = internals._extensions as NodeJS.Require['extensions'];
    require.cache = internals._cache as NodeJS.Require['cache'];
    return wrapper.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
  };

  return {
    stats,
    save() {
      if (stats.misses === 0) return;
      try {
        const parts: Buffer[] = [];
        const entries: Record<string, Entry> = {};
        let offset = 0;
        const add = (filename: string, hash: string, data: Buffer) => {
          entries[filename] = { hash, start: offset, end: offset + data.length };
          parts.push(data);
          offset += data.length;
        };
        for (const [filename, { hash, script }] of compiled) add(filename, hash, script.createCachedData());
        // Modules this run did not load (a run that stopped early) keep what the last cache had for them.
        for (const [filename, entry] of Object.entries(index.entries)) {
          if (!compiled.has(filename)) add(filename, entry.hash, blob.subarray(entry.start, entry.end));
        }
        const header = Buffer.from(JSON.stringify({ root, entries } satisfies Index));
        const length = Buffer.alloc(4);
        length.writeUInt32LE(header.length);
        mkdirSync(dir, { recursive: true });
        // One file, written beside and renamed: a reader sees the old cache or the new one, never half of one.
        const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(temporary, Buffer.concat([length, header, ...parts]));
        renameSync(temporary, file);
        removeAbandoned(dir, name, suffix, file);
      } catch {
        // A read-only or full disk: the next run compiles as usual.
      }
    },
  };
}

/**
 * Removes the caches of this thread kind whose installation folder is gone or whose index is unreadable, and the
 * one file all installations shared before each had its own (`<name><suffix>`). Only each file's index is read.
 */
function removeAbandoned(dir: string, name: string, suffix: string, keep: string): void {
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(`${name}-`) || !entry.endsWith(suffix)) continue;
    const file = path.join(dir, entry);
    if (file === keep) continue;
    const shared = entry === `${name}${suffix}`;
    // A file whose index cannot be read is no use to anyone either.
    const root = shared ? undefined : readIndex(file)?.root;
    if (root === undefined || !existsSync(root)) rmSync(file, { force: true });
  }
}

/** Just the index of a cache file (its first bytes), or undefined when it has none. */
function readIndex(file: string): Index | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const length = Buffer.alloc(4);
    if (readSync(fd, length, 0, 4, 0) < 4) return undefined;
    const header = Buffer.alloc(length.readUInt32LE(0));
    if (readSync(fd, header, 0, header.length, 4) < header.length) return undefined;
    return JSON.parse(header.toString('utf8')) as Index;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file is a 4-byte header length, the JSON index, then each module's data at the offsets it names. */
function readCache(file: string): { index: Index; blob: Buffer } {
  const empty = { index: { entries: {} }, blob: Buffer.alloc(0) };
  try {
    const bytes = readFileSync(file);
    const headerEnd = 4 + bytes.readUInt32LE(0);
    const index = JSON.parse(bytes.subarray(4, headerEnd).toString('utf8')) as Index;
    const blob = bytes.subarray(headerEnd);
    const fits = Object.values(index.entries ?? {}).every((entry) => entry.end <= blob.length);
    return fits ? { index, blob } : empty;
  } catch {
    return empty;
  }
}

/** Node strips a `#!` line before compiling; so must we (the wrapper would make it a syntax error). */
function stripShebang(content: string): string {
  if (!content.startsWith('#!')) return content;
  const end = content.search(/[\r\n]/);
  return end < 0 ? '' : content.slice(end);
}
