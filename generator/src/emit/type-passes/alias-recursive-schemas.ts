import type * as TS from 'typescript';
import { ts } from '../../libraries/typescript.js';
import { forEachObject, type OpenApiDocument } from '../../document/index.js';
import { componentSchemas, schemaNameOf, type JsonObject } from './component-schemas.js';

/**
 * Node pass, in two halves. A recursive component schema (one in a cycle of references) becomes a module-level
 * type alias that refers to itself by name, since TypeScript rejects `components["schemas"]["Tree"][]` inside
 * `Tree` itself (openapi-typescript issue #1603). recursiveSchemaNames finds them in the document,
 * aliasRecursiveSchemas rewrites openapi-typescript's nodes.
 */

/** Every component schema that a schema refers to anywhere inside it. */
function allRefs(schema: unknown, schemas: JsonObject): Set<string> {
  const targets = new Set<string>();
  forEachObject(schema, (object) => {
    const target = schemaNameOf(object.$ref, schemas);
    if (target !== undefined) targets.add(target);
  });
  return targets;
}

/** Component schemas that take part in a cycle of references (strongly connected components; Tarjan, iterative). */
export function recursiveSchemaNames(document: OpenApiDocument): string[] {
  const schemas = componentSchemas(document);
  const names = Object.keys(schemas);
  const edges = new Map(names.map((name) => [name, [...allRefs(schemas[name], schemas)]]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const recursive = new Set<string>();
  let counter = 0;
  for (const root of names) {
    if (index.has(root)) continue;
    const work: { name: string; next: number }[] = [{ name: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.name)!;
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ name: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.name, Math.min(low.get(frame.name)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.name, Math.min(low.get(parent.name)!, low.get(frame.name)!));
      if (low.get(frame.name) === index.get(frame.name)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.name);
        if (component.length > 1 || targets.includes(frame.name)) for (const name of component) recursive.add(name);
      }
    }
  }
  return names.filter((name) => recursive.has(name));
}

/**
 * Moves each recursive schema's type out of `components.schemas` into a module-level alias (`type
 * Schema$Tree = ...`), and inside those aliases refers to recursive schemas by alias name. The
 * `components["schemas"]["Tree"]` type callers use is unchanged: it is the alias.
 */
export function aliasRecursiveSchemas(nodes: TS.Node[], recursive: string[]): TS.Node[] {
  if (recursive.length === 0) return nodes;
  const aliasNames = new Map<string, string>();
  const taken = new Set(['paths', 'webhooks', 'components', '$defs', 'operations']);
  for (const name of recursive) {
    const base = `Schema$${name.replace(/[^A-Za-z0-9_$]/g, '_')}`;
    let alias = base;
    for (let counter = 2; taken.has(alias); counter++) alias = `${base}_${counter}`;
    taken.add(alias);
    aliasNames.set(name, alias);
  }
  const f = ts.factory;
  const aliases: TS.TypeAliasDeclaration[] = [];
  const rewrite = (type: TS.TypeNode): TS.TypeNode => {
    const result = ts.transform(type, [
      (context) => (root) => {
        const visit = (node: TS.Node): TS.Node => {
          const target = schemaIndexTarget(node);
          const alias = target === undefined ? undefined : aliasNames.get(target);
          if (alias !== undefined) return f.createTypeReferenceNode(alias);
          return ts.visitEachChild(node, visit, context);
        };
        return ts.visitNode(root, visit) as TS.TypeNode;
      },
    ]);
    const transformed = result.transformed[0]!;
    result.dispose();
    return transformed;
  };
  const rewriteSchemas = (schemasType: TS.TypeLiteralNode): TS.TypeLiteralNode =>
    f.updateTypeLiteralNode(
      schemasType,
      f.createNodeArray(
        schemasType.members.map((member) => {
          if (!ts.isPropertySignature(member) || !member.type) return member;
          const name = propertyNameText(member.name);
          const alias = name === undefined ? undefined : aliasNames.get(name);
          if (alias === undefined) return member;
          aliases.push(f.createTypeAliasDeclaration(undefined, alias, undefined, rewrite(member.type)));
          return f.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, f.createTypeReferenceNode(alias));
        }),
      ),
    );
  const result = nodes.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'components') return node;
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || propertyNameText(member.name) !== 'schemas' || !member.type || !ts.isTypeLiteralNode(member.type)) {
        return member;
      }
      return f.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, rewriteSchemas(member.type));
    });
    return f.updateInterfaceDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
  });
  const componentsIndex = result.findIndex((node) => ts.isInterfaceDeclaration(node) && node.name.text === 'components');
  result.splice(componentsIndex + 1, 0, ...aliases);
  return result;
}

function propertyNameText(name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** `X` for the type node `components["schemas"]["X"]`. */
export function schemaIndexTarget(node: TS.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const outer = literalText(node.indexType);
  const inner = node.objectType;
  if (outer === undefined || !ts.isIndexedAccessTypeNode(inner) || literalText(inner.indexType) !== 'schemas') return undefined;
  const root = inner.objectType;
  if (!ts.isTypeReferenceNode(root) || !ts.isIdentifier(root.typeName) || root.typeName.text !== 'components') return undefined;
  return outer;
}

function literalText(node: TS.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}
