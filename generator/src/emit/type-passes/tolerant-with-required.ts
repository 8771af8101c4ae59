import { openapiTypescript } from '../../libraries/openapi-typescript.js';
import type * as TS from 'typescript';
import { ts } from '../../libraries/typescript.js';

const { stringToAST } = openapiTypescript;

/**
 * Node pass. openapi-typescript's helper for `allOf` members with `required` is `WithRequired<T, K extends keyof T>`,
 * which does not compile when T is a nullable schema (`keyof (X | null)` is `never`; seen in Plaid's spec). The same
 * helper over `NonNullable<T>` types the same for every other T, so it replaces openapi-typescript's.
 */
export function tolerantWithRequired(nodes: TS.Node[]): TS.Node[] {
  return nodes.map((node) => (ts.isTypeAliasDeclaration(node) && node.name.text === 'WithRequired' ? TOLERANT_WITH_REQUIRED : node));
}

const TOLERANT_WITH_REQUIRED = stringToAST('type WithRequired<T, K extends keyof NonNullable<T>> = T & { [P in K]-?: NonNullable<T>[P] };')[0] as TS.Node;
