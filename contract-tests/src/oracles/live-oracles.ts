import { isDeepStrictEqual } from 'node:util';
import { getAtPointer, isHopByHopHeader, isJsonMediaType, mediaRangeCovers, type OperationModel, type ResponseContentModel, type ResponseModel } from '@periskope-tools/generator';
import type { LiveObservation } from '../call/live-call.js';
import { mediaTypeOf } from '../call/mock-call.js';
import type { ErrorClasses } from '../client/client-under-test.js';
import { finding, type Finding } from '../findings.js';
import type { RuleId } from '../rules.js';
import type { SchemaValidator } from '../spec/schema-validator.js';
import { describeError, headerValue } from './response-oracles.js';
import { decodeViolations } from './prism-violations.js';

export { decodeViolations };

/** What a drift is about; one word, so reports can be filtered. */
export type DriftCheck =
  | 'status'
  | 'body'
  | 'media-type'
  | 'accept'
  | 'schema'
  | 'header'
  | 'prism'
  | 'client'
  | 'proxy'
  | 'network';

/** One difference between the live server and the spec, for one operation. */
export interface LiveDrift {
  /** The operation's id (its operationId when unique). */
  operation: string;
  /** `DELETE /message/broadcast/{broadcast_id}` */
  route: string;
  /** The HTTP status that came back (absent when no response arrived). */
  status?: number;
  check: DriftCheck;
  message: string;
}

export interface LiveCheckContext {
  document: unknown;
  validator: SchemaValidator;
}

/** The rule of each live check. */
export const LIVE_RULES: Record<DriftCheck, RuleId> = {
  status: 'live-status',
  body: 'live-body',
  'media-type': 'live-media-type',
  accept: 'live-accept',
  schema: 'live-schema',
  header: 'live-header',
  prism: 'live-prism',
  client: 'live-client',
  proxy: 'live-proxy',
  network: 'live-network',
};

/** A live drift as a finding (its status is the HTTP status that came back). */
export function liveFinding(drift: LiveDrift): Finding {
  return finding(LIVE_RULES[drift.check], drift.message, {
    operation: drift.operation,
    ...(drift.status !== undefined ? { status: String(drift.status) } : {}),
  });
}

/**
 * The documented response that covers `status`: the exact code first, then its range (`4XX`, any case), then
 * `default` (the same order the generated client uses to decide between ApiError and UnexpectedResponseError).
 */
export function documentedResponse(operation: OperationModel, status: number): ResponseModel | undefined {
  const code = String(status);
  return (
    operation.responses.find((response) => response.status === code) ??
    operation.responses.find((response) => response.status.toUpperCase() === `${code[0]}XX`) ??
    operation.responses.find((response) => response.status === 'default')
  );
}

/**
 * Prism's own error responses (it could not forward the call, or could not read the server's answer) are
 * `application/problem+json` whose `type` is under this URL or is the name of a JavaScript error (`FetchError`).
 * A server's problem types are URIs, so neither is mistaken for one.
 */
const PRISM_ERROR_TYPE = 'https://stoplight.io/prism/errors#';

function isPrismProblem(type: unknown): boolean {
  return typeof type === 'string' && (type.startsWith(PRISM_ERROR_TYPE) || /^[A-Za-z]*Error$/.test(type));
}

/**
 * Every check of one live response, each failure as its own drift: Prism's violations, the status, the body's
 * presence, the media type (against the spec and against the `Accept` sent), the schema, required headers and
 * header values, and what the generated client made of it.
 */
export function checkLiveObservation(
  context: LiveCheckContext,
  operation: OperationModel,
  seen: LiveObservation,
  errors: ErrorClasses,
): LiveDrift[] {
  const drifts: LiveDrift[] = [];
  const route = `${operation.method.toUpperCase()} ${operation.path}`;
  const drift = (check: DriftCheck, message: string) => drifts.push({ operation: operation.id, route, status: seen.status, check, message });
  const mediaType = mediaTypeOf(seen.contentType);

  if (mediaType === 'application/problem+json') {
    const problem = safeJson(seen.rawBody) as { type?: unknown; title?: unknown; detail?: unknown } | undefined;
    if (isPrismProblem(problem?.type)) {
      // Not the server's answer: Prism could not reach the server, or could not read what it sent back (a body on a
      // 204, a broken chunked encoding, ...). Nothing else can be checked.
      const title = String(problem?.title ?? problem?.type);
      drift('proxy', `Prism answered ${seen.status} itself instead of passing on the server's response: ${title}${problem?.detail ? ` (${String(problem.detail)})` : ''}`);
      return drifts;
    }
  }

  const violations = seen.headers.get('sl-violations');
  if (violations) for (const line of decodeViolations(violations)) drift('prism', `Prism reported: ${line}`);

  const documented = documentedResponse(operation, seen.status);
  if (!documented) {
    const statuses = operation.responses.map((response) => response.status).join(', ');
    drift('status', `status ${seen.status} is not documented (documented: ${statuses || 'none'})`);
    return drifts;
  }
  const where = `response ${documented.status}`;

  let parsedBody: unknown;
  let bodyParsed = false;
  // A HEAD response has no body (RFC 9110 §9.3.2): its documented content is what a GET would send.
  if (documented.contents.length === 0 || operation.method === 'head') {
    if (seen.rawBody !== '') {
      drift('body', `${where} documents no content, but the body is ${JSON.stringify(seen.rawBody.slice(0, 120))}${mediaType ? ` (${mediaType})` : ''}`);
    }
  } else if (seen.rawBody === '') {
    drift('body', `${where} documents content (${documented.contents.map((c) => c.mediaType).join(', ')}), but the body is empty`);
  } else {
    const content = matchContent(documented.contents, mediaType);
    if (!mediaType) {
      drift('media-type', `no Content-Type for a body; ${where} documents ${documented.contents.map((c) => c.mediaType).join(', ')}`);
    } else if (!content) {
      drift('media-type', `Content-Type ${mediaType} is not documented for ${where} (documented: ${documented.contents.map((c) => c.mediaType).join(', ')})`);
    }
    if (mediaType && seen.accept && !seen.accept.split(',').some((range) => mediaRangeCovers(mediaType, range))) {
      drift('accept', `Content-Type ${mediaType} does not match the Accept header sent (${seen.accept})`);
    }
    if (mediaType && isJsonMediaType(mediaType)) {
      try {
        parsedBody = JSON.parse(seen.rawBody);
        bodyParsed = true;
      } catch (error) {
        drift('body', `body is not valid JSON although Content-Type is ${mediaType}: ${(error as Error).message}`);
      }
    } else if (mediaType?.startsWith('text/')) {
      parsedBody = seen.rawBody;
      bodyParsed = true;
    }
    if (content?.schemaPointer && bodyParsed) {
      for (const violation of context.validator.validate(content.schemaPointer, parsedBody)) {
        const at = violation.instancePath === '/' ? 'body' : `body${violation.instancePath}`;
        drift('schema', `${at} ${violation.message}${violationValue(parsedBody, violation.instancePath)} (schema #${content.schemaPointer})`);
      }
    }
  }

  for (const header of documented.headers) {
    // Hop-by-hop headers belong to the connection (any proxy may change them): no contract (response-oracles.ts).
    if (isHopByHopHeader(header.name)) continue;
    const value = seen.headers.get(header.name);
    if (value === null) {
      if (header.required) drift('header', `required response header ${header.name} is missing`);
      continue;
    }
    const schemaPointer = `${header.pointer}/schema`;
    if (getAtPointer(context.document, schemaPointer) === undefined) continue;
    for (const violation of context.validator.validate(schemaPointer, headerValue(context.document, schemaPointer, value))) {
      drift('header', `response header ${header.name}: ${JSON.stringify(value.slice(0, 80))} ${violation.message}`);
    }
  }

  if (documented.success) {
    if (seen.outcome.kind !== 'returned') {
      drift('client', `a documented ${seen.status} must resolve through the client, but it threw ${describeError(seen.outcome.error)}`);
    } else if (operation.successParsing === 'json' && bodyParsed && !isDeepStrictEqual(seen.outcome.value, parsedBody)) {
      drift('client', 'the client did not return the parsed body');
    }
  } else if (seen.outcome.kind !== 'threw') {
    drift('client', `a documented error status (${documented.status}) must throw ApiError, but the client resolved`);
  } else if (!(seen.outcome.error instanceof errors.ApiError)) {
    drift('client', `a documented error status (${documented.status}) must throw ApiError, but the client threw ${describeError(seen.outcome.error)}`);
  } else {
    const error = seen.outcome.error;
    if (error.status !== seen.status) drift('client', `ApiError.status is ${error.status}, the response was ${seen.status}`);
    if (error.operation !== operation.id) drift('client', `ApiError.operation is ${error.operation}, expected ${operation.id}`);
  }
  return drifts;
}

/** The documented content for a received media type: exact match first, then a documented range (`application/*`). */
function matchContent(contents: ResponseContentModel[], mediaType: string | undefined): ResponseContentModel | undefined {
  if (!mediaType) return undefined;
  return (
    contents.find((content) => content.mediaType.toLowerCase() === mediaType) ??
    contents.find((content) => content.mediaType.includes('*') && mediaRangeCovers(mediaType, content.mediaType))
  );
}

/** ` (got "paused")` for a scalar at the failing place, so the line shows the offending value. */
function violationValue(body: unknown, instancePath: string): string {
  if (instancePath === '/' || instancePath === '') return '';
  const node = getAtPointer(body, instancePath);
  if (node === null || ['string', 'number', 'boolean'].includes(typeof node)) return ` (got ${JSON.stringify(node)?.slice(0, 80)})`;
  return '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
