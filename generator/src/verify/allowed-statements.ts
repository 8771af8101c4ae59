/** Top-level statements each generated source may hold (TypeScript's SyntaxKind names); anything else means spec text became code. */
const ALLOWED_STATEMENTS: Record<string, readonly string[]> = {
  'src/schema.ts': ['InterfaceDeclaration', 'TypeAliasDeclaration'],
  // Each operation's standalone function is a FunctionDeclaration.
  'src/client.ts': ['ImportDeclaration', 'InterfaceDeclaration', 'TypeAliasDeclaration', 'VariableStatement', 'ClassDeclaration', 'FunctionDeclaration'],
  'src/index.ts': ['ExportDeclaration'],
};

/** The statement kinds `path` may hold; throws for a file no list is kept for (a generator bug, not the spec's). */
export function allowedStatements(path: string): readonly string[] {
  const allowed = ALLOWED_STATEMENTS[path];
  if (!allowed) throw new Error(`internal error: no statement kinds are listed for ${path}`);
  return allowed;
}
