import { deref, getAtPointer, isObject, type JsonObject, type OpenApiDocument } from '../document/index.js';
import type { OperationModel, PaginationDeclaration, PaginationModel } from './types.js';

/** Query parameters that name a position, by style. */
const OFFSET_PARAMS = ['offset', 'skip'];
const LIMIT_PARAMS = ['limit', 'take', 'count', 'per_page', 'page_size', 'pageSize', 'size'];
const PAGE_PARAMS = ['page', 'page_number', 'pageNumber'];
const PAGE_SIZE_PARAMS = ['per_page', 'page_size', 'pageSize', 'size', 'limit'];
const CURSOR_PARAMS = ['cursor', 'after', 'starting_after', 'page_token', 'pageToken', 'next_token', 'nextToken', 'continuation_token'];
const NEXT_CURSOR_PROPERTIES = ['next_cursor', 'nextCursor', 'next_page_token', 'nextPageToken', 'next_token', 'nextToken', 'next_page', 'cursor', 'next'];
const HAS_MORE_PROPERTIES = ['has_more', 'hasMore'];
/** Array properties that hold a page's items when an envelope has more than one array. */
const ITEM_PROPERTIES = ['data', 'items', 'results', 'records', 'entries', 'values', 'nodes'];

/**
 * How a list operation pages, when the spec says it unambiguously: a GET whose one success response is an
 * array or an envelope with one items array, and whose query parameters or headers follow one known scheme:
 * `Link` headers (GitHub), a cursor (a `next_cursor` property, or Stripe's `starting_after` + `has_more`), offset
 * and limit (Periskope), page and size. Anything else pages only when the generator config declares it.
 */
export function paginationOf(
  document: OpenApiDocument,
  operation: OperationModel,
  declared: PaginationDeclaration | false | undefined,
): { pagination?: PaginationModel; warning?: string } {
  if (declared === false) return {};
  const where = `${operation.method.toUpperCase()} ${operation.path}`;
  const successes = operation.responses.filter((response) => response.success);
  if (operation.method !== 'get' || successes.length !== 1) {
    return declared ? { warning: `${where}: pagination is declared in the config, but only a GET with one success response can page` } : {};
  }
  const success = successes[0]!;
  const content = success.contents.find((c) => c.mediaType === operation.successMediaType);
  const schema = content?.schemaPointer ? withAllOf(document, deref(document, getAtPointer(document, content.schemaPointer))) : undefined;
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const query = new Set(queryParameters.map((p) => p.name));
  // A `page` that is a string is a token (Stripe's search), not a number to count up.
  const numeric = (name: string) => {
    const parameter = queryParameters.find((p) => p.name === name);
    const type = (deref(document, (getAtPointer(document, parameter?.pointer ?? '') as JsonObject | undefined)?.schema) as JsonObject | undefined)?.type;
    return type === 'integer' || type === 'number';
  };
  const property = (names: string[]) => names.find((name) => isObject(schema?.properties) && name in schema.properties);

  if (declared) return fromDeclaration(declared, schema, query, where);

  const items = itemsPath(document, schema);
  if (!items) return {};
  const hasLink = success.headers.some((header) => header.name.toLowerCase() === 'link');
  if (hasLink) return { pagination: { style: 'link', items, source: 'detected' } };
  const cursor = CURSOR_PARAMS.find((name) => query.has(name)) ?? PAGE_PARAMS.find((name) => query.has(name) && !numeric(name));
  if (cursor) {
    const next = property(NEXT_CURSOR_PROPERTIES);
    if (next) return { pagination: { style: 'cursor', items, cursor, nextCursor: [next], source: 'detected' } };
    const hasMore = property(HAS_MORE_PROPERTIES);
    // Stripe: the next page starts after the last item's id, while `has_more` says there is one.
    if (hasMore && items.length > 0 && itemHasId(document, schema, items)) return { pagination: { style: 'cursor', items, cursor, itemCursor: 'id', hasMore: [hasMore], source: 'detected' } };
    return {};
  }
  const offset = OFFSET_PARAMS.find((name) => query.has(name));
  const limit = LIMIT_PARAMS.find((name) => query.has(name));
  if (offset && limit) return { pagination: { style: 'offset', items, offset, limit, source: 'detected' } };
  const page = PAGE_PARAMS.find((name) => query.has(name) && numeric(name));
  const size = PAGE_SIZE_PARAMS.find((name) => query.has(name));
  if (page) return { pagination: { style: 'page', items, page, ...(size ? { size } : {}), source: 'detected' } };
  return {};
}

function fromDeclaration(declared: PaginationDeclaration, schema: JsonObject | undefined, query: Set<string>, where: string): { pagination?: PaginationModel; warning?: string } {
  const items = declared.items === undefined || declared.items === '' ? [] : declared.items.split('.');
  const missing = ['offset', 'limit', 'page', 'size', 'cursor'].filter((key) => {
    const name = declared[key as keyof PaginationDeclaration];
    return typeof name === 'string' && !query.has(name);
  });
  if (missing.length > 0) return { warning: `${where}: the config's pagination names ${missing.map((key) => `${key} "${declared[key as keyof PaginationDeclaration]}"`).join(', ')}, which is not a query parameter; not paged` };
  if (items.length > 0 && !(isObject(schema?.properties) && items[0]! in schema.properties)) {
    return { warning: `${where}: the config's pagination items "${declared.items}" is not a property of the response; not paged` };
  }
  const defaults: Record<PaginationDeclaration['style'], Partial<PaginationModel>> = {
    offset: { offset: declared.offset ?? 'offset', limit: declared.limit ?? 'limit' },
    page: { page: declared.page ?? 'page', ...(declared.size ? { size: declared.size } : {}) },
    link: {},
    cursor: {
      cursor: declared.cursor ?? 'cursor',
      ...(declared.nextCursor ? { nextCursor: declared.nextCursor.split('.') } : {}),
      ...(declared.itemCursor ? { itemCursor: declared.itemCursor } : {}),
      ...(declared.hasMore ? { hasMore: declared.hasMore.split('.') } : {}),
    },
  };
  return { pagination: { style: declared.style, items, ...defaults[declared.style], source: 'declared' } };
}

/**
 * The schema with the properties of its `allOf` members merged in (DigitalOcean's list responses are an allOf of
 * the items, `links` and `meta`), so an envelope reads the same however it is composed.
 */
function withAllOf(document: OpenApiDocument, value: unknown, depth = 0): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  if (!Array.isArray(value.allOf) || depth > 8) return value;
  const properties: JsonObject = {};
  for (const member of value.allOf) {
    const merged = withAllOf(document, deref(document, member), depth + 1);
    if (isObject(merged?.properties)) Object.assign(properties, merged.properties);
  }
  if (isObject(value.properties)) Object.assign(properties, value.properties);
  return { ...value, type: value.type ?? 'object', properties };
}

/** `[]` when the body is the array; `['chats']` for an envelope with one items array (or a conventional name). */
function itemsPath(document: OpenApiDocument, schema: JsonObject | undefined): string[] | undefined {
  if (!schema) return undefined;
  if (schema.type === 'array') return [];
  if (!isObject(schema.properties)) return undefined;
  const arrays = Object.entries(schema.properties)
    .filter(([, value]) => (deref(document, value) as JsonObject | undefined)?.type === 'array')
    .map(([name]) => name);
  if (arrays.length === 1) return arrays;
  const conventional = arrays.filter((name) => ITEM_PROPERTIES.includes(name));
  return conventional.length === 1 ? conventional : undefined;
}

function itemHasId(document: OpenApiDocument, schema: JsonObject | undefined, items: string[]): boolean {
  const array = deref(document, (schema?.properties as JsonObject | undefined)?.[items[0]!]) as JsonObject | undefined;
  const item = deref(document, array?.items) as JsonObject | undefined;
  return isObject(item?.properties) && 'id' in item.properties;
}
