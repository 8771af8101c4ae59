import { astToString, resolveRef, scanDiscriminators, transformSchema, type GlobalContext, type OpenAPI3 } from 'openapi-typescript';
import { GeneratorError } from '../errors.js';
import type { OpenApiDocument } from '../load/validate-and-bundle.js';

/**
 * The `paths`, `components` and `operations` types, by openapi-typescript. We call its transformer on our
 * already validated and bundled document instead of `openapiTS()`, which would parse, lint and bundle the
 * spec a second time.
 */
export function emitTypes(document: OpenApiDocument, file: string): string {
  const schema = document as unknown as OpenAPI3;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, {}),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only openapiTS() itself reads this; the transformers do not.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    inject: undefined,
    transform: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: true });
    },
  };
  try {
    return astToString(transformSchema(schema, ctx));
  } catch (error) {
    throw new GeneratorError(`openapi-typescript could not type the spec: ${(error as Error).message}`, { file }, { cause: error });
  }
}
