/**
 * Two schemas compared as the generated types read them: composition, types, enums, properties, additional
 * properties, and every validation or other keyword, each difference recorded with the direction data flows there.
 */
import {
  deref,
  isObject,
  refOf,
  refPointer,
  type JsonObject as Json,
} from '../document/index.js';
import { compareRange, RANGE_KEYS } from './compare-range.js';
import { flattenAllOf, flattenedPointer, intersectedMembers, isFlattenedProperty } from './flatten-all-of.js';
import { allowsNull, annotationOnly, constAsEnum, nullWrapped, soleMember, withoutComposition } from './schema-spellings.js';
import type { Direction, Subject } from './types.js';
import { DOC_KEYS, compareDocumentation, follow, push, same, sideOf, type Side, type Walk } from './walk-state.js';

/** Validation keywords whose change makes a schema stricter or looser without changing its type. */
const CONSTRAINT_KEYS = new Set([
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'pattern',
  'format', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  // Applicators openapi-typescript types nothing from: they only validate (prefixItems and patternProperties do type).
  'not', 'contains', 'minContains', 'maxContains', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas',
  'propertyNames', 'unevaluatedItems', 'unevaluatedProperties',
]);

/** Schema keywords the walk looks into itself (everything else is compared as a whole value). */
const STRUCTURAL_KEYS = new Set(['properties', 'required', 'enum', 'type', 'nullable', 'items', 'allOf', 'oneOf', 'anyOf', 'additionalProperties', 'readOnly', 'writeOnly', 'default', 'deprecated']);

/** Schemas, `$ref`s followed on both sides (a pair met again in the same operation is not walked twice). */
export function compareSchema(walk: Walk, beforeValue: unknown, afterValue: unknown, b: Side, a: Side, where: string, direction: Direction): void {
  const beforeRef = refOf(beforeValue);
  const afterRef = refOf(afterValue);
  if (beforeRef !== undefined || afterRef !== undefined) {
    const key = `${beforeRef ?? b.pointer}|${afterRef ?? a.pointer}|${direction}`;
    const seen = walk.known.get(key);
    if (seen) {
      for (const difference of seen) walk.differences.push({ ...difference, operation: walk.operation });
      return;
    }
    if (walk.inProgress.has(key)) return;
    walk.inProgress.add(key);
    const start = walk.differences.length;
    const old = follow(walk.base, beforeValue, b);
    const next = follow(walk.spec, afterValue, a);
    compareSchema(walk, old.value, next.value, old.side, next.side, where, direction);
    walk.known.set(key, walk.differences.slice(start));
    return;
  }
  if (beforeValue === undefined && afterValue === undefined) return;
  // Boolean schemas (3.1) and a schema appearing or disappearing: compared as a whole.
  if (!isObject(beforeValue) || !isObject(afterValue)) {
    // `true`, `{}` and no schema all accept anything: the same (any) type.
    const anything = (value: unknown) => value === undefined || value === true || (isObject(value) && Object.keys(value).length === 0);
    if (anything(beforeValue) && anything(afterValue)) return;
    if (!same(beforeValue, afterValue)) push(walk, 'keyword', 'changed', direction, a, where, { name: 'schema', before: beforeValue, after: afterValue });
    return;
  }
  // A lone `oneOf`/`anyOf`/`allOf` member is the schema itself (openapi-typescript types it so): compare the member
  // with the other side, unless that side composes with the same keyword (then the branches are compared).
  const loneIn = (schema: Json, other: Json) => {
    const key = soleMember(schema);
    return key !== undefined && !(key in other) ? key : undefined;
  };
  const beforeMember = loneIn(beforeValue, afterValue);
  const afterMember = loneIn(afterValue, beforeValue);
  if (beforeMember !== undefined || afterMember !== undefined) {
    const [old, oldSide] = beforeMember ? [(beforeValue[beforeMember] as unknown[])[0], sideOf(sideOf(b, beforeMember), 0)] : [beforeValue, b];
    const [next, nextSide] = afterMember ? [(afterValue[afterMember] as unknown[])[0], sideOf(sideOf(a, afterMember), 0)] : [afterValue, a];
    // The wrapper's own description or title documents the schema too.
    compareDocumentation(walk, beforeMember ? beforeValue : {}, afterMember ? afterValue : {}, b, a, where);
    compareSchema(walk, old, next, oldSide, nextSide, where, direction);
    return;
  }
  // `oneOf`/`anyOf: [{ type: 'null' }, X]` is X that may be null (openapi-typescript types it `X | null`): compared as
  // X with nullability, so wrapping a schema so is the same change as `nullable: true` or `type: [..., 'null']`.
  const unwrapBefore = nullWrapped(walk.base, beforeValue, b);
  const unwrapAfter = nullWrapped(walk.spec, afterValue, a);
  if (unwrapBefore || unwrapAfter) {
    compareDocumentation(walk, unwrapBefore ? withoutComposition(beforeValue) : {}, unwrapAfter ? withoutComposition(afterValue) : {}, b, a, where);
    const [old, oldSide] = unwrapBefore ? [unwrapBefore.schema, unwrapBefore.side] : [beforeValue, b];
    const [next, nextSide] = unwrapAfter ? [unwrapAfter.schema, unwrapAfter.side] : [afterValue, a];
    // The member is followed out of its `$ref`, so the `$ref` guard above no longer sees a recursive schema: this does.
    const key = `null-wrapped|${b.pointer}|${a.pointer}|${direction}`;
    if (walk.inProgress.has(key)) return;
    walk.inProgress.add(key);
    compareSchema(walk, old, next, oldSide, nextSide, where, direction);
    walk.inProgress.delete(key);
    return;
  }
  // Composed differently on the two sides (one is an allOf, or their allOfs have different members): each is
  // compared as the one object it describes, so a property moved into a member is not removed.
  // A lone oneOf/anyOf member next to the schema's own keys is an intersection too (flatten-all-of.ts).
  const [beforeMembers, afterMembers] = [intersectedMembers(beforeValue), intersectedMembers(afterValue)];
  const composedDifferently = (beforeMembers === undefined) !== (afterMembers === undefined) || beforeMembers?.key !== afterMembers?.key || !sameMembers(beforeMembers?.members, afterMembers?.members);
  const flatBefore = composedDifferently ? flatView(walk.base, beforeValue, b) : undefined;
  const flatAfter = composedDifferently ? flatView(walk.spec, afterValue, a) : undefined;
  const o = constAsEnum(flatBefore && flatAfter ? flatBefore : beforeValue);
  const n = constAsEnum(flatBefore && flatAfter ? flatAfter : afterValue);
  compareDocumentation(walk, o, n, b, a, where);
  compareTypes(walk, o, n, a, where, direction);
  if (allowsNull(o) !== allowsNull(n)) push(walk, 'nullable', allowsNull(n) ? 'added' : 'removed', direction, a, where);
  compareEnum(walk, o.enum, n.enum, a, where, direction);
  if (Array.isArray(o['x-extensible-enum']) && Array.isArray(n['x-extensible-enum'])) compareExtensibleEnum(walk, o['x-extensible-enum'], n['x-extensible-enum'], a, where, direction);
  compareProperties(walk, o, n, b, a, where, direction);
  if (o.items !== undefined || n.items !== undefined) compareSchema(walk, o.items, n.items, sideOf(b, 'items'), sideOf(a, 'items'), `${where}[]`, direction);
  compareAdditionalProperties(walk, o.additionalProperties, n.additionalProperties, b, a, where, direction);
  const branchesStart = walk.differences.length;
  for (const key of ['allOf', 'oneOf', 'anyOf']) compareBranches(walk, key, o[key], n[key], b, a, where, direction);
  if (Array.isArray(o.allOf) && Array.isArray(n.allOf)) keepRequiredOfTheWhole(walk, branchesStart, o, n, where);
  if (flatBefore && flatAfter) compareAnnotationMembers(walk, beforeValue.allOf, afterValue.allOf, b, a, where);
  for (const key of ['readOnly', 'writeOnly']) {
    if ((o[key] === true) !== (n[key] === true)) push(walk, 'read-write', n[key] === true ? 'added' : 'removed', direction, a, where, { name: key });
  }
  if (!same(o.default, n.default)) push(walk, 'default-value', 'changed', direction, a, where, { before: o.default, after: n.default });
  if ((o.deprecated === true) !== (n.deprecated === true)) push(walk, 'deprecation', n.deprecated === true ? 'added' : 'removed', direction, a, where);
  compareRange(walk, o, n, a, where, direction);
  for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
    if (STRUCTURAL_KEYS.has(key) || RANGE_KEYS.has(key) || DOC_KEYS.has(key) || same(o[key], n[key])) continue;
    // Value by value above when both sides list one; a list appearing or going is the extension's, docs.
    if (key === 'x-extensible-enum' && Array.isArray(o[key]) && Array.isArray(n[key])) continue;
    const kind = !(key in o) ? 'added' : !(key in n) ? 'removed' : 'changed';
    if (key === 'discriminator') {
      const tagsTyped = takenThroughAllOf(walk.spec, a.pointer) || takenThroughAllOf(walk.base, b.pointer) || typesOneOfMembers(o) || typesOneOfMembers(n);
      push(walk, 'discriminator', kind, direction, sideOf(a, key), where, { name: key, before: o[key], after: n[key], tagsTyped });
      continue;
    }
    // A property's stability level is a lifecycle promise like an operation's (oasdiff reads it there too).
    const subject: Subject = CONSTRAINT_KEYS.has(key) ? 'constraint' : key === 'x-stability-level' ? 'lifecycle' : key.startsWith('x-') ? 'extension' : 'keyword';
    push(walk, subject, kind, direction, sideOf(a, key), where, { name: key, before: o[key], after: n[key] });
  }
}

/** An annotation-only allOf member (a title, a description) added or removed: docs, whether the allOf is flattened or not. */
function compareAnnotationMembers(walk: Walk, before: unknown, after: unknown, b: Side, a: Side, where: string): void {
  const annotations = (doc: Json, members: unknown) => (Array.isArray(members) ? members.map((member, index) => ({ index, value: deref(doc, member) })).filter((m) => annotationOnly(m.value)) : []);
  const old = annotations(walk.base, before);
  const next = annotations(walk.spec, after);
  for (const m of old) if (!next.some((other) => same(other.value, m.value))) push(walk, 'documentation', 'removed', 'neutral', sideOf(sideOf(b, 'allOf'), m.index), where, { name: 'annotation-only allOf branch' });
  for (const m of next) if (!old.some((other) => same(other.value, m.value))) push(walk, 'documentation', 'added', 'neutral', sideOf(sideOf(a, 'allOf'), m.index), where, { name: 'annotation-only allOf branch' });
}

/** A schema as one object: its allOf (or lone member) flattened, or itself when it has none (undefined when it cannot be flattened). */
function flatView(doc: Json, schema: Json, at: Side): Json | undefined {
  return intersectedMembers(schema) ? flattenAllOf(doc, schema, at.pointer) : schema;
}

/** Whether two allOf lists have the same members by position (the same `$ref`s, or equal inline schemas counted by number). */
function sameMembers(before: unknown, after: unknown): boolean {
  if (!Array.isArray(before) || !Array.isArray(after)) return true;
  if (before.length !== after.length) return false;
  return before.every((member, index) => refOf(member) === refOf(after[index]));
}

/**
 * An allOf describes one object, required wherever a member requires it: a member that stops (or starts) requiring
 * a property another member still requires changes nothing the intersection type says. Such differences, found
 * member by member, are dropped.
 */
function keepRequiredOfTheWhole(walk: Walk, start: number, o: Json, n: Json, where: string): void {
  const before = requiredThroughAllOf(walk.base, o, new Set());
  const after = requiredThroughAllOf(walk.spec, n, new Set());
  const unchanged = (name: string) => before.has(name) && after.has(name);
  const kept = walk.differences.slice(start).filter((d) => !(d.subject === 'property-required' && d.name !== undefined && d.where === `${where}.${d.name}` && unchanged(d.name)));
  walk.differences.splice(start, walk.differences.length - start, ...kept);
}

/** The names a schema requires itself or through its allOf members (followed through `$ref`s). */
function requiredThroughAllOf(doc: Json, schema: unknown, seen: Set<unknown>): Set<string> {
  const value = deref(doc, schema);
  const names = new Set<string>();
  if (!isObject(value) || seen.has(value)) return names;
  seen.add(value);
  if (Array.isArray(value.required)) for (const name of value.required) names.add(String(name));
  if (Array.isArray(value.allOf)) for (const member of value.allOf) for (const name of requiredThroughAllOf(doc, member, seen)) names.add(name);
  return names;
}

/** `$ref`s met in an `allOf` anywhere in a document, found once per document. */
const allOfTargets = new WeakMap<Json, Set<string>>();

/** Whether some schema takes the one at `pointer` in through `allOf` (openapi-typescript then types its tag property). */
function takenThroughAllOf(doc: Json, pointer: string): boolean {
  let targets = allOfTargets.get(doc);
  if (!targets) {
    const found = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!isObject(value)) return;
      if (Array.isArray(value.allOf)) for (const item of value.allOf) {
        const pointer = refPointer(refOf(item) ?? '');
        if (pointer !== undefined) found.add(pointer);
      }
      Object.values(value).forEach(visit);
    };
    visit(doc);
    allOfTargets.set(doc, (targets = found));
  }
  return targets.has(pointer);
}

/**
 * Whether openapi-typescript types the tag property of this schema's `oneOf` members from its discriminator: it
 * does for every `$ref` member (named after it) and every mapping entry, when the schema has a `oneOf`.
 */
function typesOneOfMembers(schema: Json): boolean {
  if (!Array.isArray(schema.oneOf) || !isObject(schema.discriminator)) return false;
  const mapping = schema.discriminator.mapping;
  return schema.oneOf.some((member) => refOf(member) !== undefined) || (isObject(mapping) && Object.keys(mapping).length > 0);
}

/** `type` as a set (3.1 arrays) without `null`, which is nullability (allowsNull). */
function compareTypes(walk: Walk, o: Json, n: Json, a: Side, where: string, direction: Direction): void {
  const types = (schema: Json) => (Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : []);
  const before = types(o);
  const after = types(n);
  const plain = (list: string[]) => list.filter((type) => type !== 'null').sort();
  const b = plain(before);
  const c = plain(after);
  if (same(b, c)) return;
  // No type on one side means any type: going to a type narrows, going from one widens.
  const kind = b.length === 0 ? 'added' : c.length === 0 ? 'removed' : 'changed';
  push(walk, 'type', kind, direction, sideOf(a, 'type'), where, { before: b, after: c });
}

function compareEnum(walk: Walk, before: unknown, after: unknown, a: Side, where: string, direction: Direction): void {
  if (!Array.isArray(before) && !Array.isArray(after)) return;
  // An enum appearing narrows the value to a list; disappearing lets any value of the type through.
  if (!Array.isArray(before) || !Array.isArray(after)) {
    push(walk, 'constraint', Array.isArray(after) ? 'added' : 'removed', direction, sideOf(a, 'enum'), where, { name: 'enum', before, after });
    return;
  }
  for (const value of after) if (!before.some((old) => same(old, value))) push(walk, 'enum-value', 'added', direction, sideOf(a, 'enum'), where, { after: value });
  for (const value of before) if (!after.some((next) => same(next, value))) push(walk, 'enum-value', 'removed', direction, sideOf(a, 'enum'), where, { before: value });
}

/**
 * `x-extensible-enum` (Zalando's guidelines, read by oasdiff): the values a string may have today, which callers
 * must expect to grow. No generated type reads it, but the server's promise does: a request value dropped is no
 * longer accepted, while a response value added is one callers were told to tolerate.
 */
function compareExtensibleEnum(walk: Walk, before: unknown[], after: unknown[], a: Side, where: string, direction: Direction): void {
  const at = sideOf(a, 'x-extensible-enum');
  for (const value of after) if (!before.some((old) => same(old, value))) push(walk, 'enum-value', 'added', direction, at, where, { after: value, extensible: true });
  for (const value of before) if (!after.some((next) => same(next, value))) push(walk, 'enum-value', 'removed', direction, at, where, { before: value, extensible: true });
}

function compareProperties(walk: Walk, o: Json, n: Json, b: Side, a: Side, where: string, direction: Direction): void {
  const before = (isObject(o.properties) ? o.properties : {}) as Json;
  const after = (isObject(n.properties) ? n.properties : {}) as Json;
  const requiredBefore = Array.isArray(o.required) ? o.required.map(String) : [];
  const requiredAfter = Array.isArray(n.required) ? n.required.map(String) : [];
  // A readOnly property is not part of a request's type, a writeOnly one not of a response's: nothing about it
  // (added, removed, required, its schema) reaches the caller on that side. Becoming or ceasing to be one is `read-write`.
  const hiddenBefore = (name: string) => hiddenIn(walk.base, before[name], direction);
  const hiddenAfter = (name: string) => hiddenIn(walk.spec, after[name], direction);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const here = `${where}.${name}`;
    const inBefore = Object.prototype.hasOwnProperty.call(before, name);
    const inAfter = Object.prototype.hasOwnProperty.call(after, name);
    // A flattened allOf's property lives in a member: point there.
    const propertySide = (s: Side) => {
      const value = (s === b ? before : after)[name];
      return isFlattenedProperty(value) ? { doc: s.doc, pointer: flattenedPointer(value) } : sideOf(sideOf(s, 'properties'), name);
    };
    if (!inAfter) {
      if (!hiddenBefore(name)) push(walk, 'property', 'removed', direction, propertySide(b), here, { name, required: requiredBefore.includes(name) });
      continue;
    }
    if (!inBefore) {
      if (!hiddenAfter(name)) push(walk, 'property', 'added', direction, propertySide(a), here, { name, required: requiredAfter.includes(name) });
      continue;
    }
    if (hiddenBefore(name) && hiddenAfter(name)) continue;
    // Its readOnly (request) or writeOnly (response) cleared: the property joins this side's type, as if added
    // (required in a request, existing calls lack it). Leaving the type is `read-write`'s breaking change.
    if (hiddenBefore(name)) push(walk, 'property', 'added', direction, propertySide(a), here, { name, required: requiredAfter.includes(name) });
    const was = requiredBefore.includes(name);
    const is = requiredAfter.includes(name);
    if (was !== is && !hiddenBefore(name) && !hiddenAfter(name)) push(walk, 'property-required', is ? 'added' : 'removed', direction, propertySide(a), here, { name });
    compareSchema(walk, before[name], after[name], propertySide(b), propertySide(a), here, direction);
  }
  // Names required here but defined in a branch (allOf, oneOf, anyOf): still a property that must or may be there.
  // A name defined nowhere is in no generated type, so requiring it changes nothing a caller sees.
  const defined = (name: string) => Object.prototype.hasOwnProperty.call(before, name) || Object.prototype.hasOwnProperty.call(after, name);
  const inBranches = (doc: Json, schema: Json, name: string) => branchDefines(doc, schema, name, direction, new Set());
  for (const name of requiredAfter) {
    if (!requiredBefore.includes(name) && !defined(name) && inBranches(walk.spec, n, name)) push(walk, 'property-required', 'added', direction, sideOf(a, 'required'), `${where}.${name}`, { name });
  }
  for (const name of requiredBefore) {
    if (!requiredAfter.includes(name) && !defined(name) && inBranches(walk.base, o, name)) push(walk, 'property-required', 'removed', direction, sideOf(a, 'required'), `${where}.${name}`, { name });
  }
}

/** Whether a property's schema is left out of this side's types: readOnly in a request, writeOnly in a response. */
function hiddenIn(doc: Json, value: unknown, direction: Direction): boolean {
  const schema = deref(doc, value);
  if (!isObject(schema)) return false;
  return (direction === 'request' && schema.readOnly === true) || (direction === 'response' && schema.writeOnly === true);
}

/** Whether one of a schema's allOf/oneOf/anyOf branches (followed through `$ref`s, nested ones too) defines the property. */
function branchDefines(doc: Json, schema: Json, name: string, direction: Direction, seen: Set<unknown>): boolean {
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const branches = Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [];
    for (const branch of branches) {
      const resolved = deref(doc, branch);
      if (!isObject(resolved) || seen.has(resolved)) continue;
      seen.add(resolved);
      if (isObject(resolved.properties) && Object.prototype.hasOwnProperty.call(resolved.properties, name)) return !hiddenIn(doc, resolved.properties[name], direction);
      if (branchDefines(doc, resolved, name, direction, seen)) return true;
    }
  }
  return false;
}

function compareAdditionalProperties(walk: Walk, before: unknown, after: unknown, b: Side, a: Side, where: string, direction: Direction): void {
  if (isObject(before) && isObject(after)) {
    compareSchema(walk, before, after, sideOf(b, 'additionalProperties'), sideOf(a, 'additionalProperties'), `${where}{}`, direction);
    return;
  }
  // Absent and `true` allow any extra property; `false` allows none; a schema allows some.
  const openness = (value: unknown) => (value === false ? 0 : isObject(value) ? 1 : 2);
  if (openness(before) === openness(after)) return;
  push(walk, 'additional-properties', openness(after) < openness(before) ? 'removed' : 'added', direction, sideOf(a, 'additionalProperties'), where, { before, after });
}

/**
 * allOf/oneOf/anyOf branches, matched by `$ref` or equal content first, then the rest pairwise in order (an
 * edited branch); what is left over was added or removed.
 */
function compareBranches(walk: Walk, key: string, beforeValue: unknown, afterValue: unknown, b: Side, a: Side, where: string, direction: Direction): void {
  const before = Array.isArray(beforeValue) ? beforeValue : [];
  const after = Array.isArray(afterValue) ? afterValue : [];
  if (before.length === 0 && after.length === 0) return;
  // An allOf member of nothing but annotations constrains nothing: compareAnnotationMembers reports it as docs.
  const constraining = (doc: Json, list: unknown[]) => list.map((_, index) => index).filter((index) => key !== 'allOf' || !annotationOnly(deref(doc, list[index])));
  const unmatchedAfter = new Set(constraining(walk.spec, after));
  const pairs: [number, number][] = [];
  const unmatchedBefore: number[] = [];
  for (const index of constraining(walk.base, before)) {
    const branch = before[index];
    const match = [...unmatchedAfter].find((j) => (refOf(branch) !== undefined && refOf(branch) === refOf(after[j])) || same(branch, after[j]));
    if (match === undefined) unmatchedBefore.push(index);
    else {
      unmatchedAfter.delete(match);
      pairs.push([index, match]);
    }
  }
  const leftAfter = [...unmatchedAfter];
  while (unmatchedBefore.length > 0 && leftAfter.length > 0) pairs.push([unmatchedBefore.shift()!, leftAfter.shift()!]);
  for (const [i, j] of pairs) compareSchema(walk, before[i], after[j], sideOf(sideOf(b, key), i), sideOf(sideOf(a, key), j), where, direction);
  for (const i of unmatchedBefore) push(walk, 'composition-branch', 'removed', direction, sideOf(sideOf(b, key), i), where, { name: key, before: before[i] });
  for (const j of leftAfter) push(walk, 'composition-branch', 'added', direction, sideOf(sideOf(a, key), j), where, { name: key, after: after[j] });
  if (key === 'allOf') compareAnnotationMembers(walk, before, after, b, a, where);
}
