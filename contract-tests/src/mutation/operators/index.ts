/**
 * Spec-mutation operators: each makes one edit a spec author could make, to check that the contract suite
 * fails on every edit that breaks the committed client (breaking) and on none that cannot (harmless).
 *
 * Operators are pure and deterministic: `apply` never touches its input, and picks its target as the first
 * place in document order where the edit applies (operations as written, methods in HTTP_METHODS order,
 * statuses and properties as written). It returns null when the document has no such place. Breaking
 * operators keep the document's own examples consistent with the edit where they can, so a mutant is caught
 * for the change itself rather than for an example it left stale.
 *
 * One module per area (like oasdiff's checkers): operation, parameter, request-body, response, response-header,
 * security, documentation; define.ts holds what they share. Each breaking operator names the rule that must catch it.
 */
import type { MutationOperator } from './define.js';
import { addExtension, changeExampleValue, editTagDescription, rewordOperationDocs } from './documentation.js';
import { addOperation, changeMethod, changeTag, removeOperation, renameOperationId, renamePath } from './operation.js';
import { addOptionalQueryParameter, addRequiredHeaderParameter, addRequiredPathParameter, addRequiredQueryParameter, changeParameterType, makeParameterRequired, removeParameter, removeRequestEnumValue, reorderParameters } from './parameter.js';
import { addRequiredRequestProperty, changeRequestPropertyType, makeRequestPropertyOptional, requireRequestBody } from './request-body.js';
import { addOptionalResponseProperty, addResponseEnumValue, addResponseStatus, changeArrayItemType, changeErrorBodySchema, changeResponsePropertyType, changeSuccessMediaType, removeNullable, removeResponseEnumValue, removeResponseProperty, removeResponseStatus, renameResponseProperty, reorderProperties, responsePropertyNoLongerRequired } from './response.js';
import { removeResponseHeader, renameResponseHeader } from './response-header.js';
import { addOperationSecurity, changeSecurityScheme, removeOperationSecurity } from './security.js';

export type { MutationCategory, MutationOperator, MutationResult } from './define.js';

/** Every operator, breaking ones first. */
export const operators: readonly MutationOperator[] = [
  removeOperation,
  addOperation,
  renamePath,
  changeMethod,
  renameOperationId,
  changeTag,
  addRequiredQueryParameter,
  addRequiredHeaderParameter,
  addRequiredPathParameter,
  removeParameter,
  changeParameterType,
  makeParameterRequired,
  removeRequestEnumValue,
  changeRequestPropertyType,
  addRequiredRequestProperty,
  requireRequestBody,
  removeResponseProperty,
  renameResponseProperty,
  changeResponsePropertyType,
  responsePropertyNoLongerRequired,
  removeResponseEnumValue,
  addResponseEnumValue,
  removeNullable,
  changeArrayItemType,
  removeResponseStatus,
  addResponseStatus,
  changeSuccessMediaType,
  changeErrorBodySchema,
  removeResponseHeader,
  renameResponseHeader,
  changeSecurityScheme,
  removeOperationSecurity,
  addOperationSecurity,
  rewordOperationDocs,
  changeExampleValue,
  addOptionalResponseProperty,
  addExtension,
  editTagDescription,
  addOptionalQueryParameter,
  makeRequestPropertyOptional,
  reorderProperties,
  reorderParameters,
];
