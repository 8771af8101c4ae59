import { isDeepStrictEqual } from 'node:util';
import { getAtPointer, isJsonMediaType } from '@periskope-tools/generator';
import type { ContractContext } from '../plan/context.js';
import type { ResponseTuple } from '../plan/inventory.js';
import { mediaTypeOf, type Observation } from '../call/mock-call.js';

/** The generated package's error classes, passed in so the oracles work with any generated client. */
export interface ErrorClasses {
  ApiError: abstract new (...args: never[]) => { status: number; operation: string; body: unknown };
  UnexpectedResponseError: abstract new (...args: never[]) => { status: number };
}

/**
 * Every check of one replayed response, independent of Prism's own opinion: exact status, media type,
 * empty body where none is documented, Ajv schema validation, the documented example, documented headers,
 * no Prism violations, and what the generated client made of it. Returns one line per failed check.
 */
export function checkObservation(context: ContractContext, tuple: ResponseTuple, seen: Observation, errors: ErrorClasses): string[] {
  const failures: string[] = [];
  const fail = (message: string) => failures.push(message);
  const document = context.spec.document;

  if (seen.status !== tuple.statusCode) {
    // Prism falls back to another response when it cannot honour `Prefer`: the asked-for one is not served.
    fail(`status ${seen.status}, expected ${tuple.statusCode}`);
    return failures;
  }
  const violations = seen.headers.get('sl-violations');
  if (violations) fail(`Prism reported violations: ${violations}`);
  const warning = seen.headers.get('warning');
  if (warning) fail(`Prism sent a Warning header: ${warning}`);

  let parsedBody: unknown;
  if (!tuple.content) {
    if (seen.rawBody !== '') fail(`no content is documented, but the body is ${JSON.stringify(seen.rawBody.slice(0, 120))}`);
  } else {
    const mediaType = mediaTypeOf(seen.contentType);
    if (mediaType !== tuple.content.mediaType.toLowerCase()) fail(`media type ${mediaType ?? '(none)'}, expected ${tuple.content.mediaType}`);
    try {
      parsedBody = isJsonMediaType(tuple.content.mediaType) ? JSON.parse(seen.rawBody) : seen.rawBody;
    } catch (error) {
      fail(`body is not JSON: ${(error as Error).message}`);
    }
    if (tuple.content.schemaPointer && parsedBody !== undefined) {
      for (const violation of context.validator.validate(tuple.content.schemaPointer, parsedBody, 'response')) {
        fail(`body${violation.instancePath === '/' ? '' : violation.instancePath} ${violation.message} (schema #${tuple.content.schemaPointer})`);
      }
    }
    if (tuple.example?.explicit && !isDeepStrictEqual(parsedBody, getAtPointer(document, tuple.example.pointer))) {
      fail(`body is not the documented example at #${tuple.example.pointer}`);
    }
  }

  for (const header of tuple.response.headers) {
    const value = seen.headers.get(header.name);
    if (value === null) {
      if (header.required) fail(`required response header ${header.name} is missing`);
      continue;
    }
    const schemaPointer = `${header.pointer}/schema`;
    if (getAtPointer(document, schemaPointer) === undefined) continue;
    for (const violation of context.validator.validate(schemaPointer, headerValue(document, schemaPointer, value))) {
      fail(`response header ${header.name}: ${JSON.stringify(value)} ${violation.message}`);
    }
  }

  if (tuple.response.success) {
    if (seen.outcome.kind !== 'returned') fail(`a 2xx must resolve, but the client threw: ${String((seen.outcome.error as Error)?.message ?? seen.outcome.error)}`);
    else if (!isDeepStrictEqual(seen.outcome.value, parsedBody)) fail('the client did not return the parsed body');
  } else if (seen.outcome.kind !== 'threw') {
    fail('a documented error status must throw, but the client resolved');
  } else {
    const error = seen.outcome.error;
    if (!(error instanceof errors.ApiError)) fail(`expected ApiError, got ${describeError(error)}`);
    else {
      if (error.status !== tuple.statusCode) fail(`ApiError.status ${error.status}, expected ${tuple.statusCode}`);
      if (error.operation !== tuple.operation.id) fail(`ApiError.operation ${error.operation}, expected ${tuple.operation.id}`);
      if (!isDeepStrictEqual(error.body, parsedBody)) fail('ApiError.body is not the parsed response body');
    }
  }
  return failures;
}

/** Headers arrive as text; a numeric or boolean schema wants the value as that type. */
export function headerValue(document: unknown, schemaPointer: string, value: string): unknown {
  const schema = getAtPointer(document, schemaPointer) as { type?: unknown } | undefined;
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if ((type === 'integer' || type === 'number') && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
