import type * as TS from 'typescript';
import { ts } from '../../libraries/typescript.js';
import type { JsonObject } from './component-schemas.js';

/**
 * Schema pass (openapi-typescript's `transform` hook, called for every schema object it types): `type: string,
 * format: binary` (a file, or a raw body) is a Blob on both sides of the client, `Blob | null` when nullable.
 * Undefined leaves the schema to openapi-typescript.
 */
export function binaryAsBlob(schemaObject: unknown): TS.TypeNode | undefined {
  if (schemaObject === null || typeof schemaObject !== 'object') return undefined;
  const { type, format, nullable } = schemaObject as JsonObject;
  const types = Array.isArray(type) ? type : [type];
  if (format !== 'binary' || !types.includes('string')) return undefined;
  const blob = ts.factory.createTypeReferenceNode('Blob');
  if (nullable !== true && !types.includes('null')) return blob;
  return ts.factory.createUnionTypeNode([blob, ts.factory.createLiteralTypeNode(ts.factory.createNull())]);
}
