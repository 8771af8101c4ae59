import type ts from 'typescript';
import { GeneratorError } from '../errors.js';

/**
 * A last line of defence: every generated TypeScript file must parse without errors and hold only the kinds
 * of statements we emit. Every emitter escapes what it takes from the spec; this catches a case one missed
 * (or a dependency's) before it reaches disk, instead of shipping a client that does not compile or, worse,
 * runs text from the spec.
 */

/** Top-level statements each generated source may hold (SyntaxKind names: ts-morph bundles another TypeScript). */
const ALLOWED_STATEMENTS: Record<string, readonly string[]> = {
  'src/schema.ts': ['InterfaceDeclaration', 'TypeAliasDeclaration'],
  'src/client.ts': ['ImportDeclaration', 'TypeAliasDeclaration', 'VariableStatement', 'ClassDeclaration'],
  'src/index.ts': ['ExportDeclaration'],
};

/** The generated files this check applies to. */
export function isVerifiedSource(path: string): boolean {
  return path in ALLOWED_STATEMENTS;
}

/**
 * What is wrong with an already parsed generated file, if anything. `syntaxKind` is the SyntaxKind enum of the
 * TypeScript that parsed it, so a tree ts-morph (its own bundled TypeScript) already built is checked as is.
 */
export function findGeneratedCodeProblem(
  path: string,
  source: ts.SourceFile,
  syntaxKind: Record<string, string | number>,
): string | undefined {
  const allowed = new Set((ALLOWED_STATEMENTS[path] ?? []).map((name) => syntaxKind[name]));
  const diagnostics = (source as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const first = diagnostics[0];
  if (first) {
    const message = typeof first.messageText === 'string' ? first.messageText : first.messageText.messageText;
    return `line ${lineOf(source, first.start)}: ${message}`;
  }
  const statement = source.statements.find((node) => !allowed.has(node.kind));
  if (statement) return `line ${lineOf(source, statement.getStart(source))}: unexpected ${syntaxKind[statement.kind]}`;
  return undefined;
}

export function generatedCodeError(path: string, problem: string, specFile: string): GeneratorError {
  return new GeneratorError(
    `internal error: the generated ${path} is not valid (${problem}); nothing was written. Please report this with the spec`,
    { file: specFile },
  );
}

function lineOf(source: ts.SourceFile, offset: number): number {
  return source.getLineAndCharacterOfPosition(offset).line + 1;
}
