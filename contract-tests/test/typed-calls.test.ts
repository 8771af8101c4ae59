import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateClient, SCRATCH_CLIENTS } from '../src/client/generate-client.js';
import { checkTypedCalls } from '../src/gates/typed-calls.js';

const SPEC = `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets:
    post:
      tags: [pets]
      operationId: createPet
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string, example: Rex }
                age: { type: integer, minimum: 0 }
      responses:
        '201': { description: created }
  /pets/{id}:
    get:
      tags: [pets]
      operationId: getPet
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, pattern: '^p[0-9]+$' } }
        - { name: verbose, in: query, schema: { type: boolean } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const dir = path.join(SCRATCH_CLIENTS, 'typed-calls-test');
const specFile = path.join(dir, '..', 'typed-calls-test.yaml');

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await writeFile(specFile, SPEC);
  await generateClient(specFile, { dir, clientName: 'PetsApi' });
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(specFile, { force: true });
});

describe('typed calls', () => {
  test('the values the suite sends, as literal calls, type-check through the generated client', async () => {
    const result = await checkTypedCalls({ dir, className: 'PetsApi', document: parse(SPEC) });
    expect(result.calls).toBe(2);
    expect(result.errors).toEqual([]);
    const source = await readFile(result.file, 'utf8');
    expect(source).toContain('await client.pets.createPet({"name":"Rex"');
    expect(source).toMatch(/await client\.pets\.getPet\(\{"id":"[^"]*"/);
  }, 120_000);

  test('a generated type stricter than the spec fails the call that the spec allows, naming the operation', async () => {
    const schemaFile = path.join(dir, 'src', 'schema.ts');
    const original = await readFile(schemaFile, 'utf8');
    // As if the generator had typed the name as a number.
    const stricter = original.replace(/name: string;/, 'name: number;');
    expect(stricter).not.toBe(original);
    await writeFile(schemaFile, stricter);
    try {
      const result = await checkTypedCalls({ dir, className: 'PetsApi', document: parse(SPEC) });
      expect(result.errors.map((error) => error.operation)).toEqual(['createPet']);
      expect(result.errors[0]!.message).toMatch(/line \d+: Type 'string' is not assignable to type 'number'/);
    } finally {
      await writeFile(schemaFile, original);
    }
  }, 120_000);
});
