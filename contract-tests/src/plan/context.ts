import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, readSource, validateAndBundle, type ApiModel, type BundledSpec } from '@periskope-tools/generator';
import { buildInventory, type Inventory } from './inventory.js';
import { createSchemaValidator, type SchemaValidator } from '../oracles/schema-validator.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '..', '..', '..');

/** The spec under test: CONTRACT_SPEC, else the one in generator/generator.config.json. */
export function contractSpecPath(): string {
  if (process.env.CONTRACT_SPEC) return path.resolve(process.env.CONTRACT_SPEC);
  const configFile = path.join(repositoryRoot, 'generator', 'generator.config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { spec: string; clientName: string };
  return path.resolve(path.dirname(configFile), config.spec);
}

export interface ContractContext {
  specPath: string;
  spec: BundledSpec;
  model: ApiModel;
  inventory: Inventory;
  validator: SchemaValidator;
}

/** Loads the spec with the generator's own loader and model, so names and rules match the client. */
export async function loadContractContext(specPath = contractSpecPath()): Promise<ContractContext> {
  const shown = path.relative(process.cwd(), specPath) || specPath;
  const spec = await validateAndBundle(await readSource(shown));
  const model = buildModel(spec.document);
  return {
    specPath,
    spec,
    model,
    inventory: buildInventory(model.operations),
    validator: createSchemaValidator(spec.document, spec.version),
  };
}
