import type * as TS from 'typescript';
import { ts } from '../../libraries/typescript.js';
import { splitPointer, type OpenApiDocument } from '../../document/index.js';

/**
 * Node pass. openapi-typescript adds a schema's discriminator property (`class: "AddMediaIntent"`) to the schemas a
 * discriminator applies to, also when the schema declares that property itself, so the type literal holds the
 * member twice and does not compile (TS2300; seen in Apple's SiriKit spec on APIs.guru). Within each type literal,
 * the first member of a name is kept: the one openapi-typescript added, which is the narrower literal type.
 *
 * `discriminated` are the refs openapi-typescript's scanDiscriminators found (the schemas it may add a property
 * to). Only the types holding them are walked: a component schema, or a path and its operation (GitHub's spec has
 * 4 such schemas, inline in responses; walking all its types would cost 0.2 s). Anything else walks everything.
 */
export function dedupeTypeMembers(nodes: TS.Node[], discriminated: readonly string[], operationIdOf: (path: string, method: string) => string | undefined): TS.Node[] {
  if (discriminated.length === 0) return nodes;
  const targets: Record<'components' | 'paths' | 'operations', Set<string>> = { components: new Set(), paths: new Set(), operations: new Set() };
  for (const ref of discriminated) {
    const [root, first, second] = splitPointer(ref);
    if (root === 'components' && first === 'schemas' && second !== undefined) targets.components.add(second);
    else if (root === 'paths' && first !== undefined) {
      targets.paths.add(first);
      const operationId = second === undefined ? undefined : operationIdOf(first, second);
      if (operationId !== undefined) targets.operations.add(operationId);
    } else return transform(nodes);
  }
  const f = ts.factory;
  /** The interface with the named members' types deduplicated (for `components`, the members of `schemas`). */
  const inMembers = (node: TS.InterfaceDeclaration | TS.TypeLiteralNode, names: Set<string>): TS.NodeArray<TS.TypeElement> =>
    f.createNodeArray(
      node.members.map((member) => {
        const name = memberName(member);
        if (!ts.isPropertySignature(member) || name === undefined || !names.has(name) || !member.type) return member;
        return f.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, transform([member.type])[0] as TS.TypeNode);
      }),
    );
  return nodes.map((node) => {
    if (!ts.isInterfaceDeclaration(node)) return node;
    const update = (members: TS.NodeArray<TS.TypeElement>) =>
      f.updateInterfaceDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
    const name = node.name.text;
    if (name === 'paths' || name === 'operations') return targets[name].size > 0 ? update(inMembers(node, targets[name])) : node;
    if (name !== 'components' || targets.components.size === 0) return node;
    return update(
      f.createNodeArray(
        node.members.map((member) => {
          if (!ts.isPropertySignature(member) || memberName(member) !== 'schemas' || !member.type || !ts.isTypeLiteralNode(member.type)) return member;
          const schemas = f.updateTypeLiteralNode(member.type, inMembers(member.type, targets.components));
          return f.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, schemas);
        }),
      ),
    );
  });
}

/** The operationId of `document`'s operation at `path` and `method` (the lookup dedupeTypeMembers takes). */
export function operationIdLookup(document: OpenApiDocument): (path: string, method: string) => string | undefined {
  return (path, method) => {
    const id = (document.paths?.[path]?.[method] as Record<string, unknown> | undefined)?.operationId;
    return typeof id === 'string' ? id : undefined;
  };
}

function memberName(member: TS.TypeElement): string | undefined {
  const name = member.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** Every type literal below `nodes`, each keeping the first member of every name. */
function transform(nodes: TS.Node[]): TS.Node[] {
  const result = ts.transform(nodes, [
    (context) => (root) => {
      const visit = (node: TS.Node): TS.Node => {
        const visited = ts.visitEachChild(node, visit, context);
        if (!ts.isTypeLiteralNode(visited)) return visited;
        const seen = new Set<string>();
        const members = visited.members.filter((member) => {
          const name = memberName(member);
          if (name === undefined) return true;
          if (seen.has(name)) return false;
          seen.add(name);
          return true;
        });
        return members.length === visited.members.length ? visited : context.factory.updateTypeLiteralNode(visited, context.factory.createNodeArray(members));
      };
      return ts.visitNode(root, visit) as TS.Node;
    },
  ]);
  const transformed = [...result.transformed];
  result.dispose();
  return transformed;
}
