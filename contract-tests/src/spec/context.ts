import path from 'node:path';
import { buildModel, DEFAULT_CONFIG_FILE, loadConfig, readSource, validateAndBundle, withPathItemRefsResolved, type ApiModel, type BundledSpec } from '@periskope-tools/generator';
import { resolveUserPath } from '../paths.js';
import { createSchemaValidator, type SchemaValidator } from './schema-validator.js';

/** The spec under test: CONTRACT_SPEC, else the one of the generator config (generator/generator.config.json). */
export async function contractSpecPath(configFile = DEFAULT_CONFIG_FILE): Promise<string> {
  if (process.env.CONTRACT_SPEC) return resolveUserPath(process.env.CONTRACT_SPEC);
  return (await loadConfig(configFile)).spec;
}

/** The spec under test as every stage reads it: bundled, modelled, and with a validator of its schemas. */
export interface ContractContext {
  specPath: string;
  spec: BundledSpec;
  model: ApiModel;
  validator: SchemaValidator;
}

/** Loads the spec with the generator's own loader and model, so names and rules match the client. */
export async function loadContractContext(specPath?: string): Promise<ContractContext> {
  const file = specPath ?? (await contractSpecPath());
  const shown = path.relative(process.cwd(), file) || file;
  const bundled = await validateAndBundle(await readSource(shown));
  // Every pointer the model gives under a path item that is a `$ref` (`/paths/~1users/post/...`) must lead to the
  // item it names, for the oracles, the example gate and the validator alike.
  const spec = { ...bundled, document: withPathItemRefsResolved(bundled.document) };
  const model = buildModel(spec.document);
  return { specPath: file, spec, model, validator: createSchemaValidator(spec.document, spec.version) };
}
