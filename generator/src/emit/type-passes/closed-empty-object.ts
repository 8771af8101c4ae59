import type * as TS from 'typescript';
import { ts } from '../../libraries/typescript.js';
import { forEachObject, type OpenApiDocument } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';

/**
 * Schema pass (openapi-typescript's `transform` hook). emit-types.ts sets openapi-typescript's
 * `emptyObjectsUnknown`, so a free-form object (`type: object` without properties) is `Record<string, unknown>`:
 * any object is valid there, and `Record<string, never>` (its default) rejects every call that passes one. The one
 * object that really has no members, `additionalProperties: false` without properties, stays
 * `Record<string, never>` (`| null` when nullable). Composed schemas are left alone: their members give them their type.
 */
export function closedEmptyObject(schemaObject: unknown): TS.TypeNode | undefined {
  if (!isClosedEmptyObject(schemaObject)) return undefined;
  const types = typesOf(schemaObject as JsonObject);
  const f = ts.factory;
  const empty = f.createTypeReferenceNode('Record', [f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword)]);
  // openapi-typescript does not add `null` to what a hook returns.
  if ((schemaObject as JsonObject).nullable !== true && !types.includes('null')) return empty;
  return f.createUnionTypeNode([empty, f.createLiteralTypeNode(f.createNull())]);
}

/**
 * Document pass for closedEmptyObject. As an `allOf` member, a closed object without properties only says "nothing
 * beyond the other members" (hey-api's additional-properties-false fixture): `Foo & Record<string, never>` would
 * make Foo's own properties `never`. Such members lose their `additionalProperties: false` on a copy (so they type
 * as free-form, adding nothing); a document without them is returned as it is.
 */
export function openClosedAllOfMembers(document: OpenApiDocument): OpenApiDocument {
  const found = (root: unknown) => {
    const sites: { list: unknown[]; index: number }[] = [];
    forEachObject(root, ({ allOf }) => {
      if (Array.isArray(allOf)) allOf.forEach((member, index) => isClosedEmptyObject(member) && sites.push({ list: allOf, index }));
    });
    return sites;
  };
  if (found(document).length === 0) return document;
  const copy = structuredClone(document);
  for (const { list, index } of found(copy)) {
    const { additionalProperties: _closed, ...open } = list[index] as JsonObject;
    list[index] = open;
  }
  return copy;
}

function typesOf(schema: JsonObject): unknown[] {
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

function isClosedEmptyObject(schemaObject: unknown): boolean {
  if (schemaObject === null || typeof schemaObject !== 'object' || Array.isArray(schemaObject)) return false;
  const schema = schemaObject as JsonObject;
  const types = typesOf(schema);
  if (!types.includes('object') || types.some((type) => type !== 'object' && type !== 'null') || schema.additionalProperties !== false) return false;
  if (['allOf', 'anyOf', 'oneOf', '$defs'].some((key) => key in schema)) return false;
  const properties = schema.properties;
  return !(properties !== null && typeof properties === 'object' && Object.keys(properties).length > 0);
}
