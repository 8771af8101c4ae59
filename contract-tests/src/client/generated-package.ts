import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG_FILE, loadConfig } from '@periskope-tools/generator';
import { show } from '../paths.js';
import { contractSpecPath } from '../spec/context.js';
import type { ClientUnderTest, ErrorClasses } from './client-under-test.js';

/**
 * The client under test is loaded from the generated package's folder, by what that folder says (its package.json,
 * its `exports`, the spec sha256 in its headers) and by the class name the caller gives (the generator config's
 * `clientName` unless told otherwise); never by a package name compiled into the suite. Anything that does not add
 * up is refused with one line: no package, a package generated from another spec, a build older than its sources,
 * a missing class.
 */
export class ClientRefused extends Error {
  override name = 'ClientRefused';
}

/** The generator's header, in package.json's `//` field and at the top of every emitted source file. */
export interface GeneratedFrom {
  specName: string;
  sha256: string;
}

/** `Generated from periskope.yaml (sha256 476d…) by @periskope-tools/generator.` → `{ specName, sha256 }` */
export function parseGeneratedFrom(text: string): GeneratedFrom | undefined {
  const match = /Generated from (.+?) \(sha256 ([0-9a-f]{64})\) by @periskope-tools\/generator/.exec(text);
  return match ? { specName: match[1]!, sha256: match[2]! } : undefined;
}

export interface GeneratedPackage {
  dir: string;
  /** The package.json `name`. */
  name: string;
  from: GeneratedFrom;
  /** The file `import` of the package resolves to (its `exports['.']`, else `main`). */
  entry: string;
  snapshotFile: string;
}

/** Reads a generated package's folder without importing anything; throws ClientRefused. */
export async function readGeneratedPackage(dir: string): Promise<GeneratedPackage> {
  const shown = show(dir);
  let manifest: { name?: unknown; '//'?: unknown; main?: unknown; exports?: unknown };
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as typeof manifest;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no package.json' : (error as Error).message;
    throw new ClientRefused(`no generated package in ${shown} (${reason}): run \`npm run generate\``);
  }
  const from = typeof manifest['//'] === 'string' ? parseGeneratedFrom(manifest['//']) : undefined;
  if (!from) throw new ClientRefused(`${shown}/package.json has no "Generated from <spec> (sha256 <hash>)" header: it was not written by the generator`);
  const name = typeof manifest.name === 'string' ? manifest.name : '(unnamed)';
  const target = entryOf(manifest.exports) ?? (typeof manifest.main === 'string' ? manifest.main : undefined);
  if (!target) throw new ClientRefused(`${shown}/package.json (${name}) names no entry point (exports "." or main)`);
  return { dir, name, from, entry: path.resolve(dir, target), snapshotFile: path.join(dir, 'openapi.snapshot.json') };
}

/**
 * `exports['.']` as a string, or what its `import` / `default` condition leads to, through nested conditions
 * (`{ import: { types, default } }`, the dual build's shape); `types` is never a file to import.
 */
function entryOf(exports: unknown): string | undefined {
  const root = typeof exports === 'object' && exports !== null && '.' in exports ? (exports as Record<string, unknown>)['.'] : exports;
  return importTarget(root);
}

function importTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const conditions = value as Record<string, unknown>;
  for (const key of ['import', 'default']) {
    const target = importTarget(conditions[key]);
    if (target) return target;
  }
  return undefined;
}

export interface LoadClientOptions {
  /** The generated package's folder. */
  dir: string;
  /** The client class the package must export. */
  className: string;
  /** Where the class name came from, for the refusal (`clientName in generator/generator.config.json`). */
  classSource?: string;
  /** The spec under test: the package must have been generated from exactly these bytes. */
  specPath: string;
}

/** Loads and checks the client under test; throws ClientRefused with a one-line reason. */
export async function loadGeneratedClient(options: LoadClientOptions): Promise<ClientUnderTest> {
  const generated = await readGeneratedPackage(options.dir);
  const shown = `${show(generated.dir)}/ (${generated.name})`;
  const specSha256 = await fileSha256(options.specPath);
  if (specSha256 !== generated.from.sha256) {
    throw new ClientRefused(
      `${shown} was generated from ${generated.from.specName} (sha256 ${generated.from.sha256.slice(0, 12)}…), ` +
        `not from ${show(options.specPath)} (sha256 ${specSha256.slice(0, 12)}…): generate its client first (\`npm run generate\`)`,
    );
  }
  if (!existsSync(generated.entry)) throw new ClientRefused(`${shown} is not built (${show(generated.entry)} is missing): run \`npm run build\``);
  const built = parseGeneratedFrom((await readFile(generated.entry, 'utf8')).slice(0, 1000));
  if (built && built.sha256 !== generated.from.sha256) {
    throw new ClientRefused(
      `${show(generated.entry)} is a stale build (of sha256 ${built.sha256.slice(0, 12)}…, the sources are of ${generated.from.sha256.slice(0, 12)}…): run \`npm run build\``,
    );
  }

  let snapshot: unknown;
  try {
    snapshot = JSON.parse(await readFile(generated.snapshotFile, 'utf8'));
  } catch (error) {
    throw new ClientRefused(`${shown} has no readable openapi.snapshot.json (${(error as Error).message}): run \`npm run generate\``);
  }
  const module = (await import(pathToFileURL(generated.entry).href)) as Record<string, unknown>;
  // The same spec generated again with another class name leaves every header as it was: what the build exports
  // tells it apart from its sources (file times do not: a build cache may leave an older dist/ that matches).
  const stale = await exportsDiffer(generated.dir, Object.keys(module));
  if (stale) throw new ClientRefused(`${show(generated.entry)} is a stale build (${stale}): run \`npm run build\``);
  const Client = module[options.className];
  if (typeof Client !== 'function') {
    // Error classes (ApiError, ArgumentError, ResponseBodyError, ...) are not clients.
    // Classes only: the package also exports a function per operation. Error classes are not clients.
    const isClass = (value: unknown) => typeof value === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(value));
    const isErrorClass = (value: unknown) => (value as { prototype?: unknown }).prototype instanceof Error;
    const others = Object.keys(module).filter((key) => isClass(module[key]) && !ERROR_CLASSES.includes(key) && !isErrorClass(module[key])).sort();
    throw new ClientRefused(
      `${shown} exports no client class ${options.className}${options.classSource ? ` (${options.classSource})` : ''}; ` +
        `it exports ${others.length > 0 ? others.join(', ') : 'no other class'}: pass --client <Class>, or regenerate`,
    );
  }
  const missing = ERROR_CLASSES.filter((key) => typeof module[key] !== 'function');
  if (missing.length > 0) throw new ClientRefused(`${shown} does not export ${missing.join(' and ')}: it was not written by this generator`);
  const ClientClass = Client as new (options: unknown) => Record<string, unknown>;
  return {
    // One documented response per call: a retried 503 or 429 would be replayed three times.
    create: (clientOptions) => new ClientClass({ maxRetries: 0, ...clientOptions }),
    errors: {
      ApiError: module.ApiError,
      UnexpectedResponseError: module.UnexpectedResponseError,
      ...(typeof module.ResponseBodyError === 'function' ? { ResponseBodyError: module.ResponseBodyError } : {}),
    } as ErrorClasses,
    snapshot,
    label: `${options.className} of ${shown}`,
    source: { dir: generated.dir, className: options.className },
  };
}

const ERROR_CLASSES = ['ApiError', 'UnexpectedResponseError'];

/**
 * How the values a build exports differ from those its `src/index.ts` names (`export { … }` lines; `export type`
 * and type-only names do not reach the build), or undefined when they agree or there is no index to read.
 */
async function exportsDiffer(dir: string, built: readonly string[]): Promise<string | undefined> {
  let index: string;
  try {
    index = await readFile(path.join(dir, 'src', 'index.ts'), 'utf8');
  } catch {
    return undefined;
  }
  const named = new Set<string>();
  for (const [, list] of index.matchAll(/^export \{([^}]*)\} from /gm)) {
    for (const item of list!.split(',').map((part) => part.trim())) {
      if (item && !item.startsWith('type ')) named.add(item.split(/\s+as\s+/).pop()!);
    }
  }
  if (named.size === 0) return undefined;
  const exported = new Set(built);
  const onlySources = [...named].filter((name) => !exported.has(name));
  const onlyBuild = built.filter((name) => !named.has(name));
  if (onlySources.length === 0 && onlyBuild.length === 0) return undefined;
  const list = (names: string[]) => names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  return [onlySources.length > 0 ? `src/index.ts exports ${list(onlySources)}, the build does not` : '', onlyBuild.length > 0 ? `the build exports ${list(onlyBuild)}, src/index.ts does not` : '']
    .filter(Boolean)
    .join('; ');
}

export interface ConfiguredClientOptions {
  /** The spec under test (default: CONTRACT_SPEC, else the config's). */
  specPath?: string;
  /** Another generator config (default: generator/generator.config.json). */
  configFile?: string;
  /** Another class name than the config's `clientName`. */
  className?: string;
  /** Another package folder than the config's `out`. */
  dir?: string;
}

/** The client of the generator config's job: its `out` folder and its `clientName`, each overridable. */
export async function loadConfiguredClient(options: ConfiguredClientOptions = {}): Promise<ClientUnderTest> {
  const configFile = options.configFile ?? DEFAULT_CONFIG_FILE;
  let config: Awaited<ReturnType<typeof loadConfig>>;
  try {
    config = await loadConfig(configFile);
  } catch (error) {
    throw new ClientRefused(`${show(configFile)}: ${(error as Error).message}`);
  }
  return loadGeneratedClient({
    dir: options.dir ?? config.out,
    className: options.className ?? config.clientName,
    classSource: options.className ? '--client' : `clientName in ${show(configFile)}`,
    specPath: options.specPath ?? (await contractSpecPath(configFile)),
  });
}

export async function fileSha256(file: string): Promise<string> {
  try {
    return createHash('sha256').update(await readFile(file)).digest('hex');
  } catch (error) {
    throw new ClientRefused(`cannot read the spec ${show(file)}: ${(error as Error).message}`);
  }
}
