import ts from 'typescript';

const SCHEMA_REF_PREFIX = '#/components/schemas/';

/**
 * openapi-typescript adds a schema's discriminator property (`class: "AddMediaIntent"`) to the schemas a
 * discriminator applies to, also when the schema declares that property itself, so the type literal holds the
 * member twice and does not compile (TS2300; seen in Apple's SiriKit spec on APIs.guru). Within each type literal,
 * the first member of a name is kept: the one openapi-typescript added, which is the narrower literal type.
 *
 * `discriminated` are the refs openapi-typescript's scanDiscriminators found (the schemas it may add a property
 * to). When they are all component schemas only their types are walked (GitHub's spec: 4 of 1,000); otherwise,
 * and only then, everything is.
 */
export function dedupeTypeMembers(nodes: ts.Node[], discriminated: readonly string[]): ts.Node[] {
  if (discriminated.length === 0) return nodes;
  const names = new Set<string>();
  for (const ref of discriminated) {
    const name = ref.startsWith(SCHEMA_REF_PREFIX) ? ref.slice(SCHEMA_REF_PREFIX.length) : undefined;
    if (name === undefined || name.includes('/')) return transform(nodes);
    names.add(name.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return nodes.map((node) => (isComponentsInterface(node) ? dedupeInSchemas(node, names) : node));
}

function isComponentsInterface(node: ts.Node): node is ts.InterfaceDeclaration {
  return ts.isInterfaceDeclaration(node) && node.name.text === 'components';
}

/** The `components` interface with the types of the named schemas deduplicated. */
function dedupeInSchemas(components: ts.InterfaceDeclaration, names: Set<string>): ts.InterfaceDeclaration {
  const f = ts.factory;
  const members = components.members.map((member) => {
    if (!ts.isPropertySignature(member) || memberName(member) !== 'schemas' || !member.type || !ts.isTypeLiteralNode(member.type)) return member;
    const schemas = member.type.members.map((schema) => {
      const name = memberName(schema);
      if (!ts.isPropertySignature(schema) || name === undefined || !names.has(name) || !schema.type) return schema;
      return f.updatePropertySignature(schema, schema.modifiers, schema.name, schema.questionToken, transform([schema.type])[0] as ts.TypeNode);
    });
    return f.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, f.updateTypeLiteralNode(member.type, f.createNodeArray(schemas)));
  });
  return f.updateInterfaceDeclaration(components, components.modifiers, components.name, components.typeParameters, components.heritageClauses, members);
}

function memberName(member: ts.TypeElement): string | undefined {
  const name = member.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** Every type literal below `nodes`, each keeping the first member of every name. */
function transform(nodes: ts.Node[]): ts.Node[] {
  const result = ts.transform(nodes, [
    (context) => (root) => {
      const visit = (node: ts.Node): ts.Node => {
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
      return ts.visitNode(root, visit) as ts.Node;
    },
  ]);
  const transformed = [...result.transformed];
  result.dispose();
  return transformed;
}
