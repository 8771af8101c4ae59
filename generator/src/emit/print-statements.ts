import type { StatementStructures, WriterFunction } from 'ts-morph';
import { tsMorph } from '../libraries/ts-morph.js';

const { printStructure, StructureKind } = tsMorph;

/** A top-level statement: a structure, or text printed as it is. */
export type Statement = string | WriterFunction | StatementStructures;

const OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;

/**
 * A source file of `statements`, laid out by ts-morph's source-file printer, in the style of every generated
 * source (2-space indentation, single quotes). Text statements (most of the wrapper: its type aliases, functions and
 * group classes, declaration-text.ts) would go through ts-morph's writer, which looks at every character to keep
 * track of strings and comments (a third of the wrapper's time on GitHub's spec, for text that needs none of it):
 * ts-morph lays out a short stand-in for each (a comment, plus the text's closing `}` and its leading and trailing
 * line breaks, which are all its layout looks at) and the text takes its place afterwards. Should a structure's own
 * text contain a stand-in (spec text in a string literal could), the file is printed with the texts themselves.
 */
export function printStatements(statements: readonly Statement[]): string {
  const texts: string[] = [];
  const standIns = statements.map((statement) => (typeof statement === 'string' ? standIn(statement, texts) : statement));
  const laidOut = printStructure({ kind: StructureKind.SourceFile, statements: standIns }, OPTIONS);
  const pieces = laidOut.split(STAND_IN);
  // split() with one capture group: text, index, text, index, ..., text.
  if (pieces.length !== texts.length * 2 + 1) return printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, OPTIONS);
  let file = pieces[0]!;
  for (let index = 1; index < pieces.length; index += 2) {
    if (Number(pieces[index]) !== (index - 1) / 2) return printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, OPTIONS);
    file += texts[(index - 1) / 2]! + pieces[index + 1]!;
  }
  return file;
}

/** `/*@text N*\/`, then `}` when the text ends in one; the stand-in's capture is N. */
const STAND_IN = /\/\*@text (\d+)\*\/\}?/;

/** The stand-in for `text`: its leading and trailing line breaks stay outside, for the writer to see. */
function standIn(text: string, texts: string[]): string {
  // Scanned by hand: a regular expression for the trailing run (`\s*$`) retries at every offset of the text.
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return text;
  const core = text.slice(start, end);
  texts.push(core);
  return `${text.slice(0, start)}/*@text ${texts.length - 1}*/${core.endsWith('}') ? '}' : ''}${text.slice(end)}`;
}

/** The characters a writer treats as space between statements: line breaks, spaces and tabs. */
function isSpace(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x20 || code === 0x09;
}
