import type * as TS from 'typescript';
import { ts } from '../libraries/typescript.js';
import { GeneratorError } from '../errors.js';

/** Top-level statements each generated source may hold; anything else means spec text became code. */
const ALLOWED_STATEMENTS: Record<string, readonly TS.SyntaxKind[]> = {
  'src/schema.ts': [ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration],
  'src/client.ts': [
    ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.InterfaceDeclaration,
    ts.SyntaxKind.TypeAliasDeclaration,
    ts.SyntaxKind.VariableStatement,
    ts.SyntaxKind.ClassDeclaration,
    // Each operation's standalone function.
    ts.SyntaxKind.FunctionDeclaration,
  ],
  'src/index.ts': [ts.SyntaxKind.ExportDeclaration],
};

/**
 * A last line of defence: every generated TypeScript file must parse without errors and hold only the kinds
 * of statements we emit. Every emitter escapes what it takes from the spec; this catches a case one missed
 * (or a dependency's) before it reaches disk, instead of shipping a client that does not compile or, worse,
 * runs text from the spec. JSDoc is not parsed: what is inside a comment cannot make code, and a `*` `/` that
 * ends one early leaves the rest to the parser.
 */
export function verifyGeneratedSource(path: string, content: string, specFile: string): void {
  const allowed = ALLOWED_STATEMENTS[path];
  if (!allowed) throw new Error(`internal error: no statement kinds are listed for ${path}`);
  const source = ts.createSourceFile(
    path,
    content,
    { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
    ts.ScriptKind.TS,
  );
  const problem = findProblem(source, allowed);
  if (problem === undefined) return;
  const { line } = source.getLineAndCharacterOfPosition(problem.offset);
  throw new GeneratorError(
    `internal error: the generated ${path} is not valid (line ${line + 1}: ${problem.text}); nothing was written. Please report this with the spec`,
    { file: specFile },
  );
}

function findProblem(source: TS.SourceFile, allowed: readonly TS.SyntaxKind[]): { text: string; offset: number } | undefined {
  const diagnostics = (source as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const first = diagnostics[0];
  if (first) return { text: ts.flattenDiagnosticMessageText(first.messageText, ' '), offset: first.start };
  const statement = source.statements.find((node) => !allowed.includes(node.kind));
  if (statement) return { text: `unexpected ${ts.SyntaxKind[statement.kind]}`, offset: statement.getStart(source) };
  return undefined;
}
