import { derefObject, isObject, sampleSchema, type JsonObject as Json } from '@periskope-tools/generator';

/**
 * How Prism 5.14 reads a form-urlencoded body, where it differs from the schema, and the value that both accept.
 *
 * Prism decodes a property whose `encoding` says `style: deepObject` by building its object from the schema, not
 * from the request (`deserializeDeepObjectStyle` in @stoplight/prism-http): the property and every nested
 * `type: object` property below it are always there, sent or not, and their required lists then apply. A body
 * that leaves such an object out is valid for the schema and still rejected (`flow_data must have required
 * property 'type'` on Stripe's PostBillingPortalSessions). Among the values the schema accepts we take one Prism
 * reads the same way: each such object is sent, with its required properties. The result is validated with Ajv
 * like every other request value, so a filled object the schema does not allow is never sent unnoticed.
 */
export function fillPrismDeepObjects(document: unknown, media: Json | undefined, body: unknown): unknown {
  if (!media || !isObject(body) || !isObject(media.encoding)) return body;
  const properties = (derefObject(document, media.schema).properties ?? {}) as Json;
  const filled: Json = { ...body };
  for (const [name, encoding] of Object.entries(media.encoding)) {
    if (!isObject(encoding) || encoding.style !== 'deepObject' || !(name in properties)) continue;
    const value = fillObject(document, properties[name], filled[name], 0);
    if (value !== undefined) filled[name] = value;
  }
  return filled;
}

function fillObject(document: unknown, schemaOrRef: unknown, value: unknown, depth: number): unknown {
  const schema = derefObject(document, schemaOrRef);
  if (depth > 8 || schema.type !== 'object' || schema.readOnly === true) return value;
  const base = isObject(value) ? value : sampleSchema(document, schema, { direction: 'request' });
  if (!isObject(base)) return value;
  const result: Json = { ...base };
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) {
    const filled = fillObject(document, property, result[name], depth + 1);
    if (filled !== undefined) result[name] = filled;
  }
  return result;
}

/**
 * A form body with no value in it serialises to nothing, and Prism reads an empty body as no body ("Body parameter
 * is required"). When every property given is an empty object, the first optional property whose sample is a
 * plain value is added (Ajv checks the result like any other).
 */
export function withSomethingToSend(document: unknown, media: Json | undefined, body: unknown): unknown {
  if (!media || !isObject(body) || hasLeaf(body)) return body;
  for (const [name, property] of Object.entries((derefObject(document, media.schema).properties ?? {}) as Json)) {
    if (derefObject(document, property).readOnly === true) continue;
    const value = sampleSchema(document, property, { direction: 'request' });
    if (value !== undefined && value !== null && typeof value !== 'object') return { ...body, [name]: value };
  }
  return body;
}

function hasLeaf(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasLeaf);
  if (isObject(value)) return Object.values(value).some(hasLeaf);
  return value !== undefined && value !== null;
}
