import { formatShard } from '@periskope-tools/generator';
import { formatFinding, stageOf, type Finding } from '../findings.js';
import type { RunResult } from './run-result.js';

interface TestCase {
  classname: string;
  name: string;
  ms: number;
  findings: Finding[];
}

/**
 * JUnit XML: one test case per call (`cancelBroadcast 409 application/json`, a security probe, or a live
 * operation) and one per gate (drift, examples, coverage, setup); a case fails with its findings as the message.
 */
export function toJUnit(result: RunResult, suiteName = 'contract'): string {
  const cases: TestCase[] = [];
  const gate = (stage: string, name: string) => {
    const found = result.findings.filter((item) => stageOf(item) === stage);
    cases.push({ classname: stage, name, ms: 0, findings: found });
  };
  gate('setup', 'the spec, the client under test and the mock load');
  if (result.loaded) {
    gate('drift', 'no breaking change between the spec and the snapshot the client was generated from');
    gate('examples', 'every example validates against its schema');
  }
  for (const call of result.calls) cases.push({ classname: call.kind === 'live' ? 'live' : 'replay', name: call.title, ms: call.ms, findings: call.findings });
  if (result.mode === 'mock' && result.loaded) gate('coverage', 'every documented response was replayed');

  const failures = cases.filter((item) => item.findings.length > 0).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(suiteName)}" tests="${cases.length}" failures="${failures}" errors="0" time="${seconds(result.timings.totalMs)}">`,
    `  <testsuite name="${attr(`${suiteName}: ${result.spec}${result.shard ? ` shard ${formatShard(result.shard)}` : ''}`)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(result.timings.totalMs)}">`,
  ];
  for (const item of cases) {
    const open = `    <testcase classname="${attr(item.classname)}" name="${attr(item.name)}" time="${seconds(item.ms)}"`;
    if (item.findings.length === 0) {
      lines.push(`${open}/>`);
      continue;
    }
    const body = item.findings.map(formatFinding).join('\n');
    const first = item.findings[0]!;
    lines.push(`${open}>`, `      <failure message="${attr(`${first.kind} ${first.rule}: ${first.message}`.slice(0, 500))}" type="${attr(first.rule)}">${escape(body)}</failure>`, '    </testcase>');
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
