import { formatProblem, oneLine, type SourceLocation } from '../errors.js';
import {
  acceptValue,
  firstServerUrl,
  FETCH_FORBIDDEN_METHODS,
  isHeaderName,
  isJsonMediaType,
  isStreamingMediaType,
  isSuccessStatus,
  isTextMediaType,
  isWildcardMediaType,
  joinPointer,
  listOperations,
  operationIdCounts,
  operationServerUrl,
  preferredMediaType,
  resolveRef,
  schemaAtPointerAllowsNull,
  schemaIsScalar,
  readWriteMarkedSchemas,
  usesReadWriteMarkers,
  wildcardBodyKind,
  type DocumentOperation,
  type OpenApiDocument,
} from '../document/index.js';
import { paginationOf } from './pagination.js';
import { camelCase, claimFamily, nameFromMethodAndPath, NameRegistry, toMemberName, typeNameBase } from './naming.js';
import {
  type ApiModel,
  type BodyEncoding,
  type BodyPropertyStyle,
  type CodeSampleModel,
  type ExampleModel,
  type GroupModel,
  type OperationModel,
  type PaginationDeclaration,
  type ParameterLocation,
  type ParameterModel,
  type ParameterStyle,
  type RequestBodyModel,
  type ResponseContentModel,
  type ResponseHeaderModel,
  type WildcardBodyKind,
  type ResponseModel,
  type ResponseParsing,
  type SecuritySchemeModel,
} from './types.js';

type JsonObject = Record<string, unknown>;

/** Group for operations with neither a tag nor a meaningful path segment (`/`, `/{id}`). */
export const DEFAULT_GROUP = 'default';

/** Methods fetch sends without a body (it throws for a GET or HEAD request with one). */
const BODYLESS_METHODS: ReadonlySet<string> = new Set(['get', 'head']);

/** Members every group class and the client class already have. */
const CLIENT_MEMBERS = ['transport', 'options'];

/**
 * Suffixes of the exported names each operation gets in the generated client. `''`, `Pages` and `Items` are its
 * standalone functions (`cancelBroadcast`, `getContactsPages`, `getContactsItems`; naming.ts functionNameOf).
 */
export const OPERATION_TYPE_SUFFIXES = ['', 'Operation', 'Args', 'Result', 'Error', 'Headers', 'Spec', 'Item', 'Paging', 'Pages', 'Items'] as const;

/** Names the generated client module declares itself; operations and groups never take them. */
const CLIENT_MODULE_NAMES = [
  'paths', 'components', 'operations', 'webhooks', '$defs', 'ApiError', 'ApiErrorBase', 'ApiErrorOf', 'AnyApiError',
  'Transport', 'UnexpectedResponseError', 'ClientOptions', 'RequestOptions', 'OperationSpec', 'DEFAULT_BASE_URL',
  'ResponsePromise', 'WithResponse', 'TimeoutError', 'ConnectionError', 'Logger', 'LogLevel',
  'ArgumentError', 'ResponseBodyError', 'BaseClientOptions', 'BasicCredentials', 'Credential', 'SecuritySchemeSpec',
  'SECURITY_SCHEMES', 'Readable', 'Writable', '$Read', '$Write', 'paginateItems', 'paginatePages', 'wire', 'requestBody',
];

export interface ModelOptions {
  /** Name of the generated client class; operations and groups never take it. */
  clientName?: string;
  /** The generator config's pagination declarations, by operationId (or `false` to turn detection off for one). */
  pagination?: Record<string, PaginationDeclaration | false>;
  /** File and line of a JSON pointer in the spec, for warnings that point at one (default: the pointer alone). */
  locate?: (pointer: string) => SourceLocation;
}

/** Builds the operation model from a bundled document. Pure: same document in, same model out. */
export function buildModel(document: OpenApiDocument, options: ModelOptions = {}): ApiModel {
  const warnings: string[] = [];
  const raw = listOperations(document);
  const idCounts = operationIdCounts(raw);

  // Names are handed out in document order so the first operation keeps a contested name.
  const groupNames = new NameRegistry(['constructor', 'prototype', ...CLIENT_MEMBERS]);
  const groupsByKey = new Map<string, GroupModel>();
  // Group classes and operation types share one module, so one namespace.
  // The client's class and its core (what standalone operation functions take) are the client's names too.
  const clientName = options.clientName ?? 'Client';
  const moduleNames = new NameRegistry([...CLIENT_MODULE_NAMES, clientName, `${clientName}Core`]);
  const operations: OperationModel[] = [];
  const memberNamesByGroup = new Map<string, NameRegistry>();
  const readWriteMarkers = usesReadWriteMarkers(document);
  const readWriteMarked = readWriteMarkers ? readWriteMarkedSchemas(document) : () => false;

  const groupOf = groupKeys(raw);

  for (const item of raw) {
    const where = `${item.method.toUpperCase()} ${item.path}`;
    if (FETCH_FORBIDDEN_METHODS.has(item.method)) {
      const reason = `${where}: fetch cannot send ${item.method.toUpperCase()} requests, so the client has no method for this operation (skipped)`;
      warnings.push(locatedWarning(reason, item.pointer, options.locate));
      continue;
    }
    const tag = item.tags[0];
    const { key: groupKey, name: groupName, tag: groupTag, segment } = groupOf(item);
    let group = groupsByKey.get(groupKey);
    if (!group) {
      const wanted = toMemberName(camelCase(groupName) || DEFAULT_GROUP, DEFAULT_GROUP).name;
      const property = groupNames.claim(wanted);
      const className = moduleNames.claim(`${typeNameBase(groupName) || 'Default'}Api`);
      group = { property, className, tag: groupTag, operations: [] };
      groupsByKey.set(groupKey, group);
      memberNamesByGroup.set(groupKey, new NameRegistry(CLIENT_MEMBERS));
    }
    if (tag === undefined && segment !== undefined) group.pathSegment ??= segment;
    const fallback = nameFromMethodAndPath(item.method, item.path);
    let wanted: string;
    if (item.operationId === undefined) {
      wanted = fallback;
    } else {
      // `users/follow` in group `users` is `client.users.follow`: the prefix repeats the group (GitHub's style).
      const parts = scoped(item.operationId);
      const unscoped = parts && camelCase(parts.scope) === group.property ? toMemberName(camelCase(parts.name), fallback) : undefined;
      const member = unscoped && !unscoped.changed ? unscoped : toMemberName(item.operationId, fallback);
      wanted = member.name;
      if (member.changed) warnings.push(`${where}: operationId "${item.operationId}" ${member.changed}; method named ${wanted}`);
    }
    const members = memberNamesByGroup.get(groupKey)!;
    const name = members.claim(wanted);
    if (name !== wanted) warnings.push(`${where}: method name ${wanted} is taken in group ${group.property}; named ${name}`);
    // Type names are module-wide, so they keep a scoped operationId's prefix (`users/follow` → `UsersFollowArgs`).
    const typeSource = scoped(item.operationId) ? item.operationId! : name;
    const typeName = claimFamily(moduleNames, typeNameBase(typeSource) || 'Operation', OPERATION_TYPE_SUFFIXES);
    const uses = item.operationId === undefined ? 0 : (idCounts.get(item.operationId) ?? 0);
    if (uses > 1) warnings.push(`${where}: operationId "${item.operationId}" is used by ${uses} operations; this one is ${group.property}.${name}`);
    const id = item.operationId !== undefined && uses === 1 ? item.operationId : where;
    if (BODYLESS_METHODS.has(item.method) && item.operation.requestBody !== undefined) {
      warnings.push(`${where}: fetch cannot send a request body with ${item.method.toUpperCase()}; the documented body is left out of ${group.property}.${name}`);
    }
    const operation = buildOperation(document, item, { id, name, typeName, group: group.property }, readWriteMarked);
    const paged = paginationOf(document, operation, options.pagination?.[operation.id]);
    if (paged.warning) warnings.push(paged.warning);
    if (paged.pagination) {
      // The iterators are members of the group too: they must not take another operation's name.
      const iterators = [`${name}Pages`, `${name}Items`];
      if (iterators.every((member) => !members.has(member))) {
        for (const member of iterators) members.claim(member);
        operation.pagination = paged.pagination;
      }
      else warnings.push(`${where}: ${iterators.join('/')} would clash with another method of group ${group.property}; ${name} is not paged`);
    }
    group.operations.push(operation);
    operations.push(operation);
  }

  return {
    // `info` may be missing, and `version` a number (both are lint warnings only).
    title: stringOrUndefined(document.info?.title) ?? 'API',
    description: stringOrUndefined(document.info?.description),
    version: typeof document.info?.version === 'number' ? String(document.info.version) : stringOrUndefined(document.info?.version),
    defaultBaseUrl: firstServerUrl(document.servers),
    operations,
    groups: [...groupsByKey.values()],
    securitySchemes: securitySchemes(document),
    readWriteMarkers,
    warnings,
  };
}

/**
 * Which group each operation joins. A tagged operation: its first tag's. An untagged one: its first meaningful
 * path segment's (`/v1/customers/{customer}` → `customers`), the way hand-written SDKs group resources, so an
 * untagged spec such as Stripe's is not one group of hundreds of methods. When a tag's group has the same name
 * (`Customers`), the untagged operation joins it; otherwise the segment is a group of its own. With no meaningful
 * segment, the default group.
 */
function groupKeys(operations: readonly DocumentOperation[]): (item: DocumentOperation) => { key: string; name: string; tag?: string; segment?: string } {
  const tagsByName = new Map<string, string>();
  for (const { tags } of operations) {
    const tag = tags[0];
    if (tag === undefined) continue;
    const name = camelCase(tag);
    if (!tagsByName.has(name)) tagsByName.set(name, tag);
  }
  return (item) => {
    const tag = item.tags[0];
    if (tag !== undefined) return { key: `tag:${tag}`, name: tag, tag };
    const segment = resourceSegment(item.path);
    if (segment === undefined) return { key: 'default', name: DEFAULT_GROUP };
    const name = camelCase(segment);
    const sameTag = tagsByName.get(name);
    return sameTag === undefined ? { key: `path:${name}`, name: segment, segment } : { key: `tag:${sameTag}`, name: sameTag, tag: sameTag, segment };
  };
}

/** A path segment that names a version or a prefix rather than a resource: `v1`, `v2beta1`, `2.0`, `api`, `rest`. */
const NON_RESOURCE_SEGMENT = /^(?:v\d+(?:\.\d+)*(?:(?:alpha|beta|rc)\d*)?|\d+(?:\.\d+)*|api|apis|rest)$/i;

/** The first path segment that names a resource: not a version, a prefix, or one holding a path parameter. */
export function resourceSegment(path: string): string | undefined {
  return path.split('/').find((segment) => segment !== '' && !segment.includes('{') && !NON_RESOURCE_SEGMENT.test(segment) && camelCase(segment) !== '');
}

/** A warning about one place in the spec: `file:line:column (#pointer): reason` (`(#pointer): reason` unlocated). */
function locatedWarning(reason: string, pointer: string, locate: ModelOptions['locate']): string {
  return locate ? formatProblem(reason, { ...locate(pointer), pointer }) : oneLine(`(#${pointer}): ${reason}`);
}

/** `users/follow` → { scope: 'users', name: 'follow' }; undefined for unscoped ids. */
function scoped(operationId: string | undefined): { scope: string; name: string } | undefined {
  const match = operationId === undefined ? null : /^(.+)\/([^/]+)$/.exec(operationId);
  return match ? { scope: match[1]!, name: match[2]! } : undefined;
}

function buildOperation(
  document: OpenApiDocument,
  item: DocumentOperation,
  names: { id: string; name: string; typeName: string; group: string },
  readWriteMarked: (schema: unknown) => boolean,
): OperationModel {
  const parameters = mergeParameters(document, item);
  const requestBody = BODYLESS_METHODS.has(item.method) ? undefined : buildRequestBody(document, item.operation.requestBody, `${item.pointer}/requestBody`, readWriteMarked);
  const responses = buildResponses(document, item.operation.responses, `${item.pointer}/responses`, readWriteMarked);
  const success = responses.find((response) => response.success);
  const successContent = success ? preferredContent(success.contents) : undefined;

  const parameterNames = parameters.map((parameter) => parameter.name);
  const bodyNames = requestBody?.propertyNames ?? (requestBody ? ['body'] : []);
  const allNames = [...parameterNames, ...bodyNames];
  const argumentShape = new Set(allNames).size === allNames.length ? 'flat' : 'nested';
  // A required body makes the arguments required when it is passed whole (as `body`, also in the nested shape),
  // or flat with at least one required property.
  const argumentsRequired =
    parameters.some((parameter) => parameter.required) ||
    (requestBody !== undefined &&
      requestBody.required &&
      (argumentShape === 'nested' || requestBody.propertyNames === null || requestBody.requiredProperties.length > 0));

  const operationSecurity = (item.operation.security ?? document.security ?? []) as Record<string, string[]>[];
  const ownServer = operationServerUrl(item.operation, item.pathItem);
  const successes = successResponses(responses);
  return {
    id: names.id,
    operationId: item.operationId,
    name: names.name,
    typeName: names.typeName,
    group: names.group,
    tag: item.tags[0],
    method: item.method,
    path: item.path,
    summary: stringOrUndefined(item.operation.summary),
    description: stringOrUndefined(item.operation.description),
    deprecated: item.operation.deprecated === true,
    parameters,
    requestBody,
    argumentShape,
    argumentsRequired,
    responses,
    ...successParsing(responses),
    successMediaType: successContent?.mediaType,
    successStatus: success?.status,
    noContentStatuses: successes.filter((response) => response.contents.length === 0).map((response) => response.status),
    successNullable: successes.some((response) =>
      response.contents.some((content) => readsAsJson(content.mediaType) && (content.schemaPointer === undefined || schemaAtPointerAllowsNull(document, content.schemaPointer))),
    ),
    accept: acceptValue([...successes, ...responses.filter((response) => !successes.includes(response))].flatMap((response) => response.contents.map((content) => content.mediaType))),
    serverUrl: ownServer !== undefined && ownServer !== firstServerUrl(document.servers) ? ownServer : undefined,
    security: operationSecurity.map((requirement) => Object.keys(requirement).sort()),
    codeSamples: codeSamples(item.operation, item.pointer),
    pointer: item.pointer,
  };
}

/** The document layer's merged parameters (operation-level override path-level), as the model reads them. */
function mergeParameters(document: OpenApiDocument, item: DocumentOperation): ParameterModel[] {
  return item.parameters.map(({ name, in: location, value, pointer }) => ({
    name,
    in: location,
    required: location === 'path' || value.required === true,
    ...serializationOf(location, value),
    ...(value.content === undefined && schemaIsScalar(document, value.schema) ? { scalar: true as const } : {}),
    pointer,
  }));
}

/** Default `style` of each parameter location (OpenAPI 3.x, Parameter Object). */
export const DEFAULT_PARAMETER_STYLES: Record<ParameterLocation, ParameterStyle> = {
  path: 'simple',
  query: 'form',
  header: 'simple',
  cookie: 'form',
};

const STYLES_BY_LOCATION: Record<ParameterLocation, readonly ParameterStyle[]> = {
  path: ['simple', 'label', 'matrix'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form'],
};

/**
 * How a parameter goes on the wire: `style` (the location's default when absent or not allowed there),
 * `explode` (true for `form`, else false, when absent), `allowReserved`, and for a parameter described by
 * `content` instead of `schema`, that media type (a JSON one means the value is sent as JSON text).
 */
function serializationOf(location: ParameterLocation, parameter: JsonObject): Pick<ParameterModel, 'serialization'> {
  const serialization = parameterSerialization(location, parameter);
  const { style, explode, allowReserved, contentType } = serialization;
  const isDefault = style === DEFAULT_PARAMETER_STYLES[location] && explode === (style === 'form') && !allowReserved && contentType === undefined;
  return isDefault ? {} : { serialization };
}

/** The effective serialization of a parameter, defaults filled in (what serializationOf describes; the change report compares it). */
export function parameterSerialization(location: ParameterLocation, parameter: JsonObject): NonNullable<ParameterModel['serialization']> {
  const allowed = STYLES_BY_LOCATION[location] ?? ['simple'];
  const style = allowed.find((candidate) => candidate === parameter.style) ?? DEFAULT_PARAMETER_STYLES[location] ?? 'simple';
  const explode = typeof parameter.explode === 'boolean' ? parameter.explode : style === 'form';
  const content = parameter.content;
  const contentType =
    content !== null && typeof content === 'object' && !Array.isArray(content) ? Object.keys(content)[0] : undefined;
  const allowReserved = location === 'query' && parameter.allowReserved === true;
  return { style, explode, allowReserved, ...(contentType !== undefined ? { contentType } : {}) };
}

function buildRequestBody(document: OpenApiDocument, body: unknown, pointer: string, readWriteMarked: (schema: unknown) => boolean): RequestBodyModel | undefined {
  if (body === undefined) return undefined;
  const { value, pointer: resolvedPointer } = resolveRef<JsonObject>(document, body, pointer);
  const content = (value.content ?? {}) as Record<string, JsonObject>;
  const mediaType = preferredMediaType(Object.keys(content));
  if (mediaType === undefined) return undefined;
  const encoding = encodingFor(mediaType);
  let propertyNames: string[] | null = null;
  let requiredProperties: string[] = [];
  let nullable = false;
  const schemaRef = content[mediaType]?.schema;
  if (schemaRef !== undefined && encoding !== 'binary' && encoding !== 'text') {
    const { value: schema } = resolveRef<JsonObject>(
      document,
      schemaRef,
      resolvedPointer + joinPointer('content', mediaType, 'schema'),
    );
    if (isPlainObjectSchema(schema)) {
      const properties = schema.properties as JsonObject;
      propertyNames = Object.keys(properties);
      nullable = schema.nullable === true;
      requiredProperties = Array.isArray(schema.required) ? schema.required.map(String) : [];
    }
  }
  const propertyStyles = encoding === 'form' || encoding === 'multipart' ? bodyPropertyStyles(content[mediaType]?.encoding) : [];
  return {
    required: value.required === true,
    mediaType,
    encoding,
    ...(propertyStyles.length > 0 ? { propertyStyles } : {}),
    propertyNames,
    requiredProperties,
    nullable,
    readWriteMarked: schemaRef !== undefined && readWriteMarked(schemaRef),
    pointer: resolvedPointer,
  };
}

const BODY_STYLES = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/**
 * The media type's `encoding` entries that say how a property goes (`style`, `explode`; `form` and its default
 * `explode: true` when only one is given). An unknown style is left to the runtime's default way.
 */
function bodyPropertyStyles(encoding: unknown): BodyPropertyStyle[] {
  if (encoding === null || typeof encoding !== 'object') return [];
  return Object.entries(encoding as JsonObject).flatMap(([name, entry]): BodyPropertyStyle[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const { style, explode } = entry as JsonObject;
    if (style === undefined && explode === undefined) return [];
    const chosen = style ?? 'form';
    if (typeof chosen !== 'string' || !BODY_STYLES.has(chosen)) return [];
    return [{ name, style: chosen as BodyPropertyStyle['style'], explode: typeof explode === 'boolean' ? explode : chosen === 'form' }];
  });
}

/** An object schema whose properties can be spread into the arguments object without losing meaning. */
function isPlainObjectSchema(schema: JsonObject): boolean {
  // A boolean schema (3.1: `true` accepts anything) has no properties to spread.
  if (schema === null || typeof schema !== 'object') return false;
  const composed = 'allOf' in schema || 'oneOf' in schema || 'anyOf' in schema || 'not' in schema;
  const typeOk = schema.type === undefined || schema.type === 'object';
  const properties = schema.properties;
  return !composed && typeOk && properties !== null && typeof properties === 'object' && Object.keys(properties).length > 0;
}

/** `number` for an integer or number schema, `boolean` for a boolean one (3.1 `type: [x, 'null']` too), else `string`. */
function headerWireType(document: OpenApiDocument, header: JsonObject, pointer: string): ResponseHeaderModel['wireType'] {
  if (header.schema === undefined || header.schema === null || typeof header.schema !== 'object') return 'string';
  const { value: schema } = resolveRef<JsonObject>(document, header.schema, `${pointer}/schema`);
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type) => type !== 'null');
  if (types.length !== 1) return 'string';
  if (types[0] === 'integer' || types[0] === 'number') return 'number';
  return types[0] === 'boolean' ? 'boolean' : 'string';
}

function buildResponses(document: OpenApiDocument, responses: unknown, pointer: string, readWriteMarked: (schema: unknown) => boolean): ResponseModel[] {
  if (!responses || typeof responses !== 'object') return [];
  const result: ResponseModel[] = [];
  for (const [status, entry] of Object.entries(responses as JsonObject)) {
    const { value, pointer: resolvedPointer } = resolveRef<JsonObject>(document, entry, pointer + joinPointer(status));
    const contents: ResponseContentModel[] = [];
    for (const [mediaType, media] of Object.entries((value.content ?? {}) as Record<string, JsonObject>)) {
      const mediaPointer = `${resolvedPointer}${joinPointer('content', mediaType)}`;
      contents.push({
        mediaType,
        schemaPointer: media.schema === undefined ? undefined : `${mediaPointer}/schema`,
        readWriteMarked: media.schema !== undefined && readWriteMarked(media.schema),
        examples: examplesOf(document, media, mediaPointer),
        ...(isWildcardMediaType(mediaType) ? { wildcardBody: wildcardBodyKind(document, media.schema) } : {}),
      });
    }
    const headers: ResponseHeaderModel[] = [];
    for (const [name, header] of Object.entries((value.headers ?? {}) as JsonObject)) {
      const headerPointer = `${resolvedPointer}${joinPointer('headers', name)}`;
      const { value: resolved, pointer: headerResolved } = resolveRef<JsonObject>(document, header, headerPointer);
      headers.push({ name, required: resolved.required === true, wireType: headerWireType(document, resolved, headerResolved), pointer: headerResolved });
    }
    result.push({
      status,
      description: String(value.description ?? ''),
      success: isSuccessStatus(status),
      contents,
      headers,
      pointer: resolvedPointer,
    });
  }
  return result;
}

function examplesOf(document: OpenApiDocument, media: JsonObject, mediaPointer: string): ExampleModel[] {
  if (media.examples && typeof media.examples === 'object') {
    return Object.keys(media.examples as JsonObject).map((name) => {
      const { pointer } = resolveRef<JsonObject>(document, (media.examples as JsonObject)[name], `${mediaPointer}${joinPointer('examples', name)}`);
      return { name, pointer: `${pointer}/value`, explicit: true };
    });
  }
  if ('example' in media) return [{ pointer: `${mediaPointer}/example`, explicit: true }];
  return [];
}

export function preferredContent(contents: ResponseContentModel[]): ResponseContentModel | undefined {
  const mediaType = preferredMediaType(contents.map((content) => content.mediaType));
  return contents.find((content) => content.mediaType === mediaType);
}

export function encodingFor(mediaType: string): BodyEncoding {
  if (readsAsJson(mediaType)) return 'json';
  if (mediaType.startsWith('application/x-www-form-urlencoded')) return 'form';
  if (mediaType.startsWith('multipart/')) return 'multipart';
  if (mediaType.startsWith('text/')) return 'text';
  return 'binary';
}

/** How the client reads a body of this media type: JSON for JSON types and `*\/*` (a server that may send anything). */
function readsAsJson(mediaType: string): boolean {
  return isJsonMediaType(mediaType) || isWildcardMediaType(mediaType);
}

/**
 * How the runtime reads a 2xx body: as the first 2xx response with content says (`none` when none has any),
 * and, when the documented 2xx media types are not all read the same way, by the response's Content-Type.
 */
function successParsing(responses: ResponseModel[]): Pick<OperationModel, 'successParsing' | 'successParsingByType'> {
  const success = successResponses(responses);
  const withContent = success.find((response) => response.contents.length > 0);
  const preferred = withContent ? preferredContent(withContent.contents) : undefined;
  const parsing = preferred ? contentParsing(preferred) : 'none';
  const byType = new Map<string, ResponseParsing>();
  for (const response of success) {
    for (const content of response.contents) {
      for (const [mediaType, kind] of readingsByType(content)) if (!byType.has(mediaType)) byType.set(mediaType, kind);
    }
  }
  const mixed = [...byType.values()].some((kind) => kind !== parsing);
  return mixed ? { successParsing: parsing, successParsingByType: [...byType] } : { successParsing: parsing };
}

/** How the client reads one documented media type when the answer has no Content-Type. */
function contentParsing(content: ResponseContentModel): ResponseParsing {
  return content.wildcardBody === undefined ? parsingFor(content.mediaType) : WILDCARD_READINGS[content.wildcardBody].at(-1)![1];
}

/** The Content-Types a documented media type is read by, and how: itself, or for `*\/*` what its schema allows. */
function readingsByType(content: ResponseContentModel): (readonly [string, ResponseParsing])[] {
  if (content.wildcardBody === undefined) return [[content.mediaType, parsingFor(content.mediaType)]];
  return WILDCARD_READINGS[content.wildcardBody].map(([mediaType, kind]) => [mediaType === '*/*' ? content.mediaType : mediaType, kind] as const);
}

/**
 * `*\/*` is read by the answer's Content-Type as far as the body's type allows (the last entry is for any other
 * type, and for an answer without one): a string schema as JSON when JSON comes, else as the text; a Blob schema
 * always as a Blob; an object, array, number or boolean only as JSON; a body without a schema (typed unknown) as
 * JSON, text or a Blob. (The runtime matches Content-Types exactly or by `type/*` range, so `+json` types of a
 * string or unconstrained body are read by the last entry.)
 */
const WILDCARD_READINGS: Record<WildcardBodyKind, (readonly [string, ResponseParsing])[]> = {
  binary: [['*/*', 'blob']],
  string: [['application/json', 'json'], ['text/json', 'json'], ['*/*', 'text']],
  value: [['*/*', 'json']],
  unconstrained: [['application/json', 'json'], ['text/json', 'json'], ['text/*', 'text'], ['*/*', 'blob']],
};

/**
 * The responses a 2xx can be: the documented 2xx ones, or when there is none, `default` (which then covers
 * success too, as OpenAPI defines it).
 */
export function successResponses(responses: ResponseModel[]): ResponseModel[] {
  const success = responses.filter((response) => response.success);
  return success.length > 0 ? success : responses.filter((response) => response.status === 'default');
}

/**
 * The headers documented on the success responses (as `successResponses` picks them), once each: HTTP names are
 * case-insensitive and the first response's entry wins; Content-Type (OpenAPI ignores it there) and names that
 * are no valid header name are left out.
 */
export function successHeaders(responses: ResponseModel[]): ResponseHeaderModel[] {
  const seen = new Set<string>();
  const headers: ResponseHeaderModel[] = [];
  for (const response of successResponses(responses)) {
    for (const header of response.headers) {
      const key = header.name.toLowerCase();
      // A name that is no HTTP token can never be on a response (and Headers.get throws on it).
      if (seen.has(key) || key === 'content-type' || !isHeaderName(header.name)) continue;
      seen.add(key);
      headers.push(header);
    }
  }
  return headers;
}

/** JSON (and `*\/*`) parsed, SSE and NDJSON as the unread stream, text and XML as a string, anything else a Blob. */
export function parsingFor(mediaType: string | undefined): ResponseParsing {
  if (mediaType === undefined) return 'none';
  if (readsAsJson(mediaType)) return 'json';
  if (isStreamingMediaType(mediaType)) return 'stream';
  if (isTextMediaType(mediaType)) return 'text';
  return 'blob';
}

function codeSamples(operation: JsonObject, pointer: string): CodeSampleModel[] {
  const samples = operation['x-codeSamples'] ?? operation['x-code-samples'];
  const key = operation['x-codeSamples'] !== undefined ? 'x-codeSamples' : 'x-code-samples';
  if (!Array.isArray(samples)) return [];
  return samples.flatMap((sample: JsonObject, index) =>
    typeof sample?.source === 'string' && typeof sample.lang === 'string'
      ? [{ lang: sample.lang, label: stringOrUndefined(sample.label), source: sample.source, pointer: `${pointer}/${key}/${index}` }]
      : [],
  );
}

/** Constructor options every client has; a scheme never takes their names. */
const BASE_CLIENT_OPTIONS = ['baseUrl', 'headers', 'fetch', 'maxRetries', 'timeout', 'logger', 'logLevel'];

/** The option Periskope's client (and its README) has always used for its one bearer token. */
export const AUTH_TOKEN_OPTION = 'authToken';

function securitySchemes(document: OpenApiDocument): SecuritySchemeModel[] {
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, JsonObject>;
  const resolved = Object.entries(schemes).map(([name, scheme]) => {
    const { value } = resolveRef<JsonObject>(document, scheme, joinPointer('components', 'securitySchemes', name));
    return { name, value };
  });
  const options = new NameRegistry([...BASE_CLIENT_OPTIONS, 'constructor', 'prototype', '__proto__']);
  const models = resolved.map(({ name, value }): SecuritySchemeModel => {
    const type = String(value.type);
    const scheme = stringOrUndefined(value.scheme)?.toLowerCase();
    const location = stringOrUndefined(value.in);
    const parameterName = stringOrUndefined(value.name);
    const how = sendingOf(type, scheme, location, parameterName);
    const wanted = toMemberName(name, 'credentials').name;
    return {
      name,
      type,
      scheme,
      in: location,
      parameterName,
      ...how,
      optionNames: how.kind === 'unsupported' || wanted === AUTH_TOKEN_OPTION ? [] : [options.claim(wanted)],
    };
  });
  // `authToken`: the one bearer token's other name, so code written for the first Periskope client keeps working.
  const bearers = models.filter((model) => model.kind === 'authorization' && model.authScheme === 'Bearer');
  if (bearers.length === 1 && !options.has(AUTH_TOKEN_OPTION)) bearers[0]!.optionNames.push(options.claim(AUTH_TOKEN_OPTION));
  for (const model of models) {
    // A scheme itself called `authToken` that is not the one bearer token.
    if (model.kind !== 'unsupported' && model.optionNames.length === 0) model.optionNames.push(options.claim(AUTH_TOKEN_OPTION));
  }
  return models;
}

/** How a Security Scheme Object is sent (OpenAPI 3.x): `Authorization`, Basic, or an API key. */
function sendingOf(type: string, scheme: string | undefined, location: string | undefined, parameterName: string | undefined): Pick<SecuritySchemeModel, 'kind' | 'authScheme'> {
  if (type === 'http' && scheme === 'basic') return { kind: 'basic' };
  if (type === 'http' && scheme !== undefined && scheme !== 'bearer') return { kind: 'authorization', authScheme: scheme.charAt(0).toUpperCase() + scheme.slice(1) };
  if (type === 'http' || type === 'oauth2' || type === 'openIdConnect') return { kind: 'authorization', authScheme: 'Bearer' };
  if (type === 'apiKey' && parameterName !== undefined && (location === 'header' || location === 'query' || location === 'cookie')) return { kind: 'apiKey' };
  return { kind: 'unsupported' };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
