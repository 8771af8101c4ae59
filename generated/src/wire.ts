// Serializers of the client's runtime for what only some operations need, copied unchanged into every generated
// package (from @periskope-tools/generator's templates/wire.ts). Do not edit a copy: change the template and run
// `npm run generate`. An operation's spec names `wire` when it has a parameter with a non-default `style`/`explode`
// (or a JSON `content`), a cookie parameter, a form or multipart body, or 2xx media types read in different ways; the
// client's transport settings name it when a security scheme is Basic or an API key in the query or a cookie. A
// bundle of operations and schemes that need none of it leaves this module out.
import { definedEntries, essence, isMissing, isPlainObject, scalar, type Arguments, type BasicCredentials, type BodyStyle, type Credentials, type ParameterStyle, type Parsing, type SecuritySchemeSpec, type Wire } from './runtime.js';

/** A style as the serializers read it. */
interface Style {
  style: ParameterStyle['style'];
  explode: boolean;
  allowReserved?: boolean;
  json?: boolean;
}

/** Cookie parameters go `form` style, exploded, unless the spec says otherwise. */
const COOKIE_DEFAULT: Style = { style: 'form', explode: true };

/** The serializers an operation's spec names as its `wire`. */
export const wire: Wire = {
  path: pathValue,
  query: queryPairs,
  header: headerValue,
  cookie: (name, value, style) => cookiePairs(name, value, style ?? COOKIE_DEFAULT),
  body: (encoding, body, styles) => (encoding === 'multipart' ? toFormData(body, styles) : formEntries(body, styles).map(([key, value]) => `${encodeFormText(key)}=${encodeFormText(value)}`).join('&')),
  credential: addCredential,
  parsing: parsingByType,
};

/** A Basic credential as `Authorization: Basic …`; an API key as a `name=value` query or cookie pair. */
function addCredential(scheme: SecuritySchemeSpec, value: unknown, sent: Credentials): void {
  if (scheme.kind === 'basic') {
    const { username, password } = value as BasicCredentials;
    sent.headers.Authorization = `Basic ${base64(`${username}:${password}`)}`;
  } else if (scheme.kind === 'apiKey') {
    (scheme.in === 'query' ? sent.query : sent.cookies).push(`${encode(scheme.name)}=${encode(String(value))}`);
  }
}

/** UTF-8 text as base64 (`btoa` alone takes Latin-1 only). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** How to read a 2xx body of this Content-Type: an exact documented type, then a range (`image/*`, `*\/*`). */
function parsingByType(byType: readonly (readonly [mediaType: string, parsing: Parsing])[], contentType: string | null): Parsing | undefined {
  if (!contentType) return undefined;
  const type = essence(contentType);
  const ranges = byType.map(([documented, parsing]) => [essence(documented), parsing] as const);
  const found = ranges.find(([range]) => range === type) ?? ranges.find(([range]) => range === '*/*' || (range.endsWith('/*') && type.startsWith(range.slice(0, -1))));
  return found?.[1];
}

/**
 * A parameter described by JSON `content`: typed as its schema or a string (the generator's
 * json-content-parameters pass), so a string is taken as JSON text already; anything else is serialized.
 */
function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const RESERVED_ESCAPES = /%(?:3A|2F|3F|5B|5D|40|24|26|2B|2C|3B|3D)/gi;

/** Percent-encodes `text`; with `allowReserved`, RFC 3986 reserved characters stay as they are (`#` excepted). */
function encode(text: string, allowReserved = false): string {
  const encoded = encodeURIComponent(text);
  return allowReserved ? encoded.replace(RESERVED_ESCAPES, (escape) => decodeURIComponent(escape)) : encoded;
}

/**
 * A form-urlencoded key or value: percent-encoded with the RFC 3986 sub-delimiters too (`encodeURIComponent` leaves
 * `!'()*` as they are, and a server or Prism that checks a property's `allowReserved` refuses them in a body).
 */
function encodeFormText(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function pathValue(name: string, value: unknown, { style, explode, json }: Style): string {
  const key = encode(name);
  const start = style === 'label' ? '.' : style === 'matrix' ? ';' : '';
  if (json || (!Array.isArray(value) && !isPlainObject(value))) {
    const text = encode(json ? jsonText(value) : scalar(value));
    return style === 'matrix' ? `;${key}=${text}` : `${start}${text}`;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isMissing(item)).map((item) => encode(scalar(item)));
    if (style === 'matrix') return explode ? items.map((item) => `;${key}=${item}`).join('') : `;${key}=${items.join(',')}`;
    return start + items.join(explode && style === 'label' ? '.' : ',');
  }
  const entries = definedEntries(value);
  if (explode) {
    const pairs = entries.map(([field, item]) => `${encode(field)}=${encode(scalar(item))}`);
    return start + pairs.join(style === 'simple' ? ',' : start);
  }
  const flat = entries.flatMap(([field, item]) => [encode(field), encode(scalar(item))]).join(',');
  return style === 'matrix' ? `;${key}=${flat}` : `${start}${flat}`;
}

/** `name=value` pairs for one query parameter: `form`, `spaceDelimited`, `pipeDelimited` or `deepObject`. */
function queryPairs(name: string, value: unknown, { style, explode, allowReserved, json }: Style): string[] {
  const key = encode(name);
  const text = (item: unknown) => encode(scalar(item), allowReserved);
  if (json) return [`${key}=${encode(jsonText(value), allowReserved)}`];
  const separator = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',';
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isMissing(item)).map(text);
    if (items.length === 0) return [];
    return explode ? items.map((item) => `${key}=${item}`) : [`${key}=${items.join(separator)}`];
  }
  if (isPlainObject(value)) {
    if (style === 'deepObject') return deepObjectPairs(key, value, text);
    const entries = definedEntries(value);
    if (explode) return entries.map(([field, item]) => `${encode(field)}=${text(item)}`);
    return [`${key}=${entries.flatMap(([field, item]) => [encode(field), text(item)]).join(separator)}`];
  }
  return [`${key}=${text(value)}`];
}

/** `filter[status]=open&filter[owner][id]=7`; array members repeat the key. */
function deepObjectPairs(prefix: string, value: Arguments, text: (item: unknown) => string): string[] {
  const pairs: string[] = [];
  for (const [field, item] of definedEntries(value)) {
    const key = `${prefix}[${encode(field)}]`;
    if (isPlainObject(item)) pairs.push(...deepObjectPairs(key, item, text));
    else if (Array.isArray(item)) pairs.push(...item.filter((member) => !isMissing(member)).map((member) => `${key}=${text(member)}`));
    else pairs.push(`${key}=${text(item)}`);
  }
  return pairs;
}

/** Header parameters use the `simple` style and are not percent-encoded. */
function headerValue(value: unknown, { explode, json }: Style): string {
  if (json) return jsonText(value);
  if (Array.isArray(value)) return value.filter((item) => !isMissing(item)).map(scalar).join(',');
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    return explode
      ? entries.map(([field, item]) => `${field}=${scalar(item)}`).join(',')
      : entries.flatMap(([field, item]) => [field, scalar(item)]).join(',');
  }
  return scalar(value);
}

/** Cookie parameters (`form` style) as `name=value` pairs for the Cookie header, percent-encoded. */
function cookiePairs(name: string, value: unknown, { explode, json }: Style): string[] {
  const key = encode(name);
  if (json) return [`${key}=${encode(jsonText(value))}`];
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isMissing(item)).map((item) => encode(scalar(item)));
    return explode ? items.map((item) => `${key}=${item}`) : [`${key}=${items.join(',')}`];
  }
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (explode) return entries.map(([field, item]) => `${encode(field)}=${encode(scalar(item))}`);
    return [`${key}=${entries.flatMap(([field, item]) => [encode(field), encode(scalar(item))]).join(',')}`];
  }
  return [`${key}=${encode(scalar(value))}`];
}

/**
 * `application/x-www-form-urlencoded` pairs. By default scalars and arrays of scalars go as `key=value` (arrays
 * repeat the key); nested objects, and arrays of objects, in brackets: `address[city]=Paris`, `lines[0][id]=1` (the
 * deepObject form servers such as Stripe's read; JSON text in one field would reach none of them). A property whose
 * `encoding` sets a style goes that way (styledEntries).
 */
function formEntries(body: unknown, styles: readonly BodyStyle[] = []): [string, string][] {
  const entries: [string, string][] = [];
  if (!isPlainObject(body)) return entries;
  for (const [key, value] of definedEntries(body)) {
    const style = styles.find((entry) => entry.name === key);
    if (style) entries.push(...styledEntries(key, value, style));
    else addFormValue(entries, key, value);
  }
  return entries;
}

/**
 * One body property as its `encoding` says: `deepObject` in brackets all the way down, arrays of scalars indexed
 * (`expand[0]=a`); `form` with `explode: false` as one comma-separated field (`ids=1,2`, `point=x,1,y,2`), exploded
 * objects as their own fields (`x=1&y=2`); `spaceDelimited`/`pipeDelimited` arrays joined by a space or `|`.
 */
function styledEntries(key: string, value: unknown, style: BodyStyle): [string, string][] {
  const entries: [string, string][] = [];
  if (style.style === 'deepObject') {
    addFormValue(entries, key, value, true);
    return entries;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isMissing(item)).map(scalar);
    if (style.style === 'form' && style.explode) return items.map((item) => [key, item]);
    return [[key, items.join(style.style === 'spaceDelimited' ? ' ' : style.style === 'pipeDelimited' ? '|' : ',')]];
  }
  if (isPlainObject(value)) {
    const fields = definedEntries(value).map(([field, item]): [string, string] => [field, scalar(item)]);
    return style.explode ? fields : [[key, fields.flat().join(',')]];
  }
  if (!isMissing(value)) entries.push([key, scalar(value)]);
  return entries;
}

function addFormValue(entries: [string, string][], key: string, value: unknown, indexScalars = false): void {
  if (isMissing(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (isPlainObject(item) || Array.isArray(item)) addFormValue(entries, `${key}[${index}]`, item, indexScalars);
      else if (!isMissing(item)) entries.push([indexScalars ? `${key}[${index}]` : key, scalar(item)]);
    });
    return;
  }
  if (isPlainObject(value)) {
    for (const [field, item] of definedEntries(value)) addFormValue(entries, `${key}[${field}]`, item, indexScalars);
    return;
  }
  entries.push([key, scalar(value)]);
}

/** Multipart parts: Blobs as files, objects as JSON text, unless the property's `encoding` sets a style (styledEntries). */
function toFormData(body: unknown, styles: readonly BodyStyle[] = []): FormData {
  const form = new FormData();
  if (!isPlainObject(body)) return form;
  for (const [key, value] of definedEntries(body)) {
    const style = styles.find((entry) => entry.name === key);
    if (style && !(value instanceof Blob)) {
      for (const [name, text] of styledEntries(key, value, style)) form.append(name, text);
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (isMissing(item)) continue;
      if (item instanceof Blob) form.append(key, item);
      else form.append(key, scalar(item));
    }
  }
  return form;
}

