import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { binaryAsBlob } from '../../../src/emit/type-passes/binary-as-blob.js';
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
