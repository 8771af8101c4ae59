import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readCommandLine, resolveUserPath } from './command-line.js';
import { fileURLToPath } from 'node:url';
import { checkClientName, checkPackageName, loadConfig, type GeneratorConfig } from './config.js';
import { GeneratorError, oneLine } from './errors.js';
import { formatReport, type PreviousRelease } from './changes/index.js';
import { DEFAULT_MAX_SPEC_BYTES } from './load/limits.js';
import { inputHash, isUpToDate, sha256, writeManifest } from './write/manifest.js';
import { compareOutput, writeOutput } from './write/output.js';
import { watchSpec } from './watch.js';
// generate.js (and with it Redocly, openapi-typescript and ts-morph) is imported only when there is work to
// do: a run that finds its output up to date stays well under half a second.

const USAGE = `Usage: npm run generate -- [options]

Turns an OpenAPI 3.0/3.1 document (YAML or JSON) into a typed client package.
Without options it runs the repository's default job from generator/generator.config.json.

Options:
  --spec <file>        OpenAPI document to read (default: from the config)
  --out <dir>          output folder (required with --spec)
  --name <package>     npm package name of the output (default: from the config)
  --client <Class>     client class name (default: from the config)
  --check              write nothing; exit 1 and list stale, missing and extra files if the output is not up to date
  --force              regenerate even when the output folder's manifest says nothing changed
  --watch              generate, then again on every save of the spec, printing the change report (Ctrl-C stops)
  --config <file>      another config file
  --max-spec-mb <n>    refuse specs larger than this (default 64)
  --max-depth <n>      refuse specs whose objects and arrays nest deeper than this (default 256)
  --quiet              print errors only (no summary, no warnings)
  --verbose            list every warning (by default the first 10 and a count)
  --debug              print stack traces
  -h, --help           this text`;

const DEFAULT_CONFIG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'generator.config.json');

export async function main(argv: string[]): Promise<number> {
  const commandLine = readCommandLine(
    argv,
    {
      spec: { type: 'string' },
      out: { type: 'string' },
      name: { type: 'string' },
      client: { type: 'string' },
      check: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      config: { type: 'string' },
      'max-spec-mb': { type: 'string' },
      'max-depth': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  const log = values.quiet ? () => {} : (line: string) => console.log(line);
  try {
    const started = performance.now();
    const config = await loadConfig(values.config ? resolveUserPath(values.config) : DEFAULT_CONFIG);
    if (values.spec !== undefined && values.out === undefined) {
      throw new GeneratorError('--out is required with --spec (so another spec never overwrites the default output)');
    }
    const specPath = values.spec !== undefined ? resolveUserPath(values.spec) : config.spec;
    const outDir = values.out !== undefined ? resolveUserPath(values.out) : config.out;
    const packageName = values.name ?? config.packageName;
    const clientName = values.client ?? config.clientName;
    checkPackageName(packageName);
    checkClientName(clientName);
    const maxMb = values['max-spec-mb'] === undefined ? undefined : Number(values['max-spec-mb']);
    if (maxMb !== undefined && !(maxMb > 0)) throw new GeneratorError('--max-spec-mb must be a positive number');
    const maxDepth = values['max-depth'] === undefined ? undefined : Number(values['max-depth']);
    if (maxDepth !== undefined && !(Number.isInteger(maxDepth) && maxDepth > 0)) {
      throw new GeneratorError('--max-depth must be a positive whole number');
    }

    const shownSpec = displayPath(specPath);
    const shownOut = displayPath(outDir);
    // What the output depends on; undefined when the spec cannot be read (the full run reports that).
    const maxSpecBytes = maxMb === undefined ? DEFAULT_MAX_SPEC_BYTES : maxMb * 1024 * 1024;
    // The config's pagination declarations name the default spec's operations: they apply to that job only.
    const pagination = values.spec === undefined ? config.pagination : undefined;
    const options = pagination ? JSON.stringify(pagination) : undefined;
    const input = await specInputHash(specPath, maxSpecBytes, packageName, clientName, options);
    if (input !== undefined && !values.check && !values.force && !values.watch) {
      const manifest = await isUpToDate(outDir, input);
      if (manifest) {
        if (!values.quiet) printWarnings(manifest.warnings, values.verbose);
        log(`${shownOut} is up to date with ${shownSpec} (nothing to do, ${elapsed(started)}; --force regenerates)`);
        return 0;
      }
    }

    const job: Job = { specPath, outDir, packageName, clientName, maxSpecBytes, maxDepth, shownSpec, shownOut, pagination };
    const flags: RunFlags = { check: values.check, quiet: values.quiet, verbose: values.verbose };
    if (!values.watch) return await runGeneration(job, flags, started);
    if (values.check) throw new GeneratorError('--watch and --check do not go together');
    // One baseline for the whole session: what the folder held when watching began.
    const baseline = { previous: await readPreviousRelease(outDir) };
    const regenerate = () => runGeneration(job, flags, performance.now(), baseline).catch((error: unknown) => reportError(error, values.debug));
    await regenerate();
    // A first generation into an empty folder becomes the baseline itself.
    baseline.previous ??= await readPreviousRelease(outDir);
    return await watchSpec(specPath, regenerate, (line) => console.log(line));
  } catch (error) {
    return reportError(error, values.debug);
  }
}

/** One line for a GeneratorError (the spec's problem); the stack with --debug. Returns the exit code, 1. */
function reportError(error: unknown, debug: boolean): number {
  if (error instanceof GeneratorError) {
    console.error(`error: ${error.message}`);
    if (debug && error.cause) console.error(error.cause);
    if (debug) console.error(error.stack);
    return 1;
  }
  console.error(`error: unexpected failure: ${(error as Error)?.message ?? String(error)}`);
  if (debug) console.error(error);
  else console.error('(run with --debug for the stack trace)');
  return 1;
}

interface Job {
  specPath: string;
  outDir: string;
  packageName: string;
  clientName: string;
  maxSpecBytes: number;
  maxDepth: number | undefined;
  shownSpec: string;
  shownOut: string;
  pagination: GeneratorConfig['pagination'];
}

interface RunFlags {
  check: boolean;
  quiet: boolean;
  verbose: boolean;
}

/**
 * One generation into the job's folder (or a comparison with it, for --check). `baseline` replaces the folder's
 * own last generation as what the version and changelog are measured against (watch mode keeps the one it
 * started from, so saving the spec ten times is one release, not ten).
 */
async function runGeneration(job: Job, flags: RunFlags, started: number, baseline?: { previous: PreviousRelease | undefined }): Promise<number> {
  const { specPath, outDir, packageName, clientName, maxSpecBytes, maxDepth, shownSpec, shownOut, pagination } = job;
  const options = pagination ? JSON.stringify(pagination) : undefined;
  const log = flags.quiet ? () => {} : (line: string) => console.log(line);
  const { generate } = await import('./generate.js');
  const previous = baseline ? baseline.previous : await readPreviousRelease(outDir);
  const result = await generate({
    specPath: shownSpec,
    packageName,
    clientName,
    maxSpecBytes,
    maxDepth,
    ...(previous ? { previous } : {}),
    ...(pagination ? { pagination } : {}),
  });
  if (!flags.quiet) printWarnings(result.warnings, flags.verbose);

  if (flags.check) {
    const comparison = await compareOutput(outDir, result.files);
    const problems = [
      ...comparison.stale.map((file) => `  stale:   ${shownOut}/${file}`),
      ...comparison.missing.map((file) => `  missing: ${shownOut}/${file}`),
      ...comparison.extra.map((file) => `  extra:   ${shownOut}/${file}`),
    ];
    if (problems.length > 0) {
      const lag =
        previous && result.release.version !== previous.version
          ? `\nThe version lags the spec: ${previous.version} → ${result.release.version} (${result.release.report.bump}: ${result.release.report.changes.filter((c) => c.level !== 'docs').length || result.release.report.changes.length} changes; \`npm run changes\` lists them).`
          : '';
      console.error(`${shownOut} is not what ${shownSpec} produces:\n${problems.join('\n')}${lag}\nRun \`npm run generate\` and commit the result.`);
      return 1;
    }
    log(`${shownOut} is up to date with ${shownSpec} (${result.files.length} files checked, ${elapsed(started)})`);
    return 0;
  }

  const summary = await writeOutput(outDir, result.files);
  // Keyed by the bytes this run generated from, not those hashed above (the spec may have changed since).
  const generatedFrom = await inputHash({ specSha256: result.spec.source.sha256, specName: path.basename(specPath), packageName, clientName, ...(options ? { options } : {}) });
  const files = Object.fromEntries(result.files.map((file) => [file.path, sha256(file.content)]));
  await writeManifest(outDir, { input: generatedFrom, files, warnings: result.warnings });
  const model = result.model;
  log(`Generated ${packageName} (${clientName}) from ${shownSpec}`);
  const release = result.release;
  if (previous && release.version !== previous.version) {
    log(`  version:    ${previous.version} → ${release.version} (${release.report.bump}; CHANGELOG.md has the report)`);
    log(formatReport(release.report));
  } else {
    log(`  version:    ${release.version}${previous ? ' (no change a caller can notice)' : ' (first generation in this folder)'}`);
  }
  log(`  operations: ${model.operations.length} in ${model.groups.length} group${model.groups.length === 1 ? '' : 's'} (${model.groups.map((g) => `${g.property}: ${g.operations.length}`).join(', ')})`);
  log(`  files:      ${summary.written.length} written, ${summary.unchanged.length} unchanged${summary.removed.length ? `, ${summary.removed.length} stale removed` : ''} in ${shownOut}`);
  for (const kept of summary.kept) log(`  note: ${shownOut}/${kept} is not generated and was left in place`);
  if (result.warnings.length > 0) log(`  warnings:   ${result.warnings.length} (above)`);
  const stages = (timings: Record<string, number>) => Object.entries(timings).map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(', ');
  log(`  time:       ${elapsed(started)} (main thread: ${stages(result.timings.main)}; worker: ${stages(result.timings.worker)})`);
  return 0;
}

async function specInputHash(
  specPath: string,
  maxSpecBytes: number,
  packageName: string,
  clientName: string,
  options: string | undefined,
): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    // Too large a spec is left to the full run, which refuses it with a message, without reading it here.
    if ((await stat(specPath)).size > maxSpecBytes) return undefined;
    bytes = await readFile(specPath);
  } catch {
    return undefined;
  }
  return inputHash({ specSha256: sha256(bytes), specName: path.basename(specPath), packageName, clientName, ...(options ? { options } : {}) });
}

/**
 * The output folder's last generation, if it has one: its package.json version, snapshot and changelog. A
 * folder without a readable package.json and snapshot is a first generation.
 */
async function readPreviousRelease(outDir: string): Promise<PreviousRelease | undefined> {
  const read = (file: string) => readFile(path.join(outDir, file), 'utf8').catch(() => undefined);
  const [manifest, snapshot, changelog] = await Promise.all([read('package.json'), read('openapi.snapshot.json'), read('CHANGELOG.md')]);
  if (manifest === undefined || snapshot === undefined) return undefined;
  let version: unknown;
  let parsedSnapshot: unknown;
  try {
    version = (JSON.parse(manifest) as { version?: unknown }).version;
    parsedSnapshot = JSON.parse(snapshot);
  } catch {
    throw new GeneratorError(`${displayPath(outDir)}: package.json or openapi.snapshot.json is not valid JSON; fix or delete them to start over`);
  }
  if (typeof version !== 'string') return undefined;
  return { version, snapshot: parsedSnapshot, ...(changelog !== undefined ? { changelog } : {}) };
}

/** Warnings printed before `... and N more`, unless --verbose. */
const SHOWN_WARNINGS = 10;

function printWarnings(warnings: string[], verbose: boolean | undefined): void {
  const shown = verbose ? warnings : warnings.slice(0, SHOWN_WARNINGS);
  for (const warning of shown) console.warn(`warning: ${oneLine(warning)}`);
  if (shown.length < warnings.length) console.warn(`warning: ... and ${warnings.length - shown.length} more (--verbose lists them all)`);
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function elapsed(started: number): string {
  const ms = performance.now() - started;
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
