import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { binaryAsBlob, binaryReadings, type BinaryReading } from '../../../src/emit/type-passes/binary-as-blob.js';
import { print } from '../../support/type-nodes.js';

describe('binaryAsBlob', () => {
  const cases: [string, { given: unknown; want: string | undefined }][] = [
    ['a binary string is a Blob', { given: { type: 'string', format: 'binary' }, want: 'Blob' }],
    ['nullable (3.0) adds null', { given: { type: 'string', format: 'binary', nullable: true }, want: 'Blob | null' }],
    ['a null type (3.1) adds null', { given: { type: ['string', 'null'], format: 'binary' }, want: 'Blob | null' }],
    ['nullable: false is not nullable', { given: { type: 'string', format: 'binary', nullable: false }, want: 'Blob' }],
    ['string among other types', { given: { type: ['integer', 'string'], format: 'binary' }, want: 'Blob' }],
    ['a plain string is left to openapi-typescript', { given: { type: 'string' }, want: undefined }],
    ['format: byte (base64 text) is a string', { given: { type: 'string', format: 'byte' }, want: undefined }],
    ['binary without a string type', { given: { type: 'integer', format: 'binary' }, want: undefined }],
    ['binary without any type', { given: { format: 'binary' }, want: undefined }],
    ['a $ref object', { given: { $ref: '#/components/schemas/File' }, want: undefined }],
    ['null', { given: null, want: undefined }],
    ['not an object', { given: 'binary', want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const node = binaryAsBlob(given);
    expect(node === undefined ? undefined : print(ts.factory.createTypeAliasDeclaration(undefined, 'T', undefined, node))).toBe(
      want === undefined ? undefined : `type T = ${want};\n`,
    );
  });
});

describe('binaryAsBlob by where the schema is used', () => {
  const binary = { type: 'string', format: 'binary' };
  const cases: [string, { given: BinaryReading; want: string | undefined }][] = [
    ['bytes: a Blob', { given: 'blob', want: 'Blob' }],
    ['text (a JSON body, a parameter): left to openapi-typescript, a string', { given: 'string', want: undefined }],
    ['both: either', { given: 'either', want: 'Blob | string' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const node = binaryAsBlob(binary, given);
    expect(node === undefined ? undefined : print(ts.factory.createTypeAliasDeclaration(undefined, 'T', undefined, node))).toBe(want === undefined ? undefined : `type T = ${want};\n`);
  });
  test('nullable and either', () => {
    expect(print(ts.factory.createTypeAliasDeclaration(undefined, 'T', undefined, binaryAsBlob({ ...binary, nullable: true }, 'either')!))).toBe('type T = Blob | string | null;\n');
  });
});

describe('binaryReadings: how a binary string is held where it is used', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const media = (mediaType: string, schema: unknown) => ({ content: { [mediaType]: { schema } } });
  const document = {
    openapi: '3.1.0',
    paths: {
      '/upload': { post: { requestBody: media('multipart/form-data', { type: 'object', properties: { file: ref('File'), shared: ref('Shared') } }), responses: {} } },
      '/json': {
        post: {
          parameters: [{ name: 'q', in: 'query', schema: ref('InQuery') }],
          requestBody: media('application/json', { type: 'object', properties: { data: ref('Data'), shared: ref('Shared'), nested: ref('Outer') } }),
          responses: { '200': { description: 'ok', headers: { 'X-Sig': { schema: ref('InHeader') } }, ...media('application/octet-stream', ref('Download')) } },
        },
      },
    },
    components: {
      schemas: { File: {}, Data: {}, Shared: {}, Outer: { properties: { inner: ref('Inner') } }, Inner: {}, InQuery: {}, InHeader: {}, Download: {}, Unused: {} },
      requestBodies: { Form: media('application/x-www-form-urlencoded', { type: 'object', properties: { f: { type: 'string', format: 'binary' } } }) },
    },
  } as unknown as OpenApiDocument;
  const readingAt = binaryReadings(document);
  const cases: [string, { given: string; want: BinaryReading }][] = [
    ['inline under a JSON body: text', { given: '#/paths/~1json/post/requestBody/content/application~1json/properties/data', want: 'string' }],
    ['inline under multipart: bytes', { given: '#/paths/~1upload/post/requestBody/content/multipart~1form-data/properties/file', want: 'blob' }],
    ['inline under a form-urlencoded body: text', { given: '#/components/requestBodies/Form/content/application~1x-www-form-urlencoded/properties/f', want: 'string' }],
    ['a property called content is no media type', { given: '#/paths/~1upload/post/requestBody/content/multipart~1form-data/properties/content/properties/x', want: 'blob' }],
    ['a component only multipart uses: bytes', { given: '#/components/schemas/File', want: 'blob' }],
    ['a component only JSON uses: text', { given: '#/components/schemas/Data', want: 'string' }],
    ['a component both use: either', { given: '#/components/schemas/Shared', want: 'either' }],
    ['through another component: text', { given: '#/components/schemas/Inner', want: 'string' }],
    ['a query parameter schema: text', { given: '#/components/schemas/InQuery', want: 'string' }],
    ['a response header schema: text', { given: '#/components/schemas/InHeader', want: 'string' }],
    ['a whole binary response: bytes', { given: '#/components/schemas/Download', want: 'blob' }],
    ['an unused component: bytes, as before', { given: '#/components/schemas/Unused', want: 'blob' }],
    ['an inline parameter schema: text', { given: '#/paths/~1json/post/parameters/0/schema', want: 'string' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(readingAt(given)).toBe(want));
});
