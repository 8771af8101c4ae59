// The typed-calls harness end to end (issue 11): for each document, the values the suite sends are written as
// literal calls through its generated client and type-checked under strict (gates/typed-calls.ts), and the same
// values are replayed against an in-process Prism, which must accept every request. A committed fixture of the
// shapes that once failed, and a few small peer fixtures with tricky shapes when ../shared/peer-specs is there.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { generateClient, SCRATCH_CLIENTS } from '../src/client/generate-client.js';
import { checkTypedCalls } from '../src/gates/typed-calls.js';
import { runPlan } from '../src/pipeline/run-plan.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TRICKY = path.join(HERE, 'fixtures', 'typed-calls', 'tricky.yaml');
const PEER_SPECS = path.join(HERE, '..', '..', '..', 'shared', 'peer-specs');

/** The whole pipeline with the typed-calls gate, the client generated into its own folder (the corpus run shares the default one). */
async function replayWithCalls(file: string, name: string) {
  const dir = path.join(SCRATCH_CLIENTS, `typed-calls-${name}`);
  const result = await runPlan({ specPath: file, client: () => generateClient(file, { dir }), mode: { kind: 'mock', server: 'in-process' }, gates: { typedCalls: true }, requestTimeoutMs: 20_000 });
  const problems = result.findings.filter((item) => ['typed-call-rejected', 'request-rejected', 'request-unsatisfiable', 'check-crashed', 'call-failed'].includes(item.rule));
  return { result, problems: problems.map((item) => `${item.rule} ${item.operation ?? ''}: ${item.message.split('\n')[0]}`), dir };
}

describe('typed calls on the committed fixture of shapes that once failed', () => {
  test('every call is written, type-checks and is accepted by Prism', async () => {
    const { result, problems } = await replayWithCalls(TRICKY, 'tricky');
    expect(problems).toEqual([]);
    expect(result.typedCalls).toEqual({ written: ['createTag', 'updatePet', 'listLines', 'createNode', 'rerun', 'createPatterns'], rejected: [], skipped: 0 });
    expect(result.replayed).toBe(result.documented);
    const source = await readFile(path.join(SCRATCH_CLIENTS, 'typed-calls-tricky', 'typed-calls.ts'), 'utf8');
    // What made them pass: the undeclared `email` left out, the inherited discriminator's value, the header sent
    // empty, the optional body no value is valid for left out.
    expect(source).not.toContain('rex@example.com');
    expect(source).toContain('"pet_type":"Cat"');
    expect(source).toContain('listLines({"x-line-ids":[]})');
    expect(source).toContain('createNode()');
    expect(source).not.toContain('"body":null');
    // A property with a `default` is optional in the type as in the spec: the documented example leaves it out.
    expect(source).toContain('createPatterns({"patterns":[{"name":"Stripe key","pattern":"sk_[0-9a-z]{24}"}]})');
  }, 300_000);

  test('a deliberately wrong call is rejected, naming its operation (the gate can fail)', async () => {
    const dir = path.join(SCRATCH_CLIENTS, 'typed-calls-tricky');
    const document = parse(await readFile(TRICKY, 'utf8'));
    // `pet_type` of a Cat is 'Cat': the value the spec allows, swapped for one it does not.
    const result = await checkTypedCalls({ dir, className: 'ContractApi', document, args: (operation, args) => (operation.id === 'updatePet' ? { body: { pet_type: 'Cow' } } : args) });
    expect(result.errors.map((error) => error.operation)).toEqual(['updatePet']);
    expect(result.errors[0]!.message).toMatch(/'"Cow"' is not assignable/);
  }, 300_000);
});

// Small peer fixtures whose shapes the typed calls once got wrong or that are easy to get wrong: discriminators
// inherited through allOf and mapped, oneOf bodies, parameters of every location and style, readOnly/writeOnly.
const PEERS = [
  'orval/tests/specifications/boolean-discriminator.yaml',
  'orval/tests/specifications/discriminator-oneof-allof-inherited.yaml',
  'orval/tests/specifications/parameters.yaml',
  'openapi-typescript/packages/openapi-fetch/test/read-write-visibility/schemas/read-write.yaml',
];

describe.skipIf(!existsSync(path.join(PEER_SPECS, 'list.txt')))('typed calls on peer fixtures (../shared/peer-specs)', () => {
  test.each(PEERS)('%s: every call type-checks and Prism accepts it', async (file) => {
    const { result, problems } = await replayWithCalls(path.join(PEER_SPECS, file), path.basename(file).replace(/\.\w+$/, ''));
    expect(problems).toEqual([]);
    expect(result.typedCalls?.written.length).toBeGreaterThan(0);
    expect(result.typedCalls?.rejected).toEqual([]);
  }, 300_000);

  // Its one operation declares required path parameters that `/endpoint` has no place for: no request the spec
  // allows exists, so the spec is at fault and no typed call is written (a `{}` call would fail the type for it).
  test('parameters-test.yaml: an operation no request can satisfy is a spec finding and gets no typed call', async () => {
    const { result, problems } = await replayWithCalls(path.join(PEER_SPECS, 'openapi-typescript/packages/openapi-typescript/test/fixtures/parameters-test.yaml'), 'parameters-test');
    expect(problems).toEqual([]);
    expect(result.typedCalls).toEqual({ written: [], rejected: [], skipped: 1 });
    const impossible = result.findings.filter((item) => item.rule === 'request-impossible');
    expect(impossible.map((item) => [item.kind, item.operation, item.pointer])).toEqual([['spec', 'GET /endpoint', '/paths/~1endpoint/get/parameters/0']]);
    expect(impossible[0]!.message).toContain('has no {local_param_a}');
  }, 300_000);
});
