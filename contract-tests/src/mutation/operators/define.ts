/** What every operator module shares: the operator type, the wrapper that keeps `apply` pure, and the edit helpers. */
import type { RuleId } from '../../rules.js';
import { editAtPath, exampleSlots, inline, isObject, label, renameKey, resolve, retypeScalar, scalarType, type Json, type OperationEntry } from '../spec-walk.js';

export type MutationCategory = 'operation' | 'parameter' | 'request body' | 'response' | 'response header' | 'security' | 'documentation';

export interface MutationResult {
  /** The mutated copy. */
  document: Json;
  /** What was changed where: `removed property from of ContactList (getContacts 200)`. */
  description: string;
}

interface OperatorInfo {
  /** kebab-case; also the name of the fixture folder test/fixtures/mutation/<name>/. */
  name: string;
  /** The area the edit is in: also the module it lives in (operators/<category>.ts). */
  category: MutationCategory;
  description: string;
}

/** A breaking edit names the rule that must catch it; a harmless edit must not raise any. */
export type OperatorSpec =
  | (OperatorInfo & {
      /** Whether a client generated from the original spec can no longer be trusted against the mutant. */
      breaking: true;
      /** The pipeline rule (../../rules.ts) that must report the mutant: the operator's test and the mutation run check it. */
      rule: RuleId;
    })
  | (OperatorInfo & { breaking: false; rule?: undefined });

export type MutationOperator = OperatorSpec & {
  apply(document: unknown): MutationResult | null;
};

/** Wraps an edit: clones the input, runs the edit on the clone, returns null when it found no target. */
export function operator(spec: OperatorSpec, edit: (document: Json) => string | null): MutationOperator {
  return {
    ...spec,
    apply(input) {
      if (!isObject(input)) return null;
      const document = structuredClone(input);
      const description = edit(document);
      return description === null ? null : { document, description };
    },
  };
}

export const NON_BODY_METHODS = new Set(['get', 'head', 'delete', 'options', 'trace']);
export const ALTERNATIVE_METHODS = ['post', 'put', 'patch', 'get', 'delete'];

export function first<T>(items: Iterable<T>, predicate: (item: T) => boolean = () => true): T | undefined {
  for (const item of items) if (predicate(item)) return item;
  return undefined;
}

export function parametersArray(entry: OperationEntry): unknown[] {
  if (!Array.isArray(entry.operation.parameters)) entry.operation.parameters = [];
  return entry.operation.parameters as unknown[];
}

/** Parameters that apply to an operation, merged by the document layer (its own override path-level ones). */
export function effectiveParameters(entry: OperationEntry): Json[] {
  return entry.parameters.map((parameter) => parameter.value);
}

export function effectiveSecurity(document: Json, entry: OperationEntry): unknown[] {
  const own = entry.operation.security ?? document.security;
  return Array.isArray(own) ? own : [];
}

/** A name not yet used as a key of `object`: `base`, `base2`, ... */
export function freshKey(object: Json, base: string): string {
  if (!(base in object)) return base;
  for (let index = 2; ; index++) if (!(`${base}${index}` in object)) return `${base}${index}`;
}

export function objectSchemaWithProperties(document: Json, raw: unknown): Json | undefined {
  const schema = resolve(document, raw);
  return isObject(schema) && isObject(schema.properties) && Object.keys(schema.properties).length > 0 ? schema : undefined;
}

export function where(status: string, entry: OperationEntry): string {
  return `${label(entry)} response ${status}`;
}

/** Applies `edit` to the top-level `property` of every explicit example of `media`. */
export function editExamples(document: Json, media: Json, path: string[], edit: (value: unknown) => unknown): void {
  for (const slot of exampleSlots(document, media)) slot.set(editAtPath(slot.get(), path, edit));
}

export function renameInExamples(document: Json, media: Json, from: string, to: string): void {
  for (const slot of exampleSlots(document, media)) {
    const value = slot.get();
    if (isObject(value) && from in value) renameKey(value, from, to);
  }
}

export function deleteFromExamples(document: Json, media: Json, property: string): void {
  for (const slot of exampleSlots(document, media)) {
    const value = slot.get();
    if (isObject(value)) delete value[property];
  }
}

/** The operation's own copy of a response (so a shared component response is left alone). */
export function inlineResponse(document: Json, entry: OperationEntry, status: string): Json {
  return inline(document, entry.operation.responses as Json, status);
}

/** The last enum value no example uses (so examples stay valid), else the last one. */
export function pickEnumValue(values: unknown[], used: Set<string>): unknown {
  for (let index = values.length - 1; index >= 0; index--) if (!used.has(JSON.stringify(values[index]))) return values[index];
  return values[values.length - 1];
}

/**
 * Retypes the first scalar, non-enum property of a media type's object schema (string to integer, otherwise to
 * string) and converts its examples; undefined when the schema has no such property.
 */
export function retypeFirstScalarProperty(document: Json, media: Json): { name: string; from: string; to: string } | undefined {
  const schema = objectSchemaWithProperties(document, media.schema);
  if (!schema) return undefined;
  const properties = schema.properties as Json;
  const name = first(Object.keys(properties), (key) => {
    const property = resolve(document, properties[key]);
    return isObject(property) && scalarType(property) !== undefined && !Array.isArray(property.enum);
  });
  if (!name) return undefined;
  const change = retypeScalar(inline(document, properties, name))!;
  editExamples(document, media, [name], change.convert);
  return { name, from: change.from, to: change.to };
}
