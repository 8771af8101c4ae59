import { escapePointerSegment, splitPointer } from '../document/index.js';

export interface TextPosition {
  line: number;
  column: number;
}

/** An open object or array on the way to the pointers, in the pass below. */
interface Frame {
  /** This container's pointer (always a wanted one: other containers are skipped whole). */
  pointer: string;
  array: boolean;
  /** Arrays: the index of the current element. */
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Where each JSON pointer is in a JSON text (1-based line and column, columns in UTF-16 code units), found in
 * one pass without building a tree: a container that no pointer goes through is skipped by counting brackets
 * outside strings, which is most of the text; GitHub's 12 MB spec takes about 30 ms, whatever the number of
 * pointers. Like the YAML locator, a pointer is located at its deepest node that exists, and an object member at
 * its key; an array element at its first character. The text must be JSON that JSON.parse accepts (the reader
 * has parsed it already); a duplicate key is located at its first occurrence.
 */
export function locateJsonPointers(text: string, pointers: readonly string[]): (TextPosition | undefined)[] {
  // Pointers normalized (segments unescaped and escaped again), with every prefix of each one.
  const prefixesOf = pointers.map((pointer) => {
    const prefixes = [''];
    for (const segment of splitPointer(pointer)) prefixes.push(`${prefixes.at(-1)}/${escapePointerSegment(segment)}`);
    return prefixes;
  });
  const wanted = new Set(prefixesOf.flat());
  const found = new Map<string, number>();
  const record = (pointer: string, offset: number): void => {
    if (!found.has(pointer)) found.set(pointer, offset);
  };
  if (pointers.length > 0) scan(text, wanted, record);
  const lines = lineStarts(text);
  return prefixesOf.map((prefixes) => {
    for (let depth = prefixes.length - 1; depth >= 0; depth -= 1) {
      const offset = found.get(prefixes[depth]!);
      if (offset !== undefined) return positionAt(lines, offset);
    }
    return undefined;
  });
}

function scan(text: string, wanted: ReadonlySet<string>, record: (pointer: string, offset: number) => void): void {
  const length = text.length;
  const stack: Frame[] = [];
  let at = skipSpace(text, 0);
  // The pointer of the value that starts at `at`, or undefined when no wanted pointer is or goes through it.
  let pointer: string | undefined = '';
  record('', at);
  while (at < length) {
    // A value starts here.
    const code = text.charCodeAt(at);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (pointer === undefined) {
        at = skipContainer(text, at);
      } else {
        stack.push({ pointer, array: code === OPEN_BRACKET, index: 0 });
        at = skipSpace(text, at + 1);
        const close = text.charCodeAt(at);
        if (close === CLOSE_BRACE || close === CLOSE_BRACKET) {
          stack.pop();
          at += 1;
        } else {
          const next = enter(stack.at(-1)!, text, at, wanted, record);
          pointer = next.pointer;
          at = next.at;
          continue;
        }
      }
    } else if (code === QUOTE) {
      at = skipString(text, at);
    } else {
      at = skipLiteral(text, at);
    }
    // After a value: a comma (the next member or element) or the end of one or more containers.
    for (;;) {
      at = skipSpace(text, at);
      const frame = stack.at(-1);
      if (!frame) return;
      const separator = text.charCodeAt(at);
      if (separator === COMMA) {
        frame.index += 1;
        const next = enter(frame, text, skipSpace(text, at + 1), wanted, record);
        pointer = next.pointer;
        at = next.at;
        break;
      }
      if (separator !== CLOSE_BRACE && separator !== CLOSE_BRACKET) throw new SyntaxError(`unexpected character at offset ${at}`);
      stack.pop();
      at += 1;
    }
  }
}

/** At the start of a container's next member (its key) or element: the pointer of its value, and where it starts. */
function enter(
  frame: Frame,
  text: string,
  at: number,
  wanted: ReadonlySet<string>,
  record: (pointer: string, offset: number) => void,
): { pointer: string | undefined; at: number } {
  if (frame.array) {
    const pointer = `${frame.pointer}/${frame.index}`;
    if (!wanted.has(pointer)) return { pointer: undefined, at };
    record(pointer, at);
    return { pointer, at };
  }
  const keyEnd = skipString(text, at);
  const raw = text.slice(at + 1, keyEnd - 1);
  const key = raw.includes('\\') ? (JSON.parse(text.slice(at, keyEnd)) as string) : raw;
  const member = `${frame.pointer}/${escapePointerSegment(key)}`;
  let pointer: string | undefined;
  if (wanted.has(member)) {
    record(member, at);
    pointer = member;
  }
  const colon = skipSpace(text, keyEnd);
  if (text.charCodeAt(colon) !== COLON) throw new SyntaxError(`expected ':' at offset ${colon}`);
  return { pointer, at: skipSpace(text, colon + 1) };
}

/** Past the string that starts (with its quote) at `at`. */
function skipString(text: string, at: number): number {
  let end = at;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end < 0) throw new SyntaxError(`unterminated string at offset ${at}`);
    // Escaped if an odd number of backslashes precede it.
    let backslashes = 0;
    for (let before = end - 1; text.charCodeAt(before) === BACKSLASH; before -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return end + 1;
  }
}

/** Past the object or array that starts at `at`, without looking inside anything but its brackets and strings. */
function skipContainer(text: string, at: number): number {
  let depth = 0;
  const length = text.length;
  for (let index = at; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = skipString(text, index) - 1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  throw new SyntaxError(`unterminated container at offset ${at}`);
}

/** Past a number, `true`, `false` or `null`. */
function skipLiteral(text: string, at: number): number {
  let end = at;
  const length = text.length;
  while (end < length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break;
    end += 1;
  }
  return end;
}

function skipSpace(text: string, at: number): number {
  let end = at;
  while (end < text.length && isSpace(text.charCodeAt(end))) end += 1;
  return end;
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Offsets where each line starts; a line ends at `\n`, `\r\n` or a lone `\r`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
    return starts;
  }
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) starts.push(index + 1);
    else if (code === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index += 1;
      starts.push(index + 1);
    }
  }
  return starts;
}

function positionAt(lineStarts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
