import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';

/**
 * TypeScript's compiler API, loaded with `require`. An ES `import` of this 9 MB CommonJS file makes Node scan it
 * for module syntax and for its export names before running it (about 0.5 s on every run); `require` only
 * compiles it, and the compile cache (pipeline/compile-cache.ts) serves that from disk. Import types from
 * 'typescript' itself (`import type * as TS from 'typescript'`).
 */
export const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;

/** The writer calls TypeScript's comment layout makes (its `EmitTextWriter`, the part writeCommentRange uses). */
export interface CommentWriter {
  getIndent(): number;
  rawWrite(text: string): void;
  writeComment(text: string): void;
  writeLine(force?: boolean): void;
}

/**
 * The helpers TypeScript's printer itself runs on a string literal and on a `/* … *\/` comment: exported by its
 * runtime, not declared in its .d.ts. emit/type-node-printer.ts prints through them, so that its escapes and comment
 * layout are TypeScript's own rather than a copy (test/libraries/typescript.test.ts checks they are there).
 */
export const tsPrinterHelpers = ts as unknown as {
  /** A string literal's text escaped for `quote` (a character code), non-ASCII as `\uXXXX`: getLiteralText's default. */
  escapeNonAsciiString(text: string, quote: number): string;
  /** Where each line of `text` starts (line breaks as TypeScript's scanner reads them). */
  computeLineStarts(text: string): number[];
  /** A comment written line by line: each line trimmed and re-indented at the writer's indentation. */
  writeCommentRange(text: string, lineMap: readonly number[], writer: CommentWriter, commentPos: number, commentEnd: number, newLine: string): void;
};
