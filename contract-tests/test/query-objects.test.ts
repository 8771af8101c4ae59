import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { startPrismInProcess, withDefaultExplode } from '../src/call/prism-in-process.js';
import { generateClient } from '../src/client/generate-client.js';
import { runPlan } from '../src/pipeline/run-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'fixtures', 'query-objects', 'query-objects.yaml');

describe("withDefaultExplode: OpenAPI's default where the spec says nothing (Prism reads unset as false)", () => {
  const cases: [string, { given: { location: 'query' | 'header' | 'path' | 'cookie'; style?: string; explode?: boolean }; want: boolean }][] = [
    ['a query parameter (form by default) explodes', { given: { location: 'query' }, want: true }],
    ['a cookie parameter (form by default) explodes', { given: { location: 'cookie' }, want: true }],
    ['a path parameter (simple by default) does not', { given: { location: 'path' }, want: false }],
    ['a header parameter does not', { given: { location: 'header' }, want: false }],
    ['deepObject does not (it reads brackets either way)', { given: { location: 'query', style: 'deepObject' }, want: false }],
    ['an explode the spec says is kept', { given: { location: 'query', style: 'form', explode: false }, want: false }],
  ];
  test.each(cases)('%s', (_name, { given: { location, ...parameter }, want }) => {
    const operation = { request: { [location]: [{ ...parameter }] } };
    withDefaultExplode(operation);
    expect(operation.request[location]![0]!.explode).toBe(want);
  });
});

describe('a required object query parameter in the default style (form, exploded)', () => {
  test('the in-process Prism reads it from its fields (it looked for `paging=` and reported it missing)', async () => {
    const prism = await startPrismInProcess(fixture, { timeoutMs: 30_000 });
    try {
      const answer = await fetch(`${prism.baseUrl}/pages?page=0&size=1`, { signal: AbortSignal.timeout(10_000) });
      expect({ status: answer.status, body: await answer.text() }).toEqual({ status: 200, body: '3' });
    } finally {
      await prism.close();
    }
  });

  test("the whole pipeline: an optional one is sent (Prism builds it anyway), the one Prism cannot read (an array field arrives as text) is the mock's gap, no suite finding", async () => {
    const result = await runPlan({ specPath: fixture, client: () => generateClient(fixture) });
    expect(result.findings.map((finding) => [finding.kind, finding.rule, finding.operation])).toEqual([
      ['server', 'mock-cannot-read', 'listSorted'],
      ['server', 'mock-cannot-read', 'listSorted'],
    ]);
    expect(result.findings[0]!.message).toContain("Prism reads an exploded form object's fields as text, so /sort as Prism reads it: must be array,null");
    expect({ documented: result.documented, replayed: result.replayed }).toEqual({ documented: 3, replayed: 3 });
  });
});
