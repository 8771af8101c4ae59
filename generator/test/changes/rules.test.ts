import { describe, expect, test } from 'vitest';
import { CHANGE_RULES, changeReport, type ChangeLevel } from '../../src/changes/index.js';

type Json = Record<string, unknown>;

/** A one-operation document: `POST /pets` (createPet) with the given request body schema and 201 schema. */
function api(edit: { request?: Json; response?: Json; operation?: Json; parameters?: Json[]; responses?: Json; root?: Json; schemas?: Json } = {}): Json {
  return {
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com/v1' }],
    ...edit.root,
    paths: {
      '/pets': {
        post: {
          operationId: 'createPet',
          tags: ['pets'],
          ...(edit.parameters ? { parameters: edit.parameters } : {}),
          requestBody: { required: true, content: { 'application/json': { schema: edit.request ?? { type: 'object', properties: { name: { type: 'string' } } } } } },
          responses: edit.responses ?? {
            '201': { description: 'created', content: { 'application/json': { schema: edit.response ?? { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } } },
          },
          ...edit.operation,
        },
      },
    },
    components: { schemas: edit.schemas ?? {}, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

/** `api()` with `GET /cats` (listCats) too, that operation given the extra keys. */
function withCats(operation: Json): Json {
  const document = api();
  return { ...document, paths: { ...(document.paths as Json), '/cats': { get: { operationId: 'listCats', responses: { '200': { description: 'ok' } }, ...operation } } } };
}

const object = (properties: Record<string, unknown>, required: string[] = []): Json => ({ type: 'object', properties, ...(required.length ? { required } : {}) });
const json = (schema: Json) => ({ 'application/json': { schema } });

/** Each rule file with a fixture pair per verdict: [rule id of the change, { given: [base, spec], want: level }]. */
const cases: [string, { given: [Json, Json]; want: ChangeLevel }][] = [
  ['operation-added', { given: [api(), { ...api(), paths: { ...(api().paths as Json), '/cats': { get: { operationId: 'listCats', responses: { '200': { description: 'ok' } } } } } }], want: 'feature' }],
  ['operation-removed', { given: [{ ...api(), paths: { ...(api().paths as Json), '/cats': { get: { operationId: 'listCats', responses: { '200': { description: 'ok' } } } } } }, api()], want: 'breaking' }],
  ['operation-id-changed', { given: [api(), api({ operation: { operationId: 'addPet' } })], want: 'breaking' }],
  ['operation-group-changed', { given: [api(), api({ operation: { tags: ['animals'] } })], want: 'breaking' }],
  ['deprecation-added', { given: [api(), api({ operation: { deprecated: true } })], want: 'docs' }],
  ['parameter-added', { given: [api(), api({ parameters: [{ name: 'dryRun', in: 'query', schema: { type: 'boolean' } }] })], want: 'feature' }],
  ['parameter-added', { given: [api(), api({ parameters: [{ name: 'dryRun', in: 'query', required: true, schema: { type: 'boolean' } }] })], want: 'breaking' }],
  ['parameter-removed', { given: [api({ parameters: [{ name: 'dryRun', in: 'query', schema: { type: 'boolean' } }] }), api()], want: 'breaking' }],
  ['parameter-removed', { given: [api({ parameters: [{ name: 'dryRun', in: 'query', deprecated: true, 'x-sunset': '2000-01-01', schema: { type: 'boolean' } }] }), api()], want: 'feature' }],
  ['parameter-removed', { given: [api({ parameters: [{ name: 'dryRun', in: 'query', deprecated: true, 'x-sunset': '2999-01-01', schema: { type: 'boolean' } }] }), api()], want: 'breaking' }],
  ['operation-removed', { given: [withCats({ deprecated: true }), api()], want: 'feature' }],
  ['operation-removed', { given: [withCats({ 'x-stability-level': 'alpha' }), api()], want: 'feature' }],
  ['operation-removed', { given: [withCats({ deprecated: true, 'x-sunset': '2999-01-01' }), api()], want: 'breaking' }],
  ['lifecycle-added', { given: [api(), api({ operation: { 'x-stability-level': 'beta' } })], want: 'breaking' }],
  ['lifecycle-changed', { given: [api({ response: object({ id: { type: 'string', 'x-stability-level': 'stable' } }) }), api({ response: object({ id: { type: 'string', 'x-stability-level': 'draft' } }) })], want: 'breaking' }],
  ['lifecycle-changed', { given: [api({ request: object({ name: { type: 'string', 'x-stability-level': 'beta' } }) }), api({ request: object({ name: { type: 'string', 'x-stability-level': 'stable' } }) })], want: 'docs' }],
  ['keyword-changed', { given: [api({ responses: { '201': { description: 'created', content: { 'application/json': { schema: false } } } } }), api({ responses: { '201': { description: 'created', content: { 'application/json': {} } } } })], want: 'breaking' }],
  ['lifecycle-changed', { given: [api({ operation: { 'x-stability-level': 'alpha' } }), api({ operation: { 'x-stability-level': 'beta' } })], want: 'docs' }],
  ['lifecycle-changed', { given: [api({ operation: { 'x-stability-level': 'ga' } }), api({ operation: { 'x-stability-level': 'ga' } })], want: 'breaking' }],
  ['lifecycle-removed', { given: [api({ operation: { deprecated: true, 'x-sunset': '2999-01-01' } }), api({ operation: { deprecated: true } })], want: 'breaking' }],
  ['lifecycle-changed', { given: [api({ operation: { deprecated: true, 'x-sunset': '2999-01-01' } }), api({ operation: { deprecated: true, 'x-sunset': '2998-01-01' } })], want: 'breaking' }],
  ['lifecycle-changed', { given: [api({ operation: { deprecated: true, 'x-sunset': '2998-01-01' } }), api({ operation: { deprecated: true, 'x-sunset': '2999-01-01' } })], want: 'docs' }],
  ['lifecycle-changed', { given: [api({ operation: { deprecated: true, 'x-sunset': '2999-01-01' } }), api({ operation: { deprecated: true, 'x-sunset': 'soon' } })], want: 'breaking' }],
  ['keyword-changed', { given: [api({ request: object({ name: false }) }), api({ request: object({ name: { type: 'string' } }) })], want: 'feature' }],
  ['keyword-changed', { given: [api({ response: object({ id: { type: 'string' } }) }), api({ response: object({ id: false }) })], want: 'fix' }],
  ['keyword-changed', { given: [api({ response: object({ id: false }) }), api({ response: object({ id: { type: 'string' } }) })], want: 'feature' }],
  ['parameter-required-added', { given: [api({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] }), api({ parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }] })], want: 'breaking' }],
  ['parameter-required-removed', { given: [api({ parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }] }), api({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] })], want: 'feature' }],
  ['request-body-removed', { given: [api(), api({ operation: { requestBody: undefined } })], want: 'breaking' }],
  ['request-body-required-removed', { given: [api(), api({ operation: { requestBody: { content: json(object({ name: { type: 'string' } })) } } })], want: 'feature' }],
  ['property-added', { given: [api(), api({ request: object({ name: { type: 'string' }, tag: { type: 'string' } }) })], want: 'feature' }],
  ['property-added', { given: [api(), api({ request: object({ name: { type: 'string' }, tag: { type: 'string' } }, ['tag']) })], want: 'breaking' }],
  ['property-added', { given: [api(), api({ response: object({ id: { type: 'string' }, born: { type: 'string' } }, ['id']) })], want: 'feature' }],
  ['property-removed', { given: [api(), api({ response: object({}, []) })], want: 'breaking' }],
  ['property-removed', { given: [api(), api({ request: object({}) })], want: 'breaking' }],
  ['property-required-removed', { given: [api(), api({ response: object({ id: { type: 'string' } }) })], want: 'breaking' }],
  ['property-required-removed', { given: [api({ request: object({ name: { type: 'string' } }, ['name']) }), api()], want: 'feature' }],
  ['property-required-added', { given: [api(), api({ request: object({ name: { type: 'string' } }, ['name']) })], want: 'breaking' }],
  ['property-required-removed', { given: [api({ response: { allOf: [object({ id: { type: 'string' } })], required: ['id'] } }), api({ response: { allOf: [object({ id: { type: 'string' } })] } })], want: 'breaking' }],
  ['enum-value-added', { given: [api({ request: object({ kind: { type: 'string', enum: ['cat'] } }) }), api({ request: object({ kind: { type: 'string', enum: ['cat', 'dog'] } }) })], want: 'feature' }],
  ['enum-value-added', { given: [api({ response: object({ kind: { type: 'string', const: 'cat' } }) }), api({ response: object({ kind: { type: 'string', enum: ['cat', 'dog'] } }) })], want: 'breaking' }],
  ['property-added', { given: [api(), api({ request: { anyOf: [object({ name: { type: 'string' }, tag: { type: 'string' } }, ['tag'])] } })], want: 'breaking' }],
  ['enum-value-added', { given: [api({ response: object({ kind: { type: 'string', enum: ['cat'] } }) }), api({ response: object({ kind: { type: 'string', enum: ['cat', 'dog'] } }) })], want: 'breaking' }],
  ['enum-value-removed', { given: [api({ request: object({ kind: { type: 'string', enum: ['cat', 'dog'] } }) }), api({ request: object({ kind: { type: 'string', enum: ['cat'] } }) })], want: 'breaking' }],
  ['enum-value-removed', { given: [api({ response: object({ kind: { type: 'string', enum: ['cat', 'dog'] } }) }), api({ response: object({ kind: { type: 'string', enum: ['cat'] } }) })], want: 'fix' }],
  ['type-changed', { given: [api(), api({ request: object({ name: { type: 'integer' } }) })], want: 'breaking' }],
  ['type-changed', { given: [api({ request: object({ n: { type: 'integer' } }) }), api({ request: object({ n: { type: 'number' } }) })], want: 'feature' }],
  ['type-changed', { given: [api({ response: object({ n: { type: 'integer' } }) }), api({ response: object({ n: { type: 'number' } }) })], want: 'breaking' }],
  ['nullable-added', { given: [api(), api({ response: object({ id: { type: 'string', nullable: true } }, ['id']) })], want: 'breaking' }],
  ['nullable-added', { given: [api(), api({ request: object({ name: { type: 'string', nullable: true } }) })], want: 'feature' }],
  ['nullable-removed', { given: [api({ response: object({ id: { type: ['string', 'null'] } }, ['id']) }), api({ response: object({ id: { type: 'string' } }, ['id']) })], want: 'fix' }],
  ['constraint-changed', { given: [api({ request: object({ n: { type: 'number', minimum: 1 } }) }), api({ request: object({ n: { type: 'number', exclusiveMinimum: 1 } }) })], want: 'breaking' }],
  ['constraint-changed', { given: [api({ response: object({ n: { type: 'number', minimum: 1 } }) }), api({ response: object({ n: { type: 'number', exclusiveMinimum: 1 } }) })], want: 'fix' }],
  ['constraint-changed', { given: [api({ response: object({ n: { type: 'number', maximum: 10, exclusiveMaximum: true } }) }), api({ response: object({ n: { type: 'number', maximum: 10 } }) })], want: 'breaking' }],
  ['security-changed', { given: [withScheme(api(), { type: 'apiKey', in: 'header' }), withScheme(api(), { type: 'apiKey', in: 'header', name: 'X-Key' })], want: 'feature' }],
  ['security-changed', { given: [withScheme(api(), { type: 'apiKey', in: 'header', name: 'X-Key' }), withScheme(api(), { type: 'http', scheme: 'bearer' })], want: 'breaking' }],
  ['component-removed', { given: [api({ schemas: { Unused: object({ a: { type: 'string' } }) } }), api()], want: 'breaking' }],
  ['component-added', { given: [api(), api({ schemas: { Unused: object({ a: { type: 'string' } }) } })], want: 'feature' }],
  ['type-changed', { given: [api({ schemas: { Unused: object({ a: { type: 'string' } }) } }), api({ schemas: { Unused: object({ a: { type: 'integer' } }) } })], want: 'breaking' }],
  ['property-required-added', { given: [api({ schemas: { Unused: object({ a: { type: 'string' } }) } }), api({ schemas: { Unused: object({ a: { type: 'string' } }, ['a']) } })], want: 'breaking' }],
  ['property-added', { given: [api({ schemas: { Unused: object({ a: { type: 'string' } }) } }), api({ schemas: { Unused: object({ a: { type: 'string' }, b: { type: 'string' } }) } })], want: 'feature' }],
  ['nullable-added', { given: [api({ schemas: { Id: { type: 'string' } } }), api({ response: object({ id: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Id' }] } }, ['id']), schemas: { Id: { type: 'string' } } })], want: 'breaking' }],
  ['nullable-removed', { given: [api({ request: object({ name: { anyOf: [{ type: 'string' }, { type: 'null' }] } }) }), api()], want: 'breaking' }],
  ['keyword-added', { given: [api({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] }), api({ parameters: [{ name: 'q', in: 'query', allowReserved: true, schema: { type: 'string' } }] })], want: 'feature' }],
  ['keyword-removed', { given: [api({ parameters: [{ name: 'q', in: 'query', allowReserved: true, schema: { type: 'string' } }] }), api({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] })], want: 'breaking' }],
  ['keyword-changed', { given: [api({ parameters: [{ name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } }] }), api({ parameters: [{ name: 'tags', in: 'query', explode: false, schema: { type: 'array', items: { type: 'string' } } }] })], want: 'breaking' }],
  ['constraint-changed', { given: [api({ request: object({ name: { type: 'string', maxLength: 10 } }) }), api({ request: object({ name: { type: 'string', maxLength: 20 } }) })], want: 'feature' }],
  ['constraint-changed', { given: [api({ request: object({ name: { type: 'string', maxLength: 20 } }) }), api({ request: object({ name: { type: 'string', maxLength: 10 } }) })], want: 'breaking' }],
  ['constraint-added', { given: [api(), api({ request: object({ name: { type: 'string', pattern: '^[a-z]+$' } }) })], want: 'breaking' }],
  ['constraint-added', { given: [api(), api({ response: object({ id: { type: 'string', format: 'uuid' } }, ['id']) })], want: 'fix' }],
  ['composition-branch-added', { given: [api({ request: { oneOf: [{ type: 'string' }] } }), api({ request: { oneOf: [{ type: 'string' }, { type: 'integer' }] } })], want: 'feature' }],
  ['composition-branch-added', { given: [api({ response: { oneOf: [{ type: 'string' }] } }), api({ response: { oneOf: [{ type: 'string' }, { type: 'integer' }] } })], want: 'breaking' }],
  ['additional-properties-removed', { given: [api(), api({ request: { ...object({ name: { type: 'string' } }), additionalProperties: false } })], want: 'breaking' }],
  ['read-write-added', { given: [api({ request: object({ name: { type: 'string' } }, ['name']) }), api({ request: object({ name: { type: 'string', readOnly: true } }, ['name']) })], want: 'breaking' }],
  ['default-value-changed', { given: [api({ request: object({ name: { type: 'string', default: 'a' } }) }), api({ request: object({ name: { type: 'string', default: 'b' } }) })], want: 'fix' }],
  ['response-status-added', { given: [api(), api({ responses: { ...(api().paths as any)['/pets'].post.responses, '409': { description: 'conflict' } } })], want: 'feature' }],
  ['response-status-added', { given: [api(), api({ responses: { ...(api().paths as any)['/pets'].post.responses, '200': { description: 'existing', content: json(object({ id: { type: 'string' } })) } } })], want: 'breaking' }],
  ['response-status-removed', { given: [api({ responses: { ...(api().paths as any)['/pets'].post.responses, '409': { description: 'conflict' } } }), api()], want: 'breaking' }],
  ['media-type-added', { given: [api(), api({ operation: { requestBody: { required: true, content: { ...json(object({ name: { type: 'string' } })), 'application/xml': { schema: { type: 'object' } } } } } })], want: 'feature' }],
  ['media-type-removed', { given: [api(), api({ operation: { requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string' } } } } } })], want: 'breaking' }],
  // A success body is the union of its media types as read: text adds `string`, another JSON schema adds its type.
  ['media-type-added', { given: [api(), api({ responses: { '201': { description: 'created', content: { ...json(object({ id: { type: 'string' } }, ['id'])), 'text/plain': { schema: { type: 'string' } } } } } })], want: 'breaking' }],
  ['media-type-added', { given: [api(), api({ responses: { '201': { description: 'created', content: { ...json(object({ id: { type: 'string' } }, ['id'])), 'application/vnd.pet+json': { schema: object({ name: { type: 'string' } }) } } } } })], want: 'breaking' }],
  // The same schema under another JSON media type: the same member, nothing changes for callers.
  ['media-type-added', { given: [api(), api({ responses: { '201': { description: 'created', content: { ...json(object({ id: { type: 'string' } }, ['id'])), 'application/problem+json': { schema: object({ id: { type: 'string' } }, ['id']) } } } } })], want: 'feature' }],
  // An error body is the union of its JSON media types: a text one adds nothing; a first body where there was none neither.
  ['media-type-added', { given: [api({ responses: { ...(api().paths as any)['/pets'].post.responses, '409': { description: 'conflict', content: json(object({ message: { type: 'string' } })) } } }), api({ responses: { ...(api().paths as any)['/pets'].post.responses, '409': { description: 'conflict', content: { ...json(object({ message: { type: 'string' } })), 'text/html': { schema: { type: 'string' } } } } } })], want: 'feature' }],
  ['media-type-added', { given: [api({ responses: { ...(api().paths as any)['/pets'].post.responses, '409': { description: 'conflict' } } }), api({ responses: { ...(api().paths as any)['/pets'].post.responses, '409': { description: 'conflict', content: json(object({ message: { type: 'string' } })) } } })], want: 'feature' }],
  ['media-type-removed', { given: [api({ responses: { '201': { description: 'created', content: { ...json(object({ id: { type: 'string' } }, ['id'])), 'text/plain': { schema: { type: 'string' } } } } } }), api()], want: 'breaking' }],
  ['response-header-added', { given: [api(), api({ responses: { '201': { description: 'created', headers: { 'X-Trace': { schema: { type: 'string' } } }, content: json(object({ id: { type: 'string' } }, ['id'])) } } })], want: 'feature' }],
  ['response-header-removed', { given: [api({ responses: { '201': { description: 'created', headers: { 'X-Trace': { schema: { type: 'string' } } }, content: json(object({ id: { type: 'string' } }, ['id'])) } } }), api()], want: 'breaking' }],
  ['response-header-required-removed', { given: [api({ responses: { '201': { description: 'c', headers: { 'X-Trace': { required: true, schema: { type: 'string' } } }, content: json(object({ id: { type: 'string' } }, ['id'])) } } }), api({ responses: { '201': { description: 'c', headers: { 'X-Trace': { schema: { type: 'string' } } }, content: json(object({ id: { type: 'string' } }, ['id'])) } } })], want: 'breaking' }],
  ['security-changed', { given: [api(), api({ operation: { security: [{ bearer: [] }] } })], want: 'breaking' }],
  ['security-changed', { given: [api({ operation: { security: [{ bearer: [] }] } }), api({ operation: { security: [{ bearer: [] }, {}] } })], want: 'feature' }],
  ['server-changed', { given: [api(), api({ root: { servers: [{ url: 'https://api.example.com/v2' }] } })], want: 'fix' }],
  ['server-changed', { given: [api(), api({ root: { servers: [{ url: '/v1' }] } })], want: 'breaking' }],
  ['server-changed', { given: [api({ root: { servers: [{ url: '/v1' }] } }), api()], want: 'feature' }],
  ['server-changed', { given: [api(), api({ root: { servers: [{ url: 'https://api.example.com/v1' }, { url: 'https://eu.example.com/v1' }] } })], want: 'feature' }],
  ['documentation-added', { given: [api(), api({ operation: { summary: 'Create a pet' } })], want: 'docs' }],
  ['extension-added', { given: [api(), api({ request: { ...object({ name: { type: 'string' } }), 'x-internal': true } })], want: 'docs' }],
  ['keyword-added', { given: [api({ request: object({ tags: { type: 'array' } }) }), api({ request: object({ tags: { type: 'array', prefixItems: [{ type: 'string' }] } }) })], want: 'breaking' }],
  ['constraint-added', { given: [api({ request: object({ name: { type: 'string' } }) }), api({ request: object({ name: { type: 'string', not: { const: 'rex' } } }) })], want: 'breaking' }],
  ['constraint-removed', { given: [api({ request: object({ tags: { type: 'array', contains: { const: 'a' } } }) }), api({ request: object({ tags: { type: 'array' } }) })], want: 'feature' }],
  ['constraint-removed', { given: [api({ response: object({ tags: { type: 'array', contains: { const: 'a' } } }) }), api({ response: object({ tags: { type: 'array' } }) })], want: 'breaking' }],
  ['constraint-changed', { given: [api({ request: object({ n: { type: 'number', multipleOf: 5 } }) }), api({ request: object({ n: { type: 'number', multipleOf: 2.5 } }) })], want: 'feature' }],
  ['constraint-changed', { given: [api({ request: object({ n: { type: 'number', multipleOf: 5 } }) }), api({ request: object({ n: { type: 'number', multipleOf: 10 } }) })], want: 'breaking' }],
  ['constraint-changed', { given: [api({ response: object({ n: { type: 'number', multipleOf: 5 } }) }), api({ response: object({ n: { type: 'number', multipleOf: 10 } }) })], want: 'fix' }],
  ['constraint-changed', { given: [api({ response: object({ n: { type: 'number', multipleOf: 2 } }) }), api({ response: object({ n: { type: 'number', multipleOf: 3 } }) })], want: 'breaking' }],
  ['property-added', { given: [api({ request: { $ref: '#/components/schemas/Pet' }, schemas: { Pet: object({ name: { type: 'string' } }) } }), api({ request: { allOf: [{ $ref: '#/components/schemas/Pet' }, object({ tag: { type: 'string' } })] }, schemas: { Pet: object({ name: { type: 'string' } }) } })], want: 'feature' }],
  ['property-removed', { given: [api({ response: { allOf: [{ $ref: '#/components/schemas/Base' }, object({ name: { type: 'string' } })] }, schemas: { Base: object({ id: { type: 'string' } }, ['id']) } }), api({ response: object({ id: { type: 'string' } }, ['id']) })], want: 'breaking' }],
  ['nullable-removed', { given: [api({ request: { $ref: '#/components/schemas/Pet' }, schemas: { Pet: { ...object({ name: { type: 'string' } }), nullable: true } } }), api({ request: { allOf: [{ $ref: '#/components/schemas/Pet' }, object({ tag: { type: 'string' } })] }, schemas: { Pet: { ...object({ name: { type: 'string' } }), nullable: true } } })], want: 'breaking' }],
  ['enum-value-removed', { given: [api({ request: object({ kind: { type: 'string', 'x-extensible-enum': ['cat', 'dog'] } }) }), api({ request: object({ kind: { type: 'string', 'x-extensible-enum': ['cat'] } }) })], want: 'breaking' }],
  ['enum-value-added', { given: [api({ response: object({ kind: { type: 'string', 'x-extensible-enum': ['cat'] } }) }), api({ response: object({ kind: { type: 'string', 'x-extensible-enum': ['cat', 'dog'] } }) })], want: 'feature' }],
  ['extension-added', { given: [api({ response: object({ kind: { type: 'string' } }) }), api({ response: object({ kind: { type: 'string', 'x-extensible-enum': ['cat'] } }) })], want: 'docs' }],
  ['documentation-added', { given: [api({ request: { allOf: [object({ name: { type: 'string' } })] } }), api({ request: { allOf: [object({ name: { type: 'string' } }), { title: 'A pet', description: 'to create' }] } })], want: 'docs' }],
  ['constraint-added', { given: [api({ request: object({ name: { type: 'string' } }) }), api({ request: object({ name: { type: 'string', const: 'rex' } }) })], want: 'breaking' }],
  ['constraint-changed', { given: [api({ response: object({ id: { type: 'string', maxLength: 10 } }, ['id']) }), api({ response: object({ id: { type: 'string', maxLength: 20 } }, ['id']) })], want: 'breaking' }],
  ['constraint-removed', { given: [api({ response: object({ id: { type: 'string', pattern: '^[a-z]+$' } }, ['id']) }), api()], want: 'breaking' }],
  ['constraint-changed', { given: [api({ response: object({ id: { type: 'string', pattern: '^[a-z]+$' } }, ['id']) }), api({ response: object({ id: { type: 'string', pattern: '^[0-9]+$' } }, ['id']) })], want: 'breaking' }],
  ['constraint-changed', { given: [api({ response: object({ id: { type: 'string', minLength: 1 } }, ['id']) }), api({ response: object({ id: { type: 'string', minLength: 5 } }, ['id']) })], want: 'fix' }],
  ['constraint-changed', { given: [api({ request: object({ name: { type: 'string', pattern: '^[a-z]+$' } }) }), api({ request: object({ name: { type: 'string', pattern: '^.*$' } }) })], want: 'feature' }],
  ['security-changed', { given: [api({ operation: { security: [{ oauth: ['read'] }] } }), api({ operation: { security: [{ oauth: ['read', 'write'] }] } })], want: 'breaking' }],
  ['security-changed', { given: [api({ operation: { security: [{ oauth: ['read', 'write'] }] } }), api({ operation: { security: [{ oauth: ['read'] }] } })], want: 'feature' }],
  ['documentation-changed', { given: [withScheme(api(), { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://a.example/token', scopes: {} } } }), withScheme(api(), { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://b.example/token', scopes: { admin: 'all' } } } })], want: 'docs' }],
  ['security-changed', { given: [withScheme(api(), { type: 'apiKey', in: 'header', name: 'X-Key' }), withScheme(api(), { type: 'apiKey', in: 'query', name: 'key' })], want: 'breaking' }],
  ['discriminator-added', { given: [api(), api({ request: { ...object({ name: { type: 'string' } }), discriminator: { propertyName: 'name' } } })], want: 'fix' }],
  ['discriminator-changed', { given: [api({ request: { $ref: '#/components/schemas/Cat' }, schemas: pets({ propertyName: 'kind' }) }), api({ request: { $ref: '#/components/schemas/Cat' }, schemas: pets({ propertyName: 'type' }) })], want: 'breaking' }],
  ['response-status-added', { given: [api(), api({ responses: { ...(api().paths as any)['/pets'].post.responses, '200': (api().paths as any)['/pets'].post.responses['201'] } })], want: 'feature' }],
  ['constraint-added', { given: [api({ request: object({ name: { type: 'string' } }) }), api({ request: object({ name: { type: 'string', pattern: '.*' } }) })], want: 'docs' }],
  ['security-changed', { given: [withScheme(api({ operation: { security: [{ bearer: [], oauth: [] }] } }), { type: 'apiKey', in: 'header', name: 'X-Key' }), withScheme(api({ operation: { security: [{ bearer: [] }] } }), { type: 'apiKey', in: 'header', name: 'X-Key' })], want: 'feature' }],
  ['security-changed', { given: [withScheme(api({ operation: { security: [{ bearer: [] }] } }), { type: 'apiKey', in: 'header', name: 'X-Key' }), withScheme(api({ operation: { security: [{ bearer: [], oauth: [] }] } }), { type: 'apiKey', in: 'header', name: 'X-Key' })], want: 'breaking' }],
  ['property-added', { given: [api({ request: object({ id: { type: 'string', readOnly: true } }, ['id']) }), api({ request: object({ id: { type: 'string' } }, ['id']) })], want: 'breaking' }],
  ['property-added', { given: [api({ request: object({ id: { type: 'string', readOnly: true } }) }), api({ request: object({ id: { type: 'string' } }) })], want: 'feature' }],
  ['discriminator-changed', { given: [api({ request: { $ref: '#/components/schemas/Pet' }, schemas: oneOfPets({ propertyName: 'kind' }) }), api({ request: { $ref: '#/components/schemas/Pet' }, schemas: oneOfPets({ propertyName: 'type' }) })], want: 'breaking' }],
  ['discriminator-added', { given: [api({ response: { $ref: '#/components/schemas/Pet' }, schemas: oneOfPets(undefined) }), api({ response: { $ref: '#/components/schemas/Pet' }, schemas: oneOfPets({ propertyName: 'kind' }) })], want: 'breaking' }],
];

/** A `Pet` that is one of `Cat` and `Dog`, with the given discriminator (openapi-typescript types each member's tag from it). */
function oneOfPets(discriminator: Json | undefined): Json {
  const member = (extra: Json) => object({ kind: { type: 'string' }, type: { type: 'string' }, ...extra }, ['kind', 'type']);
  return {
    Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], ...(discriminator ? { discriminator } : {}) },
    Cat: member({ meows: { type: 'boolean' } }),
    Dog: member({ barks: { type: 'boolean' } }),
  };
}

/** `api()` with one more security scheme, `oauth`. */
function withScheme(document: Json, scheme: Json): Json {
  const components = document.components as Json;
  return { ...document, components: { ...components, securitySchemes: { ...(components.securitySchemes as Json), oauth: scheme } } };
}

/** A `Pet` with a discriminator and a `Cat` built on it through allOf (openapi-typescript types Cat's tag from it). */
function pets(discriminator: Json): Json {
  return {
    Pet: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, type: { type: 'string' } }, discriminator },
    Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, object({ meows: { type: 'boolean' } })] },
  };
}

/** Changes a caller cannot see, so none is reported: [name, { given: [base, spec], want: bump }]. */
const unseen: [string, { given: [Json, Json]; want: string }][] = [
  ['a discriminator and a patternProperties map with their keys written in another order', { given: [api({ request: { $ref: '#/components/schemas/Pet' }, schemas: { ...oneOfPets({ propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } }), Tags: { type: 'object', patternProperties: { '^a': { type: 'string', minLength: 1 } } } } }), api({ request: { $ref: '#/components/schemas/Pet' }, schemas: { ...oneOfPets({ mapping: { dog: '#/components/schemas/Dog', cat: '#/components/schemas/Cat' }, propertyName: 'kind' }), Tags: { type: 'object', patternProperties: { '^a': { minLength: 1, type: 'string' } } } } })], want: 'none' }],
  ['an object split into allOf members with the same properties', { given: [api({ response: object({ id: { type: 'string' }, name: { type: 'string' } }, ['id']) }), api({ response: { allOf: [{ $ref: '#/components/schemas/Base' }, object({ name: { type: 'string' } })] }, schemas: { Base: object({ id: { type: 'string' } }, ['id']) } })], want: 'none' }],
  ['a reference wrapped in an allOf with nothing more', { given: [api({ request: { $ref: '#/components/schemas/Pet' }, schemas: { Pet: object({ name: { type: 'string' } }) } }), api({ request: { allOf: [{ $ref: '#/components/schemas/Pet' }], description: 'the pet' }, schemas: { Pet: object({ name: { type: 'string' } }) } })], want: 'patch' }],
  ['a readOnly request property becoming required', { given: [api({ request: object({ id: { type: 'string', readOnly: true } }) }), api({ request: object({ id: { type: 'string', readOnly: true } }, ['id']) })], want: 'none' }],
  ['a required readOnly property added to a request', { given: [api(), api({ request: object({ name: { type: 'string' }, id: { type: 'string', readOnly: true } }, ['id']) })], want: 'none' }],
  ['a readOnly request property made shorter', { given: [api({ request: object({ id: { type: 'string', readOnly: true, maxLength: 9 } }) }), api({ request: object({ id: { type: 'string', readOnly: true, maxLength: 3 } }) })], want: 'none' }],
  ['a writeOnly response property removed', { given: [api({ response: object({ id: { type: 'string' }, secret: { type: 'string', writeOnly: true } }, ['id']) }), api()], want: 'none' }],
  ['a required writeOnly response property becoming optional', { given: [api({ response: object({ id: { type: 'string' }, secret: { type: 'string', writeOnly: true } }, ['id', 'secret']) }), api({ response: object({ id: { type: 'string' }, secret: { type: 'string', writeOnly: true } }, ['id']) })], want: 'none' }],
  ['a required name no schema defines', { given: [api(), api({ request: object({ name: { type: 'string' } }, ['nickname']) })], want: 'none' }],
  // Equivalent spellings of one type: openapi-typescript prints the same type for both sides.
  ['a request body wrapped in a lone oneOf', { given: [api(), api({ request: { oneOf: [object({ name: { type: 'string' } })] } })], want: 'none' }],
  ['a response body unwrapped from a lone allOf of a $ref', { given: [api({ response: { allOf: [{ $ref: '#/components/schemas/Pet' }] }, schemas: { Pet: object({ id: { type: 'string' } }, ['id']) } }), api({ response: { $ref: '#/components/schemas/Pet' }, schemas: { Pet: object({ id: { type: 'string' } }, ['id']) } })], want: 'none' }],
  ['a response body schema `true` dropped (any value either way)', { given: [api({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: true } } } } }), api({ responses: { '200': { description: 'ok', content: { 'application/json': {} } } } })], want: 'none' }],
  ['a request property wrapped in oneOf [null, X]: only nullable, a feature', { given: [api({ request: object({ pet: { $ref: '#/components/schemas/Pet' } }), schemas: { Pet: object({ name: { type: 'string' } }) } }), api({ request: object({ pet: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Pet' }] } }), schemas: { Pet: object({ name: { type: 'string' } }) } })], want: 'minor' }],
  ['a nullable 3.0 property respelled as oneOf [null, X]', { given: [api({ response: object({ id: { type: 'string', nullable: true } }) }), api({ response: object({ id: { oneOf: [{ type: 'string' }, { type: 'null' }] } }) })], want: 'none' }],
  ['an allOf member no longer requiring a property another member still requires', { given: [api({ response: { allOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] }, schemas: { A: object({ id: { type: 'string' } }, ['id']), B: object({ id: { type: 'string' } }, ['id']) } }), api({ response: { allOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] }, schemas: { A: object({ id: { type: 'string' } }), B: object({ id: { type: 'string' } }, ['id']) } })], want: 'none' }],
  ['a query parameter given its default style and explode in writing', { given: [api({ parameters: [{ name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } }] }), api({ parameters: [{ name: 'tags', in: 'query', style: 'form', explode: true, schema: { type: 'array', items: { type: 'string' } } }] })], want: 'none' }],
  ['explode turned off on a scalar query parameter (the wire is the same)', { given: [api({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] }), api({ parameters: [{ name: 'q', in: 'query', explode: false, schema: { type: 'string' } }] })], want: 'none' }],
  ['a redundant exclusiveMinimum added below the minimum (3.1)', { given: [api({ request: object({ n: { type: 'number', minimum: 1 } }) }), api({ request: object({ n: { type: 'number', minimum: 1, exclusiveMinimum: 0 } }) })], want: 'none' }],
  ['an integer minimum: 1 respelled exclusiveMinimum: 0', { given: [api({ request: object({ n: { type: 'integer', minimum: 1 } }) }), api({ request: object({ n: { type: 'integer', exclusiveMinimum: 0 } }) })], want: 'none' }],
  ['3.0 exclusiveMaximum: true with no maximum (it bounds nothing)', { given: [api({ request: object({ n: { type: 'integer' } }) }), api({ request: object({ n: { type: 'integer', exclusiveMaximum: true } }) })], want: 'none' }],
  ['a lone anyOf member next to own properties, flattened into one object', { given: [api({ response: { anyOf: [{ $ref: '#/components/schemas/Base' }], type: 'object', properties: { name: { type: 'string' } } }, schemas: { Base: object({ id: { type: 'string' } }, ['id']) } }), api({ response: object({ id: { type: 'string' }, name: { type: 'string' } }, ['id']) })], want: 'none' }],
  ['a lone anyOf member with nullable: false unwrapped', { given: [api({ response: object({ id: { nullable: false, anyOf: [{ type: 'string' }] } }) }), api({ response: object({ id: { type: 'string' } }) })], want: 'none' }],
  ['3.0 exclusiveMaximum: false dropped (the default)', { given: [api({ response: object({ n: { type: 'integer', exclusiveMaximum: false } }) }), api({ response: object({ n: { type: 'integer' } }) })], want: 'none' }],
  ['a request property const turned into a one-value enum', { given: [api({ request: object({ kind: { type: 'string', const: 'cat' } }) }), api({ request: object({ kind: { type: 'string', enum: ['cat'] } }) })], want: 'none' }],
];

describe('changes no generated type shows are not reported', () => {
  test.each(unseen)('%s', (_name, { given: [base, spec], want }) => {
    const report = changeReport(base, spec);
    expect(report.bump, JSON.stringify(report.changes, null, 1)).toBe(want);
  });
});

describe('change rules: allOf compared as the object it describes', () => {
  test('a property moved out of a flattened allOf member is reported where it was defined', () => {
    const report = changeReport(
      api({ response: { allOf: [{ $ref: '#/components/schemas/Base' }, object({ name: { type: 'string' } })] }, schemas: { Base: object({ id: { type: 'string' } }, ['id']) } }),
      api({ response: object({ id: { type: 'string' } }, ['id']) }),
    );
    expect(report.changes.filter((c) => c.level === 'breaking').map((c) => [c.rule, c.pointer])).toEqual([
      ['property-removed', '/paths/~1pets/post/responses/201/content/application~1json/schema/allOf/1/properties/name'],
    ]);
  });
});

/** `GET /pets/{<name>}`, with or without an operationId. */
function petById(name: string, operationId?: string): Json {
  const get = { ...(operationId ? { operationId } : {}), parameters: [{ name, in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } };
  return { openapi: '3.0.3', info: { title: 'Pets', version: '1.0.0' }, paths: { [`/pets/{${name}}`]: { get } } };
}

describe('change rules: a path parameter renamed is the same operation', () => {
  test('with an operationId: the argument is renamed (breaking), the method stays', () => {
    const report = changeReport(petById('petId', 'getPet'), petById('id', 'getPet'));
    expect(report.changes.map((c) => `${c.level} ${c.rule}`).sort()).toEqual(['breaking parameter-added', 'breaking parameter-removed']);
  });

  test('without one: the method named from the path is renamed too', () => {
    const report = changeReport(petById('petId'), petById('id'));
    expect(report.changes.find((c) => c.rule === 'operation-id-changed')?.message).toBe('the method named from the path changed from "getPetsByPetId" to "getPetsById": the method is renamed');
    expect(report.changes.some((c) => c.rule.startsWith('operation-removed') || c.rule.startsWith('operation-added'))).toBe(false);
  });
});

describe('change rules: names as the generated client gives them', () => {
  const op = (extra: Json) => ({ responses: { '200': { description: 'ok' } }, ...extra });
  const doc = (paths: Json): Json => ({ openapi: '3.0.3', info: { title: 'Pets', version: '1.0.0' }, paths });

  test('a first tag respelled to the same group, or an untagged operation tagged as its group: docs', () => {
    const respelled = changeReport(doc({ '/pets': { get: op({ operationId: 'listPets', tags: ['pets'] }) } }), doc({ '/pets': { get: op({ operationId: 'listPets', tags: ['Pets'] }) } }));
    expect(respelled.bump, JSON.stringify(respelled.changes)).toBe('patch');
    const tagged = changeReport(doc({ '/pets': { get: op({ operationId: 'listPets' }) } }), doc({ '/pets': { get: op({ operationId: 'listPets', tags: ['pets'] }) } }));
    expect(tagged.bump, JSON.stringify(tagged.changes)).toBe('patch');
  });

  test('an operationId respelled to the same method name: docs', () => {
    const report = changeReport(doc({ '/pets': { get: op({}) } }), doc({ '/pets': { get: op({ operationId: 'getPets' }) } }));
    expect(report.changes.map((c) => `${c.level} ${c.rule}`)).toEqual(['docs documentation-changed']);
  });

  test('a method that loses its name to an operation added before it: breaking, though its own operationId is unchanged', () => {
    const base = doc({ '/pets': { get: op({ tags: ['pets'] }) } });
    const spec = doc({ '/all-pets': { get: op({ operationId: 'getPets', tags: ['pets'] }) }, '/pets': { get: op({ tags: ['pets'] }) } });
    const report = changeReport(base, spec);
    expect(report.changes.find((c) => c.rule === 'operation-id-changed')?.message).toMatch(/^the method "getPets" is now "getPets2" \(another operation took its name\)/);
    expect(report.bump).toBe('major');
  });

  test('a group moved: the old and new group named', () => {
    const report = changeReport(doc({ '/pets': { get: op({ operationId: 'listPets', tags: ['pets'] }) } }), doc({ '/pets': { get: op({ operationId: 'listPets', tags: ['animals'] }) } }));
    expect(report.changes.find((c) => c.rule === 'operation-group-changed')?.message).toBe('the method moves from client.pets to client.animals: calls through the old group no longer compile');
  });
});

describe('change rules: one fixture pair per verdict', () => {
  test.each(cases)('%s (%#)', (rule, { given: [base, spec], want }) => {
    const report = changeReport(base, spec);
    const found = report.changes.filter((change) => change.rule === rule);
    expect(found.map((change) => change.level), JSON.stringify(report.changes, null, 1)).toContain(want);
    expect(report.bump).toBe({ breaking: 'major', feature: 'minor', fix: 'patch', docs: 'patch' }[highest(report.changes.map((c) => c.level))]);
  });

  test('every rule file has at least one fixture pair', () => {
    const covered = new Set(cases.map(([rule]) => rule.replace(/-(added|removed|changed)$/, '')));
    expect(CHANGE_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('an unchanged document and one with properties and parameters reordered have no changes', () => {
    const reordered = api({ request: object({ b: { type: 'string' }, a: { type: 'string' } }) });
    const original = api({ request: object({ a: { type: 'string' }, b: { type: 'string' } }) });
    expect(changeReport(original, structuredClone(original))).toEqual({ bump: 'none', changes: [] });
    expect(changeReport(original, reordered)).toEqual({ bump: 'none', changes: [] });
  });

  test('a change inside a shared, recursive component is reported once, with its pointer in the component', () => {
    const node = { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } };
    const base = api({ request: { $ref: '#/components/schemas/Node' }, response: { $ref: '#/components/schemas/Node' }, schemas: { Node: node } });
    const spec = api({ request: { $ref: '#/components/schemas/Node' }, response: { $ref: '#/components/schemas/Node' }, schemas: { Node: { ...node, required: ['name'] } } });
    const report = changeReport(base, spec);
    expect(report.changes.map(({ rule, level, pointer }) => ({ rule, level, pointer }))).toEqual([
      { rule: 'property-required-added', level: 'breaking', pointer: '/components/schemas/Node/properties/name' },
      { rule: 'property-required-added', level: 'feature', pointer: '/components/schemas/Node/properties/name' },
    ]);
  });
});

function highest(levels: ChangeLevel[]): ChangeLevel {
  return (['breaking', 'feature', 'fix', 'docs'] as const).find((level) => levels.includes(level)) ?? 'docs';
}

test('the README lists every rule', async () => {
  const { readFile } = await import('node:fs/promises');
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  expect(CHANGE_RULES.filter((rule) => !readme.includes(`| \`${rule.id}\` | ${rule.summary} |`)).map((rule) => rule.id)).toEqual([]);
});
