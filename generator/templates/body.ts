// Request bodies of the client's runtime, copied unchanged into every generated package (from
// @periskope-tools/generator's templates/body.ts). Do not edit a copy: change the template and run `npm run generate`.
// An operation's spec names `requestBody` when the operation takes one; a bundle of operations that take none (a
// GET, a DELETE) leaves this module out.
import { defaultBodySerializer } from 'openapi-fetch';
import { own, scalar, type Arguments, type BodySender, type OperationSpec, type RequestBody } from './runtime.js';
import { replayableBody } from './retry.js';

/** What an operation's spec names as its `requestBody`. */
export const requestBody: RequestBody = { of: bodyOf, sender };

/** The body in the call's arguments: under `body` (nested shape, or `whole`), else every argument that is not a parameter. */
function bodyOf(spec: OperationSpec, args: Arguments): unknown {
  return spec.nested || spec.body === 'whole' ? own(args, 'body') : spec.body === 'flat' ? flatBody(spec, args) : undefined;
}

/** The body of the flat shape: every argument that is not a parameter (a required JSON body defaults to `{}`). */
function flatBody(spec: OperationSpec, args: Arguments): unknown {
  const parameters = [spec.inPath, spec.inQuery, spec.inHeader, spec.inCookie];
  const fields = Object.entries(args).filter(([key, value]) => value !== undefined && !parameters.some((names) => names?.includes(key)));
  // Object.fromEntries defines own properties, so a field named `__proto__` stays a field.
  if (fields.length > 0) return Object.fromEntries(fields);
  return spec.encoding === 'json' && !spec.optionalBody ? {} : undefined;
}

/**
 * Puts `body` on each attempt's request, serialized as the spec's encoding says: JSON through openapi-fetch's own
 * serializer (JSON.stringify), text and binary here, form and multipart through the operation's `wire`.
 */
function sender(spec: OperationSpec, body: unknown, retries: boolean): BodySender {
  const { encoding } = spec;
  const serialize = encoding === 'json' || encoding === undefined
    ? defaultBodySerializer
    : encoding === 'form' || encoding === 'multipart'
      ? (value: unknown) => spec.wire!.body(encoding, value, spec.bodyStyles)
      : encoding === 'binary'
        // Blob, ArrayBuffer, typed arrays and strings go to fetch as they are.
        ? (value: unknown) => value
        : (value: unknown) => (typeof value === 'string' ? value : scalar(value));
  const replay = replayableBody(body, retries);
  const streamed = typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
  return {
    next(init) {
      init.body = serialize(replay.next()) as BodyInit;
      // fetch refuses a stream body without it.
      if (streamed) init.duplex = 'half';
    },
    end: replay.end,
  };
}
