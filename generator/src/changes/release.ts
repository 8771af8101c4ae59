import { GeneratorError } from '../errors.js';
import { bumpVersion, changelogEntry, changeReport } from './report.js';
import type { Bump, ChangeReport } from './types.js';

/** What the output folder holds from the last generation: the package version, its snapshot and changelog. */
export interface PreviousRelease {
  version: string;
  /** The parsed openapi.snapshot.json. */
  snapshot: unknown;
  changelog?: string;
}

export interface Release {
  version: string;
  changelog: string;
  report: ChangeReport;
}

const CHANGELOG_HEAD =
  '# Changelog\n\nWritten by `npm run generate` from the change report (`npm run changes`): one release per spec change,\n' +
  'versioned by what it means for callers (breaking: major, feature: minor, fix or docs: patch).\n';

const ENTRY = /^## (\d+\.\d+\.\d+[^\s]*) \((major|minor|patch|initial)\)$/gm;

/**
 * The version and changelog for this generation. Against the folder's last generation: the change report
 * between its snapshot and this one decides the bump, and the report is prepended to the changelog. A first
 * generation starts at `initialVersion`. An unchanged spec keeps both as they are.
 */
export function nextRelease(
  previous: PreviousRelease | undefined,
  snapshot: unknown,
  spec: { name: string; sha256: string },
  versions: { initial: string; explicit?: string },
): Release {
  const initialVersion = versions.explicit ?? versions.initial;
  if (!previous) return { version: initialVersion, changelog: firstChangelog(initialVersion, spec), report: { bump: 'none', changes: [] } };
  checkChangelog(previous);
  const unchanged = JSON.stringify(previous.snapshot) === JSON.stringify(snapshot);
  const report: ChangeReport = unchanged ? { bump: 'none', changes: [] } : changeReport(previous.snapshot, snapshot);
  withDocumentationChange(report, previous.snapshot, spec.sha256);
  if (report.bump === 'none') return { version: previous.version, changelog: previous.changelog ?? firstChangelog(previous.version, spec), report };
  const needed = bumpVersion(previous.version, report.bump);
  if (versions.explicit !== undefined && compareVersions(versions.explicit, needed) < 0) {
    throw new GeneratorError(`version ${versions.explicit} is too low: the change report since ${previous.version} says ${report.bump} (${report.changes.find((c) => c.level === 'breaking')?.message ?? report.changes[0]?.message}), so it must be at least ${needed}`);
  }
  const version = versions.explicit ?? needed;
  const entry = changelogEntry(version, report, spec.name, spec.sha256);
  const text = previous.changelog ?? '';
  const older = (text.startsWith(CHANGELOG_HEAD) ? text.slice(CHANGELOG_HEAD.length) : text).trim();
  return { version, changelog: `${CHANGELOG_HEAD}\n${entry}${older ? `\n${older}\n` : ''}`, report };
}

/** A changelog whose only release is the first generation (or the one found without a changelog). */
function firstChangelog(version: string, spec: { name: string; sha256: string }): string {
  return `${CHANGELOG_HEAD}\n## ${version} (initial)\n\nFirst release with a changelog, from ${spec.name} (sha256 ${spec.sha256}).\n`;
}

/**
 * The folder's package.json must be the changelog's latest release, and each release at least the bump its
 * report asked of the one before: a breaking change released as 1.x fails here (and so `--check` in npm test).
 */
export function checkChangelog(previous: PreviousRelease): void {
  if (previous.changelog === undefined) return;
  const entries = [...previous.changelog.matchAll(ENTRY)].map((match) => ({ version: match[1]!, bump: match[2] as Bump | 'initial' }));
  const latest = entries[0];
  if (!latest) return;
  if (latest.version !== previous.version) {
    throw new GeneratorError(`package.json says version ${previous.version}, but CHANGELOG.md's latest release is ${latest.version} (${latest.bump}); make them agree`);
  }
  for (let index = 0; index + 1 < entries.length; index++) {
    const newer = entries[index]!;
    const older = entries[index + 1]!;
    if (newer.bump === 'initial') continue;
    const needed = bumpVersion(older.version, newer.bump);
    if (compareVersions(newer.version, needed) < 0) {
      throw new GeneratorError(`CHANGELOG.md: release ${newer.version} follows ${older.version} with ${newer.bump} changes, so it must be at least ${needed}`);
    }
  }
}

/**
 * A snapshot leaves documentation out, so a spec that changed only there compares as unchanged; its bytes still
 * differ from the ones the snapshot records, and it still ships new JSDoc and README: one `docs` change.
 */
export function withDocumentationChange(report: ChangeReport, baseSnapshot: unknown, specSha256: string): ChangeReport {
  const recorded = recordedSha256(baseSnapshot);
  if (report.bump !== 'none' || recorded === undefined || recorded === specSha256) return report;
  report.changes.push({ rule: 'documentation-changed', level: 'docs', operation: 'document', pointer: '', message: 'descriptions, examples or info changed (the snapshot leaves them out)' });
  report.bump = 'patch';
  return report;
}

/** The spec sha256 a snapshot records in its `//` line (`... (sha256 <hex>) ...`), if any. */
export function recordedSha256(snapshot: unknown): string | undefined {
  const note = snapshot && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>)['//'] : undefined;
  return typeof note === 'string' ? /sha256 ([0-9a-f]{64})/.exec(note)?.[1] : undefined;
}

function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.+-]/).slice(0, 3).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index++) if (x[index] !== y[index]) return (x[index] ?? 0) - (y[index] ?? 0);
  return 0;
}
