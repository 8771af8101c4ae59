export { generate, type GenerateOptions, type GenerateResult, type GeneratedFile } from './generate.js';
export { buildModel, preferredContent } from './model/build-model.js';
export type * from './model/types.js';
export * from './document/index.js';
export { readSource, type SpecSource } from './load/read-source.js';
export { validateAndBundle, type BundledSpec } from './load/validate-and-bundle.js';
export { GeneratorError } from './errors.js';
export { compareOutput, writeOutput } from './write/output.js';
export { interfaceSnapshot } from './model/interface-snapshot.js';
