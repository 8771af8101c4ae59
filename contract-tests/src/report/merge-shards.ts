import { formatShard } from '@periskope-tools/generator';
import { finding, stageOf } from '../findings.js';
import type { ReportedFinding, ResultsJson } from './results-json.js';

/** One shard's reports as read back: its results.json and junit.xml. */
export interface ShardReport {
  results: ResultsJson;
  junit: string;
  /** Where it was read from, for messages. */
  source: string;
}

export interface MergedReport {
  results: ResultsJson & { shards: number };
  junit: string;
}

/**
 * The shards of one sharded run as one report, or the reason they are not one run: every shard 1..n exactly
 * once, same n, spec and client. Counts add up (the shares are disjoint); the gates every shard ran on the
 * whole spec (setup, drift, examples) are reported once; and the whole run is held to the zero-replayed rule.
 */
export function mergeShardReports(parts: ShardReport[]): MergedReport | string {
  if (parts.length === 0) return 'no shard reports given';
  const unsharded = parts.find((part) => part.results.shard === undefined);
  if (unsharded) return `${unsharded.source} is not a sharded run (no "shard" in its results.json)`;
  const count = parts[0]!.results.shard!.count;
  for (const part of parts) {
    const { shard, spec, client, mode } = part.results;
    if (shard!.count !== count) return `${part.source} is shard ${formatShard(shard!)}, but ${parts[0]!.source} is of ${count}`;
    if (spec !== parts[0]!.results.spec || client !== parts[0]!.results.client || mode !== parts[0]!.results.mode) {
      return `${part.source} tested ${spec} through ${client ?? 'no client'} (${mode}), ${parts[0]!.source} ${parts[0]!.results.spec} through ${parts[0]!.results.client ?? 'no client'} (${parts[0]!.results.mode})`;
    }
  }
  const ordered = [...parts].sort((a, b) => a.results.shard!.index - b.results.shard!.index);
  const indexes = ordered.map((part) => part.results.shard!.index);
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !indexes.includes(index));
  const twice = indexes.filter((index, position) => indexes.indexOf(index) !== position);
  if (missing.length > 0 || twice.length > 0) {
    return [missing.length > 0 ? `shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${count}`).join(', ')} missing` : '', twice.length > 0 ? `shard ${twice.join(', ')} given twice` : '']
      .filter(Boolean)
      .join('; ');
  }

  const seen = new Set<string>();
  const findings: ReportedFinding[] = [];
  for (const item of ordered.flatMap((part) => part.results.findings)) {
    const wholeSpec = ['setup', 'drift', 'examples'].includes(stageOf(item));
    const key = JSON.stringify(item);
    if (wholeSpec && seen.has(key)) continue;
    seen.add(key);
    findings.push(item);
  }
  const sum = (key: 'documented' | 'replayed' | 'passed') => ordered.reduce((total, part) => total + part.results[key], 0);
  const documented = sum('documented');
  const replayed = sum('replayed');
  if (documented > 0 && replayed === 0 && !findings.some((item) => item.rule === 'nothing-replayed')) {
    findings.push(finding('nothing-replayed', `replayed 0 of ${documented} documented responses in ${count} shards`));
  }
  const { shard: _shard, reason: _reason, ...first } = ordered[0]!.results;
  const notChecked = ordered.flatMap((part) => part.results.notChecked ?? []);
  const allowed = findings.filter((item) => item.allowed === true).length;
  const ok = findings.length === allowed && (documented === 0 || replayed > 0);
  const reason = replayed === 0 ? ordered.map((part) => part.results.reason).find((text) => text !== undefined) : undefined;
  return {
    results: { ...first, shards: count, documented, replayed, passed: sum('passed'), ok, ...(reason !== undefined ? { reason } : {}), allowed, notChecked, findings },
    junit: mergeJUnit(ordered.map((part) => part.junit)),
  };
}

/**
 * The shards' <testsuite> elements under one <testsuites>, its totals added up. toJUnit writes each suite's open
 * and close tags at two spaces on lines of their own, and escapes `<` and newlines inside, so they delimit it.
 */
function mergeJUnit(files: string[]): string {
  const suites = files.flatMap((file) => file.match(/^ {2}<testsuite [\s\S]*?^ {2}<\/testsuite>$/gm) ?? []);
  const total = (name: 'tests' | 'failures' | 'time') =>
    suites.reduce((sum, suite) => sum + Number(new RegExp(`^ {2}<testsuite [^>]*?\\b${name}="([\\d.]+)"`).exec(suite)?.[1] ?? 0), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="contract" tests="${total('tests')}" failures="${total('failures')}" errors="0" time="${total('time').toFixed(3)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
