import { visit } from 'jsonc-parser';
import { escapePointerSegment, splitPointer } from '../document/index.js';

export interface TextPosition {
  line: number;
  column: number;
}

/** An open object or array on the way to the current value, as far as the wanted pointers go. */
interface Frame {
  /** This container's pointer, or undefined when no wanted pointer passes through it. */
  pointer: string | undefined;
  array: boolean;
  /** Arrays: the index of the current element. */
  index: number;
  /** Objects: the pointer of the current member, when it is wanted. */
  member: string | undefined;
}

/**
 * Where each JSON pointer is in a JSON text (1-based line and column), found in one pass of jsonc-parser's
 * scanner without building a tree: a tree of GitHub's 12 MB spec costs about 0.3 s and much garbage, this pass
 * about 0.12 s whatever the number of pointers. Like the YAML locator, a pointer is located at its deepest node
 * that exists, and an object member at its key. Containers no pointer goes through are skipped unvisited.
 * Throws RangeError when the text nests deeper than the parser's recursion allows.
 */
export function locateJsonPointers(text: string, pointers: readonly string[]): (TextPosition | undefined)[] {
  // Pointers normalized (segments unescaped and escaped again), with every prefix of each one.
  const prefixesOf = pointers.map((pointer) => {
    const prefixes = [''];
    for (const segment of splitPointer(pointer)) prefixes.push(`${prefixes.at(-1)}/${escapePointerSegment(segment)}`);
    return prefixes;
  });
  const wanted = new Set(prefixesOf.flat());
  const found = new Map<string, TextPosition>();
  const record = (pointer: string, line: number, character: number): void => {
    if (!found.has(pointer)) found.set(pointer, { line: line + 1, column: character + 1 });
  };
  const stack: Frame[] = [];

  /** The pointer of a value that starts here, if wanted; an array element is located at its start. */
  const valueStarts = (line: number, character: number): string | undefined => {
    const parent = stack.at(-1);
    if (!parent) {
      record('', line, character);
      return '';
    }
    if (!parent.array) return parent.member;
    if (parent.pointer === undefined) return undefined;
    const pointer = `${parent.pointer}/${parent.index}`;
    if (!wanted.has(pointer)) return undefined;
    record(pointer, line, character);
    return pointer;
  };
  const open = (array: boolean, line: number, character: number): boolean => {
    const pointer = valueStarts(line, character);
    stack.push({ pointer, array, index: 0, member: undefined });
    return pointer !== undefined; // false: jsonc-parser skips the callbacks inside
  };

  visit(text, {
    onObjectBegin: (_offset, _length, line, character) => open(false, line, character),
    onArrayBegin: (_offset, _length, line, character) => open(true, line, character),
    onObjectEnd: () => void stack.pop(),
    onArrayEnd: () => void stack.pop(),
    onObjectProperty: (name, _offset, _length, line, character) => {
      const object = stack.at(-1)!;
      const pointer = object.pointer === undefined ? undefined : `${object.pointer}/${escapePointerSegment(name)}`;
      object.member = pointer !== undefined && wanted.has(pointer) ? pointer : undefined;
      if (object.member !== undefined) record(object.member, line, character);
    },
    onLiteralValue: (_value, _offset, _length, line, character) => void valueStarts(line, character),
    onSeparator: (character) => {
      const parent = stack.at(-1);
      if (character === ',' && parent?.array) parent.index += 1;
    },
  });

  return prefixesOf.map((prefixes) => {
    for (let depth = prefixes.length - 1; depth >= 0; depth -= 1) {
      const position = found.get(prefixes[depth]!);
      if (position) return position;
    }
    return undefined;
  });
}
