import type * as TS from 'typescript';
import { ts, tsPrinterHelpers, type CommentWriter } from '../libraries/typescript.js';
import { stringLiteral } from './type-expressions.js';

/**
 * The type declarations openapi-typescript and our node passes build, printed straight in the generated sources'
 * style (single quotes, 2-space indentation): the text TypeScript's printer gives them, with print-types.ts's
 * quote swap and halved indentation, produced in one pass without either. Each printer below is the one of
 * TypeScript's emitter (`emitTypeLiteral`, `emitUnionType`, ...) for that kind with its list format spelled out,
 * and the writer follows TypeScript's text writer (when a line starts, what `writeLine` skips); string escapes and
 * comment layout are TypeScript's own functions. What it does not know (another kind, a parsed node, emit flags,
 * a single-line or trailing comment, a line break inside a name) throws Unsupported, and printTypes prints that
 * statement with TypeScript's printer instead: coverage decides the speed, never the text.
 */

/** What the fast printer does not print; `reason` names it (for tests). */
export class Unsupported {
  constructor(readonly reason: string) {}
}

/** `text` as openapi-typescript's identifier-shaped string literal (its tsLiteral: an identifier named `"value"`) is printed, or undefined. */
export function literalIdentifierText(text: string): string | undefined {
  if (text.charCodeAt(0) !== DOUBLE_QUOTE || !/^".*"$/s.test(text)) return undefined;
  return stringLiteral(jsonString(text) ?? text);
}

/** A string literal as TypeScript prints a single-quoted one (`createStringLiteral(text, true)`). */
function singleQuoted(text: string): string {
  return `'${tsPrinterHelpers.escapeNonAsciiString(text, SINGLE_QUOTE)}'`;
}

/**
 * A printer for the statements of one file: `print` gives one top-level statement with the line break TypeScript's
 * statement list ends it with, or throws Unsupported. What repeats across a file (a description's comment at the
 * same depth, an enum value, a property name) is worked out once per printer.
 */
export function typeNodePrinter(): { print(statement: TS.Node): string } {
  const caches: Caches = { comments: [], literals: new Map(), identifiers: new Map() };
  return {
    print(statement) {
      const printer = new Printer(caches);
      printer.emit(statement);
      printer.w.writeLine();
      return printer.w.text;
    },
  };
}

interface LaidOut {
  text: string;
  lineStart: boolean;
  lead: number;
}

interface Caches {
  /** A comment as writeCommentRange writes it from the start of a line: by indentation, then by the comment's text. */
  comments: Map<string, LaidOut>[];
  literals: Map<string, string>;
  /** literalIdentifierText's answers for identifiers that start with `"`, null for a plain one. */
  identifiers: Map<string, string | null>;
}

const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const K = ts.SyntaxKind;

/** A synthesized `/*${commentText}*\/` as emitLeadingSynthesizedComment writes it (writeSynthesizedComment). */
function layOut(commentText: string, writer: CommentWriter): void {
  const text = `/*${commentText}*/`;
  tsPrinterHelpers.writeCommentRange(text, tsPrinterHelpers.computeLineStarts(text), writer, 0, text.length, '\n');
}

/** n - 2⌊n/4⌋ spaces: what halveIndentation leaves of a line's n leading spaces. */
const halved: string[] = [];
function halvedSpaces(n: number): string {
  return (halved[n] ??= ' '.repeat(n - 2 * Math.floor(n / 4)));
}

/**
 * TypeScript's text writer (createTextWriter), writing each line's leading spaces as halveIndentation would leave
 * them: the spaces a line starts with are counted in TypeScript's 4-space columns and written halved when the
 * line's first other character (or its end) comes.
 */
class Writer implements CommentWriter {
  text = '';
  private indent = 0;
  private lineStart = true;
  /** Leading spaces of the current line not written yet, or -1 once other text is on it. */
  private lead = 0;

  constructor(private readonly comments: Caches['comments']) {}

  /**
   * A `/* … *\/` comment, laid out by TypeScript's writeCommentRange. From the start of a line its text depends only
   * on the indentation, so it is laid out once per indentation and text (GitHub: 29,925 comments, 6,829 distinct).
   */
  comment(commentText: string): void {
    if (!this.lineStart) {
      layOut(commentText, this);
      return;
    }
    const known = (this.comments[this.indent] ??= new Map());
    let laidOut = known.get(commentText);
    if (laidOut === undefined) {
      const scratch = new Writer(this.comments);
      scratch.indent = this.indent;
      layOut(commentText, scratch);
      known.set(commentText, (laidOut = { text: scratch.text, lineStart: scratch.lineStart, lead: scratch.lead }));
    }
    this.text += laidOut.text;
    this.lineStart = laidOut.lineStart;
    this.lead = laidOut.lead;
  }

  write(s: string): void {
    if (s === '') return;
    if (this.lineStart) {
      this.lead += 4 * this.indent;
      this.lineStart = false;
    }
    this.put(s);
  }

  writeComment(s: string): void {
    this.write(s);
  }

  /** Text without the indentation (writeCommentRange's own spacing, and its empty lines). */
  rawWrite(s: string): void {
    if (s === '\n') {
      this.newLine();
      return;
    }
    if (LINE_BREAK.test(s)) throw new Unsupported('a line break in raw text');
    if (s !== '') this.put(s);
    this.lineStart = false;
  }

  writeLine(force?: boolean): void {
    if (force) throw new Unsupported('a forced line break');
    if (!this.lineStart) this.newLine();
  }

  getIndent(): number {
    return this.indent;
  }

  increaseIndent(): void {
    this.indent++;
  }

  decreaseIndent(): void {
    this.indent--;
  }

  private put(s: string): void {
    if (this.lead < 0) {
      this.text += s;
      return;
    }
    let spaces = 0;
    while (spaces < s.length && s.charCodeAt(spaces) === 32) spaces++;
    if (spaces === s.length) {
      this.lead += spaces;
      return;
    }
    this.text += halvedSpaces(this.lead + spaces) + (spaces === 0 ? s : s.slice(spaces));
    this.lead = -1;
  }

  private newLine(): void {
    if (this.lead > 0) this.text += halvedSpaces(this.lead);
    this.text += '\n';
    this.lead = 0;
    this.lineStart = true;
  }
}

type Print = (printer: Printer, node: never) => void;

/** The emitter's function for each kind the fast printer knows (the ones that reach printTypes). */
const PRINTERS: (Print | undefined)[] = [];
const on = <T extends TS.Node>(kind: TS.SyntaxKind, print: (printer: Printer, node: T) => void) => {
  PRINTERS[kind] = print as Print;
};
const kindName = (node: TS.Node) => K[node.kind];

class Printer {
  readonly w: Writer;

  constructor(private readonly caches: Caches) {
    this.w = new Writer(caches.comments);
  }

  /** TypeScript's emit pipeline for one node: print-types.ts's substitution, then leading comments, then the node. */
  emit(node: TS.Node | undefined): void {
    if (node === undefined) return;
    if (node.kind === K.StringLiteral) {
      const text = (node as TS.StringLiteral).text;
      let literal = this.caches.literals.get(text);
      if (literal === undefined) this.caches.literals.set(text, (literal = singleQuoted(text)));
      return this.substituted(node, literal);
    }
    if (node.kind === K.Identifier) {
      const text = (node as TS.Identifier).text;
      if (text.charCodeAt(0) === DOUBLE_QUOTE) {
        let literal = this.caches.identifiers.get(text);
        if (literal === undefined) this.caches.identifiers.set(text, (literal = literalIdentifierText(text) ?? null));
        if (literal !== null) return this.substituted(node, literal);
      }
      this.comments(node);
      if (LINE_BREAK.test(text)) throw new Unsupported('a line break in an identifier');
      this.w.write(text);
      return;
    }
    const print = PRINTERS[node.kind];
    if (print === undefined) throw new Unsupported(kindName(node));
    this.comments(node);
    print(this, node as never);
  }

  /**
   * A node the substitution hook replaces with a new one (which carries no comments or flags of its own); one that
   * carries any is left to TypeScript's printer.
   */
  private substituted(node: TS.Node, text: string): void {
    if ((node as { emitNode?: unknown }).emitNode !== undefined) throw new Unsupported(`${kindName(node)} with emit data`);
    this.w.write(text);
  }

  /**
   * The checks every other node passes (built by the factory, no position, no flags, no emit data but leading
   * comments), and its leading comments as emitLeadingSynthesizedComment writes them.
   */
  private comments(node: TS.Node): void {
    if (node.flags !== ts.NodeFlags.Synthesized || node.pos !== -1 || node.end !== -1) throw new Unsupported(`${kindName(node)} with flags ${node.flags} at ${node.pos}`);
    const emitNode = (node as { emitNode?: Record<string, unknown> }).emitNode;
    if (emitNode === undefined) return;
    for (const key in emitNode) {
      if (key !== 'leadingComments' && emitNode[key] !== undefined) throw new Unsupported(`${kindName(node)} with emitNode.${key}`);
    }
    for (const comment of ts.getSyntheticLeadingComments(node) ?? []) {
      if (comment.kind !== K.MultiLineCommentTrivia) throw new Unsupported('a single-line comment');
      if (comment.hasLeadingNewline) this.w.writeLine();
      this.w.comment(comment.text);
      if (comment.hasTrailingNewLine) this.w.writeLine();
      else this.w.write(' ');
    }
  }

  /** emitModifierList / emitDecoratorsAndModifiers (ListFormat.Modifiers): each modifier and a space after it. */
  modifiers(modifiers: readonly TS.ModifierLike[] | undefined): void {
    if (modifiers === undefined) return;
    for (const modifier of modifiers) {
      if (!ts.isModifier(modifier)) throw new Unsupported(kindName(modifier));
      this.emit(modifier);
      this.w.write(' ');
    }
  }

  /** A list TypeScript prints only when it has elements (type parameters, heritage clauses, initializers): none here. */
  none(list: unknown, what: string): void {
    if (list !== undefined && !(Array.isArray(list) && list.length === 0)) throw new Unsupported(what);
  }

  /** A single-line list (ListFormat.*TypeConstituents, TypeArguments, parameters): elements and delimiters only. */
  inline(nodes: readonly TS.Node[], delimiter: string): void {
    for (let i = 0; i < nodes.length; i++) {
      if (i > 0) this.w.write(delimiter);
      this.emit(nodes[i]);
    }
  }

  /**
   * A multi-line, indented list (InterfaceMembers, MultiLineTypeLiteralMembers, MultiLineTupleTypeElements): a line
   * per element. Empty, it is nothing when the format has OptionalIfEmpty, else one line break.
   */
  block(nodes: readonly TS.Node[], delimiter: string, optionalIfEmpty: boolean): void {
    if (nodes.length === 0) {
      if (!optionalIfEmpty) this.w.writeLine();
      return;
    }
    this.w.writeLine();
    this.w.increaseIndent();
    for (let i = 0; i < nodes.length; i++) {
      if (i > 0) {
        this.w.write(delimiter);
        this.w.writeLine();
      }
      this.emit(nodes[i]);
    }
    this.w.decreaseIndent();
    this.w.writeLine();
  }

  /** emitTypeAnnotation */
  typeAnnotation(type: TS.TypeNode | undefined): void {
    if (type === undefined) return;
    this.w.write(': ');
    this.emit(type);
  }
}

const text = (token: TS.SyntaxKind): string => {
  const spelled = ts.tokenToString(token);
  if (spelled === undefined) throw new Unsupported(K[token]);
  return spelled;
};

// Tokens: keyword types, `true`/`false`/`null`, modifiers and `?` (writeTokenNode).
for (const kind of [
  K.AnyKeyword, K.UnknownKeyword, K.NumberKeyword, K.BigIntKeyword, K.ObjectKeyword, K.BooleanKeyword, K.StringKeyword,
  K.SymbolKeyword, K.VoidKeyword, K.UndefinedKeyword, K.NeverKeyword, K.NullKeyword, K.TrueKeyword, K.FalseKeyword,
  K.ExportKeyword, K.DeclareKeyword, K.ReadonlyKeyword, K.QuestionToken,
]) {
  const spelled = text(kind);
  on(kind, (printer) => printer.w.write(spelled));
}

on<TS.InterfaceDeclaration>(K.InterfaceDeclaration, (printer, node) => {
  printer.modifiers(node.modifiers);
  printer.w.write('interface ');
  printer.emit(node.name);
  printer.none(node.typeParameters, 'type parameters');
  printer.none(node.heritageClauses, 'heritage clauses');
  printer.w.write(' {');
  printer.block(node.members, '', false);
  printer.w.write('}');
});

on<TS.TypeAliasDeclaration>(K.TypeAliasDeclaration, (printer, node) => {
  printer.modifiers(node.modifiers);
  printer.w.write('type ');
  printer.emit(node.name);
  printer.none(node.typeParameters, 'type parameters');
  printer.w.write(' = ');
  printer.emit(node.type);
  printer.w.write(';');
});

on<TS.PropertySignature>(K.PropertySignature, (printer, node) => {
  printer.modifiers(node.modifiers);
  printer.emit(node.name);
  printer.emit(node.questionToken);
  printer.typeAnnotation(node.type);
  printer.w.write(';');
});

on<TS.IndexSignatureDeclaration>(K.IndexSignature, (printer, node) => {
  printer.modifiers(node.modifiers);
  // ListFormat.IndexSignatureParameters: square brackets, comma-delimited, indented (for what wraps).
  printer.w.write('[');
  printer.w.increaseIndent();
  printer.inline(node.parameters, ', ');
  printer.w.decreaseIndent();
  printer.w.write(']');
  printer.typeAnnotation(node.type);
  printer.w.write(';');
});

on<TS.ParameterDeclaration>(K.Parameter, (printer, node) => {
  printer.modifiers(node.modifiers);
  if (node.dotDotDotToken !== undefined) throw new Unsupported('a rest parameter');
  if (!ts.isIdentifier(node.name)) throw new Unsupported(kindName(node.name));
  printer.emit(node.name);
  printer.emit(node.questionToken);
  printer.typeAnnotation(node.type);
  printer.none(node.initializer, 'an initializer');
});

on<TS.TypeLiteralNode>(K.TypeLiteral, (printer, node) => {
  printer.w.write('{');
  printer.block(node.members, '', true);
  printer.w.write('}');
});

on<TS.TupleTypeNode>(K.TupleType, (printer, node) => {
  // Its brackets are emitTokenWithComment's, which looks for comments in the source of a parsed original.
  if (ts.getParseTreeNode(node) !== undefined) throw new Unsupported('a tuple with a parsed original');
  printer.w.write('[');
  printer.block(node.elements, ',', false);
  printer.w.write(']');
});

on<TS.UnionTypeNode>(K.UnionType, (printer, node) => printer.inline(node.types, ' | '));
on<TS.IntersectionTypeNode>(K.IntersectionType, (printer, node) => printer.inline(node.types, ' & '));

on<TS.ArrayTypeNode>(K.ArrayType, (printer, node) => {
  printer.emit(node.elementType);
  printer.w.write('[]');
});

on<TS.ParenthesizedTypeNode>(K.ParenthesizedType, (printer, node) => {
  printer.w.write('(');
  printer.emit(node.type);
  printer.w.write(')');
});

on<TS.TypeReferenceNode>(K.TypeReference, (printer, node) => {
  if (!ts.isIdentifier(node.typeName)) throw new Unsupported(kindName(node.typeName));
  printer.emit(node.typeName);
  // ListFormat.TypeArguments: angle brackets, comma-delimited, nothing when empty.
  if (node.typeArguments === undefined || node.typeArguments.length === 0) return;
  printer.w.write('<');
  printer.inline(node.typeArguments, ', ');
  printer.w.write('>');
});

on<TS.IndexedAccessTypeNode>(K.IndexedAccessType, (printer, node) => {
  printer.emit(node.objectType);
  printer.w.write('[');
  printer.emit(node.indexType);
  printer.w.write(']');
});

on<TS.TypeOperatorNode>(K.TypeOperator, (printer, node) => {
  printer.w.write(text(node.operator));
  printer.w.write(' ');
  printer.emit(node.type);
});

on<TS.LiteralTypeNode>(K.LiteralType, (printer, node) => printer.emit(node.literal));

on<TS.NumericLiteral>(K.NumericLiteral, (printer, node) => {
  if (LINE_BREAK.test(node.text)) throw new Unsupported('a line break in a number');
  printer.w.write(node.text);
});

// `-1`: openapi-typescript's negative number (emitPrefixUnaryExpression; no space before a number operand).
on<TS.PrefixUnaryExpression>(K.PrefixUnaryExpression, (printer, node) => {
  if (node.operand.kind !== K.NumericLiteral) throw new Unsupported(`${K[node.operator]} before ${kindName(node.operand)}`);
  printer.w.write(text(node.operator));
  printer.emit(node.operand);
});

function jsonString(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
