// Generated from periskope.yaml (sha256 8a761916ff1608d899122a16dcea9e9ce9968f1458322791cf11912321701e0b) by @periskope-tools/generator.
// Do not edit: change the spec and run `npm run generate`.
import type { paths } from './schema.js';
import { ApiErrorBase, Transport, type ApiErrorOf, type BaseClientOptions, type Credential, type OperationSpec, type RequestOptions, type SecuritySchemeSpec } from './runtime.js';
import type { ResponsePromise } from './response.js';

/** Base URL used when the constructor is given none: the spec's first server. */
export const DEFAULT_BASE_URL = 'https://api.periskope.app/v1';

/** Options given once, to the client's constructor. */
export interface ClientOptions extends BaseClientOptions {
  /** Security scheme `bearerAuth` (http), sent as `Authorization: Bearer <token>` to operations that require it; a value, or a (possibly async) function called for each request. */
  bearerAuth?: Credential;
  /** Security scheme `bearerAuth` (http), sent as `Authorization: Bearer <token>` to operations that require it; a value, or a (possibly async) function called for each request. Another name for `bearerAuth`. */
  authToken?: Credential;
}

/** How each security scheme of the spec is sent, and the constructor options that hold its credential. */
const SECURITY_SCHEMES: readonly SecuritySchemeSpec[] = [
  { key: 'bearerAuth', options: ['bearerAuth', 'authToken'], kind: 'authorization', scheme: 'Bearer' },
];

/** Every documented error response of every operation. */
export type AnyApiError = CancelBroadcastError;
/**
 * Thrown for every documented non-2xx response. `instanceof ApiError` narrows to the union of documented
 * errors, so checking `operation` and `status` types `body`:
 * `if (e instanceof ApiError && e.status === 409) e.body.message`.
 */
export const ApiError = ApiErrorBase as typeof ApiErrorBase & { readonly prototype: AnyApiError };
export type ApiError = AnyApiError;

// MessageApi (client.message): 1 operation.
/** openapi-typescript's type of DELETE /message/broadcast/{broadcast_id}. */
export type CancelBroadcastOperation = paths['/message/broadcast/{broadcast_id}']['delete'];
/** Arguments of `message.cancelBroadcast`. */
export type CancelBroadcastArgs = CancelBroadcastOperation['parameters']['path'];
/** What `message.cancelBroadcast` resolves to. */
export type CancelBroadcastResult = CancelBroadcastOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `message.cancelBroadcast`, thrown as `ApiError`. */
export type CancelBroadcastError = ApiErrorOf<'cancelBroadcast', 404, undefined> | ApiErrorOf<'cancelBroadcast', 409, CancelBroadcastOperation['responses'][409]['content']['application/json'] | undefined>;
/** Documented headers of `message.cancelBroadcast`'s success response, from `.withResponse()`. */
export type CancelBroadcastHeaders = Record<never, never>;
const CancelBroadcastSpec: OperationSpec = {
  id: 'cancelBroadcast',
  method: 'delete',
  path: '/message/broadcast/{broadcast_id}',
  inPath: ['broadcast_id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['404', '409'],
};

/**
 * Delete a  Broadcast
 *
 * This endpoint is used to delete or stop a broadcast.
 *
 * - If the broadcast hasn't started yet, it will be deleted and the credits for this broadcast won't be charged.
 * - If it's currently sending, it will stop immediately. Any messages that haven't been sent yet will be cancelled, and the credits for them will be refunded.
 *
 * `DELETE /message/broadcast/{broadcast_id}`
 * @throws {CancelBroadcastError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.message.cancelBroadcast()`, importable alone.
 */
export function cancelBroadcast(client: PeriskopeApiCore, args: CancelBroadcastArgs, options?: RequestOptions): ResponsePromise<CancelBroadcastResult, CancelBroadcastHeaders> {
  return client.transport.call(CancelBroadcastSpec, args, options) as ResponsePromise<CancelBroadcastResult, CancelBroadcastHeaders>;
}

/** Operations tagged `message`. */
export class MessageApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.message`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * Delete a  Broadcast
   *
   * This endpoint is used to delete or stop a broadcast.
   *
   * - If the broadcast hasn't started yet, it will be deleted and the credits for this broadcast won't be charged.
   * - If it's currently sending, it will stop immediately. Any messages that haven't been sent yet will be cancelled, and the credits for them will be refunded.
   *
   * `DELETE /message/broadcast/{broadcast_id}`
   * @throws {CancelBroadcastError} for a documented error status (as `ApiError`).
   */
  cancelBroadcast(args: CancelBroadcastArgs, options?: RequestOptions): ResponsePromise<CancelBroadcastResult, CancelBroadcastHeaders> {
    return cancelBroadcast(this, args, options);
  }
}

/**
 * The core of `PeriskopeApi` (which extends it), for the operations' standalone functions: `cancelBroadcast(core, args)`.
 *
 * A program that imports only this class and the functions it calls bundles only those operations.
 */
export class PeriskopeApiCore {
  /** @internal */
  readonly transport: Transport;

  constructor(options: ClientOptions = {}) {
    this.transport = new Transport(options, DEFAULT_BASE_URL, { name: 'PeriskopeApi', logEnv: 'PERISKOPE_LOG', securitySchemes: SECURITY_SCHEMES });
  }
}

/** Typed client for Periskope API 1.0.0. */
export class PeriskopeApi extends PeriskopeApiCore {
  /** Operations tagged `message`. */
  readonly message: MessageApi;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.message = new MessageApi(this.transport);
  }
}
