import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { componentSchemas, schemaNameOf } from '../../../src/emit/type-passes/component-schemas.js';

describe('componentSchemas', () => {
  const schemas = { Pet: { type: 'object' } };
  const cases: [string, { given: unknown; want: unknown }][] = [
    ['no components: an empty map', { given: { openapi: '3.1.0' }, want: {} }],
    ['components without schemas: an empty map', { given: { openapi: '3.1.0', components: { parameters: {} } }, want: {} }],
    ['schemas: null is not a map', { given: { openapi: '3.1.0', components: { schemas: null } }, want: {} }],
    ['schemas as written', { given: { openapi: '3.1.0', components: { schemas } }, want: schemas }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(componentSchemas(given as OpenApiDocument)).toEqual(want);
  });

  test("the document's own object, so edits land in the document", () => {
    const document = { openapi: '3.1.0', components: { schemas } } as unknown as OpenApiDocument;
    expect(componentSchemas(document)).toBe(schemas);
  });
});

describe('schemaNameOf', () => {
  const schemas = { Pet: {}, 'a/b': {}, 'a~b': {}, 'A B': {}, '100%': {}, 'Pet Store%': {} };
  const cases: [string, { given: unknown; want: string | undefined }][] = [
    ['a component schema', { given: '#/components/schemas/Pet', want: 'Pet' }],
    ['a schema that does not exist', { given: '#/components/schemas/Cat', want: undefined }],
    ['a pointer into a schema is not a schema name', { given: '#/components/schemas/Pet/properties/id', want: undefined }],
    ['another components section', { given: '#/components/parameters/Pet', want: undefined }],
    ['an external document', { given: 'other.yaml#/components/schemas/Pet', want: undefined }],
    ['~1 is an escaped slash', { given: '#/components/schemas/a~1b', want: 'a/b' }],
    ['~0 is an escaped tilde', { given: '#/components/schemas/a~0b', want: 'a~b' }],
    ['percent-encoded', { given: '#/components/schemas/A%20B', want: 'A B' }],
    ['a stray % is left as written', { given: '#/components/schemas/100%', want: '100%' }],
    ['not a string', { given: 42, want: undefined }],
    ['undefined (no $ref)', { given: undefined, want: undefined }],
    // Inherited keys are not schemas: `constructor` is on every object's prototype.
    ['an inherited key is not a schema', { given: '#/components/schemas/constructor', want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(schemaNameOf(given, schemas)).toBe(want);
  });
});
