import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, type OpenApiDocument } from '@periskope-tools/generator';
import { describe, expect, test } from 'vitest';
import { coverageFindings, measureCoverage } from '../src/gates/coverage.js';
import { buildInventory, unreceivable } from '../src/plan/inventory.js';
import { buildPlan, type Plan } from '../src/plan/plan.js';
import { loadContractContext } from '../src/spec/context.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const context = await loadContractContext(path.join(here, 'fixtures', 'plan', 'spec.yaml'));
const titles = (plan: Plan) => plan.calls.map((call) => call.title);

describe('buildPlan: what a run calls, with which arguments', () => {
  test('mock: every documented (operation, status, media type, example), then one probe per security scheme', () => {
    const plan = buildPlan(context, { kind: 'mock' });
    expect(titles(plan)).toEqual([
      'listPets 200 application/json example=dog',
      'listPets 200 application/json example=cat',
      // `default` is asked for as a code nothing else of the operation covers (500).
      'listPets default (no content)',
      'createPet 201 (no content)',
      'createPet 4XX application/json',
      'health 200 text/plain',
      'bearerAuth: listPets without credentials',
    ]);
    expect(plan.documented).toBe(6);
    expect(plan.inventory.unreplayable).toEqual([]);
    expect(plan.inventory.tuples.map((tuple) => `${tuple.response.status}:${tuple.statusCode}`)).toEqual(['200:200', '200:200', 'default:500', '201:201', '4XX:400', '200:200']);
    expect(plan.notSelected).toEqual([]);
  });

  /** [name, { given: operation id, want: the arguments the plan chose }] */
  const argumentCases: [string, { given: string; want: unknown }][] = [
    ['a required query parameter from its schema (minimum); an optional one without a documented example is left out', { given: 'listPets', want: { limit: 5 } }],
    ['a body from its schema: required (and defaulted) properties, examples and formats honoured', { given: 'createPet', want: { name: 'Rex', born: '2024-01-01', kind: 'dog' } }],
    ['no parameters, no body', { given: 'health', want: {} }],
  ];
  test.each(argumentCases)('request values: %s', (_name, { given, want }) => {
    const plan = buildPlan(context, { kind: 'mock' });
    const call = plan.calls.find((candidate) => candidate.kind === 'response' && candidate.tuple.operation.id === given);
    expect(call?.args).toEqual(want);
  });

  test('mock with a selection: the rest are left out, and so are the security probes', () => {
    const plan = buildPlan(context, { kind: 'mock', selectTuples: (tuples) => tuples.slice(0, 1) });
    expect(titles(plan)).toEqual(['listPets 200 application/json example=dog']);
    expect(plan.notSelected.map((tuple) => tuple.title)).toEqual(['listPets 200 application/json example=cat', 'listPets default (no content)', 'createPet 201 (no content)', 'createPet 4XX application/json', 'health 200 text/plain']);
  });

  const liveCases: [string, { given: { operations?: string[]; readOnly?: boolean }; want: string[] | RegExp }][] = [
    ['every operation once', { given: {}, want: ['listPets (GET /pets)', 'createPet (POST /pets)', 'health (GET /health)'] }],
    ['--read-only', { given: { readOnly: true }, want: ['listPets (GET /pets)', 'health (GET /health)'] }],
    ['--operations', { given: { operations: ['health', 'createPet'] }, want: ['createPet (POST /pets)', 'health (GET /health)'] }],
    ['--operations naming an unknown operation', { given: { operations: ['nope'] }, want: /names operations the spec does not have: nope/ }],
    ['--read-only leaving nothing', { given: { operations: ['createPet'], readOnly: true }, want: /no operation left to call with --read-only/ }],
  ];
  test.each(liveCases)('live: %s', (_name, { given, want }) => {
    const plan = () => buildPlan(context, { kind: 'live', ...given });
    if (want instanceof RegExp) expect(plan).toThrow(want);
    else expect(titles(plan())).toEqual(want);
  });
});

describe('the coverage gate', () => {
  const plan = buildPlan(context, { kind: 'mock' });
  const responses = plan.calls.flatMap((call) => (call.kind === 'response' ? [call.tuple] : []));

  test('tested/total per dimension counts what passed every oracle', () => {
    const report = measureCoverage('plan.yaml', plan, { tuples: new Set(responses.slice(0, 2)), securitySchemes: new Set(['bearerAuth']) });
    expect(report.dimensions).toEqual({
      operations: { tested: 1, total: 3 },
      statuses: { tested: 1, total: 5 },
      mediaTypes: { tested: 1, total: 3 },
      examples: { tested: 2, total: 3 },
      headers: { tested: 0, total: 0 },
      security: { tested: 1, total: 1 },
    });
    expect(report.untested).toEqual(['listPets default (no content)', 'createPet 201 (no content)', 'createPet 4XX application/json', 'health 200 text/plain']);
  });

  const unreplayable = { title: 'x default (no content)', reason: 'every code is documented on its own', operation: 'x', status: 'default', pointer: '/paths/~1x/get/responses/default' };
  const withUnreplayable: Plan = { ...plan, inventory: { ...plan.inventory, unreplayable: [unreplayable] } };
  const cases: [string, { given: { plan: Plan; replayed: number }; want: string[] }][] = [
    ['an unreplayable response fails the gate', { given: { plan: withUnreplayable, replayed: 6 }, want: ['suite unreplayable'] }],
    ['nothing replayed fails it too', { given: { plan: withUnreplayable, replayed: 0 }, want: ['suite unreplayable', 'suite nothing-replayed'] }],
    ['a spec that documents no response', { given: { plan: { ...plan, documented: 0, inventory: { tuples: [], unreplayable: [] } }, replayed: 0 }, want: ['spec no-responses'] }],
    ['tuples left out of the selection', { given: { plan: { ...plan, inventory: { ...plan.inventory, unreplayable: [] }, notSelected: responses.slice(1) }, replayed: 1 }, want: ['suite not-replayed'] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(coverageFindings(given.plan, given.replayed).map((item) => `${item.kind} ${item.rule}`)).toEqual(want);
  });
});

describe('unreceivable: statuses no fetch-based client is ever handed', () => {
  const cases: [string, { given: number; want: RegExp | undefined }][] = [
    ['100 Continue', { given: 100, want: /1xx response is informational/ }],
    ['101 Switching Protocols', { given: 101, want: /fetch never hands a client a 101/ }],
    ['407 Proxy Authentication Required', { given: 407, want: /network error/ }],
    ['200', { given: 200, want: undefined }],
    ['401', { given: 401, want: undefined }],
    ['302 (asked for with redirect: manual)', { given: 302, want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const reason = unreceivable(given);
    if (want === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(want);
  });

  test('a documented 1xx or 407 is unreplayable, with the reason, and not called', () => {
    const responses = { '101': { description: 'upgrade' }, '407': { description: 'proxy' }, '200': { description: 'ok' } };
    const model = buildModel({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/ws': { get: { operationId: 'ws', responses } } } } as unknown as OpenApiDocument);
    const inventory = buildInventory(model.operations);
    expect(inventory.tuples.map((tuple) => tuple.title)).toEqual(['ws 200 (no content)']);
    expect(inventory.unreplayable.map((item) => [item.status, item.reason.slice(0, 28)])).toEqual([
      ['101', 'fetch never hands a client a'],
      ['407', 'fetch turns a 407 (Proxy Aut'],
    ]);
  });
});
