import { deref, getAtPointer, joinPointer, type JsonObject as Json, type OperationModel } from '@periskope-tools/generator';


/**
 * Arguments for one call built from the spec's own request examples (parameter `example`/`examples`,
 * schema `example`/`default`/`enum`, request-body example), so the mock accepts the request.
 */
export function sampleArguments(document: unknown, operation: OperationModel): Json {
  const byLocation: Record<string, Json> = {};
  for (const parameter of operation.parameters) {
    const object = getAtPointer(document, parameter.pointer) as Json;
    const value = exampleOf(document, object) ?? sampleFromSchema(document, object.schema, 0);
    if (value === undefined && !parameter.required) continue;
    (byLocation[parameter.in] ??= {})[parameter.name] = value ?? 'example';
  }
  let body: unknown;
  const requestBody = operation.requestBody;
  if (requestBody) {
    const media = getAtPointer(document, `${requestBody.pointer}${joinPointer('content', requestBody.mediaType)}`) as Json;
    body = exampleOf(document, media) ?? sampleFromSchema(document, media?.schema, 0);
  }
  if (operation.argumentShape === 'nested') {
    return { ...byLocation, ...(body === undefined ? {} : { body }) };
  }
  const flat: Json = {};
  for (const values of Object.values(byLocation)) Object.assign(flat, values);
  if (body !== undefined) {
    if (requestBody?.propertyNames) Object.assign(flat, body as Json);
    else flat.body = body;
  }
  return flat;
}

/** `example`, else the first of `examples`, else the schema's example; $refs followed. */
function exampleOf(document: unknown, object: Json | undefined): unknown {
  if (!object) return undefined;
  if ('example' in object) return object.example;
  if (object.examples && typeof object.examples === 'object') {
    const first = Object.values(object.examples as Json)[0];
    const resolved = deref(document, first) as Json | undefined;
    if (resolved && 'value' in resolved) return resolved.value;
  }
  const schema = deref(document, object.schema) as Json | undefined;
  if (schema && 'example' in schema) return schema.example;
  if (schema && Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  return undefined;
}

/** A minimal value of the schema's type: required properties only, first enum member, example or default. */
export function sampleFromSchema(document: unknown, schemaOrRef: unknown, depth: number): unknown {
  const schema = deref(document, schemaOrRef) as Json | undefined;
  if (!schema || typeof schema !== 'object' || depth > 8) return undefined;
  if ('example' in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('const' in schema) return schema.const;
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = schema[key];
    if (Array.isArray(parts) && parts.length > 0) {
      if (key !== 'allOf') return sampleFromSchema(document, parts[0], depth + 1);
      return Object.assign({}, ...parts.map((part) => sampleFromSchema(document, part, depth + 1) ?? {}));
    }
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return schema.format === 'date-time' ? '2024-01-01T00:00:00Z' : schema.format === 'date' ? '2024-01-01' : 'example';
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'array': {
      const item = sampleFromSchema(document, schema.items, depth + 1);
      return item === undefined ? [] : [item];
    }
    default: {
      const properties = (schema.properties ?? {}) as Json;
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const result: Json = {};
      for (const name of required) result[name] = sampleFromSchema(document, properties[name], depth + 1) ?? 'example';
      return type === 'object' || schema.properties ? result : undefined;
    }
  }
}
