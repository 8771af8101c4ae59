import { oxcParser, type OxcParser } from '../libraries/oxc-parser.js';
import { allowedStatements } from './allowed-statements.js';

/**
 * The kind of declaration (TypeScript's SyntaxKind name, as allowedStatements lists them) a top-level import or export
 * statement is, read from its first words; a statement that matches none is not accepted here.
 */
const KIND_BY_START: readonly (readonly [RegExp, string])[] = [
  // `import x = require(…)` (ImportEqualsDeclaration) matches none: `=` follows the name.
  [/^import\s+(?:['"]|(?:type\s+)?(?:[{*]|[\w$]+\s*(?:,|from\b)))/, 'ImportDeclaration'],
  [/^export\s+(?:type\s+)?[{*]/, 'ExportDeclaration'],
  [/^export\s+interface\s/, 'InterfaceDeclaration'],
  [/^export\s+type\s/, 'TypeAliasDeclaration'],
  [/^export\s+(?:let|var|const(?!\s+enum\b))\s/, 'VariableStatement'],
  [/^export\s+(?:abstract\s+)?class\s/, 'ClassDeclaration'],
  [/^export\s+(?:async\s+)?function[\s*]/, 'FunctionDeclaration'],
];

/**
 * Where an unexported top-level declaration may begin in a gap between exports: the gap's first statement, or a line
 * that starts with a declaration that `export ` in front of keeps of the same kind (not a block, which would become
 * an export list).
 */
const DECLARATION_START = /(^|\n)(?=(?:const|let|var|type|interface|class|abstract|async) |function[ *])/g;

/** Whitespace and comments, from where the pattern is set to start (`lastIndex`). */
const TRIVIA = /(?:\s+|\/\*[\s\S]*?\*\/|\/\/[^\n\r\u2028\u2029]*)*/y;

/**
 * Whether oxc's parser (native, on a thread of its own) finds `content` valid TypeScript holding only top-level
 * statements of the kinds `path` may hold: then verifyGeneratedSource would find no problem, and TypeScript's own
 * parse of the file (about 0.5 s of this thread for each of GitHub's 5 MB files) is not needed. False when it
 * finds anything else or cannot run; the caller then runs verifyGeneratedSource, which decides, with TypeScript's
 * message and line. So a file is refused only by TypeScript, and accepted here only when two parsers agree on it
 * being free of syntax errors.
 *
 * oxc lists a module's import and export statements; every other top-level statement lies in a gap between them.
 * The gaps are parsed once more (all in one file) with `export ` put before each gap's first statement and before
 * each line in it that starts a declaration (DECLARATION_START), and there every statement must have become an
 * export of an allowed kind: any other statement (say, text from the spec that escaped a comment) stays unexported
 * and fails the check. `export ` put where no statement began makes a syntax error or changes the text of a comment
 * or string, never the kind of a statement.
 */
export async function quickAccept(path: string, content: string): Promise<boolean> {
  const allowed = allowedStatements(path);
  const allowedKind = (kind: string | undefined): boolean => kind !== undefined && allowed.includes(kind);
  try {
    const parse = await oxcParser();
    if (!parse) return false;
    const file = await topLevel(parse, path, content);
    if (!file || !file.kinds.every(allowedKind)) return false;
    if (file.unexported.length === 0) return true;
    const exported = await topLevel(parse, path, file.unexported.map((statements) => statements.replace(DECLARATION_START, '$1export ')).join('\n'));
    // An export list there could only have come from a statement that was none (see DECLARATION_START).
    return exported !== undefined && exported.unexported.length === 0 && exported.kinds.every((kind) => kind !== 'ExportDeclaration' && allowedKind(kind));
  } catch {
    return false;
  }
}

interface TopLevel {
  /** The kind of each import and export statement, in order (undefined: none of KIND_BY_START). */
  kinds: (string | undefined)[];
  /** Each gap between them that holds more than whitespace and comments, from its first statement on. */
  unexported: string[];
}

/** The top-level statements of `text` as oxc parses it; undefined if it finds an error or overlapping statements. */
async function topLevel(parse: OxcParser, path: string, text: string): Promise<TopLevel | undefined> {
  const result = await parse(path, text);
  if (result.errors.length > 0) return undefined;
  const statements = [...result.module.staticImports, ...result.module.staticExports].map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  const kinds: (string | undefined)[] = [];
  const unexported: string[] = [];
  let at = 0;
  for (const { start, end } of [...statements, { start: text.length, end: text.length }]) {
    if (start < at) return undefined;
    const first = afterTrivia(text, at);
    if (first < start) unexported.push(text.slice(first, start));
    if (end > start) kinds.push(kindOf(text.slice(start, start + 40)));
    at = end;
  }
  return { kinds, unexported };
}

function kindOf(start: string): string | undefined {
  return KIND_BY_START.find(([pattern]) => pattern.test(start))?.[1];
}

/** The offset of the first character at or after `from` that is not whitespace or part of a comment. */
function afterTrivia(text: string, from: number): number {
  TRIVIA.lastIndex = from;
  TRIVIA.test(text);
  return TRIVIA.lastIndex;
}
