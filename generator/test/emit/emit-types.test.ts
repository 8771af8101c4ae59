import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../src/document/index.js';
import { emitTypes, typingError } from '../../src/emit/emit-types.js';
import { GeneratorError } from '../../src/errors.js';
import { typeErrors } from '../support/type-nodes.js';

const FILE = 'spec.yaml';
const ok = (schema: unknown) => ({ description: 'ok', content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A top-level declaration of the emitted module, or a member of one (`components.schemas.Pet`), on one line. */
function typeAt(output: string, path: string): string | undefined {
  const [top, ...members] = path.split('.');
  const file = ts.createSourceFile('schema.ts', output, ts.ScriptTarget.ES2022, true);
  const printer = ts.createPrinter({ removeComments: true });
  const oneLine = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, file).replace(/\s+/g, ' ');
  const declaration = file.statements.find((statement) => (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === top);
  if (!declaration) return undefined;
  if (members.length === 0) return ts.isTypeAliasDeclaration(declaration) ? oneLine(declaration.type) : oneLine(declaration);
  let elements: readonly ts.TypeElement[] | undefined = ts.isInterfaceDeclaration(declaration) ? declaration.members : undefined;
  let type: ts.TypeNode | undefined;
  for (const name of members) {
    const member = elements?.find((element) => element.name !== undefined && (ts.isIdentifier(element.name) || ts.isStringLiteral(element.name) || ts.isNumericLiteral(element.name)) && element.name.text === name);
    type = member && ts.isPropertySignature(member) ? member.type : undefined;
    elements = type && ts.isTypeLiteralNode(type) ? type.members : undefined;
  }
  return type && oneLine(type);
}

/** The member names of a top-level interface, in order. */
function memberNames(output: string, name: string): string[] {
  const file = ts.createSourceFile('schema.ts', output, ts.ScriptTarget.ES2022, true);
  const declaration = file.statements.find((statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === name);
  return declaration?.members.map((member) => (member.name && ts.isIdentifier(member.name) ? member.name.text : '?')) ?? [];
}

const document = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}): OpenApiDocument =>
  ({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths, components: { schemas } }) as OpenApiDocument;

describe('emitTypes: each pass takes part', () => {
  const cases: [string, { given: OpenApiDocument; want: { at: string; type: string; warnings?: string[] } }][] = [
    [
      "hoistNestedRefTargets: a ref into a path's inline schema is typed through its copy",
      {
        given: document(
          { Alias: { $ref: '#/paths/~1a/post/requestBody/content/application~1json/schema' } },
          { '/a': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { note: { type: 'string' } } } } } }, responses: { '204': { description: 'none' } } } } },
        ),
        want: { at: 'components.schemas.Alias', type: "components['schemas']['PathSchema_a_post_requestBody_content_application_json_schema']" },
      },
    ],
    [
      'breakEagerCycles: the ref that closes an allOf/oneOf cycle is unknown, with a warning',
      {
        given: document({ A: { allOf: [ref('B')] }, B: { allOf: [ref('C')] }, C: { oneOf: [ref('A'), { type: 'string' }] } }),
        want: {
          at: 'components.schemas.C',
          type: 'unknown | string',
          warnings: [`${FILE} (#/components/schemas/C/oneOf/0): #/components/schemas/A closes a cycle of allOf/anyOf/oneOf references, which has no finite type; typed as unknown there`],
        },
      },
    ],
    [
      "inlineParentBases: a child that is allOf its parent union takes the parent's own part, without a warning",
      {
        given: document({ A: { allOf: [ref('B')] }, B: { type: 'object', properties: { x: { type: 'string' } }, oneOf: [ref('A'), { type: 'string' }] } }),
        want: { at: 'components.schemas.A', type: '{ x?: string; }' },
      },
    ],
    [
      'binaryAsBlob: a binary string in a JSON body is the text JSON carries (a Blob would be sent as {})',
      {
        given: document({}, { '/a': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { f: { type: 'string', format: 'binary' } } } } } }, responses: { '200': ok({ type: 'string' }) } } } }),
        want: { at: 'paths./a.post.requestBody.content.application/json', type: '{ f?: string; }' },
      },
    ],
    [
      'dropBooleanRequired: `required: true` on a property schema (Swagger 2.0 style) is dropped, not read as a list',
      {
        given: document({ Page: { type: 'object', properties: { offset: { type: 'number', required: true }, sub: { type: 'object', required: true, properties: { a: { type: 'string' } } } } } }),
        want: { at: 'components.schemas.Page', type: '{ offset?: number; sub?: { a?: string; }; }' },
      },
    ],
    [
      'dropBooleanRequired: a 3.1 boolean schema for a property named `required` stays',
      {
        given: { ...document({ Flags: { type: 'object', properties: { required: true } } }), openapi: '3.1.0' } as OpenApiDocument,
        want: { at: 'components.schemas.Flags', type: '{ required?: unknown; }' },
      },
    ],
    [
      'typeJsonContentParameters: a header described by JSON `content` is typed as its schema or its JSON text',
      {
        given: document({ Filter: { type: 'object', properties: { tag: { type: 'string' } } } }, {
          '/a': { get: { parameters: [{ name: 'x-filter', in: 'header', required: true, content: { 'application/json': { schema: ref('Filter') } } }], responses: { '204': { description: 'none' } } } },
        }),
        want: { at: "paths./a.get.parameters.header.x-filter", type: "components['schemas']['Filter'] | string" },
      },
    ],
    [
      'typeJsonContentParameters: a parameter with text `content` stays a string',
      {
        given: document({}, {
          '/a': { get: { parameters: [{ name: 'q', in: 'query', content: { 'text/plain': { schema: { type: 'object' } } } }], responses: { '204': { description: 'none' } } } },
        }),
        want: { at: 'paths./a.get.parameters.query.q', type: 'string' },
      },
    ],
    ['binaryAsBlob: a nullable binary string is Blob | null', { given: document({ File: { type: 'string', format: 'binary', nullable: true } }), want: { at: 'components.schemas.File', type: 'Blob | null' } }],
    [
      'tolerantWithRequired: the WithRequired helper is the one over NonNullable',
      {
        given: document({ Base: { type: 'object', nullable: true, properties: { code: { type: 'string' } } }, Required: { allOf: [ref('Base')], required: ['code'] } }),
        want: { at: 'WithRequired', type: 'T & { [P in K]-?: NonNullable<T>[P]; }' },
      },
    ],
    [
      'dedupeTypeMembers: a discriminator property the schema declares itself appears once',
      {
        given: document({
          Intent: { type: 'object', required: ['class'], properties: { class: { type: 'string' } }, discriminator: { propertyName: 'class' } },
          PlayIntent: { allOf: [ref('Intent')], type: 'object', properties: { class: { type: 'string', enum: ['PlayIntent'] }, track: { type: 'string' } } },
        }),
        want: { at: 'components.schemas.PlayIntent', type: "{ class: 'PlayIntent'; track?: string; } & Omit<components['schemas']['Intent'], 'class'>" },
      },
    ],
    [
      'aliasRecursiveSchemas: a recursive schema is a module-level alias',
      {
        given: document({ Tree: { type: 'object', properties: { children: { type: 'array', items: ref('Tree') } } } }),
        want: { at: 'Schema$Tree', type: '{ children?: Schema$Tree[]; }' },
      },
    ],
    // openapi-typescript's options, as openapiTypescriptContext sets them.
    // A `default` is what the server assumes when the property is left out: a request may leave it out (GitHub's
    // custom-pattern bodies), and the client fills in no defaults, so a response may lack it too.
    ['no defaultNonNullable: a property with a default stays optional', { given: document({ D: { type: 'object', properties: { a: { type: 'string', default: 'x' } } } }), want: { at: 'components.schemas.D', type: '{ a?: string; }' } }],
    ['additionalProperties: false: an object without the keyword has no index signature', { given: document({ O: { type: 'object', properties: { a: { type: 'integer' } } } }), want: { at: 'components.schemas.O', type: '{ a?: number; }' } }],
    ['emptyObjectsUnknown: a free-form object takes any member', { given: document({ F: { type: 'object' } }), want: { at: 'components.schemas.F', type: 'Record<string, unknown>' } }],
    ['emptyObjectsUnknown: a free-form object with empty properties takes any member', { given: document({ F: { type: 'object', properties: {} } }), want: { at: 'components.schemas.F', type: 'Record<string, unknown>' } }],
    ['closedEmptyObject: an object closed by additionalProperties: false has no member', { given: document({ C: { type: 'object', additionalProperties: false } }), want: { at: 'components.schemas.C', type: 'Record<string, never>' } }],
    [
      'openClosedAllOfMembers: as an allOf member a closed empty object adds nothing (the other members keep their properties)',
      {
        given: document({ Foo: { type: 'object', required: ['foo'], properties: { foo: { type: 'string' } } }, Bar: { allOf: [ref('Foo'), { type: 'object', additionalProperties: false }] } }),
        want: { at: 'components.schemas.Bar', type: "components['schemas']['Foo'] & Record<string, unknown>" },
      },
    ],
    [
      'declareRequiredProperties: a required name properties does not list is a required unknown member (any value is valid there)',
      { given: document({ R: { type: 'object', required: ['a', 'b c'], properties: { a: { type: 'string' } } } }), want: { at: 'components.schemas.R', type: "{ a: string; 'b c': unknown; }" } },
    ],
    ['closedEmptyObject: a nullable closed object is still nullable', { given: document({ C: { type: 'object', additionalProperties: false, nullable: true } }), want: { at: 'components.schemas.C', type: 'Record<string, never> | null' } }],
    ['enum: false: an enum is a union of literals, not a TypeScript enum', { given: document({ E: { type: 'string', enum: ['x', 'y'] } }), want: { at: 'components.schemas.E', type: "'x' | 'y'" } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const warnings: string[] = [];
    const output = emitTypes(given, FILE, warnings);
    expect(typeAt(output, want.at)).toBe(want.type);
    expect(warnings).toEqual(want.warnings ?? []);
  });

  test('withUniqueOperationIds: an operationId used twice is one key of operations, and both paths are typed', () => {
    const output = emitTypes(
      document({}, { '/a': { get: { operationId: 'list', responses: { '200': ok({ type: 'string' }) } } }, '/b': { get: { operationId: 'list', responses: { '200': ok({ type: 'integer' }) } } } }),
      FILE,
    );
    expect(memberNames(output, 'operations')).toEqual(['list']);
    expect(typeAt(output, 'paths./a.get')).toBe("operations['list']");
    expect(typeAt(output, 'paths./b.get.responses.200.content.application/json')).toBe('number');
  });

  test('the output of every pass together compiles', () => {
    const output = emitTypes(
      document({
        A: { allOf: [ref('B')] },
        B: { oneOf: [ref('A'), { type: 'string' }] },
        Base: { type: 'object', nullable: true, properties: { code: { type: 'string' } } },
        Required: { allOf: [ref('Base')], required: ['code'] },
        Intent: { type: 'object', required: ['class'], properties: { class: { type: 'string' } }, discriminator: { propertyName: 'class' } },
        PlayIntent: { allOf: [ref('Intent')], type: 'object', properties: { class: { type: 'string', enum: ['PlayIntent'] } } },
        Tree: { type: 'array', items: ref('Tree') },
        File: { type: 'string', format: 'binary' },
      }),
      FILE,
    );
    expect(typeErrors(output)).toEqual([]);
  });

  test('warnings is optional', () => {
    expect(() => emitTypes(document({ A: { allOf: [ref('A')] } }), FILE)).not.toThrow();
  });
});

describe('emitTypes: what openapi-typescript cannot type', () => {
  test('broken webhooks are left out, with a warning: the client does not call them', () => {
    const warnings: string[] = [];
    const given = { ...document({ A: { type: 'string' } }), webhooks: { ping: { post: { requestBody: 5, responses: { '204': { description: 'ok' } } } } } } as OpenApiDocument;
    const output = emitTypes(given, FILE, warnings);
    expect(typeAt(output, 'webhooks')).toBe('Record<string, never>');
    expect(typeAt(output, 'components.schemas.A')).toBe('string');
    expect(warnings).toEqual([`${FILE} (#/webhooks): openapi-typescript could not type the spec: Cannot use 'in' operator to search for '$ref' in 5; a client does not call webhooks, so \`webhooks\` is typed empty`]);
  });

  test('valid webhooks are typed', () => {
    const given = { ...document({}), webhooks: { ping: { post: { responses: { '204': { description: 'ok' } } } } } } as OpenApiDocument;
    expect(typeAt(emitTypes(given, FILE), 'webhooks')).not.toBe('Record<string, never>');
  });

  test('is a GeneratorError at the schema it stopped at', () => {
    // An object schema with string enum members (Mercedes-Benz's configurator on APIs.guru).
    const error = captured(() => emitTypes(document({ ProductGroup: { type: 'object', enum: ['PKW', 'VAN'], properties: { name: { type: 'string' } } } }), FILE));
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toBe(`${FILE} (#/components/schemas/ProductGroup/oneOf/0): openapi-typescript could not type the spec: Expected SchemaObject, received string`);
  });
});

describe('typingError', () => {
  const cases: [string, { given: unknown; want: { message: string; pointer?: string } }][] = [
    [
      'the schema named at the end becomes the pointer',
      {
        given: new Error('Expected SchemaObject, received string at #/components/schemas/ProductGroup'),
        want: { message: `${FILE} (#/components/schemas/ProductGroup): openapi-typescript could not type the spec: Expected SchemaObject, received string`, pointer: '/components/schemas/ProductGroup' },
      },
    ],
    ['without a schema, the whole message and no pointer', { given: new Error('something else'), want: { message: `${FILE}: openapi-typescript could not type the spec: something else` } }],
    [
      '" at #/" in the middle is not a location',
      { given: new Error('bad ref at #/a then more'), want: { message: `${FILE}: openapi-typescript could not type the spec: bad ref at #/a then more` } },
    ],
    ['a stack overflow is "nests too deeply"', { given: new RangeError('Maximum call stack size exceeded'), want: { message: `${FILE}: openapi-typescript could not type the spec: the document nests too deeply` } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const error = typingError(given, FILE);
    expect(error.message).toBe(want.message);
    expect(error.location).toEqual({ file: FILE, ...(want.pointer === undefined ? {} : { pointer: want.pointer }) });
    expect(error.cause).toBe(given);
  });
});

function captured(step: () => unknown): Error {
  try {
    step();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
