export { generate, type GenerateOptions, type GenerateResult, type GeneratedFile } from './generate.js';
export { buildModel, preferredContent, preferredMediaType, isJsonMediaType } from './model/build-model.js';
export type * from './model/types.js';
export { readSource, type SpecSource } from './load/read-source.js';
export { validateAndBundle, type BundledSpec, type OpenApiDocument } from './load/validate-and-bundle.js';
export { GeneratorError } from './errors.js';
export { compareOutput, writeOutput } from './write/output.js';
export { getAtPointer, joinPointer, splitPointer } from './load/json-pointer.js';
