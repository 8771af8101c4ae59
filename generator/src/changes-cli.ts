import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCommandLine, resolveUserPath } from './command-line.js';
import { LEVEL_ORDER, bumpVersion, changeReport, formatReport, type ChangeLevel, type ChangeReport } from './changes/index.js';
import { specAtRevision, type RevisionCopy } from './changes/base-at-revision.js';
import { readDocument } from './changes/read-document.js';
import { recordedSha256, withDocumentationChange } from './changes/release.js';
import { interfaceSnapshot } from './model/interface-snapshot.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from './config.js';
import { GeneratorError } from './errors.js';

const USAGE = `Usage: npm run changes -- [options]

Lists every difference between two OpenAPI documents that matters to a caller of the generated client, each
with a rule id, a level (breaking, feature, fix, docs), the operation and a JSON pointer, and ends with the
semver bump the change needs.

Options:
  --base <file>     the document before (default: the committed client's openapi.snapshot.json, which has no
                    descriptions or examples: documentation edits show only as "documentation changed")
  --base-ref <rev>  the document before is the spec as it is at this git revision (a branch, tag or commit:
                    --base-ref origin/main), its folder extracted with git archive; not with --base
  --spec <file>     the document after (default: the spec of generator/generator.config.json)
  --config <file>   another generator config
  --verbose         list documentation changes one by one too (by default they are counted)
  --json            print { bump, changes: [{ rule, level, operation, pointer, message }] }
  --fail-on <level> exit 3 when a change is at this level or above: breaking, feature, fix or docs (a pull
                    request gate: --fail-on breaking)
  -h, --help        this text

Exit status: 0 when the report was made (whatever it says, unless --fail-on), 1 when a document cannot be read
or is not OpenAPI 3.x or Swagger 2.0 (which is converted to 3.0 first; 3.2 is read as 3.1),
2 on bad options, 3 when --fail-on's level is reached (the report is printed first).`;

export async function main(argv: string[]): Promise<number> {
  const commandLine = readCommandLine(
    argv,
    {
      base: { type: 'string' },
      'base-ref': { type: 'string' },
      spec: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      'fail-on': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  const failOn = values['fail-on'];
  if (failOn !== undefined && !LEVEL_ORDER.includes(failOn as ChangeLevel)) {
    console.error(`error: --fail-on takes one of ${LEVEL_ORDER.join(', ')}, not "${failOn}"\n\n${USAGE}`);
    return 2;
  }
  // A change at the level asked for, or a more serious one (LEVEL_ORDER runs from breaking to docs).
  const reached = (report: ChangeReport) =>
    failOn !== undefined && report.changes.some((change) => LEVEL_ORDER.indexOf(change.level) <= LEVEL_ORDER.indexOf(failOn as ChangeLevel));
  if (values.base !== undefined && values['base-ref'] !== undefined) {
    console.error(`error: give --base or --base-ref, not both\n\n${USAGE}`);
    return 2;
  }
  let revisionCopy: RevisionCopy | undefined;
  try {
    const config = await loadConfig(values.config ? resolveUserPath(values.config) : DEFAULT_CONFIG_FILE);
    const specPath = values.spec !== undefined ? resolveUserPath(values.spec) : config.spec;
    if (values['base-ref'] !== undefined) revisionCopy = await specAtRevision(specPath, values['base-ref']);
    const basePath = revisionCopy?.file ?? (values.base !== undefined ? resolveUserPath(values.base) : path.join(config.out, 'openapi.snapshot.json'));
    const baseName = values['base-ref'] !== undefined ? `${show(specPath)} at ${values['base-ref']}` : show(basePath);
    const report = await reportBetween(basePath, specPath, baseName);
    if (values.json) {
      console.log(JSON.stringify(report, null, 2));
      return reached(report) ? 3 : 0;
    }
    const version = values.base === undefined && values['base-ref'] === undefined ? await packageVersion(config.out) : undefined;
    console.log(`Changes from ${baseName} to ${show(specPath)}`);
    console.log(formatReport(report, { ...(version ? { from: version } : {}), verbose: values.verbose }));
    if (version && report.bump !== 'none') console.log(`next version: ${bumpVersion(version, report.bump)}`);
    if (reached(report)) {
      console.error(`error: a ${failOn} change or a more serious one (--fail-on ${failOn})`);
      return 3;
    }
    return 0;
  } catch (error) {
    console.error(`error: ${error instanceof GeneratorError ? error.message : (error as Error)?.message ?? String(error)}`);
    return 1;
  } finally {
    await revisionCopy?.dispose();
  }
}

/** The change report from the document at `basePath` (a spec, or a client's openapi.snapshot.json) to the spec at `specPath`. */
export async function reportBetween(basePath: string, specPath: string, baseName = show(basePath)): Promise<ChangeReport> {
  const base = await readDocument(basePath).catch((error: unknown) => {
    throw new GeneratorError(`cannot read the base document ${baseName}: ${(error as Error).message}`);
  });
  const spec = await readDocument(specPath);
  // A snapshot has no documentation or extensions: the spec is compared the same way, stripped.
  const recorded = recordedSha256(base.document);
  return withDocumentationChange(changeReport(base.document, recorded === undefined ? spec.document : interfaceSnapshot(spec.document)), base.document, spec.sha256);
}

async function packageVersion(outDir: string): Promise<string | undefined> {
  try {
    return (JSON.parse(await readFile(path.join(outDir, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function show(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
