import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { redact } from '../redact.js';
import { toHtml } from './html.js';
import { toJUnit } from './junit.js';
import { toLiveReport } from './live-report.js';
import { toResultsJson } from './results-json.js';
import type { RunResult } from './run-result.js';

/** The files a run writes into its report folder. */
export interface WrittenReports {
  results: string;
  junit: string;
  html: string;
  /** Mock runs that reached the replay: tested/total per dimension. */
  coverage?: string;
  /** Live runs. */
  live?: string;
}

export const REPORT_FILES = { results: 'results.json', junit: 'junit.xml', html: 'report.html', coverage: 'coverage.json', live: 'live-report.json' } as const;

/**
 * results.json, junit.xml, report.html and coverage.json (or live-report.json) in `dir`. Reports of an earlier run that this one
 * does not write are removed, so none can stand in for this run. The token is replaced in every file.
 */
export async function writeReports(result: RunResult, dir: string, token?: string): Promise<WrittenReports> {
  await mkdir(dir, { recursive: true });
  const file = (name: keyof typeof REPORT_FILES) => path.join(dir, REPORT_FILES[name]);
  const write = (target: string, text: string) => writeFile(target, redact(text, token));
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const written: WrittenReports = { results: file('results'), junit: file('junit'), html: file('html') };
  await write(written.results, json(toResultsJson(result)));
  await write(written.junit, toJUnit(result));
  await write(written.html, toHtml(result));
  if (result.coverage) await write((written.coverage = file('coverage')), json(result.coverage));
  else await rm(file('coverage'), { force: true });
  if (result.mode === 'live') await write((written.live = file('live')), json(toLiveReport(result)));
  else await rm(file('live'), { force: true });
  return written;
}
