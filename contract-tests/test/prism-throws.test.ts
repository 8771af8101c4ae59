import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generateClient } from '../src/client/generate-client.js';
import { repairPrismDeserializers } from '../src/call/prism-deserializers.js';
import { MOCK_THREW_HEADER } from '../src/call/prism-guard.js';
import { startPrismInProcess } from '../src/call/prism-in-process.js';
import { runPlan } from '../src/pipeline/run-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'fixtures', 'prism-throws', 'parameter-styles.yaml');
const require = createRequire(import.meta.url);

type Deserializer = (name: string, parameters: Record<string, unknown>, schema?: { type?: unknown }, explode?: boolean) => unknown;
const style = (file: string, name: string) => (require(`@stoplight/prism-http/dist/validator/deserializers/style/${file}.js`) as Record<string, unknown>)[name];
const tables = require('@stoplight/prism-http/dist/validator/deserializers/index.js') as Record<'header' | 'query' | 'path', Record<string, Deserializer>>;

describe("Prism's deserializers: what threw, and what they read once repaired", () => {
  // Each row: the request's values as Prism hands them over (its path matcher splits a segment at commas).
  const cases: [string, { given: { location: 'header' | 'query' | 'path'; style: string; parameters: Record<string, unknown>; schema: { type: string } }; want: { threw: RegExp; value: unknown } }][] = [
    ['an optional array header left out', { given: { location: 'header', style: 'simple', parameters: {}, schema: { type: 'array' } }, want: { threw: /reading 'split'/, value: undefined } }],
    ['a pipeDelimited string', { given: { location: 'query', style: 'pipeDelimited', parameters: { q: 'abc' }, schema: { type: 'string' } }, want: { threw: /only applicable to array/, value: 'abc' } }],
    ['a pipeDelimited object', { given: { location: 'query', style: 'pipeDelimited', parameters: { q: 'R|100|G|200' }, schema: { type: 'object' } }, want: { threw: /only applicable to array/, value: { R: '100', G: '200' } } }],
    ['a path array segment with a comma', { given: { location: 'path', style: 'simple', parameters: { q: ['a', 'b'] }, schema: { type: 'array' } }, want: { threw: /split is not a function/, value: ['a', 'b'] } }],
    ['a label path object with a comma', { given: { location: 'path', style: 'label', parameters: { q: ['.name', 'x'] }, schema: { type: 'object' } }, want: { threw: /startsWith is not a function/, value: { name: 'x' } } }],
  ];
  const originals: Record<string, Record<string, unknown>> = {
    header: { simple: style('simple', 'deserializeSimpleStyle') },
    path: { simple: style('simple', 'deserializeSimpleStyle'), label: style('label', 'deserializeLabelStyle') },
    query: { pipeDelimited: tables.query.pipeDelimited },
  };
  test.each(cases)('%s', (_name, { given, want }) => {
    const { parameters } = given;
    const name = 'q';
    // The module's own function (the table is what gets repaired); delimited styles are made by a factory.
    const original = (given.style === 'pipeDelimited' ? (style('delimited', 'createDelimitedDeserializerStyle') as (separator: string) => Deserializer)('|') : originals[given.location]![given.style]) as Deserializer;
    expect(() => original(name, parameters, given.schema, false)).toThrow(want.threw);
    repairPrismDeserializers();
    expect(tables[given.location][given.style]!(name, parameters, given.schema, false)).toEqual(want.value);
  });
});

describe('the in-process Prism on requests that made it throw', () => {
  test('each is validated and answered; what still throws is a 500 naming the error, and the mock lives on', async () => {
    const prism = await startPrismInProcess(fixture, { timeoutMs: 30_000 });
    try {
      const ask = (url: string) => fetch(`${prism.baseUrl}${url}`, { headers: { Prefer: 'code=200' }, signal: AbortSignal.timeout(10_000) });
      for (const url of ['/headers', '/search?q=abc', '/items/a,b', '/labelled/.name,x']) {
        const answer = await ask(url);
        expect([url, answer.status, answer.headers.get(MOCK_THREW_HEADER)]).toEqual([url, 200, null]);
      }
      // A label value without its `.` is refused by a throw inside Prism: the guard answers instead of the process dying.
      const threw = await ask('/labelled/name,x');
      expect(threw.status).toBe(500);
      expect(threw.headers.get(MOCK_THREW_HEADER)).toMatch(/Label serialization style requires parameter to be prefixed with "."/);
      expect((await ask('/headers')).status).toBe(200);
    } finally {
      await prism.close();
    }
  });

  test('the whole pipeline on the fixture: every documented response replayed, no finding (it ended the process before)', async () => {
    const result = await runPlan({ specPath: fixture, client: () => generateClient(fixture) });
    expect(result.findings).toEqual([]);
    expect({ documented: result.documented, replayed: result.replayed }).toEqual({ documented: 4, replayed: 4 });
  });
});
