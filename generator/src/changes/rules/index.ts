/**
 * The change rules, one per subject of a difference (one file each, like the contract suite's mutation
 * operators). Each decides the level of a difference from its direction: a request getting stricter breaks
 * callers, a response getting looser breaks them, the reverse never does.
 */
import type { ChangeRule, Subject } from '../types.js';
import { additionalPropertiesRule } from './additional-properties.js';
import { componentRule } from './component.js';
import { compositionBranchRule } from './composition-branch.js';
import { constraintRule } from './constraint.js';
import { defaultValueRule } from './default-value.js';
import { discriminatorRule } from './discriminator.js';
import { deprecationRule } from './deprecation.js';
import { documentationRule } from './documentation.js';
import { enumValueRule } from './enum-value.js';
import { extensionRule } from './extension.js';
import { keywordRule } from './keyword.js';
import { lifecycleRule } from './lifecycle.js';
import { mediaTypeRule } from './media-type.js';
import { nullableRule } from './nullable.js';
import { operationGroupRule } from './operation-group.js';
import { operationIdRule } from './operation-id.js';
import { operationRule } from './operation.js';
import { parameterRequiredRule } from './parameter-required.js';
import { parameterRule } from './parameter.js';
import { propertyRequiredRule } from './property-required.js';
import { propertyRule } from './property.js';
import { readWriteRule } from './read-write.js';
import { requestBodyRequiredRule } from './request-body-required.js';
import { requestBodyRule } from './request-body.js';
import { responseHeaderRequiredRule } from './response-header-required.js';
import { responseHeaderRule } from './response-header.js';
import { responseStatusRule } from './response-status.js';
import { securityRule } from './security.js';
import { serverRule } from './server.js';
import { typeRule } from './type.js';

export const CHANGE_RULES: readonly ChangeRule[] = [
  operationRule,
  operationIdRule,
  operationGroupRule,
  deprecationRule,
  lifecycleRule,
  parameterRule,
  parameterRequiredRule,
  requestBodyRule,
  requestBodyRequiredRule,
  propertyRule,
  propertyRequiredRule,
  enumValueRule,
  typeRule,
  nullableRule,
  constraintRule,
  compositionBranchRule,
  additionalPropertiesRule,
  discriminatorRule,
  readWriteRule,
  defaultValueRule,
  responseStatusRule,
  mediaTypeRule,
  responseHeaderRule,
  responseHeaderRequiredRule,
  securityRule,
  serverRule,
  documentationRule,
  extensionRule,
  keywordRule,
  componentRule,
];

export const RULE_BY_SUBJECT: ReadonlyMap<Subject, ChangeRule> = new Map(CHANGE_RULES.map((rule) => [rule.subject, rule]));
