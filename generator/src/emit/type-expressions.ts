import { parsingFor, preferredContent, successHeaders, successResponses } from '../model/build-model.js';
import type { OperationModel, ParameterLocation, ResponseContentModel, ResponseModel, ResponseParsing } from '../model/types.js';
import { PARAMETER_LOCATIONS } from '../document/index.js';

/** TypeScript type expressions that index into openapi-typescript's `paths` type for one operation. */

/**
 * A single-quoted string literal (the generated code's one style) that is valid TypeScript whatever the text
 * (quotes, backslashes, newlines, `${}`): JSON's escapes, with `\"` unescaped and `'` escaped instead.
 */
export function stringLiteral(text: string): string {
  const escaped = JSON.stringify(text)
    .slice(1, -1)
    .replace(/\\.|'/g, (match) => (match === '\\"' ? '"' : match === "'" ? "\\'" : match));
  return `'${escaped.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

/** `paths['/message/broadcast/{broadcast_id}']['delete']` */
export function operationTypeExpression(operation: OperationModel): string {
  return `paths[${stringLiteral(operation.path)}][${stringLiteral(operation.method)}]`;
}

/** openapi-typescript keys numeric statuses as numbers and `default`/`4XX` as strings. */
function statusKey(status: string): string {
  return /^\d{3}$/.test(status) ? status : stringLiteral(status);
}

/**
 * How emitted types read openapi-typescript's: with `readWriteMarkers`, through its `Readable`/`Writable` helpers,
 * for the bodies whose schema reaches a `readOnly`/`writeOnly` mark (no other type can hold a marker, and the helpers
 * are deep mapped types that callers pay for on every use).
 */
export interface TypeOptions {
  readWriteMarkers?: boolean;
}

/** What the runtime resolves for one media type: the schema's type for JSON, else what it really is. */
function contentType(opType: string, response: ResponseModel, content: ResponseContentModel, options: TypeOptions): string {
  const parsing = parsingFor(content.mediaType);
  if (parsing !== 'json' && parsing !== 'none') return NON_JSON_TYPES[parsing];
  const indexed = `${opType}['responses'][${statusKey(response.status)}]['content'][${stringLiteral(content.mediaType)}]`;
  return options.readWriteMarkers && content.readWriteMarked ? `Readable<${indexed}>` : indexed;
}

/** What the runtime resolves for a body it does not parse as JSON. */
const NON_JSON_TYPES: Record<Exclude<ResponseParsing, 'json' | 'none'>, string> = {
  text: 'string',
  stream: 'ReadableStream<Uint8Array>',
  blob: 'Blob',
};

/**
 * The success body type of one response: the union over its media types (the preferred one first), each typed
 * as the runtime reads it (the server picks which one it sends). `undefined` when the response has no content.
 */
export function responseBodyType(opType: string, response: ResponseModel, options: TypeOptions = {}): string {
  const preferred = preferredContent(response.contents);
  if (!preferred) return 'undefined';
  const ordered = [preferred, ...response.contents.filter((content) => content !== preferred)];
  return [...new Set(ordered.map((content) => contentType(opType, response, content, options)))].join(' | ');
}

/**
 * `ApiError.body` for one error response: its JSON media types' schema types, or `undefined` (the runtime's
 * rule: the parsed JSON when the answer is JSON and parses, else `undefined`; the raw text is `text`).
 */
export function errorBodyType(opType: string, response: ResponseModel, options: TypeOptions = {}): string {
  const json = response.contents.filter((content) => parsingFor(content.mediaType) === 'json');
  const preferred = preferredContent(json);
  const ordered = preferred ? [preferred, ...json.filter((content) => content !== preferred)] : [];
  return [...ordered.map((content) => contentType(opType, response, content, options)), 'undefined'].join(' | ');
}

/** Status literal for an error response: `409`, or `number` for ranges and `default`. */
export function statusType(status: string): string {
  return /^\d{3}$/.test(status) ? status : 'number';
}

function locationType(opType: string, location: ParameterLocation, required: boolean): string {
  const indexed = `${opType}['parameters'][${stringLiteral(location)}]`;
  return required ? indexed : `NonNullable<${indexed}>`;
}

function bodyType(opType: string, operation: OperationModel, options: TypeOptions): string | undefined {
  const body = operation.requestBody;
  if (!body) return undefined;
  const indexed = `NonNullable<${opType}['requestBody']>['content'][${stringLiteral(body.mediaType)}]`;
  return options.readWriteMarkers && body.readWriteMarked ? `Writable<${indexed}>` : indexed;
}

/** The type of the arguments object, flat or nested, as described in the model. */
export function argumentsType(opType: string, operation: OperationModel, options: TypeOptions = {}): string {
  const locations = PARAMETER_LOCATIONS.filter((location) => operation.parameters.some((p) => p.in === location));
  const requiredIn = (location: ParameterLocation) =>
    operation.parameters.some((parameter) => parameter.in === location && parameter.required);
  const body = bodyType(opType, operation, options);
  const bodyRequired = operation.requestBody?.required === true;

  if (operation.argumentShape === 'nested') {
    const members = locations.map(
      (location) => `${location}${requiredIn(location) ? '' : '?'}: ${locationType(opType, location, requiredIn(location))}`,
    );
    if (body) members.push(`body${bodyRequired ? '' : '?'}: ${body}`);
    return `{ ${members.join('; ')} }`;
  }
  const parts = locations.map((location) => locationType(opType, location, requiredIn(location)));
  // An optional body is all or nothing: its required fields only bind when any of its fields is given.
  if (body && operation.requestBody?.propertyNames) {
    // Properties given one by one describe the object, never `null`, even when the schema is nullable.
    const object = operation.requestBody.nullable ? `NonNullable<${body}>` : body;
    parts.push(bodyRequired ? object : `(${object} | { [K in keyof ${object}]?: never })`);
  }
  else if (body) parts.push(`{ body${bodyRequired ? '' : '?'}: ${body} }`);
  return parts.length === 0 ? 'Record<string, never>' : parts.join(' & ');
}

/** Union of the documented 2xx bodies (of `default` when no 2xx is documented); `void` when none has content. */
export function resultType(opType: string, operation: OperationModel, options: TypeOptions = {}): string {
  if (operation.method === 'head') return 'void';
  const bodies = successResponses(operation.responses).map((response) => responseBodyType(opType, response, options));
  const withContent = [...new Set(bodies.filter((body) => body !== 'undefined'))];
  if (withContent.length === 0) return 'void';
  if (withContent.length < bodies.length) withContent.push('undefined');
  return withContent.join(' | ');
}

/**
 * The part of `<Base>Result` a paged method reads items from: the runtime only finds items in a parsed JSON body
 * (a text, Blob or stream page yields none), and indexing `string`, `Blob` or a stream for them would not compile.
 */
export function pagedBodyType(resultAlias: string, operation: OperationModel): string {
  const other = [...new Set(successResponses(operation.responses).flatMap((response) => response.contents.map((content) => parsingFor(content.mediaType))))]
    .flatMap((parsing) => (parsing === 'json' || parsing === 'none' ? [] : [NON_JSON_TYPES[parsing]]));
  return other.length === 0 ? resultAlias : `Exclude<${resultAlias}, ${other.join(' | ')}>`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The documented success headers as the runtime reads them (`.withResponse().headers`): every one optional, since
 * a server may leave any out; numbers and booleans parsed, anything else the header's text.
 */
export function headersType(operation: OperationModel): string {
  const members = successHeaders(operation.responses).map(
    (header) => `${IDENTIFIER.test(header.name) ? header.name : stringLiteral(header.name)}?: ${header.wireType}`,
  );
  return members.length === 0 ? 'Record<never, never>' : `{ ${members.join('; ')} }`;
}
