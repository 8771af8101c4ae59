// Generated from periskope.yaml (sha256 8a761916ff1608d899122a16dcea9e9ce9968f1458322791cf11912321701e0b) by @periskope-tools/generator.
// Do not edit: change the spec and run `npm run generate`.
export { PeriskopeApi, PeriskopeApiCore, ApiError, DEFAULT_BASE_URL } from './client.js';
export { cancelBroadcast } from './client.js';
export type * from './client.js';
export { ArgumentError, ResponseBodyError, UnexpectedResponseError } from './runtime.js';
export type { ApiErrorOf, BaseClientOptions, BasicCredentials, Credential, RequestOptions } from './runtime.js';
export { ConnectionError, TimeoutError } from './retry.js';
export type { ResponsePromise, WithResponse } from './response.js';
export type { Logger, LogLevel } from './logging.js';
export type { paths, components, operations } from './schema.js';
