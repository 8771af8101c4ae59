import { deref, getAtPointer, joinPointer, sampleSchema, type JsonObject as Json, type OperationModel } from '@periskope-tools/generator';


/**
 * Arguments for one call built from the spec's own request examples (parameter `example`/`examples`,
 * schema `example`/`default`/`enum`, request-body example), so the mock accepts the request.
 */
export function sampleArguments(document: unknown, operation: OperationModel): Json {
  const byLocation: Record<string, Json> = {};
  for (const parameter of operation.parameters) {
    const object = getAtPointer(document, parameter.pointer) as Json;
    const value = exampleOf(document, object) ?? sampleSchema(document, object.schema);
    if (value === undefined && !parameter.required) continue;
    (byLocation[parameter.in] ??= {})[parameter.name] = value ?? 'example';
  }
  let body: unknown;
  const requestBody = operation.requestBody;
  if (requestBody) {
    const media = getAtPointer(document, `${requestBody.pointer}${joinPointer('content', requestBody.mediaType)}`) as Json;
    body = exampleOf(document, media) ?? sampleSchema(document, media?.schema);
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
