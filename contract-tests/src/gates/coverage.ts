import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Inventory, ResponseTuple } from '../plan/inventory.js';

/** tested/total per dimension, as printed and as written to reports/coverage.json. */
export interface CoverageReport {
  spec: string;
  dimensions: Record<'operations' | 'statuses' | 'mediaTypes' | 'examples' | 'headers' | 'security', { tested: number; total: number }>;
  untested: string[];
}

export class CoverageTracker {
  private readonly passed = new Set<ResponseTuple>();
  private readonly securityTested = new Set<string>();

  constructor(
    private readonly inventory: Inventory,
    private readonly securitySchemes: string[],
  ) {}

  tuplePassed(tuple: ResponseTuple): void {
    this.passed.add(tuple);
  }

  securityPassed(scheme: string): void {
    this.securityTested.add(scheme);
  }

  get replayedCount(): number {
    return this.passed.size;
  }

  report(spec: string): CoverageReport {
    const all = this.inventory.tuples;
    const passed = [...this.passed];
    const count = <T>(items: ResponseTuple[], key: (tuple: ResponseTuple) => T | undefined) =>
      new Set(items.map(key).filter((value) => value !== undefined)).size;
    const dimension = <T>(key: (tuple: ResponseTuple) => T | undefined) => ({ tested: count(passed, key), total: count(all, key) });
    const headerKeys = (tuples: ResponseTuple[]) =>
      new Set(tuples.flatMap((tuple) => tuple.response.headers.map((header) => `${tuple.operation.id} ${tuple.response.status} ${header.name}`)));
    return {
      spec,
      dimensions: {
        operations: dimension((tuple) => tuple.operation.id),
        statuses: dimension((tuple) => `${tuple.operation.id} ${tuple.response.status}`),
        mediaTypes: dimension((tuple) => (tuple.content ? `${tuple.operation.id} ${tuple.response.status} ${tuple.content.mediaType}` : undefined)),
        examples: dimension((tuple) => (tuple.example ? tuple.title : undefined)),
        headers: { tested: headerKeys(passed).size, total: headerKeys(all).size },
        security: { tested: this.securityTested.size, total: this.securitySchemes.length },
      },
      untested: [
        ...all.filter((tuple) => !this.passed.has(tuple)).map((tuple) => tuple.title),
        ...this.inventory.unreplayable.map((item) => `${item.title}: ${item.reason}`),
        ...this.securitySchemes.filter((scheme) => !this.securityTested.has(scheme)).map((scheme) => `security scheme ${scheme}`),
      ],
    };
  }
}

export function formatCoverage(report: CoverageReport): string {
  const rows = Object.entries(report.dimensions).map(([name, { tested, total }]) => `  ${name.padEnd(11)} ${tested}/${total}`);
  return ['contract coverage (tested/total):', ...rows].join('\n');
}

export async function writeCoverage(file: string, report: CoverageReport): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(report, null, 2) + '\n');
}
