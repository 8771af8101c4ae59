import type * as TS from 'typescript';
import { GeneratorError } from '../errors.js';
import { ts } from '../libraries/typescript.js';
import { allowedStatements } from './allowed-statements.js';
import { quickAccept } from './quick-accept.js';

export { quickAccept };

interface Problem {
  text: string;
  line: number;
}

/**
 * A last line of defence: every generated TypeScript file must parse without errors and hold only the kinds
 * of statements we emit. Every emitter escapes what it takes from the spec; this catches a case one missed
 * (or a dependency's) before it reaches disk, instead of shipping a client that does not compile or, worse,
 * runs text from the spec. JSDoc is not parsed: what is inside a comment cannot make code, and a `*` `/` that
 * ends one early leaves the rest to the parser.
 *
 * `accepted` is quickAccept's verdict on the same file, started as soon as the file existed: oxc's parse runs on a
 * thread of its own meanwhile. Only when it did not accept the file does TypeScript parse it here, and TypeScript's
 * verdict decides, with its message and line.
 */
export async function verifyGeneratedSource(path: string, content: string, specFile: string, accepted: Promise<boolean> = quickAccept(path, content)): Promise<void> {
  if (await accepted) return;
  const problem = findProblem(path, content);
  if (problem === undefined) return;
  throw new GeneratorError(
    `internal error: the generated ${path} is not valid (line ${problem.line}: ${problem.text}); nothing was written. Please report this with the spec`,
    { file: specFile },
  );
}

/** The first problem TypeScript's parser finds in `content`: a syntax error, or a statement of a kind `path` may not hold. */
export function findProblem(path: string, content: string): Problem | undefined {
  const allowed = new Set(allowedStatements(path).map((name) => ts.SyntaxKind[name as keyof typeof ts.SyntaxKind]));
  const source = ts.createSourceFile(path, content, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, ts.ScriptKind.TS);
  // Not in the .d.ts: the parser's own diagnostics, which are all a file parsed without a program has.
  const first = (source as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics?.[0];
  if (first) return { text: ts.flattenDiagnosticMessageText(first.messageText, ' '), line: source.getLineAndCharacterOfPosition(first.start).line + 1 };
  const statement = source.statements.find((node) => !allowed.has(node.kind));
  if (!statement) return undefined;
  return { text: `unexpected ${ts.SyntaxKind[statement.kind]}`, line: source.getLineAndCharacterOfPosition(statement.getStart(source)).line + 1 };
}
