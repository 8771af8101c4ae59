import type * as TS from 'typescript';
import { GeneratorError } from '../errors.js';

/**
 * The parts of a TypeScript compiler API the check uses. The main thread passes `typescript` itself; the spec tasks'
 * worker passes ts-morph's copy, which it has loaded already (loading `typescript` as well would cost it ~0.15 s).
 * Syntax kinds are numbered differently from one TypeScript version to the next, so they are looked up by name.
 */
export interface TypeScriptParser {
  createSourceFile(fileName: string, text: string, options: { languageVersion: number; jsDocParsingMode?: number }, setParentNodes: boolean, scriptKind: number): ParsedFile;
  flattenDiagnosticMessageText(message: string | TS.DiagnosticMessageChain | undefined, newLine: string): string;
  ScriptTarget: { ES2022: number };
  ScriptKind: { TS: number };
  JSDocParsingMode: { ParseNone: number };
  SyntaxKind: Record<string, number | string>;
}

/** What the check reads of a parsed file (both TypeScript versions' SourceFile have it). */
interface ParsedFile {
  readonly statements: readonly { readonly kind: number; getStart(file: never): number }[];
  getLineAndCharacterOfPosition(position: number): { line: number };
}

/** Top-level statements each generated source may hold; anything else means spec text became code. */
const ALLOWED_STATEMENTS: Record<string, readonly string[]> = {
  'src/schema.ts': ['InterfaceDeclaration', 'TypeAliasDeclaration'],
  // Each operation's standalone function is a FunctionDeclaration.
  'src/client.ts': ['ImportDeclaration', 'InterfaceDeclaration', 'TypeAliasDeclaration', 'VariableStatement', 'ClassDeclaration', 'FunctionDeclaration'],
  'src/index.ts': ['ExportDeclaration'],
};

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
 * The wrapper is checked in parts by both threads at once (checkParts); a part that fails is confirmed on the whole
 * file with this function before anything is reported, so the message and line are the whole file's, and a boundary
 * that was no boundary cannot fail a valid file.
 */
export function verifyGeneratedSource(parser: TypeScriptParser, path: string, content: string, specFile: string): void {
  const problem = findProblem(parser, path, content);
  if (problem === undefined) return;
  throw new GeneratorError(
    `internal error: the generated ${path} is not valid (line ${problem.line}: ${problem.text}); nothing was written. Please report this with the spec`,
    { file: specFile },
  );
}

/** Parts schema.ts is checked in (memberRuns): measured on GitHub's spec, 48 took about 0.3 s where one took 0.47. */
const SCHEMA_PARTS = 48;

/**
 * verifyGeneratedSource for src/schema.ts, checked in parts (memberRuns); only if a part fails is the whole file
 * parsed, for the message and line of its first problem (a part that fails in a valid file passes then).
 */
export function verifySchemaSource(parser: TypeScriptParser, content: string, specFile: string): void {
  const { skeleton, runs } = memberRuns(content, SCHEMA_PARTS);
  if (isValidPart(parser, 'src/schema.ts', skeleton) && runs.every((run) => isValidMemberRun(parser, run))) return;
  verifyGeneratedSource(parser, 'src/schema.ts', content, specFile);
}

/**
 * Checks parts of `content` (between consecutive `bounds`, from statementBoundaries) until none is left: `take`
 * hands out the index of the next part no thread has taken yet, so two threads share the parts by how soon each is
 * free. False if a part this thread took did not parse alone or held a statement of another kind.
 */
export function checkParts(parser: TypeScriptParser, path: string, content: string, bounds: readonly number[], take: () => number): boolean {
  let valid = true;
  for (let part = take(); part < bounds.length - 1; part = take()) {
    if (!isValidPart(parser, path, content.slice(bounds[part], bounds[part + 1]))) valid = false;
  }
  return valid;
}

/** Whether `text`, on its own, parses and holds only the statement kinds `path` may hold. */
export function isValidPart(parser: TypeScriptParser, path: string, text: string): boolean {
  return findProblem(parser, path, text) === undefined;
}

/** Where to cut `content` into about `parts` parts at statement boundaries: 0, the boundaries, and its length. */
export function statementBoundaries(content: string, parts: number): number[] {
  const bounds = [0];
  for (let index = 1; index < parts; index++) {
    const at = statementBoundary(content, index / parts);
    if (at > bounds.at(-1)! && at < content.length) bounds.push(at);
  }
  bounds.push(content.length);
  return bounds;
}

/** Lines a generated file's top-level statements start with, at column 0: what a part may begin with. */
const STATEMENT_START = /^(?:\/\*\*|\/\/ |export |const |import |type |interface |class |function )/;

/**
 * An offset at or after `fraction` of `content` where one top-level statement has ended and the next begins: a
 * blank line after a line ending in `;` or `}`, before a line that starts a declaration or its comment. The text on
 * either side then parses alone exactly when it parses in place (a complete statement cannot run on into the next).
 * `content.length` when there is none.
 */
export function statementBoundary(content: string, fraction: number): number {
  let at = content.indexOf('\n\n', Math.floor(content.length * fraction));
  while (at > 0) {
    const last = content.charCodeAt(at - 1);
    const next = at + 2;
    if ((last === 0x3b /* ; */ || last === 0x7d /* } */) && STATEMENT_START.test(content.slice(next, next + 12))) return next;
    at = content.indexOf('\n\n', at + 1);
  }
  return content.length;
}

/**
 * schema.ts in parts. Its few top-level statements are huge interfaces (`paths`, `components`, `operations`), so
 * the parts are runs of their members instead: a run starts at a member at depth 1 or 2 (2 or 4 spaces, the
 * printer's indentation) after a member that ended (`;`), and holds only lines indented at least that deep (it never
 * leaves its container). Each run is checked inside `interface Part { … }`, where it must make exactly that one
 * declaration, so it is a balanced list of members and parses the same in place; the `skeleton` (the file without
 * the runs) is checked as a file. A 5 MB parse keeps its whole tree alive through every young-generation
 * collection while it grows; parts of a few hundred kB die young (about a third less time in all).
 */
export function memberRuns(content: string, parts: number): { skeleton: string; runs: string[] } {
  const starts = [0];
  for (let at = content.indexOf('\n'); at !== -1 && at < content.length - 1; at = content.indexOf('\n', at + 1)) starts.push(at + 1);
  const indentOf = (line: number): number => {
    let index = starts[line]!;
    while (content.charCodeAt(index) === 0x20) index++;
    return index - starts[line]!;
  };
  // A member starts a line at its depth right after a line at the same depth that ended one (in `;`).
  const startsMember = (line: number, depth: number): boolean => indentOf(line) === depth && indentOf(line - 1) === depth && content.charCodeAt(starts[line]! - 2) === 0x3b; /* ; */
  const memberStartAfter = (fromLine: number): number | undefined => {
    for (let line = Math.max(fromLine, 1); line < starts.length; line++) if (startsMember(line, 2) || startsMember(line, 4)) return line;
    return undefined;
  };
  const runs: string[] = [];
  let skeleton = '';
  let kept = 0;
  let line = memberStartAfter(1);
  const step = Math.max(1, Math.floor(starts.length / parts));
  while (line !== undefined) {
    const depth = indentOf(line);
    // The run ends at the last member start of its container within about `step` lines.
    let end = line;
    for (let next = line + 1; next < starts.length && next - line <= step; next++) {
      const indent = indentOf(next);
      if (indent < depth) break;
      if (startsMember(next, depth)) end = next;
    }
    if (end > line) {
      skeleton += content.slice(kept, starts[line]);
      runs.push(content.slice(starts[line], starts[end]));
      kept = starts[end]!;
    }
    line = memberStartAfter(Math.max(end, line + 1));
  }
  return { skeleton: skeleton + content.slice(kept), runs };
}

/** Whether a run of members (memberRuns) is exactly the members of one interface. */
export function isValidMemberRun(parser: TypeScriptParser, run: string): boolean {
  const { source, diagnostics } = parse(parser, 'part.ts', `interface Part {\n${run}}\n`);
  return diagnostics.length === 0 && source.statements.length === 1 && source.statements[0]!.kind === parser.SyntaxKind.InterfaceDeclaration;
}

function findProblem(parser: TypeScriptParser, path: string, content: string): Problem | undefined {
  const allowedNames = ALLOWED_STATEMENTS[path];
  if (!allowedNames) throw new Error(`internal error: no statement kinds are listed for ${path}`);
  const { source, diagnostics } = parse(parser, path, content);
  const first = diagnostics[0];
  if (first) return { text: parser.flattenDiagnosticMessageText(first.messageText, ' '), line: source.getLineAndCharacterOfPosition(first.start).line + 1 };
  const allowed = new Set(allowedNames.map((name) => parser.SyntaxKind[name]));
  const statement = source.statements.find((node) => !allowed.has(node.kind));
  if (!statement) return undefined;
  return { text: `unexpected ${String(parser.SyntaxKind[statement.kind])}`, line: source.getLineAndCharacterOfPosition(statement.getStart(source as never)).line + 1 };
}

/** `text` parsed as a TypeScript file, JSDoc unparsed, with the parser's diagnostics. */
function parse(parser: TypeScriptParser, fileName: string, text: string): { source: ParsedFile; diagnostics: readonly TS.DiagnosticWithLocation[] } {
  const source = parser.createSourceFile(fileName, text, { languageVersion: parser.ScriptTarget.ES2022, jsDocParsingMode: parser.JSDocParsingMode.ParseNone }, false, parser.ScriptKind.TS);
  // Not in the .d.ts: the parser's own diagnostics, which are all a file parsed without a program has.
  return { source, diagnostics: (source as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [] };
}
