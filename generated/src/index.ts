// Generated from periskope.yaml (sha256 476d8968880c1c97051931336c1dc4777b4347f25b3a5e8cf34332f5ba130f98) by @periskope-tools/generator.
// Do not edit: change the spec and run `npm run generate`.
export { PeriskopeApi, ApiError, DEFAULT_BASE_URL } from './client.js';
export type * from './client.js';
export { ArgumentError, ResponseBodyError, UnexpectedResponseError } from './runtime.js';
export type { ApiErrorOf, BaseClientOptions, BasicCredentials, Credential, RequestOptions } from './runtime.js';
export { ConnectionError, TimeoutError } from './retry.js';
export type { ResponsePromise, WithResponse } from './response.js';
export type { Logger, LogLevel } from './logging.js';
export type { paths, components, operations } from './schema.js';
