import {
  deref,
  interfaceSnapshot,
  isObject,
  listOperations,
  refOf,
  type DocumentOperation,
  type JsonObject as Json,
} from '@periskope-tools/generator';
import { finding, type Finding } from '../findings.js';
import { DRIFT_RULES, type DriftRule } from '../rules.js';

/** One difference between the spec the client was generated from and the spec as it is now. */
export interface Drift {
  /** `cancelBroadcast (DELETE /message/broadcast/{broadcast_id})`, or `document` for global changes. */
  operation: string;
  /** `response 200 application/json: body.status: enum value added: "paused"` */
  change: string;
  breaking: boolean;
  /** Which rule found it (one of DRIFT_RULES): the id mutation operators name as the one that must catch them. */
  rule: DriftRule;
}

/** Every rule of the drift check, one id each (their catalogue entries are in ../rules.ts). */
export { DRIFT_RULES, type DriftRule };

type Direction = 'request' | 'response' | 'neutral';

interface Walk {
  oldDoc: Json;
  newDoc: Json;
  operation: string;
  drifts: Drift[];
  /**
   * Pairs of $ref targets met in this operation: the stack depth while being compared, then the shallowest
   * depth still being compared that their result depends on (Infinity: none; 0: it drifted). Recursive
   * schemas terminate.
   */
  pairs: Map<string, number>;
  depth: number;
  /** The shallowest in-progress pair the current comparison ran into. */
  low: number;
  /**
   * Pairs of `$ref`s (on both sides) whose comparison found nothing and depended on nothing in progress, for
   * every operation: they are not walked again. Stripe's 452 operations reach ~500 shared schemas each.
   */
  clean: Set<string>;
}

/**
 * Compares the committed client's snapshot with the current spec, operation by operation. Everything the
 * client depends on counts as breaking except what cannot affect a caller: documentation and examples
 * (stripped from both sides) and response properties that were added as optional.
 */
export function diffInterface(committedSnapshot: unknown, currentDocument: unknown): Drift[] {
  const oldDoc = committedSnapshot as Json;
  const newDoc = interfaceSnapshot(currentDocument) as Json;
  const drifts: Drift[] = [];
  const clean = new Set<string>();
  const oldOps = operationsOf(oldDoc);
  const newOps = operationsOf(newDoc);
  for (const [key, oldOp] of oldOps) {
    const label = `${String(oldOp.operation.operationId ?? key)} (${key})`;
    const newOp = newOps.get(key);
    if (!newOp) {
      drifts.push({ operation: label, change: 'operation removed from the spec, but the client still has it', breaking: true, rule: 'operation-removed' });
      continue;
    }
    const walk: Walk = { oldDoc, newDoc, operation: label, drifts, pairs: new Map(), depth: 0, low: Infinity, clean };
    compareOperation(walk, oldOp, newOp);
  }
  for (const [key, newOp] of newOps) {
    if (!oldOps.has(key)) {
      drifts.push({
        operation: `${String(newOp.operation.operationId ?? key)} (${key})`,
        change: 'operation added to the spec, but the client has no method for it',
        breaking: true,
        rule: 'operation-added',
      });
    }
  }
  const walk: Walk = { oldDoc, newDoc, operation: 'document', drifts, pairs: new Map(), depth: 0, low: Infinity, clean };
  compareValues(walk, oldDoc.servers, newDoc.servers, 'servers', 'neutral');
  compareValues(walk, oldDoc.security, newDoc.security, 'security', 'neutral');
  compareValues(walk, (oldDoc.components as Json | undefined)?.securitySchemes, (newDoc.components as Json | undefined)?.securitySchemes, 'securitySchemes', 'neutral');
  return drifts;
}

type OperationEntry = DocumentOperation;

/** The document layer's operations (lenient: a snapshot or an edited spec may hold refs that lead nowhere). */
function operationsOf(doc: Json): Map<string, OperationEntry> {
  return new Map(listOperations(doc, { mode: 'lenient' }).map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, entry]));
}

function compareOperation(walk: Walk, oldOp: OperationEntry, newOp: OperationEntry): void {
  const o = oldOp.operation;
  const n = newOp.operation;
  compareValues(walk, o.operationId, n.operationId, 'operationId', 'neutral');
  compareValues(walk, (o.tags as unknown[] | undefined)?.[0], (n.tags as unknown[] | undefined)?.[0], 'first tag (client group)', 'neutral');
  compareValues(walk, o.deprecated ?? false, n.deprecated ?? false, 'deprecated', 'neutral');
  compareValues(walk, o.security, n.security, 'security', 'neutral');

  const oldParams = parametersOf(oldOp);
  const newParams = parametersOf(newOp);
  for (const [key, oldParam] of oldParams) {
    const newParam = newParams.get(key);
    if (!newParam) report(walk, 'parameter-removed', `parameter ${key}`, 'removed from the spec, but the client still sends it', true);
    else compareValues(walk, oldParam, newParam, `parameter ${key}`, 'request');
  }
  for (const [key, newParam] of newParams) {
    if (oldParams.has(key)) continue;
    const required = newParam.required === true || newParam.in === 'path';
    report(walk, 'parameter-added', `parameter ${key}`, `added${required ? ' as required' : ''}; the client cannot send it`, required);
  }

  compareValues(walk, deref(walk.oldDoc, o.requestBody), deref(walk.newDoc, n.requestBody), 'request body', 'request');

  const oldResponses = (o.responses ?? {}) as Json;
  const newResponses = (n.responses ?? {}) as Json;
  for (const status of new Set([...Object.keys(oldResponses), ...Object.keys(newResponses)])) {
    const where = `response ${status}`;
    if (!(status in newResponses)) report(walk, 'response-removed', where, 'removed from the spec, but the client still types it', true);
    else if (!(status in oldResponses)) report(walk, 'response-added', where, 'added to the spec; the client does not know this status', true);
    else compareValues(walk, deref(walk.oldDoc, oldResponses[status]), deref(walk.newDoc, newResponses[status]), where, 'response');
  }
}

/** Merged by the document layer: an operation-level parameter overrides the path-level one. */
function parametersOf(entry: OperationEntry): Map<string, Json> {
  return new Map(entry.parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter.value]));
}

/** Structural comparison with $refs followed on both sides, reporting at the deepest differing place. */
function compareValues(walk: Walk, oldValue: unknown, newValue: unknown, where: string, direction: Direction): void {
  const oldRef = refOf(oldValue);
  const newRef = refOf(newValue);
  if (oldRef !== undefined || newRef !== undefined) {
    const pairKey = `${oldRef ?? '-'}|${newRef ?? '-'}|${direction}`;
    if (walk.clean.has(pairKey)) return;
    const known = walk.pairs.get(pairKey);
    if (known !== undefined) {
      walk.low = Math.min(walk.low, known);
      return;
    }
    const depth = ++walk.depth;
    walk.pairs.set(pairKey, depth);
    const outerLow = walk.low;
    const driftsBefore = walk.drifts.length;
    walk.low = Infinity;
    compareValues(walk, deref(walk.oldDoc, oldValue), deref(walk.newDoc, newValue), where, direction);
    walk.depth--;
    // A pair that drifted (itself or through a pair met earlier) taints every pair around it, as depth 0 does:
    // none of them is clean. Otherwise it ran into itself only (or nothing in progress): its result is its own.
    const drifted = walk.drifts.length !== driftsBefore;
    const dependsOn = drifted ? 0 : walk.low >= depth ? Infinity : walk.low;
    walk.pairs.set(pairKey, dependsOn);
    // A one-sided pair (`-|#/x`) names no single place on the inline side: never shared across operations.
    if (dependsOn === Infinity && oldRef !== undefined && newRef !== undefined) walk.clean.add(pairKey);
    walk.low = Math.min(outerLow, dependsOn);
    return;
  }
  if (isObject(oldValue) && isObject(newValue)) {
    compareObjects(walk, oldValue, newValue, where, direction);
    return;
  }
  if (Array.isArray(oldValue) && Array.isArray(newValue)) {
    compareArrays(walk, oldValue, newValue, where, direction);
    return;
  }
  if (!sameJson(oldValue, newValue)) {
    report(walk, 'value-changed', where, `changed from ${show(oldValue)} to ${show(newValue)}`, true);
  }
}

/** Keys whose arrays are sets: order carries no meaning. */
const SET_KEYS = new Set(['enum', 'required', 'type']);

function compareObjects(walk: Walk, oldValue: Json, newValue: Json, where: string, direction: Direction): void {
  for (const key of new Set([...Object.keys(oldValue), ...Object.keys(newValue)])) {
    const here = childLabel(where, key);
    const inOld = key in oldValue;
    const inNew = key in newValue;
    if (key === 'properties' && isObject(oldValue[key]) && isObject(newValue[key])) {
      compareProperties(walk, oldValue, newValue, where, direction);
      continue;
    }
    // `required: true|false` on a parameter, request body or header: a flag, not a list of property names.
    if (key === 'required' && !Array.isArray(oldValue[key]) && !Array.isArray(newValue[key])) {
      const was = oldValue[key] === true;
      const now = newValue[key] === true;
      if (was !== now) report(walk, now ? 'became-required' : 'no-longer-required', where, now ? 'became required' : 'no longer required', now ? direction !== 'response' : direction === 'response');
      continue;
    }
    if (SET_KEYS.has(key)) {
      compareSets(walk, asArray(oldValue[key]), asArray(newValue[key]), where, key, direction, newValue);
      continue;
    }
    if (inOld && !inNew) report(walk, 'keyword-removed', here, `removed (was ${show(oldValue[key])})`, true);
    else if (!inOld && inNew) report(walk, 'keyword-added', here, `added: ${show(newValue[key])}`, true);
    else compareValues(walk, oldValue[key], newValue[key], here, direction);
  }
}

function compareProperties(walk: Walk, oldSchema: Json, newSchema: Json, where: string, direction: Direction): void {
  const oldProps = oldSchema.properties as Json;
  const newProps = newSchema.properties as Json;
  const newRequired = asArray(newSchema.required);
  for (const name of new Set([...Object.keys(oldProps), ...Object.keys(newProps)])) {
    const here = `${where}.${name}`;
    if (!(name in newProps)) {
      report(walk, 'property-removed', here, 'property removed from the spec, but the client still has it', true);
    } else if (!(name in oldProps)) {
      const optional = !newRequired.includes(name);
      // A new optional field in a response: old clients simply do not see it.
      const harmless = direction === 'response' && optional;
      report(walk, 'property-added', here, `property added${optional ? ' (optional)' : ' (required)'}`, !harmless);
    } else {
      compareValues(walk, oldProps[name], newProps[name], here, direction);
    }
  }
}

/**
 * Set-valued keywords. `required`: adding one breaks requests (the client may omit it) and removing one
 * breaks responses (the client assumes it is there); the other directions are harmless. `enum` and `type`:
 * any change breaks, because the client's literal types no longer match what is sent or received.
 */
function compareSets(walk: Walk, oldItems: unknown[], newItems: unknown[], where: string, key: string, direction: Direction, newSchema: Json): void {
  const added = newItems.filter((item) => !oldItems.some((old) => sameJson(old, item)));
  const removed = oldItems.filter((item) => !newItems.some((next) => sameJson(next, item)));
  const noun = key === 'enum' ? 'enum value' : key === 'type' ? 'type' : 'required property';
  for (const item of added) {
    if (key === 'required') {
      // A required entry for a property that is itself new was reported with that property.
      if (!(isObject(newSchema.properties) && String(item) in newSchema.properties)) continue;
      report(walk, 'became-required', `${where}.${String(item)}`, 'became required', direction !== 'response');
    } else {
      report(walk, key === 'enum' ? 'enum-value-added' : 'type-changed', where, `${noun} added: ${show(item)}`, true);
    }
  }
  for (const item of removed) {
    if (key === 'required') report(walk, 'no-longer-required', `${where}.${String(item)}`, 'no longer required', direction === 'response');
    else report(walk, key === 'enum' ? 'enum-value-removed' : 'type-changed', where, `${noun} removed: ${show(item)}`, true);
  }
}

function compareArrays(walk: Walk, oldItems: unknown[], newItems: unknown[], where: string, direction: Direction): void {
  if (oldItems.length !== newItems.length) {
    report(walk, 'list-length-changed', where, `changed from ${oldItems.length} to ${newItems.length} entries`, true);
    return;
  }
  oldItems.forEach((item, index) => compareValues(walk, item, newItems[index], `${where}[${index}]`, direction));
}

/** Readable locations: `response 200 application/json body.status`, `request body.items[]`. */
function childLabel(where: string, key: string): string {
  if (key === 'content') return where;
  if (key === 'schema') return `${where} body`;
  if (key === 'items') return `${where}[]`;
  if (where.endsWith(' body') || where.endsWith('[]') || /\.\w+$/.test(where)) return `${where}.${key}`;
  return where.startsWith('response') || where.startsWith('request body') ? `${where} ${key}` : `${where}.${key}`;
}

function report(walk: Walk, rule: DriftRule, where: string, change: string, breaking: boolean): void {
  walk.drifts.push({ operation: walk.operation, change: `${where}: ${change}`, breaking, rule });
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The breaking drifts as findings (kind `spec`: the spec moved since the client was generated from it). */
export function driftFindings(committedSnapshot: unknown, currentDocument: unknown): Finding[] {
  return diffInterface(committedSnapshot, currentDocument)
    .filter((drift) => drift.breaking)
    .map((drift) => finding(drift.rule, drift.change, { operation: drift.operation }));
}
