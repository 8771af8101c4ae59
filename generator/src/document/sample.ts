import { derefObject } from './refs.js';
import type { JsonObject } from './types.js';

/** The one value sampler: request values in the contract suite, typed calls in the bench. */
export interface SampleOptions {
  /** Take the schema's own `example`, `examples[0]` or `default` first (default true). */
  useExamples?: boolean;
  /** Nesting beyond this gives up (undefined): recursive schemas end. Default 10. */
  maxDepth?: number;
}

/**
 * A small value valid for the schema: `const`, the first non-null `enum` member, or a value of its type with
 * the required properties (and, as openapi-typescript types them, the defaulted ones) only. `allOf` parts are
 * merged and the first non-null `oneOf`/`anyOf` branch is taken. Undefined when nothing can be said (no type,
 * too deep).
 */
export function sampleSchema(document: unknown, schemaOrRef: unknown, options: SampleOptions = {}, depth = 0): unknown {
  const maxDepth = options.maxDepth ?? 10;
  if (depth > maxDepth) return undefined;
  const useExamples = options.useExamples ?? true;
  const own = derefObject(document, schemaOrRef);
  if (useExamples) {
    if ('example' in own) return own.example;
    if (Array.isArray(own.examples) && own.examples.length > 0) return own.examples[0];
  }
  const schema = flatten(document, own, 0);
  if ('const' in schema) return schema.const;
  if (useExamples && 'default' in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((value) => value !== null) ?? schema.enum[0];
  let type = Array.isArray(schema.type) ? (schema.type as unknown[]).find((t) => t !== 'null') : schema.type;
  if (type === undefined && schema.properties) type = 'object';
  if (type === undefined && schema.items) type = 'array';
  switch (type) {
    case 'string':
      return schema.format === 'date-time' ? '2024-01-01T00:00:00Z' : schema.format === 'date' ? '2024-01-01' : 'example';
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array': {
      const item = sampleSchema(document, schema.items, options, depth + 1);
      return item === undefined ? [] : [item];
    }
    case 'object': {
      const result: JsonObject = {};
      const properties = (schema.properties ?? {}) as JsonObject;
      const required = new Set(Array.isArray(schema.required) ? (schema.required as unknown[]).map(String) : []);
      for (const [name, property] of Object.entries(properties)) {
        if (!required.has(name) && !('default' in derefObject(document, property))) continue;
        result[name] = sampleSchema(document, property, options, depth + 1) ?? 'example';
      }
      for (const name of required) {
        if (name in result) continue;
        const extra = schema.additionalProperties;
        result[name] = (extra && typeof extra === 'object' ? sampleSchema(document, extra, options, depth + 1) : undefined) ?? 'example';
      }
      return result;
    }
    default:
      return undefined;
  }
}

/**
 * Folds `allOf`, and the first non-null `oneOf`/`anyOf` branch, into one schema: the properties and required
 * lists of every part. Enough to build one valid value; not a general JSON Schema merger.
 */
function flatten(document: unknown, schema: JsonObject, depth: number): JsonObject {
  if (depth > 12) return schema;
  let merged: JsonObject = { ...schema };
  delete merged.allOf;
  delete merged.oneOf;
  delete merged.anyOf;
  const parts: unknown[] = [...(Array.isArray(schema.allOf) ? schema.allOf : [])];
  const choice = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(choice) && choice.length > 0) parts.push(choice.find((option) => derefObject(document, option).type !== 'null') ?? choice[0]);
  for (const part of parts) {
    const flat = flatten(document, derefObject(document, part), depth + 1);
    merged = {
      ...flat,
      ...merged,
      type: merged.type ?? flat.type,
      properties: { ...((flat.properties as JsonObject | undefined) ?? {}), ...((merged.properties as JsonObject | undefined) ?? {}) },
      required: [...new Set([...((flat.required as string[] | undefined) ?? []), ...((merged.required as string[] | undefined) ?? [])])],
    };
  }
  return merged;
}
