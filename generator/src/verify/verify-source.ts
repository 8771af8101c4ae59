import ts from 'typescript';
import { findGeneratedCodeProblem, generatedCodeError } from './generated-code.js';

/** Parses a generated file (without JSDoc: a comment's inside cannot make code) and throws if it is not valid. */
export function verifyGeneratedSource(path: string, content: string, specFile: string): void {
  const source = ts.createSourceFile(
    path,
    content,
    { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
    ts.ScriptKind.TS,
  );
  const problem = findGeneratedCodeProblem(path, source, ts.SyntaxKind as unknown as Record<string, number>);
  if (problem !== undefined) throw generatedCodeError(path, problem, specFile);
}

