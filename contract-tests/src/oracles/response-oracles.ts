import { isDeepStrictEqual } from 'node:util';
import { getAtPointer, isHopByHopHeader, isJsonMediaType, joinPointer, mediaRangeCovers } from '@periskope-tools/generator';
import type { ErrorClasses } from '../client/client-under-test.js';
import { mediaTypeOf, type Observation } from '../call/mock-call.js';
import { finding, type Finding, type FindingPlace } from '../findings.js';
import type { ResponseTuple } from '../plan/inventory.js';
import type { RuleId } from '../rules.js';
import { schemaDefectOf, type SchemaValidator } from '../spec/schema-validator.js';
import { decodeProblemValidation, decodeViolations } from './prism-violations.js';

/** What the oracles read besides the observation: the spec and a validator of its schemas. */
export interface OracleContext {
  document: unknown;
  validator: SchemaValidator;
}

/** Where a tuple's findings are about: its operation, status, media type, example and the response's pointer. */
export function tuplePlace(tuple: ResponseTuple): FindingPlace {
  return {
    operation: tuple.operation.id,
    status: tuple.response.status,
    ...(tuple.content ? { mediaType: tuple.content.mediaType } : {}),
    ...(tuple.example ? { example: tuple.example.name } : {}),
    pointer: tuple.response.pointer,
  };
}

/** Statuses Prism answers with when it rejects the request it was sent (request validation). */
const REJECTED = new Set([400, 422]);

/**
 * Every check of one replayed response, independent of Prism's own opinion: exact status, media type,
 * empty body where none is documented, Ajv schema validation, the documented example, documented headers,
 * and what the generated client made of it (Prism's own `sl-violations` only as context). One finding per failed check.
 */
export function checkObservation(context: OracleContext, tuple: ResponseTuple, seen: Observation, errors: ErrorClasses): Finding[] {
  const findings: Finding[] = [];
  const place = tuplePlace(tuple);
  const fail = (rule: RuleId, message: string, pointer?: string) => findings.push(finding(rule, message, pointer ? { ...place, pointer } : place));
  const document = context.document;

  if (seen.status !== tuple.statusCode) {
    // Prism falls back to another response when it cannot honour `Prefer`: the asked-for one is not served.
    const rejected = REJECTED.has(seen.status) && !REJECTED.has(tuple.statusCode);
    // Why the mock rejected the request is in its sl-violations (its body may be the spec's own error response).
    const header = decodeViolations(seen.headers.get('sl-violations'), { errorsOnly: true });
    const why = header.length > 0 ? header : decodeProblemValidation(seen.rawBody);
    const reason = why.length > 0 ? `Prism: ${why.join('; ')}` : seen.rawBody.slice(0, 200);
    fail(rejected ? 'request-rejected' : 'status-mismatch', `status ${seen.status}, expected ${tuple.statusCode}${rejected ? `: ${reason}` : ''}`);
    return findings;
  }

  let parsedBody: unknown;
  let bodyBreaksSchema = false;
  // A HEAD response has no body (RFC 9110 §9.3.2): its documented content is what a GET would send, so there is no
  // media type, body or example to demand, and the client rightly resolves to nothing (or throws with no body).
  const content = tuple.operation.method === 'head' ? undefined : tuple.content;
  if (!content) {
    if (seen.rawBody !== '') fail('unexpected-body', `${tuple.content ? 'a HEAD response has no body' : 'no content is documented'}, but the body is ${JSON.stringify(seen.rawBody.slice(0, 120))}`);
  } else {
    const mediaType = mediaTypeOf(seen.contentType);
    // A documented range (`*/*`, `text/*`) is answered by any media type it covers.
    if (mediaType === undefined || !mediaRangeCovers(mediaType, content.mediaType)) fail('media-type-mismatch', `media type ${mediaType ?? '(none)'}, expected ${content.mediaType}`);
    try {
      parsedBody = isJsonMediaType(content.mediaType) ? JSON.parse(seen.rawBody) : seen.rawBody;
    } catch (error) {
      fail('body-not-json', `body is not JSON: ${(error as Error).message}`);
    }
    const schemaPointer = content.schemaPointer;
    if (schemaPointer && parsedBody !== undefined) {
      try {
        for (const violation of context.validator.validate(schemaPointer, parsedBody, 'response')) {
          bodyBreaksSchema = true;
          // Without a documented example the mock builds the body from the schema: a violation is the mock's.
          // A served example that breaks its schema names both pointers, so a reader can put the two side by side.
          const served = tuple.example?.explicit ? `, example #${tuple.example.pointer}` : '';
          fail(tuple.example?.explicit ? 'body-schema' : 'mock-body-schema', `body${violation.instancePath === '/' ? '' : violation.instancePath} ${violation.message} (schema #${schemaPointer}${served})`, schemaPointer);
        }
      } catch (error) {
        // A check we could not run is reported for this response, never a crash of the run.
        const defect = schemaDefectOf(error);
        fail(defect ? 'schema-invalid' : 'schema-uncheckable', `cannot check the body against schema #${schemaPointer}: ${defect ?? (error as Error).message}`, schemaPointer);
      }
    }
    if (tuple.example?.explicit && !isDeepStrictEqual(parsedBody, getAtPointer(document, tuple.example.pointer))) {
      fail('example-not-served', `body is not the documented example at #${tuple.example.pointer}`, tuple.example.pointer);
    }
  }

  for (const header of tuple.response.headers) {
    // A hop-by-hop header describes the connection, which the HTTP layer (and any proxy) owns, not the API: the
    // mock leaves it out (prism-in-process.ts), and what a server's stack sends there is no contract.
    if (isHopByHopHeader(header.name)) continue;
    const value = seen.headers.get(header.name);
    if (value === null) {
      if (header.required) fail('header-missing', `required response header ${header.name} is missing`, header.pointer);
      continue;
    }
    const schemaPointer = `${header.pointer}/schema`;
    if (getAtPointer(document, schemaPointer) === undefined) continue;
    try {
      for (const violation of context.validator.validate(schemaPointer, headerValue(document, schemaPointer, value))) {
        fail('header-schema', `response header ${header.name}: ${JSON.stringify(value)} ${violation.message} (schema #${schemaPointer}${headerExample(document, header.pointer)})`, schemaPointer);
      }
    } catch (error) {
      const defect = schemaDefectOf(error);
      fail(defect ? 'schema-invalid' : 'schema-uncheckable', `cannot check response header ${header.name} against schema #${schemaPointer}: ${defect ?? (error as Error).message}`, schemaPointer);
    }
  }

  const bodyError = tuple.response.success && content ? expectedBodyError(tuple, seen, parsedBody, bodyBreaksSchema) : undefined;
  if (bodyError) {
    // A 2xx body that is not what the spec documents (found above, as the spec's or the mock's): the client promises
    // a ResponseBodyError with that reason, never a bare SyntaxError or a value typed as something it is not.
    const error = seen.outcome.kind === 'threw' ? (seen.outcome.error as { name?: unknown; reason?: unknown }) : undefined;
    const isBodyError = error !== undefined && (errors.ResponseBodyError ? error instanceof errors.ResponseBodyError : error.name === 'ResponseBodyError');
    if (!isBodyError || error.reason !== bodyError.reason) {
      const got = seen.outcome.kind === 'returned' ? 'resolved' : `threw ${describeError(seen.outcome.error)}`;
      fail('client-result', `${bodyError.what} must throw ResponseBodyError (reason ${bodyError.reason}), but the client ${got}`);
    }
  } else if (tuple.response.success) {
    if (seen.outcome.kind !== 'returned') fail('client-threw', `a 2xx must resolve, but the client threw: ${String((seen.outcome.error as Error)?.message ?? seen.outcome.error)}`);
    else if (!isDeepStrictEqual(seen.outcome.value, parsedBody)) fail('client-result', 'the client did not return the parsed body');
  } else if (seen.outcome.kind !== 'threw') {
    fail('client-resolved-error', 'a documented error status must throw, but the client resolved');
  } else {
    const error = seen.outcome.error;
    if (!(error instanceof errors.ApiError)) fail('client-error-type', `expected ApiError, got ${describeError(error)}`);
    else {
      if (error.status !== tuple.statusCode) fail('client-error-type', `ApiError.status ${error.status}, expected ${tuple.statusCode}`);
      if (error.operation !== tuple.operation.id) fail('client-error-type', `ApiError.operation ${error.operation}, expected ${tuple.operation.id}`);
      if (!isDeepStrictEqual(error.body, errorBodyOf(seen))) fail('client-error-type', 'ApiError.body is not the parsed response body');
      const text = (error as { text?: unknown }).text;
      if (text !== undefined && text !== seen.rawBody) fail('client-error-type', 'ApiError.text is not the raw response body');
    }
  }
  // Prism's own verdict is context, never the judge: our Ajv checks above decide. Its Error-level notes are
  // quoted in the first finding (Warning-level ones, such as a deprecated parameter, are not).
  const fromPrism = decodeViolations(seen.headers.get('sl-violations'), { errorsOnly: true });
  if (findings.length > 0 && fromPrism.length > 0) findings[0]!.message += ` (Prism's sl-violations: ${fromPrism.join('; ')})`;
  return findings;
}

/** `, example #…` for a header whose documented example the mock served (its `example`, else its first `examples` entry). */
function headerExample(document: unknown, headerPointer: string): string {
  const header = getAtPointer(document, headerPointer) as { example?: unknown; examples?: unknown } | undefined;
  if (header && 'example' in header) return `, example #${headerPointer}/example`;
  const first = header?.examples && typeof header.examples === 'object' ? Object.keys(header.examples)[0] : undefined;
  return first === undefined ? '' : `, example #${headerPointer}${joinPointer('examples', first)}`;
}

/**
 * The ResponseBodyError the client promises for a 2xx whose body is not what the spec documents: none where one is
 * documented as JSON (or on a 204/205, which has none), JSON text that does not parse, JSON `null` its schema does
 * not admit. Undefined when the client should resolve.
 */
function expectedBodyError(tuple: ResponseTuple, seen: Observation, parsedBody: unknown, bodyBreaksSchema: boolean): { reason: 'empty' | 'unparseable' | 'null'; what: string } | undefined {
  if (!tuple.content) return undefined;
  const json = isJsonMediaType(tuple.content.mediaType);
  if (seen.rawBody.trim() === '' && (json || seen.status === 204 || seen.status === 205)) return { reason: 'empty', what: 'no body where content is documented' };
  if (json && parsedBody === undefined) return { reason: 'unparseable', what: 'a JSON body that does not parse' };
  if (parsedBody === null && bodyBreaksSchema) return { reason: 'null', what: 'JSON null that its schema does not admit' };
  return undefined;
}

/**
 * The `body` the client's errors promise: the parsed JSON when the answer is JSON (a JSON Content-Type, or none) and
 * parses, else undefined (an XML or CSV error is in `text` only).
 */
function errorBodyOf(seen: Observation): unknown {
  const mediaType = mediaTypeOf(seen.contentType);
  if (seen.rawBody.trim() === '' || (mediaType !== undefined && !isJsonMediaType(mediaType))) return undefined;
  try {
    return JSON.parse(seen.rawBody) as unknown;
  } catch {
    return undefined;
  }
}

/** Headers arrive as text; a numeric or boolean schema wants the value as that type. */
export function headerValue(document: unknown, schemaPointer: string, value: string): unknown {
  const schema = getAtPointer(document, schemaPointer) as { type?: unknown } | undefined;
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if ((type === 'integer' || type === 'number') && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
