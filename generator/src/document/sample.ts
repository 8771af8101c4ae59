import { randExp } from '../libraries/randexp.js';
import { refOf, derefObject } from './refs.js';
import { isObject, type JsonObject } from './types.js';

/** The one value sampler: request values in the contract suite, typed calls in the bench. */
export interface SampleOptions {
  /** Take the schema's own `example`, `examples[0]` or `default` first (default true). */
  useExamples?: boolean;
  /** Nesting beyond this gives up (undefined): recursive schemas end. Default 10. */
  maxDepth?: number;
  /** `request`: `readOnly` properties are left out (clients do not send them). */
  direction?: 'request' | 'response';
  /**
   * Which `oneOf`/`anyOf` branch to take: the n-th non-null one (modulo their number), so a caller can try the
   * alternatives when the first branch gives a value the schema or the server refuses. Default 0.
   */
  variant?: number;
  /**
   * Objects get their optional properties too, not only the required ones: a value that must not be empty (a path
   * parameter, where `{}` would address another resource) has something in it. Default false.
   */
  allProperties?: boolean;
  /**
   * Also the optional properties that have a `default` (default true): a request that leaves them out is valid too,
   * and is the one to send where a mock cannot read the default (Prism's multipart arrays).
   */
  defaulted?: boolean;
}

/**
 * A small value valid for the schema: `const`, the first non-null `enum` member, or a value of its type that keeps
 * the schema's `format`, `pattern`, length, bound, `multipleOf` and item-count rules, with the required properties
 * (and, as openapi-typescript types them, the defaulted ones) only. `allOf` parts are merged; of `oneOf`/`anyOf` the
 * branch `variant` picks is taken, and a discriminator property gets that branch's mapping name. Undefined when
 * nothing can be said (no type, too deep). Deterministic: the same schema gives the same value on every run.
 */
export function sampleSchema(document: unknown, schemaOrRef: unknown, options: SampleOptions = {}, depth = 0): unknown {
  const maxDepth = options.maxDepth ?? 10;
  if (depth > maxDepth) return undefined;
  const useExamples = options.useExamples ?? true;
  const own = withRefSiblings(document, schemaOrRef);
  if (useExamples) {
    if ('example' in own) return own.example;
    if (Array.isArray(own.examples) && own.examples.length > 0) return own.examples[0];
  }
  const schema = flatten(document, own, options.variant ?? 0, 0, refOf(schemaOrRef));
  if ('const' in schema) return schema.const;
  if (useExamples && 'default' in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((value) => value !== null) ?? schema.enum[0];
  let type = Array.isArray(schema.type) ? (schema.type as unknown[]).find((t) => t !== 'null') : schema.type;
  if (type === undefined && schema.properties) type = 'object';
  if (type === undefined && schema.items) type = 'array';
  if (type === undefined && (typeof schema.pattern === 'string' || typeof schema.format === 'string')) type = 'string';
  switch (type) {
    case 'string':
      return sampleString(schema);
    case 'integer':
    case 'number':
      return sampleNumber(schema, type === 'integer');
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array': {
      const item = sampleSchema(document, schema.items, options, depth + 1);
      if (item === undefined) return [];
      const count = Math.max(1, typeof schema.minItems === 'number' ? schema.minItems : 1);
      const enumItems = Array.isArray(derefObject(document, schema.items).enum) ? (derefObject(document, schema.items).enum as unknown[]) : undefined;
      // Distinct items where they must be (uniqueItems with an enum of items); otherwise the one sample repeated.
      if (schema.uniqueItems === true && enumItems && enumItems.length >= count) return enumItems.slice(0, count);
      return Array.from({ length: count }, () => item);
    }
    case 'object': {
      const result: JsonObject = {};
      const properties = (schema.properties ?? {}) as JsonObject;
      const required = new Set(Array.isArray(schema.required) ? (schema.required as unknown[]).map(String) : []);
      for (const [name, property] of Object.entries(properties)) {
        const propertySchema = derefObject(document, property);
        if (options.direction === 'request' && propertySchema.readOnly === true) continue;
        if (!required.has(name) && (!('default' in propertySchema) || options.defaulted === false) && options.allProperties !== true) continue;
        // A `null` default stays null (OpenAI's `logit_bias`); only a property nothing could be sampled for gets a
        // placeholder, and an optional one is then left out.
        const value = sampleSchema(document, property, options, depth + 1);
        if (value !== undefined) result[name] = value;
        else if (required.has(name)) result[name] = 'example';
      }
      for (const name of required) {
        if (name in result || (options.direction === 'request' && name in properties)) continue;
        const extra = schema.additionalProperties;
        result[name] = (extra && typeof extra === 'object' ? sampleSchema(document, extra, options, depth + 1) : undefined) ?? 'example';
      }
      return result;
    }
    default:
      return undefined;
  }
}

// Fixed values per format: valid for ajv-formats' checks and readable in a report.
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  duration: 'P1D',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com',
  url: 'https://example.com',
  iri: 'https://example.com',
  'uri-reference': 'https://example.com',
  'iri-reference': 'https://example.com',
  'uri-template': 'https://example.com/{id}',
  uuid: '00000000-0000-4000-8000-000000000000',
  'json-pointer': '/example',
  'relative-json-pointer': '0',
  regex: '^example$',
  byte: 'ZXhhbXBsZQ==',
};

function sampleString(schema: JsonObject): string {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  if (typeof schema.pattern === 'string') {
    const matching = sampleMatching(schema.pattern, minLength, maxLength);
    if (matching !== undefined) return matching;
  }
  const formatted = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
  if (formatted !== undefined) return formatted;
  return fitLength('example', minLength, maxLength);
}

function fitLength(value: string, minLength: number, maxLength: number): string {
  const long = value.length >= minLength ? value : value + 'x'.repeat(minLength - value.length);
  return long.length <= maxLength ? long : long.slice(0, Math.max(minLength, maxLength));
}

/**
 * A string matching `pattern` (randexp, from a generator seeded by the pattern itself, so the same pattern gives
 * the same string on every run), of letters and digits wherever the pattern leaves the choice open. Undefined when
 * randexp cannot read the pattern or no attempt both matches and fits the length.
 */
function sampleMatching(pattern: string, minLength: number, maxLength: number): string | undefined {
  let test: RegExp;
  try {
    test = new RegExp(pattern, 'u');
  } catch {
    try {
      test = new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
  for (let attempt = 0; attempt < 8; attempt++) {
    let generator;
    try {
      generator = new (randExp())(pattern);
    } catch {
      return undefined;
    }
    const next = seeded(`${attempt}:${pattern}`);
    generator.randInt = (low: number, high: number) => low + (next() % (high - low + 1));
    generator.max = Math.min(Math.max(minLength, 4), 64);
    // `.` and negated classes draw from letters and digits only: no spaces or reserved characters.
    generator.defaultRange.subtract(0, 47).subtract(58, 64).subtract(91, 96).subtract(123, 0x10ffff);
    const value = fitPatternLength(generator.gen(), minLength);
    if (value.length <= maxLength && test.test(value)) return value;
  }
  return undefined;
}

/** A pattern anchored only at its start (`^ssh-rsa `) still matches when padded to the minimum length. */
function fitPatternLength(value: string, minLength: number): string {
  return value.length >= minLength ? value : value + 'a'.repeat(minLength - value.length);
}

/** A small deterministic generator (FNV-1a seed, xorshift steps). */
function seeded(text: string): () => number {
  let state = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) state = Math.imul(state ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

/** The lowest value the bounds allow (1 when they allow it), a multiple of `multipleOf` where one is set. */
function sampleNumber(schema: JsonObject, integer: boolean): number {
  const { low, lowExclusive, high, highExclusive } = bounds(schema);
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : integer ? 1 : undefined;
  let value = low === undefined ? (high !== undefined && high < 1 ? high : 1) : low;
  if (step !== undefined) value = Math.ceil(value / step) * step;
  if (lowExclusive && low !== undefined && value <= low) value = step !== undefined ? value + step : low + (high !== undefined ? (high - low) / 2 : 1);
  if (high !== undefined && (value > high || (highExclusive && value >= high))) {
    value = step !== undefined ? Math.floor(high / step) * step : high;
    if (highExclusive && value >= high) value = step !== undefined ? value - step : (low ?? high - 1) + (high - (low ?? high - 1)) / 2;
  }
  return value;
}

/** `minimum`/`maximum` with 3.0's boolean or 3.1's numeric `exclusiveMinimum`/`exclusiveMaximum`. */
function bounds(schema: JsonObject): { low?: number; lowExclusive: boolean; high?: number; highExclusive: boolean } {
  let low = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  let high = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  let lowExclusive = schema.exclusiveMinimum === true;
  let highExclusive = schema.exclusiveMaximum === true;
  if (typeof schema.exclusiveMinimum === 'number' && (low === undefined || schema.exclusiveMinimum >= low)) {
    low = schema.exclusiveMinimum;
    lowExclusive = true;
  }
  if (typeof schema.exclusiveMaximum === 'number' && (high === undefined || schema.exclusiveMaximum <= high)) {
    high = schema.exclusiveMaximum;
    highExclusive = true;
  }
  return { ...(low !== undefined ? { low } : {}), lowExclusive, ...(high !== undefined ? { high } : {}), highExclusive };
}

/** Keywords beside a `$ref` that say nothing about valid values. */
const ANNOTATIONS = new Set(['$ref', 'description', 'summary', 'title', 'deprecated']);

/**
 * The schema a `$ref` stands for, with the keywords written beside it applied too (`{ $ref, required: [id] }`, as
 * DigitalOcean's 3.0 spec writes it and as 3.1 and Ajv read it): as `allOf: [the target, ...]` with the siblings.
 * Without such siblings, just the target.
 */
function withRefSiblings(document: unknown, schemaOrRef: unknown): JsonObject {
  if (!isObject(schemaOrRef) || refOf(schemaOrRef) === undefined) return derefObject(document, schemaOrRef);
  const siblings = Object.fromEntries(Object.entries(schemaOrRef).filter(([key]) => key !== '$ref'));
  if (Object.keys(siblings).every((key) => ANNOTATIONS.has(key) || key.startsWith('x-'))) return derefObject(document, schemaOrRef);
  return { ...siblings, allOf: [{ $ref: schemaOrRef.$ref }, ...(Array.isArray(siblings.allOf) ? siblings.allOf : [])] };
}

/**
 * Folds `allOf`, and the chosen `oneOf`/`anyOf` branch, into one schema: the properties and required lists of
 * every part. The discriminator's property is fixed to the chosen branch's name (its mapping key, else the name
 * of the schema its `$ref` points to). Enough to build one valid value; not a general JSON Schema merger.
 */
function flatten(document: unknown, schema: JsonObject, variant: number, depth: number, ref?: string): JsonObject {
  if (depth > 12) return schema;
  let merged: JsonObject = { ...schema };
  delete merged.allOf;
  delete merged.oneOf;
  delete merged.anyOf;
  const parts: unknown[] = [...(Array.isArray(schema.allOf) ? schema.allOf : [])];
  const inherited = ref === undefined ? undefined : inheritedDiscriminator(document, schema, ref);
  if (inherited) fixProperty(merged, inherited);
  const choice = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(choice) && choice.length > 0) {
    const options = choice.filter((option) => derefObject(document, option).type !== 'null');
    const chosen = options.length > 0 ? options[variant % options.length] : choice[0];
    parts.push(chosen);
    const discriminator = discriminatorValue(document, schema, chosen);
    if (discriminator) fixProperty(merged, discriminator);
  }
  for (const part of parts) {
    const flat = flatten(document, withRefSiblings(document, part), variant, depth + 1, refOf(part));
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

function fixProperty(merged: JsonObject, { property, value }: { property: string; value: string }): void {
  merged.properties = { ...((merged.properties as JsonObject | undefined) ?? {}), [property]: { const: value } };
  merged.required = [...new Set([...((merged.required as string[] | undefined) ?? []), property])];
}

/**
 * The discriminator value a schema inherits (`Cat: allOf: [Pet, …]` where `Pet` has a discriminator): the key of
 * the parent's mapping that names it, else its own name, as openapi-typescript types it and OpenAPI reads an
 * implicit mapping. None when the schema fixes the property itself.
 */
function inheritedDiscriminator(document: unknown, schema: JsonObject, ref: string): { property: string; value: string } | undefined {
  if (!Array.isArray(schema.allOf)) return undefined;
  const name = decodeURIComponent(ref.slice(ref.lastIndexOf('/') + 1));
  for (const part of schema.allOf) {
    if (refOf(part) === undefined) continue;
    const discriminator = derefObject(document, part).discriminator as JsonObject | undefined;
    if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') continue;
    const property = discriminator.propertyName;
    const own = derefObject(document, ((schema.properties ?? {}) as JsonObject)[property]);
    if ('const' in own || Array.isArray(own.enum)) return undefined;
    const mapping = (isObject(discriminator.mapping) ? discriminator.mapping : {}) as JsonObject;
    const named = Object.entries(mapping).find(([, target]) => target === ref || target === name)?.[0];
    return { property, value: named ?? name };
  }
  return undefined;
}

/** The discriminator value for the chosen branch: its mapping key, else (when the branch does not fix the property itself) its schema name. */
function discriminatorValue(document: unknown, schema: JsonObject, chosen: unknown): { property: string; value: string } | undefined {
  const discriminator = schema.discriminator as JsonObject | undefined;
  const ref = refOf(chosen);
  if (!discriminator || typeof discriminator.propertyName !== 'string' || ref === undefined) return undefined;
  const property = discriminator.propertyName;
  const named = Object.entries((discriminator.mapping ?? {}) as JsonObject).find(([, target]) => target === ref)?.[0];
  if (named !== undefined) return { property, value: named };
  const own = derefObject(document, ((derefObject(document, chosen).properties ?? {}) as JsonObject)[property]);
  if ('const' in own || Array.isArray(own.enum)) return undefined;
  return { property, value: decodeURIComponent(ref.slice(ref.lastIndexOf('/') + 1)) };
}
