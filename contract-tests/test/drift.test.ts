import { interfaceSnapshot } from '@periskope-tools/generator';
import { describe, expect, test } from 'vitest';
import { diffInterface, DRIFT_RULES, type Drift } from '../src/gates/drift.js';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } };
const base = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: { operationId: 'getPet', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }], responses: ok },
    },
  },
  components: {
    schemas: { Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, kind: { type: 'string', enum: ['cat', 'dog'] } } } },
  },
};

type Edit = (document: typeof base & Record<string, any>) => void;

/** Drift from `base` (as the client's snapshot) to `base` with one edit, as `rule breaking?` strings. */
function driftAfter(edit: Edit): string[] {
  const next = structuredClone(base) as typeof base & Record<string, any>;
  edit(next);
  return diffInterface(interfaceSnapshot(base), next).map((drift: Drift) => `${drift.rule} ${drift.breaking ? 'breaking' : 'harmless'}`);
}

describe('diffInterface: each rule finds its change, with its id', () => {
  const cases: [string, { given: Edit; want: string[] }][] = [
    ['no change, no drift', { given: () => {}, want: [] }],
    ['an operation removed', { given: (d) => delete (d.paths as any)['/pets/{id}'], want: ['operation-removed breaking'] }],
    ['an operation added', { given: (d) => ((d.paths as any)['/cats'] = { get: { responses: ok } }), want: ['operation-added breaking'] }],
    ['a parameter removed', { given: (d) => (d.paths['/pets/{id}'].get.parameters = []), want: ['parameter-removed breaking'] }],
    [
      'an optional parameter added is harmless',
      { given: (d) => d.paths['/pets/{id}'].get.parameters.push({ name: 'r', in: 'query', schema: { type: 'string' } }), want: ['parameter-added harmless'] },
    ],
    ['a response status added', { given: (d) => ((d.paths['/pets/{id}'].get.responses as any)['404'] = { description: 'no' }), want: ['response-added breaking'] }],
    ['a response status removed', { given: (d) => ((d.paths['/pets/{id}'].get as any).responses = { '201': ok['200'] }), want: ['response-removed breaking', 'response-added breaking'] }],
    ['a response property removed', { given: (d) => delete (d.components.schemas.Pet.properties as any).kind, want: ['property-removed breaking'] }],
    [
      'an optional response property added is harmless',
      { given: (d) => ((d.components.schemas.Pet.properties as any).age = { type: 'integer' }), want: ['property-added harmless'] },
    ],
    ['a response enum value added', { given: (d) => d.components.schemas.Pet.properties.kind.enum.push('fish'), want: ['enum-value-added breaking'] }],
    ['a response enum value removed', { given: (d) => d.components.schemas.Pet.properties.kind.enum.pop(), want: ['enum-value-removed breaking'] }],
    ['a response property no longer required', { given: (d) => (d.components.schemas.Pet.required = []), want: ['no-longer-required breaking'] }],
    ['a type changed (a removed and an added type)', { given: (d) => ((d.components.schemas.Pet.properties.name as any).type = 'integer'), want: ['type-changed breaking', 'type-changed breaking'] }],
    ['a keyword added', { given: (d) => ((d.components.schemas.Pet.properties.name as any).format = 'uuid'), want: ['keyword-added breaking'] }],
    [
      'an operation-level parameter overriding a path-level one is compared as the one in effect',
      {
        given: (d) => d.paths['/pets/{id}'].get.parameters.push({ name: 'id', in: 'path', required: true, schema: { type: 'integer' } } as any),
        // `type` is a set: string removed, integer added.
        want: ['type-changed breaking', 'type-changed breaking'],
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(driftAfter(given)).toEqual(want));

  test('every rule id a finding carries is a declared one', () => {
    const seen = cases.flatMap(([, { given }]) => driftAfter(given).map((line) => line.split(' ')[0]));
    for (const rule of seen) expect(DRIFT_RULES).toContain(rule);
  });
});

describe('diffInterface on shared schemas', () => {
  // Schemas compared once for one operation are not walked again for the next (Stripe: 160 s → 1 s); a change
  // deep in a shared schema must still be reported for every operation that reaches it, by any path.
  const shared = {
    ...base,
    paths: {
      // Wrapper meets Pet (drifted) before Owner, whose Pet is then already compared: Owner must not pass as clean.
      '/b': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Wrapper' } } } } } } },
      '/a': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Owner' } } } } } } },
      '/c': { get: { responses: ok } },
    },
    components: {
      schemas: {
        ...base.components.schemas,
        Owner: { type: 'object', properties: { pet: { $ref: '#/components/schemas/Pet' }, self: { $ref: '#/components/schemas/Owner' } } },
        Wrapper: { type: 'object', properties: { pet: { $ref: '#/components/schemas/Pet' }, owner: { $ref: '#/components/schemas/Owner' } } },
      },
    },
  };
  test('a change to a schema reached through another shared (and recursive) schema is reported once for each operation', () => {
    const next = structuredClone(shared);
    next.components.schemas.Pet.properties.kind.enum.push('fish');
    const drifts = diffInterface(interfaceSnapshot(shared), next);
    expect(drifts.map((drift) => `${drift.operation} ${drift.rule}`).sort()).toEqual([
      'GET /a (GET /a) enum-value-added',
      'GET /b (GET /b) enum-value-added',
      'GET /c (GET /c) enum-value-added',
    ]);
  });
});

describe('diffInterface on references nobody validated', () => {
  // DigitalOcean's spec refers to parameters under paths with percent-encoded braces (`~1%7Bid%7D`); the drift
  // check once read those refs without decoding them and crashed (`reading 'in'`).
  const encoded = {
    ...base,
    paths: {
      ...base.paths,
      '/owners/{id}': { get: { parameters: [{ $ref: '#/paths/~1pets~1%7Bid%7D/parameters/0' }], responses: ok } },
    },
  };
  const cases: [string, { given: unknown; want: string[] }][] = [
    ['a percent-encoded $ref is followed: no drift against itself', { given: encoded, want: [] }],
    [
      'a dangling parameter $ref is reported as the parameter gone, not a crash',
      {
        given: { ...encoded, paths: { ...encoded.paths, '/owners/{id}': { get: { parameters: [{ $ref: '#/nope' }], responses: ok } } } },
        want: ['parameter-removed'],
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(diffInterface(interfaceSnapshot(encoded), given).map((drift) => drift.rule)).toEqual(want);
  });
});
