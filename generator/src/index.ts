export { generate, type GenerateOptions, type GenerateResult, type GeneratedFile } from './generate.js';
export { buildModel, preferredContent } from './model/build-model.js';
export type * from './model/types.js';
export * from './document/index.js';
export { readSource, type SpecSource } from './load/read-source.js';
export { validateAndBundle, type BundledSpec } from './load/validate-and-bundle.js';
export { GeneratorError } from './errors.js';
export { resolveUserPath } from './command-line.js';
export { DEFAULT_CONFIG_FILE, loadConfig, type GeneratorConfig } from './config.js';
export { compareOutput, writeOutput } from './write/output.js';
export { inputHash, isUpToDate, sha256, writeManifest } from './write/manifest.js';
export { interfaceSnapshot } from './model/interface-snapshot.js';
// The client's reading of a polymorphic parent/child pair: the contract suite validates bodies the same way.
export { inlineParentBases } from './emit/type-passes/inline-parent-bases.js';
export { bumpVersion, changeReport, CHANGE_RULES, type Bump, type Change, type ChangeLevel, type ChangeReport } from './changes/index.js';
export { formatShard, parseShard, takeShard, type Shard } from './shard.js';
