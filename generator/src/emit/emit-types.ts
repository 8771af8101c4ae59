import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
import { openapiTypescript, withCachedCreateRef } from '../libraries/openapi-typescript.js';
import type ts from 'typescript';
import { GeneratorError } from '../errors.js';
import { usesReadWriteMarkers, type OpenApiDocument } from '../document/index.js';
import { aliasRecursiveSchemas, recursiveSchemaNames } from './type-passes/alias-recursive-schemas.js';
import { binaryAsBlob, binaryReadings } from './type-passes/binary-as-blob.js';
import { breakEagerCycles } from './type-passes/break-eager-cycles.js';
import { closedEmptyObject, openClosedAllOfMembers } from './type-passes/closed-empty-object.js';
import { declareRequiredProperties } from './type-passes/declare-required-properties.js';
import { dropBooleanRequired } from './type-passes/drop-boolean-required.js';
import { typeJsonContentParameters } from './type-passes/json-content-parameters.js';
import { dedupeTypeMembers, operationIdLookup } from './type-passes/dedupe-members.js';
import { hoistNestedRefTargets } from './type-passes/hoist-nested-ref-targets.js';
import { inlineParentBases } from './type-passes/inline-parent-bases.js';
import { shareDiscriminatorValues } from './type-passes/share-discriminator-values.js';
import { tolerantWithRequired } from './type-passes/tolerant-with-required.js';
import { withUniqueOperationIds } from './type-passes/unique-operation-ids.js';
import { printTypes } from './print-types.js';
import { scanDiscriminators } from './type-passes/scan-discriminators.js';

const { resolveRef, transformSchema } = openapiTypescript;

/**
 * The `paths`, `components` and `operations` types, by openapi-typescript. We call its transformer on our
 * already validated and bundled document instead of `openapiTS()`, which would parse, lint and bundle the
 * spec a second time. Around it runs a list of passes (one module each in ./type-passes/), in this order:
 *
 * 1. document passes, each returning its input when it has nothing to do and a copy otherwise:
 *    hoistNestedRefTargets, withUniqueOperationIds, inlineParentBases, shareDiscriminatorValues, openClosedAllOfMembers,
 *    dropBooleanRequired, typeJsonContentParameters, declareRequiredProperties, breakEagerCycles (which pushes a warning per cut);
 * 2. openapi-typescript's transformSchema, with binaryAsBlob (by binaryReadings) and closedEmptyObject as its per-schema
 *    `transform` hook;
 * 3. node passes over its output: tolerantWithRequired, dedupeTypeMembers, aliasRecursiveSchemas.
 *
 * An error while typing becomes a GeneratorError naming the schema openapi-typescript stopped at. `print` turns the
 * nodes into text (printTypes; a test passes its own to compare printers on the same nodes).
 */
export function emitTypes(document: OpenApiDocument, file: string, warnings: string[] = [], print: (nodes: readonly ts.Node[]) => string = printTypes): string {
  let prepared = hoistNestedRefTargets(document);
  prepared = withUniqueOperationIds(prepared);
  prepared = inlineParentBases(prepared);
  prepared = shareDiscriminatorValues(prepared);
  prepared = openClosedAllOfMembers(prepared);
  prepared = dropBooleanRequired(prepared);
  prepared = typeJsonContentParameters(prepared);
  prepared = declareRequiredProperties(prepared);
  prepared = breakEagerCycles(prepared, file, warnings);
  try {
    return typesOf(prepared, file, print);
  } catch (error) {
    // Webhooks are requests the API sends, not calls the client makes; broken ones (a lint warning only) must not
    // cost the client its types. Without them, `webhooks` is typed empty.
    const { webhooks, ...withoutWebhooks } = prepared as OpenApiDocument & { webhooks?: unknown };
    if (webhooks === undefined) throw error;
    const types = typesOf(withoutWebhooks as OpenApiDocument, file, print);
    warnings.push(`${file} (#/webhooks): ${(error as GeneratorError).reason}; a client does not call webhooks, so \`webhooks\` is typed empty`);
    return types;
  }
}

function typesOf(prepared: OpenApiDocument, file: string, print: (nodes: readonly ts.Node[]) => string): string {
  const schema = prepared as unknown as OpenAPI3;
  const ctx = openapiTypescriptContext(schema);
  try {
    let nodes: ts.Node[] = withCachedCreateRef(() => transformSchema(schema, ctx));
    nodes = tolerantWithRequired(nodes);
    nodes = dedupeTypeMembers(nodes, Object.keys(ctx.discriminators.objects), operationIdLookup(prepared));
    // Reads `prepared` as openapi-typescript left it (scanDiscriminators patches discriminator enums into it).
    nodes = aliasRecursiveSchemas(nodes, recursiveSchemaNames(prepared));
    return print(nodes);
  } catch (error) {
    throw typingError(error, file);
  }
}

/** openapi-typescript's options, as `openapiTS()` would set them for our CLI flags (`--empty-objects-unknown`). */
export function openapiTypescriptContext(schema: OpenAPI3): GlobalContext {
  // Where a binary string is a Blob and where it is text (a JSON body, a parameter): binaryReadings.
  const readingAt = binaryReadings(schema as unknown as OpenApiDocument);
  const resolved = new Map<string, unknown>();
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema),
    // A free-form object is `Record<string, unknown>`, not `Record<string, never>` (see closedEmptyObject).
    emptyObjectsUnknown: true,
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
    transform: (schemaObject, options) => binaryAsBlob(schemaObject, () => readingAt(options.path ?? '')) ?? closedEmptyObject(schemaObject),
    // `$Read`/`$Write` markers (with the `Readable`/`Writable` helpers the client wraps its types in) only when
    // the document uses readOnly/writeOnly: other clients keep their plain types and type-checking cost.
    readWriteMarkers: usesReadWriteMarkers(schema as never),
    conditionalEnums: false,
    rootTypesKeepCasing: false,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    // Each `$ref` is resolved once: the transformers resolve the same few thousand again and again, and nothing
    // changes the document while they run. A reference that throws is not kept (it throws again, the same way).
    resolve<T>($ref: string): T | undefined {
      let target = resolved.get($ref) as T | undefined;
      if (target === undefined) resolved.set($ref, (target = resolveRef<T>(schema, $ref, { silent: true })));
      return target;
    },
  };
}

/** An error thrown while typing, as a GeneratorError at the schema openapi-typescript names (`... at #/components/schemas/X`). */
export function typingError(error: unknown, file: string): GeneratorError {
  const message = error instanceof RangeError ? 'the document nests too deeply' : (error as Error).message;
  const at = / at #(\/\S*)$/.exec(message);
  const reason = at ? message.slice(0, at.index) : message;
  return new GeneratorError(`openapi-typescript could not type the spec: ${reason}`, at ? { file, pointer: at[1] } : { file }, { cause: error });
}
