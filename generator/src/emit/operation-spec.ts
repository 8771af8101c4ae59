import { isJsonMediaType } from '../document/index.js';
import { DEFAULT_PARAMETER_STYLES, successHeaders } from '../model/build-model.js';
import type {
  BodyEncoding,
  HttpMethod,
  OperationModel,
  ParameterLocation,
  ParameterStyle,
  ResponseHeaderModel,
  ResponseParsing,
  SecuritySchemeModel,
} from '../model/types.js';
import { stringLiteral } from './type-expressions.js';

/**
 * The runtime's `OperationSpec` (templates/runtime.ts), as the generator builds it. The template cannot be imported
 * here (it sits outside this package's rootDir, and is copied, not compiled, into every generated package), so this
 * is a copy, and test/operation-spec.test.ts checks at type level that the two are the same type: a field added,
 * renamed or retyped on either side fails `npm run typecheck`.
 */
export interface OperationSpec {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly inPath?: readonly string[];
  readonly inQuery?: readonly string[];
  readonly inHeader?: readonly string[];
  readonly inCookie?: readonly string[];
  readonly styles?: readonly ParameterStyleSpec[];
  readonly body?: 'flat' | 'whole';
  readonly optionalBody?: boolean;
  readonly encoding?: BodyEncoding;
  readonly bodyStyles?: readonly BodyStyleSpec[];
  readonly mediaType?: string;
  readonly nested?: boolean;
  readonly parseAs: ResponseParsing;
  readonly parseByType?: readonly (readonly [mediaType: string, parsing: ResponseParsing])[];
  readonly noContent?: readonly string[];
  readonly nullable?: boolean;
  readonly accept?: string;
  readonly baseUrl?: string;
  readonly security?: readonly (readonly string[])[];
  readonly errors: readonly string[];
  readonly responseHeaders?: readonly (readonly [name: string, type: ResponseHeaderModel['wireType']])[];
  readonly wire?: Wire;
  readonly requestBody?: RequestBody;
}

/** The runtime's `RequestBody`: body.ts's `requestBody`, printed as a reference to it. */
export interface RequestBody {
  of(spec: OperationSpec, args: Record<string, unknown>): unknown;
  sender(spec: OperationSpec, body: unknown, retries: boolean): BodySender;
}

/** The runtime's `BodySender`. */
export interface BodySender {
  next(init: RequestInit & { duplex?: 'half' }): void;
  end(): void;
}

/** Stands for body.ts's `requestBody` in a spec: printed as the identifier, imported by the client when a spec has it. */
export const REQUEST_BODY_REFERENCE = Object.freeze({}) as RequestBody;

/** Whether an operation takes a request body, so its spec names body.ts's `requestBody`. */
export function needsRequestBody(operation: OperationModel): boolean {
  return operation.requestBody !== undefined;
}

/** The runtime's `Wire`: the serializers of templates/wire.ts, printed as a reference to its `wire` export. */
export interface Wire {
  path(name: string, value: unknown, style: ParameterStyleSpec): string;
  query(name: string, value: unknown, style: ParameterStyleSpec): string[];
  header(value: unknown, style: ParameterStyleSpec): string;
  cookie(name: string, value: unknown, style: ParameterStyleSpec | undefined): string[];
  body(encoding: 'form' | 'multipart', body: unknown, styles: readonly BodyStyleSpec[] | undefined): unknown;
  credential(scheme: SecuritySchemeSpec, value: unknown, sent: { headers: Record<string, string>; query: string[]; cookies: string[] }): void;
  parsing(byType: readonly (readonly [mediaType: string, parsing: ResponseParsing])[], contentType: string | null): ResponseParsing | undefined;
}

/** Stands for wire.ts's `wire` in a spec: printed as the identifier, imported by the client when a spec has it. */
export const WIRE_REFERENCE = Object.freeze({}) as Wire;

/**
 * Whether an operation needs wire.ts: a parameter not sent its location's default way, a cookie parameter, a form or
 * multipart body, or 2xx media types read in different ways (by the answer's Content-Type).
 */
export function needsWire(operation: OperationModel): boolean {
  const encoding = operation.requestBody?.encoding;
  return encoding === 'form' || encoding === 'multipart' || operation.successParsingByType !== undefined || operation.parameters.some((p) => p.in === 'cookie' || p.serialization !== undefined || !p.scalar);
}

/** Whether the client's transport needs wire.ts for its schemes: a Basic credential, or an API key in the query or a cookie. */
export function schemesNeedWire(schemes: readonly SecuritySchemeModel[]): boolean {
  return schemes.some((scheme) => scheme.kind === 'basic' || (scheme.kind === 'apiKey' && scheme.in !== 'header'));
}

/** The runtime's `SecuritySchemeSpec`: how one scheme is sent, and which constructor options hold its credential. */
export type SecuritySchemeSpec =
  | { readonly key: string; readonly options: readonly string[]; readonly kind: 'authorization'; readonly scheme: string }
  | { readonly key: string; readonly options: readonly string[]; readonly kind: 'basic' }
  | { readonly key: string; readonly options: readonly string[]; readonly kind: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string };

/** The client's scheme table; schemes it cannot send (mutualTLS, unknown types) are left out. */
export function securitySchemeSpecs(schemes: readonly SecuritySchemeModel[]): SecuritySchemeSpec[] {
  return schemes.flatMap((scheme): SecuritySchemeSpec[] => {
    const common = { key: scheme.name, options: scheme.optionNames };
    if (scheme.kind === 'authorization') return [{ ...common, kind: 'authorization', scheme: scheme.authScheme ?? 'Bearer' }];
    if (scheme.kind === 'basic') return [{ ...common, kind: 'basic' }];
    if (scheme.kind === 'apiKey') return [{ ...common, kind: 'apiKey', in: scheme.in as 'header' | 'query' | 'cookie', name: scheme.parameterName! }];
    return [];
  });
}

/** The runtime's `ParameterStyle`: one parameter not sent its location's default way. */
export interface ParameterStyleSpec {
  readonly in: ParameterLocation;
  readonly name: string;
  readonly style: ParameterStyle;
  readonly explode: boolean;
  readonly allowReserved?: boolean;
  readonly json?: boolean;
}

/** The runtime's `BodyStyle`: one form or multipart body property sent as its `encoding` says. */
export interface BodyStyleSpec {
  readonly name: string;
  readonly style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
}

/** What the runtime needs to know about one operation. Properties left `undefined` are not printed. */
export function operationSpec(operation: OperationModel): OperationSpec {
  const flat = operation.argumentShape === 'flat';
  // Path names also in the nested shape: the runtime refuses a declared path parameter without a value.
  const namesIn = (location: ParameterLocation): string[] | undefined => {
    const names = operation.parameters.filter((p) => p.in === location).map((p) => p.name);
    return (flat || location === 'path') && names.length > 0 ? names : undefined;
  };
  // Parameters not sent the location's default way, and those whose value may be an array or object (wire.ts
  // serializes those, the core only scalars); a list, never an object keyed by spec names.
  const styles = operation.parameters.flatMap((p): ParameterStyleSpec[] => {
    if (p.serialization === undefined) {
      if (p.scalar || p.in === 'cookie') return [];
      const style = DEFAULT_PARAMETER_STYLES[p.in];
      return [{ in: p.in, name: p.name, style, explode: style === 'form' }];
    }
    const { style, explode, allowReserved, contentType } = p.serialization;
    return [{
      in: p.in,
      name: p.name,
      style,
      explode,
      allowReserved: allowReserved ? true : undefined,
      json: contentType !== undefined && isJsonMediaType(contentType) ? true : undefined,
    }];
  });
  const body = operation.requestBody;
  return {
    id: operation.id,
    method: operation.method,
    path: operation.path,
    nested: flat ? undefined : true,
    inPath: namesIn('path'),
    inQuery: namesIn('query'),
    inHeader: namesIn('header'),
    inCookie: namesIn('cookie'),
    styles: styles.length > 0 ? styles : undefined,
    body: body && flat ? (body.propertyNames ? 'flat' : 'whole') : undefined,
    optionalBody: body && !body.required ? true : undefined,
    encoding: body?.encoding,
    bodyStyles: body?.propertyStyles?.map(({ name, style, explode }) => ({ name, style, explode })),
    mediaType: body?.mediaType,
    parseAs: operation.successParsing,
    parseByType: operation.successParsingByType?.map(([mediaType, parsing]) => [mediaType, parsing] as const),
    // Only what differs from "every 2xx has content; JSON `null` is not a value": most operations print neither.
    noContent: operation.successParsing !== 'none' && operation.noContentStatuses.length > 0 ? operation.noContentStatuses : undefined,
    nullable: operation.successParsing !== 'none' && operation.successNullable ? true : undefined,
    accept: operation.accept,
    baseUrl: operation.serverUrl,
    security: operation.security.length > 0 ? operation.security : undefined,
    errors: operation.responses.filter((r) => !r.success).map((r) => r.status),
    responseHeaders: responseHeadersOf(operation),
    wire: needsWire(operation) ? WIRE_REFERENCE : undefined,
    requestBody: needsRequestBody(operation) ? REQUEST_BODY_REFERENCE : undefined,
  };
}

/** The success responses' documented headers and how the runtime reads each; undefined when there are none. */
function responseHeadersOf(operation: OperationModel): OperationSpec['responseHeaders'] {
  const headers = successHeaders(operation.responses);
  return headers.length > 0 ? headers.map((header) => [header.name, header.wireType] as const) : undefined;
}

/** An `OperationSpec` as a TypeScript object literal: one property per line, lists of objects one per line. */
export function operationSpecLiteral(spec: OperationSpec): string {
  return objectLiteral(spec, '');
}

/** Any other plain-data constant of the client (a paged operation's `Pagination`), in the same multi-line style. */
export function dataLiteral(value: object): string {
  return objectLiteral(value, '');
}

/** The client's scheme table as a literal: one scheme per line (`[]` when the spec has none it can send). */
export function securitySchemesLiteral(specs: readonly SecuritySchemeSpec[]): string {
  return specs.length === 0 ? '[]' : blockValue(specs, '');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const INDENT = '  ';

/** Plain data (strings, finite numbers, booleans, arrays, plain objects) as a literal; `undefined` properties are left out. */
function objectLiteral(value: object, indent: string): string {
  const inner = indent + INDENT;
  const lines = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => `${inner}${IDENTIFIER.test(key) ? key : stringLiteral(key)}: ${blockValue(item, inner)},`);
  return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${indent}}`;
}

/** A list of objects or lists gets one member per line; anything else stays on the property's line. */
function blockValue(value: unknown, indent: string): string {
  if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
    return `[\n${value.map((item) => `${indent}${INDENT}${inlineValue(item)},`).join('\n')}\n${indent}]`;
  }
  return inlineValue(value);
}

function inlineValue(value: unknown): string {
  if (value === WIRE_REFERENCE) return 'wire';
  if (value === REQUEST_BODY_REFERENCE) return 'requestBody';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  if (Array.isArray(value)) return `[${value.map(inlineValue).join(', ')}]`;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, item]) => `${IDENTIFIER.test(key) ? key : stringLiteral(key)}: ${inlineValue(item)}`).join(', ')} }`;
  }
  throw new Error(`internal error: ${String(value)} cannot be printed as an operation spec value`);
}
