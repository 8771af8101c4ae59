import type * as TS from 'typescript';
import { ts } from '../../libraries/typescript.js';
import type { JsonObject } from './component-schemas.js';

/**
 * Schema pass (openapi-typescript's `transform` hook). emit-types.ts sets openapi-typescript's
 * `emptyObjectsUnknown`, so a free-form object (`type: object` without properties) is `Record<string, unknown>`:
 * any object is valid there, and `Record<string, never>` (its default) rejects every call that passes one. The one
 * object that really has no members, `additionalProperties: false` without properties, stays
 * `Record<string, never>` (`| null` when nullable). Composed schemas are left alone: their members give them their type.
 */
export function closedEmptyObject(schemaObject: unknown): TS.TypeNode | undefined {
  if (schemaObject === null || typeof schemaObject !== 'object') return undefined;
  const schema = schemaObject as JsonObject;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('object') || types.some((type) => type !== 'object' && type !== 'null') || schema.additionalProperties !== false) return undefined;
  if (['allOf', 'anyOf', 'oneOf', '$defs'].some((key) => key in schema)) return undefined;
  const properties = schema.properties;
  if (properties !== null && typeof properties === 'object' && Object.keys(properties).length > 0) return undefined;
  const f = ts.factory;
  const empty = f.createTypeReferenceNode('Record', [f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword)]);
  // openapi-typescript does not add `null` to what a hook returns.
  if (schema.nullable !== true && !types.includes('null')) return empty;
  return f.createUnionTypeNode([empty, f.createLiteralTypeNode(f.createNull())]);
}
