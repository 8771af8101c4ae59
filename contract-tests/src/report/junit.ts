import { formatFinding, stageOf, type Finding } from '../findings.js';
import type { RunResult } from './run-result.js';
import { verdictOf } from './verdict.js';

interface TestCase {
  classname: string;
  name: string;
  ms: number;
  /** Findings that fail the case. */
  failing: Finding[];
  /** Findings the run allows: listed in the case's system-out, the case passes. */
  allowed: Finding[];
  /** A failure that is not one finding: why the run could check nothing. */
  failure?: string;
  /** Why the case was not checked. */
  skipped?: string;
}

/**
 * JUnit XML: one test case per call (`cancelBroadcast 409 application/json`, a security probe, or a live
 * operation) and one per gate (drift, examples, coverage, setup); a case fails with its findings as the message,
 * unless every one of them is allowed (then they are in its system-out). A documented response the run could not
 * ask for is a skipped case with the reason; a run that replayed nothing fails its coverage case with the reason.
 */
export function toJUnit(result: RunResult, suiteName = 'contract'): string {
  const verdict = verdictOf(result);
  const allowed = new Set(verdict.allowed);
  const cases: TestCase[] = [];
  const add = (classname: string, name: string, ms: number, findings: readonly Finding[], extra: Partial<TestCase> = {}) =>
    cases.push({ classname, name, ms, failing: findings.filter((item) => !allowed.has(item)), allowed: findings.filter((item) => allowed.has(item)), ...extra });
  const gate = (stage: string, name: string, extra: Partial<TestCase> = {}) => add(stage, name, 0, result.findings.filter((item) => stageOf(item) === stage), extra);
  gate('setup', 'the spec, the client under test and the mock load');
  if (result.loaded) {
    gate('drift', 'no breaking change between the spec and the snapshot the client was generated from');
    gate('examples', 'every example validates against its schema');
  }
  const called = new Set<string>();
  for (const call of result.calls) {
    called.add(call.title);
    add(call.kind === 'live' ? 'live' : 'replay', call.title, call.ms, call.findings);
  }
  for (const item of result.notChecked) if (!called.has(item.title)) add(result.mode === 'live' ? 'live' : 'replay', item.title, 0, [], { skipped: item.reason });
  if ((result.mode === 'mock' && result.loaded) || verdict.reason !== undefined) {
    gate('coverage', 'every documented response was replayed', verdict.reason !== undefined ? { failure: `nothing replayed: ${verdict.reason}` } : {});
  }

  const failures = cases.filter((item) => item.failing.length > 0 || item.failure !== undefined).length;
  const skipped = cases.filter((item) => item.skipped !== undefined).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const counts = `tests="${cases.length}" failures="${failures}" errors="0"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(suiteName)}" ${counts} skipped="${skipped}" time="${seconds(result.timings.totalMs)}">`,
    `  <testsuite name="${attr(`${suiteName}: ${result.spec}`)}" ${counts} skipped="${skipped}" time="${seconds(result.timings.totalMs)}">`,
  ];
  for (const item of cases) {
    const open = `    <testcase classname="${attr(item.classname)}" name="${attr(item.name)}" time="${seconds(item.ms)}"`;
    const body: string[] = [];
    if (item.skipped !== undefined) body.push(`      <skipped message="${attr(`not checked: ${item.skipped}`.slice(0, 500))}"/>`);
    if (item.failure !== undefined) body.push(`      <failure message="${attr(item.failure.slice(0, 500))}" type="nothing-replayed">${escape(item.failure)}</failure>`);
    if (item.failing.length > 0) {
      const first = item.failing[0]!;
      const text = item.failing.map(formatFinding).join('\n');
      body.push(`      <failure message="${attr(`${first.kind} ${first.rule}: ${first.message}`.slice(0, 500))}" type="${attr(first.rule)}">${escape(text)}</failure>`);
    }
    if (item.allowed.length > 0) body.push(`      <system-out>${escape(item.allowed.map((found) => `allowed: ${formatFinding(found)}`).join('\n'))}</system-out>`);
    lines.push(...(body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>']));
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

function escape(value: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the rest escaped.
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return escape(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
