import { describe, expect, test } from 'vitest';
import { forEachRef, getAtPointer, type OpenApiDocument } from '../../../src/document/index.js';
import { hoistKindOf, hoistNestedRefTargets, type HoistKind } from '../../../src/emit/type-passes/hoist-nested-ref-targets.js';

describe('hoistKindOf', () => {
  const cases: [string, { given: string; want: HoistKind['section'] | undefined }][] = [
    ['a component itself is used as is', { given: '#/components/schemas/Pet', want: undefined }],
    ['a component section is used as is', { given: '#/components/schemas', want: undefined }],
    ['a property of a component schema', { given: '#/components/schemas/Pet/properties/name', want: 'schemas' }],
    ['a definition inside a component schema', { given: '#/components/schemas/Item/definitions/kind', want: 'schemas' }],
    ["a component parameter's schema", { given: '#/components/parameters/id/schema', want: 'schemas' }],
    ["a component response's schema", { given: '#/components/responses/NotFound/content/application~1json/schema', want: 'schemas' }],
    ["a component response's header", { given: '#/components/responses/NotFound/headers/X-Trace', want: 'headers' }],
    ["an inline request body's schema", { given: '#/paths/~1a/post/requestBody/content/application~1json/schema', want: 'schemas' }],
    ['an inline parameter', { given: '#/paths/~1a/get/parameters/0', want: 'parameters' }],
    ['an inline response', { given: '#/paths/~1a/get/responses/200', want: 'responses' }],
    ['an inline response header', { given: '#/paths/~1a/get/responses/200/headers/X-Rate', want: 'headers' }],
    ['an inline request body', { given: '#/paths/~1a/post/requestBody', want: 'requestBodies' }],
    ['an operation is none of the kinds', { given: '#/paths/~1a/get', want: undefined }],
    ['a path item is none of the kinds', { given: '#/paths/~1a', want: undefined }],
    // A `$ref` key inside an example value is data, not a reference to type.
    ['a ref into an example is data', { given: '#/components/examples/Pet/value', want: undefined }],
    ["a ref into a media type's examples is data", { given: '#/paths/~1a/get/responses/200/content/application~1json/examples/one/value', want: undefined }],
    ['a property named "example" is still a schema', { given: '#/components/schemas/Pet/properties/example', want: 'schemas' }],
    ['a property named "examples" is still a schema', { given: '#/components/schemas/Pet/properties/examples', want: 'schemas' }],
    ['outside components and paths', { given: '#/x-defs/Pet/properties/a', want: undefined }],
    ["a root $defs schema (JSON Schema's definitions)", { given: '#/$defs/StringType', want: 'schemas' }],
    ['the root $defs itself is none of the kinds', { given: '#/$defs', want: undefined }],
    ['an external document', { given: 'other.yaml#/components/schemas/Pet/properties/a', want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(hoistKindOf(given)?.section).toBe(want);
  });
});

const inlineBody = { type: 'object', properties: { note: { type: 'string' } } };
const kind = { type: 'string', enum: ['a', 'b'] };
const ok = { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } };

/** Paths with `GET /use`, whose parameters (refs to parameters) and response schemas (the others) refer to `refs`. */
function using(...refs: string[]) {
  return {
    '/use': {
      get: {
        parameters: refs.filter((ref) => ref.includes('/parameters/')).map(($ref) => ({ $ref })),
        responses: Object.fromEntries(
          refs.filter((ref) => !ref.includes('/parameters/')).map(($ref, index) => [String(200 + index), { description: 'x', content: { 'application/json': { schema: { $ref } } } }]),
        ),
      },
    },
  };
}

interface Want {
  /** Every `$ref` of the result (in any order). */
  refs: string[];
  /** Each component added, by its pointer: the pointer (in the given document) of what it is a copy of. */
  added: Record<string, string>;
}

describe('hoistNestedRefTargets', () => {
  const cases: [string, { given: OpenApiDocument; want: Want }][] = [
    [
      "a path's inline schema is copied to components.schemas as PathSchema_<pointer>",
      {
        given: {
          openapi: '3.1.0',
          paths: {
            '/a': { post: { requestBody: { content: { 'application/json': { schema: inlineBody } } }, responses: {} } },
            ...using('#/paths/~1a/post/requestBody/content/application~1json/schema'),
          },
          components: { schemas: { Other: { type: 'string' } } },
        },
        want: {
          refs: ['#/components/schemas/PathSchema_a_post_requestBody_content_application_json_schema'],
          added: { '/components/schemas/PathSchema_a_post_requestBody_content_application_json_schema': '/paths/~1a/post/requestBody/content/application~1json/schema' },
        },
      },
    ],
    [
      "a component schema's inner schema is copied as Nested_<pointer>",
      {
        given: { openapi: '3.1.0', paths: using('#/components/schemas/Item/properties/kind'), components: { schemas: { Item: { type: 'object', properties: { kind } } } } },
        want: { refs: ['#/components/schemas/Nested_schemas_Item_properties_kind'], added: { '/components/schemas/Nested_schemas_Item_properties_kind': '/components/schemas/Item/properties/kind' } },
      },
    ],
    [
      'a root $defs schema is copied as Defs_<name>',
      {
        given: { openapi: '3.1.0', paths: using('#/$defs/StringType'), $defs: { StringType: { type: 'string' } } } as unknown as OpenApiDocument,
        want: { refs: ['#/components/schemas/Defs_StringType'], added: { '/components/schemas/Defs_StringType': '/$defs/StringType' } },
      },
    ],
    [
      'an inline parameter goes to components.parameters',
      {
        given: {
          openapi: '3.1.0',
          paths: { '/a': { get: { parameters: [{ name: 'id', in: 'query', schema: { type: 'string' } }], responses: {} } }, ...using('#/paths/~1a/get/parameters/0') },
        },
        want: { refs: ['#/components/parameters/PathParameter_a_get_parameters_0'], added: { '/components/parameters/PathParameter_a_get_parameters_0': '/paths/~1a/get/parameters/0' } },
      },
    ],
    [
      'an inline response goes to components.responses',
      {
        given: {
          openapi: '3.1.0',
          paths: { '/a': { get: { responses: { '200': ok } } }, '/b': { get: { responses: { '200': { $ref: '#/paths/~1a/get/responses/200' } } } } },
        },
        want: { refs: ['#/components/responses/PathResponse_a_get_responses_200'], added: { '/components/responses/PathResponse_a_get_responses_200': '/paths/~1a/get/responses/200' } },
      },
    ],
    [
      'an inline request body goes to components.requestBodies',
      {
        given: {
          openapi: '3.1.0',
          paths: {
            '/a': { post: { requestBody: { content: { 'application/json': { schema: inlineBody } } }, responses: {} } },
            '/b': { post: { requestBody: { $ref: '#/paths/~1a/post/requestBody' }, responses: {} } },
          },
        },
        want: { refs: ['#/components/requestBodies/PathRequestBody_a_post_requestBody'], added: { '/components/requestBodies/PathRequestBody_a_post_requestBody': '/paths/~1a/post/requestBody' } },
      },
    ],
    [
      'an inline response header goes to components.headers',
      {
        given: {
          openapi: '3.1.0',
          paths: {
            '/a': { get: { responses: { '200': { description: 'ok', headers: { 'X-Rate': { schema: { type: 'integer' } } } } } } },
            '/b': { get: { responses: { '200': { description: 'ok', headers: { 'X-Rate': { $ref: '#/paths/~1a/get/responses/200/headers/X-Rate' } } } } } },
          },
        },
        want: { refs: ['#/components/headers/PathHeader_a_get_responses_200_headers_X_Rate'], added: { '/components/headers/PathHeader_a_get_responses_200_headers_X_Rate': '/paths/~1a/get/responses/200/headers/X-Rate' } },
      },
    ],
    [
      'a name already taken gets an underscore',
      {
        given: {
          openapi: '3.1.0',
          paths: using('#/components/schemas/Item/properties/kind'),
          components: { schemas: { Item: { type: 'object', properties: { kind } }, Nested_schemas_Item_properties_kind: { type: 'integer' } } },
        },
        want: { refs: ['#/components/schemas/Nested_schemas_Item_properties_kind_'], added: { '/components/schemas/Nested_schemas_Item_properties_kind_': '/components/schemas/Item/properties/kind' } },
      },
    ],
    [
      'a ref into a hoisted target that is a target itself gets its own copy (longest first)',
      {
        given: {
          openapi: '3.1.0',
          paths: using('#/components/schemas/Item/properties/tags', '#/components/schemas/Item/properties/tags/items'),
          components: { schemas: { Item: { type: 'object', properties: { tags: { type: 'array', items: kind } } } } },
        },
        want: {
          refs: ['#/components/schemas/Nested_schemas_Item_properties_tags', '#/components/schemas/Nested_schemas_Item_properties_tags_items'],
          added: { '/components/schemas/Nested_schemas_Item_properties_tags': '/components/schemas/Item/properties/tags', '/components/schemas/Nested_schemas_Item_properties_tags_items': '/components/schemas/Item/properties/tags/items' },
        },
      },
    ],
    [
      'a ref below a hoisted target that has no copy of its own points into the copy',
      {
        given: {
          openapi: '3.1.0',
          // `.../tags/nothing` does not resolve, so it is not copied; it is rewritten to point into the copy of `.../tags`.
          paths: using('#/components/schemas/Item/properties/tags', '#/components/schemas/Item/properties/tags/nothing'),
          components: { schemas: { Item: { type: 'object', properties: { tags: { type: 'array', items: kind } } } } },
        },
        want: {
          refs: ['#/components/schemas/Nested_schemas_Item_properties_tags', '#/components/schemas/Nested_schemas_Item_properties_tags/nothing'],
          added: { '/components/schemas/Nested_schemas_Item_properties_tags': '/components/schemas/Item/properties/tags' },
        },
      },
    ],
    [
      'a ref that does not resolve is left as written',
      {
        given: { openapi: '3.1.0', paths: using('#/components/schemas/Item/properties/missing'), components: { schemas: { Item: { type: 'object' } } } },
        want: { refs: ['#/components/schemas/Item/properties/missing'], added: {} },
      },
    ],
    [
      'a document without components gets the section it needs',
      {
        given: {
          openapi: '3.1.0',
          paths: {
            '/a': { post: { requestBody: { content: { 'application/json': { schema: inlineBody } } }, responses: {} } },
            ...using('#/paths/~1a/post/requestBody/content/application~1json/schema'),
          },
        },
        want: {
          refs: ['#/components/schemas/PathSchema_a_post_requestBody_content_application_json_schema'],
          added: { '/components/schemas/PathSchema_a_post_requestBody_content_application_json_schema': '/paths/~1a/post/requestBody/content/application~1json/schema' },
        },
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const before = structuredClone(given);
    const result = hoistNestedRefTargets(given);
    const refs: string[] = [];
    forEachRef(result, (ref) => void refs.push(ref));
    expect(refs.sort()).toEqual([...want.refs].sort());
    const added = Object.entries(result.components ?? {}).flatMap(([section, entries]) =>
      Object.keys(entries)
        .map((name) => `/components/${section}/${name}`)
        .filter((pointer) => getAtPointer(before, pointer) === undefined),
    );
    expect(added.sort()).toEqual(Object.keys(want.added).sort());
    for (const [pointer, original] of Object.entries(want.added)) {
      const value = getAtPointer(before, original);
      expect(value, `${original} exists in the given document`).toBeDefined();
      expect(getAtPointer(result, pointer)).toEqual(value);
    }
  });

  test('a document without nested refs is returned as it is', () => {
    const document: OpenApiDocument = { openapi: '3.1.0', paths: using('#/components/schemas/Item'), components: { schemas: { Item: { type: 'object' } } } };
    expect(hoistNestedRefTargets(document)).toBe(document);
  });

  test("the caller's document is not changed", () => {
    const document: OpenApiDocument = { openapi: '3.1.0', paths: using('#/components/schemas/Item/properties/kind'), components: { schemas: { Item: { type: 'object', properties: { kind } } } } };
    const before = structuredClone(document);
    hoistNestedRefTargets(document);
    expect(document).toEqual(before);
  });
});

