import {
  deref,
  getAtPointer,
  isSuccessStatus,
  isObject,
  joinPointer,
  listOperations,
  operationLabel,
  schemaIsScalar,
  type DocumentOperation,
  type DocumentParameter,
  type JsonObject as Json,
  type OpenApiDocument,
} from '../document/index.js';
import { buildModel, parameterSerialization, parsingFor } from '../model/build-model.js';
import { nameFromMethodAndPath } from '../model/naming.js';
import { sanctionedRemoval, stabilityRank } from './lifecycle.js';
import type { Difference, Direction, Subject } from './types.js';
import { canonicalJson, compareDocumentation, follow, same, side, sideOf, withoutDocs, type Side, type Walk } from './walk-state.js';
import { compareSchema } from './compare-schema.js';
import { componentPointer, unreachedComponents } from './components.js';

/**
 * Every difference between two documents that a caller of the generated client could notice, operation by
 * operation, with the direction data flows at that place. Rules (rules/) decide what each one means.
 */
export function compareDocuments(baseDocument: unknown, specDocument: unknown): Difference[] {
  const base = (isObject(baseDocument) ? baseDocument : {}) as Json;
  const spec = (isObject(specDocument) ? specDocument : {}) as Json;
  const differences: Difference[] = [];
  const known = new Map<string, Difference[]>();
  const top: Walk = { base, spec, operation: 'document', differences, inProgress: new Set(), known };

  compareDocumentation(top, (base.info ?? {}) as Json, (spec.info ?? {}) as Json, { doc: base, pointer: '/info' }, { doc: spec, pointer: '/info' }, 'info');
  compareServers(top, base.servers, spec.servers, '/servers', 'servers');

  const baseOps = operationsByKey(base);
  const specOps = operationsByKey(spec);
  const names = { base: clientNames(base), spec: clientNames(spec) };
  for (const [key, before] of baseOps) {
    const after = specOps.get(key);
    const label = operationLabel(after ?? before);
    if (!after) {
      differences.push({ subject: 'operation', kind: 'removed', direction: 'neutral', operation: label, pointer: before.pointer, where: key, sanctioned: sanctionedRemoval(before.operation) });
      continue;
    }
    compareOperation({ base, spec, operation: label, differences, inProgress: new Set(), known }, before, after, names);
  }
  for (const [key, after] of specOps) {
    if (baseOps.has(key)) continue;
    differences.push({ subject: 'operation', kind: 'added', direction: 'neutral', operation: operationLabel(after), pointer: after.pointer, where: key });
  }
  compareSecuritySchemes(top);
  compareUnreachedComponents(top);
  return differences;
}

/**
 * Schemas and responses no operation reaches, compared as the exported `components` type they are (components.ts):
 * one gone is breaking, one new a feature; a schema changed is compared as a request and as a response, each
 * difference tagged with the component so the report keeps the more serious reading.
 */
function compareUnreachedComponents(top: Walk): void {
  const walk: Walk = { ...top, operation: 'components', inProgress: new Set() };
  for (const { section, name } of unreachedComponents(top.base, top.spec)) {
    const pointer = componentPointer(section, name);
    const [before, after] = [getAtPointer(top.base, pointer), getAtPointer(top.spec, pointer)];
    const where = `components.${section}.${name}`;
    if (before === undefined || after === undefined) {
      walk.differences.push({ subject: 'component', kind: before === undefined ? 'added' : 'removed', direction: 'neutral', operation: walk.operation, pointer, where, name });
      continue;
    }
    const b = { doc: top.base, pointer };
    const a = { doc: top.spec, pointer };
    const start = walk.differences.length;
    if (section === 'responses') compareResponse(walk, before, after, b, a, where, true);
    else for (const direction of ['request', 'response'] as const) compareSchema({ ...walk, inProgress: new Set() }, before, after, b, a, where, direction);
    for (const difference of walk.differences.slice(start)) difference.component = pointer;
  }
}

/**
 * `GET /pets/{}`: path parameters renamed are the same operation (their arguments are compared as parameters), as
 * oasdiff matches them. Two templates of one document that read the same so (`/pets/{id}` and `/pets/{name}`, which
 * OpenAPI forbids) keep their own paths as keys.
 */
function operationsByKey(document: Json): Map<string, DocumentOperation> {
  const operations = listOperations(document, { mode: 'lenient' });
  const template = (operation: DocumentOperation) => `${operation.method.toUpperCase()} ${operation.path.replace(/\{[^}]*\}/g, '{}')}`;
  const counts = new Map<string, number>();
  for (const operation of operations) counts.set(template(operation), (counts.get(template(operation)) ?? 0) + 1);
  return new Map(operations.map((operation) => [counts.get(template(operation)) === 1 ? template(operation) : `${operation.method.toUpperCase()} ${operation.path}`, operation]));
}

/** Each operation's place in the generated client (group, method, type names), from the generator's own model. */
interface ClientName {
  group: string;
  name: string;
  typeName: string;
}

/**
 * The client's names for every operation of a document, by `METHOD /path`, as the generator gives them (naming
 * depends on the whole document: tags, path segments, collisions, paging iterators). Undefined when the document
 * cannot be modelled: then operationIds and first tags are compared as written.
 */
function clientNames(document: Json): Map<string, ClientName> | undefined {
  try {
    const model = buildModel(document as unknown as OpenApiDocument);
    return new Map(model.operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, { group: op.group, name: op.name, typeName: op.typeName }]));
  } catch {
    return undefined;
  }
}

function compareOperation(walk: Walk, before: DocumentOperation, after: DocumentOperation, names: { base?: Map<string, ClientName>; spec?: Map<string, ClientName> }): void {
  const o = before.operation;
  const n = after.operation;
  const at = (pointer: string, key: string) => `${pointer}${joinPointer(key)}`;
  const push = (subject: Subject, kind: Difference['kind'], where: string, extra: Partial<Difference> = {}) =>
    walk.differences.push({ subject, kind, direction: 'neutral', operation: walk.operation, pointer: after.pointer, where, ...extra });

  const was = names.base?.get(`${before.method.toUpperCase()} ${before.path}`);
  const is = names.spec?.get(`${after.method.toUpperCase()} ${after.path}`);
  if (was && is) {
    // What callers call: the method's name and group in the generated client, however the spec spells them.
    if (was.name !== is.name || was.typeName !== is.typeName) {
      const renamed = before.operationId !== after.operationId
        ? { before: before.operationId, after: after.operationId }
        : { name: before.path !== after.path ? 'path' : 'method', before: was.name, after: is.name };
      push('operation-id', 'changed', 'method', { ...renamed, pointer: at(after.pointer, 'operationId') });
    } else if (before.operationId !== after.operationId) {
      push('documentation', 'changed', 'operationId', { name: `operationId (the method stays ${is.group}.${is.name})`, pointer: at(after.pointer, 'operationId') });
    }
    if (was.group !== is.group) push('operation-group', 'changed', 'group', { before: was.group, after: is.group, pointer: at(after.pointer, 'tags') });
    else if (before.tags[0] !== after.tags[0]) push('documentation', 'changed', 'first tag', { name: `first tag (the group stays client.${is.group})`, pointer: at(after.pointer, 'tags') });
  } else {
    if (before.operationId !== after.operationId) push('operation-id', 'changed', 'operationId', { before: before.operationId, after: after.operationId, pointer: at(after.pointer, 'operationId') });
    else if (before.operationId === undefined && before.path !== after.path) {
      // Without an operationId the method is named from the path: a path parameter renamed renames it.
      const [old, next] = [nameFromMethodAndPath(before.method, before.path), nameFromMethodAndPath(after.method, after.path)];
      if (old !== next) push('operation-id', 'changed', 'method name', { name: 'path', before: old, after: next });
    }
    if (before.tags[0] !== after.tags[0]) push('operation-group', 'changed', 'first tag', { before: before.tags[0], after: after.tags[0], pointer: at(after.pointer, 'tags') });
  }
  if ((o.deprecated === true) !== (n.deprecated === true)) push('deprecation', n.deprecated === true ? 'added' : 'removed', 'deprecated');
  compareLifecycle(walk, o, n, after.pointer, 'operation', 'neutral');
  compareDocumentation(walk, o, n, { doc: walk.base, pointer: before.pointer }, { doc: walk.spec, pointer: after.pointer }, 'operation');
  compareSecurity(walk, o.security ?? walk.base.security, n.security ?? walk.spec.security, after.pointer);
  compareServers(walk, o.servers ?? before.pathItem.servers, n.servers ?? after.pathItem.servers, at(after.pointer, 'servers'), 'servers');

  const beforeParams = new Map(before.parameters.map((p) => [`${p.in} ${p.name}`, p]));
  const afterParams = new Map(after.parameters.map((p) => [`${p.in} ${p.name}`, p]));
  for (const [key, param] of beforeParams) {
    const next = afterParams.get(key);
    if (!next) {
      walk.differences.push({ subject: 'parameter', kind: 'removed', direction: 'request', operation: walk.operation, pointer: param.pointer, where: `${key} parameter`, name: param.name, sanctioned: sanctionedRemoval(param.value, o) });
      continue;
    }
    const where = `${key} parameter`;
    const wasRequired = param.value.required === true || param.in === 'path';
    const isRequired = next.value.required === true || next.in === 'path';
    if (wasRequired !== isRequired) {
      walk.differences.push({ subject: 'parameter-required', kind: isRequired ? 'added' : 'removed', direction: 'request', operation: walk.operation, pointer: next.pointer, where, name: next.name });
    }
    compareDocumentation(walk, param.value, next.value, { doc: walk.base, pointer: param.pointer }, { doc: walk.spec, pointer: next.pointer }, where);
    if ((param.value.deprecated === true) !== (next.value.deprecated === true)) {
      walk.differences.push({ subject: 'deprecation', kind: next.value.deprecated === true ? 'added' : 'removed', direction: 'request', operation: walk.operation, pointer: next.pointer, where });
    }
    compareLifecycle(walk, param.value, next.value, next.pointer, where, 'request');
    compareSerialization(walk, param, next, where);
    compareSchema(walk, param.value.schema, next.value.schema, side(walk.base, param.pointer, 'schema'), side(walk.spec, next.pointer, 'schema'), where, 'request');
    compareContent(walk, param.value.content, next.value.content, side(walk.base, param.pointer, 'content'), side(walk.spec, next.pointer, 'content'), where, 'request');
  }
  for (const [key, param] of afterParams) {
    if (beforeParams.has(key)) continue;
    const required = param.value.required === true || param.in === 'path';
    walk.differences.push({ subject: 'parameter', kind: 'added', direction: 'request', operation: walk.operation, pointer: param.pointer, where: `${key} parameter`, name: param.name, required });
  }

  compareRequestBody(walk, o.requestBody, n.requestBody, side(walk.base, before.pointer, 'requestBody'), side(walk.spec, after.pointer, 'requestBody'));
  compareResponses(walk, (o.responses ?? {}) as Json, (n.responses ?? {}) as Json, side(walk.base, before.pointer, 'responses'), side(walk.spec, after.pointer, 'responses'));
}

/**
 * How a parameter goes on the wire, by its effective values (build-model.ts's reading: the location's default style,
 * explode exactly for `form`), so writing a default out changes nothing. For a scalar value explode does nothing,
 * and the query styles form, spaceDelimited and pipeDelimited write it alike. `allowReserved` and `allowEmptyValue`
 * compare as set or not (keyword rule: setting one lets the server take more).
 */
function compareSerialization(walk: Walk, before: DocumentParameter, after: DocumentParameter, where: string): void {
  const old = parameterSerialization(before.in, before.value);
  const next = parameterSerialization(after.in, after.value);
  const scalar = schemaIsScalar(walk.base, before.value.schema) && schemaIsScalar(walk.spec, after.value.schema);
  const queryStyles = new Set(['form', 'spaceDelimited', 'pipeDelimited']);
  const push = (name: string, was: unknown, is: unknown) =>
    walk.differences.push({ subject: 'keyword', kind: was === undefined ? 'added' : is === undefined ? 'removed' : 'changed', direction: 'request', operation: walk.operation, pointer: after.pointer, where, name, before: was, after: is });
  if (old.style !== next.style && !(scalar && queryStyles.has(old.style) && queryStyles.has(next.style))) push('style', old.style, next.style);
  if (old.explode !== next.explode && !scalar) push('explode', old.explode, next.explode);
  for (const key of ['allowReserved', 'allowEmptyValue']) {
    const [was, is] = [before.value[key] === true, after.value[key] === true];
    if (was !== is) push(key, was ? true : undefined, is ? true : undefined);
  }
}

function compareRequestBody(walk: Walk, beforeValue: unknown, afterValue: unknown, b: Side, a: Side): void {
  const before = follow(walk.base, beforeValue, b);
  const after = follow(walk.spec, afterValue, a);
  const where = 'request body';
  if (!before.value && !after.value) return;
  if (!before.value || !after.value) {
    const required = isObject(after.value) && after.value.required === true;
    walk.differences.push({ subject: 'request-body', kind: after.value ? 'added' : 'removed', direction: 'request', operation: walk.operation, pointer: (after.value ? a : b).pointer, where, required });
    return;
  }
  if ((before.value.required === true) !== (after.value.required === true)) {
    walk.differences.push({ subject: 'request-body-required', kind: after.value.required === true ? 'added' : 'removed', direction: 'request', operation: walk.operation, pointer: after.side.pointer, where });
  }
  compareDocumentation(walk, before.value, after.value, before.side, after.side, where);
  compareContent(walk, before.value.content, after.value.content, sideOf(before.side, 'content'), sideOf(after.side, 'content'), where, 'request');
}

function compareResponses(walk: Walk, before: Json, after: Json, b: Side, a: Side): void {
  const statuses = { before: Object.keys(before), after: Object.keys(after) };
  for (const status of new Set([...statuses.before, ...statuses.after])) {
    const where = `response ${status}`;
    if (!(status in after) || !(status in before)) {
      const kind = status in after ? 'added' : 'removed';
      const sameBody = kind === 'added' && statuses.before.some((old) => old in after && isSuccessStatus(old) && same(bodyOf(walk.spec, after[old]), bodyOf(walk.spec, after[status])));
      walk.differences.push({ subject: 'response-status', kind, direction: 'response', operation: walk.operation, pointer: sideOf(kind === 'added' ? a : b, status).pointer, where, name: status, statuses, sameBody });
      continue;
    }
    compareResponse(walk, before[status], after[status], sideOf(b, status), sideOf(a, status), where, isSuccessStatus(status));
  }
}

/** One response on both sides, `$ref`s followed: its documentation, headers and content. */
function compareResponse(walk: Walk, before: unknown, after: unknown, b: Side, a: Side, where: string, success: boolean): void {
  const old = follow(walk.base, before, b);
  const next = follow(walk.spec, after, a);
  if (!old.value || !next.value) return;
  compareDocumentation(walk, old.value, next.value, old.side, next.side, where);
  compareHeaders(walk, (old.value.headers ?? {}) as Json, (next.value.headers ?? {}) as Json, sideOf(old.side, 'headers'), sideOf(next.side, 'headers'), where);
  compareContent(walk, old.value.content, next.value.content, sideOf(old.side, 'content'), sideOf(next.side, 'content'), where, 'response', success);
}

/**
 * What a response media type adds to the body type the client gives callers (emit/type-expressions.ts): a success
 * body is the union over its media types, each as the runtime reads it (JSON as its schema, text as `string`, ...);
 * `ApiError.body` the union of the JSON ones' schemas. Undefined: it adds no member.
 */
function typedMember(mediaType: string, media: unknown, success: boolean): string | undefined {
  const reading = parsingFor(mediaType);
  if (reading !== 'json') return success ? reading : undefined;
  return `json ${canonicalJson(isObject(media) ? media.schema ?? null : null)}`;
}

/** What a response resolves to: its `content` with `$ref`s to the response followed and documentation left out. */
function bodyOf(doc: Json, response: unknown): unknown {
  const value = deref(doc, response);
  if (!isObject(value) || !isObject(value.content)) return undefined;
  return Object.fromEntries(Object.entries(value.content).map(([type, media]) => [type, isObject(media) ? media.schema : undefined]));
}

function compareHeaders(walk: Walk, before: Json, after: Json, b: Side, a: Side, response: string): void {
  const lower = (headers: Json) => new Map(Object.keys(headers).map((name) => [name.toLowerCase(), name]));
  const beforeNames = lower(before);
  const afterNames = lower(after);
  for (const [key, name] of beforeNames) {
    const where = `${response} header ${name}`;
    const nextName = afterNames.get(key);
    if (nextName === undefined) {
      walk.differences.push({ subject: 'response-header', kind: 'removed', direction: 'response', operation: walk.operation, pointer: sideOf(b, name).pointer, where, name });
      continue;
    }
    const old = follow(walk.base, before[name], sideOf(b, name));
    const next = follow(walk.spec, after[nextName], sideOf(a, nextName));
    if (!old.value || !next.value) continue;
    if ((old.value.required === true) !== (next.value.required === true)) {
      walk.differences.push({ subject: 'response-header-required', kind: next.value.required === true ? 'added' : 'removed', direction: 'response', operation: walk.operation, pointer: next.side.pointer, where, name });
    }
    compareDocumentation(walk, old.value, next.value, old.side, next.side, where);
    compareSchema(walk, old.value.schema, next.value.schema, sideOf(old.side, 'schema'), sideOf(next.side, 'schema'), where, 'response');
  }
  for (const [key, name] of afterNames) {
    if (beforeNames.has(key)) continue;
    walk.differences.push({ subject: 'response-header', kind: 'added', direction: 'response', operation: walk.operation, pointer: sideOf(a, name).pointer, where: `${response} header ${name}`, name });
  }
}

function compareContent(walk: Walk, beforeValue: unknown, afterValue: unknown, b: Side, a: Side, where: string, direction: Direction, success = false): void {
  const before = (isObject(beforeValue) ? beforeValue : {}) as Json;
  const after = (isObject(afterValue) ? afterValue : {}) as Json;
  const types = { before: Object.keys(before), after: Object.keys(after) };
  // A body where there was none (no member yet) narrows nothing callers wrote: only a union that grows breaks.
  const members = new Set(types.before.map((type) => typedMember(type, before[type], success)).filter((member) => member !== undefined));
  for (const mediaType of new Set([...types.before, ...types.after])) {
    const here = `${where} ${mediaType}`;
    if (!(mediaType in before) || !(mediaType in after)) {
      const kind = mediaType in after ? 'added' : 'removed';
      const member = direction === 'response' && kind === 'added' ? typedMember(mediaType, after[mediaType], success) : undefined;
      const widens = member !== undefined && members.size > 0 && !members.has(member) ? true : undefined;
      walk.differences.push({ subject: 'media-type', kind, direction, operation: walk.operation, pointer: sideOf(kind === 'added' ? a : b, mediaType).pointer, where: here, name: mediaType, before: types.before, after: types.after, widens });
      continue;
    }
    const old = (before[mediaType] ?? {}) as Json;
    const next = (after[mediaType] ?? {}) as Json;
    compareDocumentation(walk, old, next, sideOf(b, mediaType), sideOf(a, mediaType), here);
    compareSchema(walk, old.schema, next.schema, sideOf(sideOf(b, mediaType), 'schema'), sideOf(sideOf(a, mediaType), 'schema'), `${here} body`, direction);
  }
}

/**
 * `x-sunset` and `x-stability-level` of an operation or parameter (lifecycle.ts; the deprecated flag is
 * `deprecation`): a change, or a stability level the spec still gives that is none of the known ones.
 */
function compareLifecycle(walk: Walk, before: Json, after: Json, pointer: string, where: string, direction: Direction): void {
  for (const key of ['x-sunset', 'x-stability-level']) {
    const unchanged = same(before[key], after[key]);
    if (unchanged && (key === 'x-sunset' || stabilityRank(after[key]) !== undefined)) continue;
    const kind = unchanged ? 'changed' : !(key in before) ? 'added' : !(key in after) ? 'removed' : 'changed';
    const stillDeprecated = before.deprecated === true && after.deprecated === true;
    walk.differences.push({ subject: 'lifecycle', kind, direction, operation: walk.operation, pointer: `${pointer}${joinPointer(key)}`, where, name: key, before: before[key], after: after[key], ...(stillDeprecated ? { stillDeprecated } : {}) });
  }
}

function compareSecurity(walk: Walk, before: unknown, after: unknown, pointer: string): void {
  // `oauth[read,write]+apiKey`: the schemes one alternative needs together, each with the scopes it asks for.
  const scoped = (req: Json) => Object.keys(req).sort().map((name) => {
    const scopes = Array.isArray(req[name]) ? (req[name] as unknown[]).map(String).sort() : [];
    return scopes.length > 0 ? `${name}[${scopes.join(',')}]` : name;
  });
  const alternatives = (value: unknown) => (Array.isArray(value) ? value.filter(isObject).map((req) => scoped(req).join('+')) : []);
  const b = alternatives(before);
  const a = alternatives(after);
  if (same([...b].sort(), [...a].sort())) return;
  walk.differences.push({ subject: 'security', kind: 'changed', direction: 'request', operation: walk.operation, pointer, where: 'security', before: b, after: a });
}

function compareSecuritySchemes(walk: Walk): void {
  const schemes = (doc: Json) => ((isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {}) as Json);
  const before = schemes(walk.base);
  const after = schemes(walk.spec);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = deref(walk.base, before[name]);
    const next = deref(walk.spec, after[name]);
    const pointer = `/components/securitySchemes${joinPointer(name)}`;
    if (old === undefined || next === undefined || !same(wireOf(old), wireOf(next))) {
      const kind = old === undefined ? 'added' : next === undefined ? 'removed' : 'changed';
      walk.differences.push({ subject: 'security', kind, direction: 'request', operation: 'document', pointer, where: `security scheme ${name}`, name, before: old, after: next });
    } else if (!same(withoutDocs(old), withoutDocs(next))) {
      // Flows, scope lists, token URLs: the caller brings the token, so only what describes it changed.
      walk.differences.push({ subject: 'documentation', kind: 'changed', direction: 'neutral', operation: 'document', pointer, where: `security scheme ${name}`, name: 'flows' });
    }
  }
}

/** What of a security scheme the client puts on the wire: its type, HTTP scheme, and where an API key goes. */
function wireOf(scheme: unknown): unknown {
  if (!isObject(scheme)) return scheme;
  const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);
  return { type: scheme.type, scheme: lower(scheme.scheme), in: scheme.in, name: scheme.name };
}

function compareServers(walk: Walk, beforeValue: unknown, afterValue: unknown, pointer: string, where: string): void {
  const urls = (value: unknown) => (Array.isArray(value) ? value.filter(isObject).map(serverUrl) : []);
  const before = urls(beforeValue);
  const after = urls(afterValue);
  if (same(before, after)) return;
  walk.differences.push({ subject: 'server', kind: 'changed', direction: 'neutral', operation: walk.operation, pointer, where, before, after });
}

/** A server's URL with its variables' defaults filled in: what the client calls. */
function serverUrl(server: Json): string {
  const variables = (isObject(server.variables) ? server.variables : {}) as Json;
  return String(server.url ?? '').replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isObject(variable) && variable.default !== undefined ? String(variable.default) : whole;
  });
}
