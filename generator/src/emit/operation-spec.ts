import { isJsonMediaType } from '../document/index.js';
import { successHeaders } from '../model/build-model.js';
import type { BodyEncoding, HttpMethod, OperationModel, ParameterLocation, ParameterStyle, ResponseHeaderModel, ResponseParsing } from '../model/types.js';
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
  readonly mediaType?: string;
  readonly nested?: boolean;
  readonly parseAs: ResponseParsing;
  readonly parseByType?: readonly (readonly [mediaType: string, parsing: ResponseParsing])[];
  readonly errors: readonly string[];
  readonly responseHeaders?: readonly (readonly [name: string, type: ResponseHeaderModel['wireType']])[];
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

/** What the runtime needs to know about one operation. Properties left `undefined` are not printed. */
export function operationSpec(operation: OperationModel): OperationSpec {
  const flat = operation.argumentShape === 'flat';
  const namesIn = (location: ParameterLocation): string[] | undefined => {
    const names = operation.parameters.filter((p) => p.in === location).map((p) => p.name);
    return flat && names.length > 0 ? names : undefined;
  };
  // Only parameters not sent the location's default way; a list, never an object keyed by spec names.
  const styles = operation.parameters.flatMap((p): ParameterStyleSpec[] => {
    if (p.serialization === undefined) return [];
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
    mediaType: body?.mediaType,
    parseAs: operation.successParsing,
    parseByType: operation.successParsingByType?.map(([mediaType, parsing]) => [mediaType, parsing] as const),
    errors: operation.responses.filter((r) => !r.success).map((r) => r.status),
    responseHeaders: responseHeadersOf(operation),
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
