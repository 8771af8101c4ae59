import { RULE_BY_SUBJECT } from './rules/index.js';
import type { Bump, Change, ChangeLevel, ChangeReport, Difference } from './types.js';
import { compareDocuments } from './walk.js';

export const LEVEL_ORDER: readonly ChangeLevel[] = ['breaking', 'feature', 'fix', 'docs'];
const BUMP_OF: Record<ChangeLevel, Bump> = { breaking: 'major', feature: 'minor', fix: 'patch', docs: 'patch' };

/**
 * The change report between two documents: every difference a caller of the generated client could notice,
 * classified by its rule; a schema shared by many operations is listed once (with how many it reaches).
 */
export function changeReport(baseDocument: unknown, specDocument: unknown): ChangeReport {
  return reportOf(compareDocuments(baseDocument, specDocument));
}

function classify(difference: Difference): { level: ChangeLevel; message: string; id: string } {
  const rule = RULE_BY_SUBJECT.get(difference.subject);
  if (!rule) throw new Error(`internal error: no change rule for ${difference.subject}`);
  return { ...rule.classify(difference), id: rule.id };
}

/**
 * A component no operation reaches was compared as a request and as a response (walk.ts): of the two readings, the
 * one with the more serious change is kept (the response one on a tie), so each difference is listed once.
 */
function oneReadingPerComponent(differences: readonly Difference[]): readonly Difference[] {
  const worst = new Map<string, number>();
  for (const difference of differences) {
    if (difference.component === undefined || difference.direction === 'neutral') continue;
    const key = `${difference.component}\u0000${difference.direction}`;
    worst.set(key, Math.min(worst.get(key) ?? LEVEL_ORDER.length, LEVEL_ORDER.indexOf(classify(difference).level)));
  }
  const reading = (component: string) => {
    const rank = (direction: string) => worst.get(`${component}\u0000${direction}`) ?? LEVEL_ORDER.length;
    return rank('response') <= rank('request') ? 'response' : 'request';
  };
  return differences.filter((d) => d.component === undefined || d.direction === 'neutral' || d.direction === reading(d.component));
}

export function reportOf(allDifferences: readonly Difference[]): ChangeReport {
  const differences = oneReadingPerComponent(allDifferences);
  const grouped = new Map<string, { change: Change; operations: Set<string> }>();
  for (const difference of differences) {
    const { level, message, id } = classify(difference);
    const change: Change = { rule: `${id}-${difference.kind}`, level, operation: difference.operation, pointer: difference.pointer, message };
    const key = `${change.rule}\u0000${change.pointer}\u0000${level}\u0000${difference.direction}`;
    const known = grouped.get(key);
    if (known) known.operations.add(difference.operation);
    else grouped.set(key, { change, operations: new Set([difference.operation]) });
  }
  const changes = [...grouped.values()].map(({ change, operations }) =>
    operations.size > 1 ? { ...change, message: `${change.message} (in ${operations.size} operations)` } : change,
  );
  changes.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
  return { bump: bumpOf(changes), changes };
}

export function bumpOf(changes: readonly Pick<Change, 'level'>[]): Bump {
  if (changes.length === 0) return 'none';
  const highest = LEVEL_ORDER.find((level) => changes.some((change) => change.level === level))!;
  return BUMP_OF[highest];
}

/** `1.4.2` + minor → `1.5.0`. A pre-release or build suffix is dropped; an invalid version starts at 0.0.0. */
export function bumpVersion(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  const [major, minor, patch] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return match ? `${major}.${minor}.${patch}` : '0.0.0';
}

/** The report for a terminal: one line per change, then the bump. */
export function formatReport(report: ChangeReport, options: { from?: string; verbose?: boolean } = {}): string {
  const listed = options.verbose ? report.changes : report.changes.filter((change) => change.level !== 'docs');
  const docs = report.changes.length - listed.length;
  const lines = listed.map((change) => `  ${change.level.padEnd(8)} ${change.rule.padEnd(30)} ${change.operation}: ${change.message}\n  ${' '.repeat(9)}at ${change.pointer}`);
  const counts = LEVEL_ORDER.map((level) => [level, report.changes.filter((change) => change.level === level).length] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} ${level}`);
  if (docs > 0) lines.push(`  docs     ${docs} documentation change${docs === 1 ? '' : 's'} (--verbose lists them)`);
  const summary =
    report.changes.length === 0
      ? 'no changes that matter to a caller: bump none'
      : `${report.changes.length} change${report.changes.length === 1 ? '' : 's'} (${counts.join(', ')}): bump ${report.bump}` +
        (options.from ? ` (${options.from} → ${bumpVersion(options.from, report.bump)})` : '');
  return [...lines, summary].join('\n');
}

/** A CHANGELOG.md section for one release. */
export function changelogEntry(version: string, report: ChangeReport, specName: string, specSha256: string): string {
  const sections = LEVEL_ORDER.map((level) => {
    const changes = report.changes.filter((change) => change.level === level);
    if (changes.length === 0) return '';
    const title = { breaking: 'Breaking changes', feature: 'Features', fix: 'Fixes', docs: 'Documentation' }[level];
    return `### ${title}\n\n${changes.map((change) => `- ${change.operation}: ${change.message} (\`${change.rule}\`)`).join('\n')}\n`;
  }).filter(Boolean);
  const body = sections.length > 0 ? sections.join('\n') : 'Documentation and examples only.\n';
  return `## ${version} (${report.bump})\n\nFrom ${specName} (sha256 ${specSha256}).\n\n${body}`;
}
