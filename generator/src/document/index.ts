/**
 * The document layer: one reading of an OpenAPI document (pointers, `$ref`s, operations with their merged
 * parameters, media types, status keys) shared by the generator's stages and the contract suite.
 */
export * from './header-name.js';
export * from './media-types.js';
export * from './schema-facts.js';
export * from './operations.js';
export * from './pointer.js';
export * from './refs.js';
export * from './sample.js';
export * from './servers.js';
export * from './status.js';
export * from './types.js';
export * from './urls.js';
export * from './walk.js';
