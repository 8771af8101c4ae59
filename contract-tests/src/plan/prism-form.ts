import { derefObject, isObject, sampleSchema, type JsonObject as Json } from '@periskope-tools/generator';

/**
 * How Prism 5.14 reads a form-urlencoded body, where it differs from the schema, and the value that both accept.
 *
 * Prism decodes a property whose `encoding` says `style: deepObject` by building its object from the schema, not
 * from the request (`deserializeDeepObjectStyle` in @stoplight/prism-http): the property and every nested
 * `type: object` property below it are always there, sent or not, and their required lists then apply. A body
 * that leaves such an object out is valid for the schema and still rejected (`flow_data must have required
 * property 'type'` on Stripe's PostBillingPortalSessions). Among the values the schema accepts we take one Prism
 * reads the same way: each such object is sent, with its required properties (sampled with the sampler's `variant`,
 * so the caller can try each oneOf/anyOf branch). A deepObject array of objects Prism cannot read at all when it has
 * items (see prismFormReading), so such an array is sent empty. The result is validated with Ajv like every other
 * request value, so a filled object (or an emptied array) the schema does not allow is never sent unnoticed.
 */
export function fillPrismDeepObjects(document: unknown, media: Json | undefined, body: unknown, variant = 0): unknown {
  if (!media || !isObject(body) || !isObject(media.encoding)) return body;
  const properties = (derefObject(document, media.schema).properties ?? {}) as Json;
  const filled: Json = { ...body };
  for (const [name, encoding] of Object.entries(media.encoding)) {
    if (!isObject(encoding) || encoding.style !== 'deepObject' || !(name in properties)) continue;
    const schema = derefObject(document, properties[name]);
    if (schema.type === 'array' && derefObject(document, schema.items).type === 'object') {
      if (Array.isArray(filled[name])) filled[name] = [];
      continue;
    }
    const value = fillPrismObject(document, schema, filled[name], variant);
    if (value !== undefined) filled[name] = value;
  }
  return filled;
}

/**
 * `value` with every nested `type: object` property of the schema present (sampled with its required properties
 * where missing): the object Prism builds for a deepObject body property or query parameter, sent or not.
 */
export function fillPrismObject(document: unknown, schemaOrRef: unknown, value: unknown, variant = 0, depth = 0): unknown {
  const schema = derefObject(document, schemaOrRef);
  if (depth > 8 || schema.type !== 'object' || schema.readOnly === true) return value;
  const base = isObject(value) ? value : sampleSchema(document, schema, { direction: 'request', variant });
  if (!isObject(base)) return value;
  const result: Json = { ...base };
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) {
    const filled = fillPrismObject(document, property, result[name], variant, depth + 1);
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

/** What Prism makes of a form or multipart body: the object it validates, or why it refuses to read it at all. */
export type PrismFormReading = { value: Json } | { refused: string };

/**
 * The body as Prism 5.14 decodes it before validating (`deserializeFormBody` in @stoplight/prism-http), for a body
 * the generated runtime serialises (`form`: nested objects in brackets, arrays of plain values as repeated keys;
 * `multipart`: one part per value, objects as JSON text; a property whose `encoding` says `deepObject` in brackets
 * in both, its arrays indexed). Prism keeps the last value of a repeated key, reads only
 * the schema's top-level properties, builds deepObject-encoded ones from the schema (see fillPrismDeepObjects), and
 * refuses a non-empty deepObject array of objects ("Cannot deserialize JSON object array"); an array of arrays
 * outside deepObject it has no way to read either. Validated with coerced
 * types, as Prism does, this tells a value the schema accepts but Prism misreads from one Prism reads as sent.
 */
export function prismFormReading(document: unknown, media: Json | undefined, body: unknown, encoding: 'form' | 'multipart'): PrismFormReading {
  const encodings = isObject(media?.encoding) ? media.encoding : {};
  const styleOf = (name: string) => (isObject(encodings[name]) ? encodings[name] : {});
  const pairs = new Map<string, string>();
  if (isObject(body)) {
    for (const [key, value] of Object.entries(body)) {
      const { style, explode } = styleOf(key);
      if (style === 'deepObject') addFormPairs(pairs, key, value, true);
      else if (style === 'form' && explode === false && Array.isArray(value)) pairs.set(key, value.map(String).join(','));
      else (encoding === 'form' ? addFormPairs : addPartPairs)(pairs, key, value);
    }
  }
  const schema = derefObject(document, media?.schema);
  const value: Json = {};
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) {
    const { style, explode } = styleOf(name);
    const propertySchema = derefObject(document, property);
    if (style !== 'deepObject') {
      // One field per value, each read as text: no field holds an array (Prism reads no nested structure there).
      if (propertySchema.type === 'array' && derefObject(document, propertySchema.items).type === 'array' && hasLeaf(isObject(body) ? body[name] : undefined)) {
        return { refused: `${name}: Prism cannot read an array of arrays in a form or multipart property` };
      }
      const text = pairs.get(name);
      // Prism's form style reads an array from one field: the value itself (exploded) or its comma-separated parts.
      value[name] = style !== undefined && propertySchema.type === 'array' && text !== undefined ? (explode === false ? text.split(',') : [text]) : text;
      continue;
    }
    const read = readDeepObject(document, name, propertySchema, pairs, 0);
    const items = derefObject(document, propertySchema.items);
    if (Array.isArray(read) && read.length > 0 && items.type === 'object') return { refused: `${name}: Prism cannot read an array of objects in a deepObject form property` };
    value[name] = read;
  }
  return { value };
}

/** The runtime's bracket form (`a[b]=`, `a[0][b]=`); arrays of plain values repeat the key, or, under a deepObject, are indexed. */
function addFormPairs(pairs: Map<string, string>, key: string, value: unknown, indexScalars = false): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) =>
      addFormPairs(pairs, isObject(item) || Array.isArray(item) || indexScalars ? `${key}[${index}]` : key, item, indexScalars),
    );
  } else if (isObject(value)) {
    for (const [field, item] of Object.entries(value)) addFormPairs(pairs, `${key}[${field}]`, item, indexScalars);
  } else {
    pairs.set(key, String(value));
  }
}

function addPartPairs(pairs: Map<string, string>, key: string, value: unknown): void {
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === undefined || item === null) continue;
    pairs.set(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
  }
}

/** Prism's deepObject construction: objects and arrays from the schema, plain values from the `a[b][c]` keys. */
function readDeepObject(document: unknown, path: string, schema: Json, pairs: Map<string, string>, depth: number): unknown {
  if (depth > 16) return undefined;
  if (schema.type === 'object') {
    const result: Json = {};
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) result[name] = readDeepObject(document, `${path}[${name}]`, derefObject(document, property), pairs, depth + 1);
    return result;
  }
  if (schema.type === 'array') {
    const indexes = new Set<string>();
    for (const key of pairs.keys()) {
      const index = key.startsWith(`${path}[`) ? /^\[(\d+)\]/.exec(key.slice(path.length))?.[1] : undefined;
      if (index !== undefined) indexes.add(index);
    }
    return [...indexes].map((index) => readDeepObject(document, `${path}[${index}]`, derefObject(document, schema.items), pairs, depth + 1));
  }
  return pairs.get(path);
}

/**
 * An exploded `form` query object (`foo: {page, sort}` sent as `?page=0&sort=…`, OpenAPI's default for a query
 * object) as Prism 5.14 reads it before validating (`deserializeImplodeObject` in @stoplight/prism-http): each of the
 * schema's properties from the query field of its name, as text. The runtime sends a plain property as its text and
 * an array or object property as its JSON text (OpenAPI leaves nested values of this style undefined), so such a
 * property never reads as the array or object its schema wants: the mock's gap, told apart by request-values.ts.
 */
export function prismQueryObjectReading(value: Json): Json {
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (item === undefined || item === null ? [] : [[key, typeof item === 'object' ? JSON.stringify(item) : String(item)]])));
}
