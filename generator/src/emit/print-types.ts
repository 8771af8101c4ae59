import type * as TS from 'typescript';
import { ts } from '../libraries/typescript.js';
import { literalIdentifierText, typeNodePrinter, Unsupported } from './type-node-printer.js';

/**
 * openapi-typescript's nodes printed in the generated sources' one style, the runtime template's: single quotes,
 * 2-space indentation, semicolons. (ts-morph prints the client that way through its printStructure options.)
 * Each top-level statement is printed by our own printer (type-node-printer.ts), which writes that style directly
 * and knows exactly the node kinds that reach here; a statement holding anything else (openapi-typescript's parsed
 * helpers such as `$Read`, or a kind it does not know) is printed by printTypesWithTypeScript, the reference. The two
 * give the same bytes (test/print-types.test.ts compares them on every peer fixture, GitHub's, Stripe's and
 * DigitalOcean's spec). On GitHub's spec (5.4 MB of types) TypeScript's printer and the indentation pass took about
 * 1.15 s of the main thread, ours about 0.3 s (first call in a fresh process, medians of 5, a loaded machine).
 *
 * `onFallback` hears of each statement left to TypeScript's printer, and why (for tests).
 */
export function printTypes(nodes: readonly TS.Node[], onFallback?: (statement: TS.Node, reason: string) => void): string {
  // A node array with source positions would make TypeScript's printer look for comments in them: all of it goes there.
  if ((nodes as Partial<TS.NodeArray<TS.Node>>).pos !== undefined && (nodes as TS.NodeArray<TS.Node>).pos !== -1) {
    onFallback?.(nodes[0]!, 'a node array with positions');
    return printTypesWithTypeScript(nodes);
  }
  const printer = typeNodePrinter();
  let text = '';
  for (const statement of nodes) {
    try {
      text += printer.print(statement);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      onFallback?.(statement, error.reason);
      text += printTypesWithTypeScript([statement]);
    }
  }
  return text;
}

/**
 * The reference printer, and printTypes' fallback for a statement its own printer does not know: TypeScript's
 * printer, whose text we swap to single quotes as it is printed (a substitution hook, no extra pass over the tree),
 * with the indentation halved afterwards by one regular expression over the text. printTypes must give these bytes.
 */
export function printTypesWithTypeScript(nodes: readonly TS.Node[]): string {
  const swapped = new WeakSet<TS.Node>();
  const printer = ts.createPrinter(
    { newLine: ts.NewLineKind.LineFeed, removeComments: false },
    {
      substituteNode(_hint, node) {
        if (swapped.has(node)) return node;
        let literal: TS.Node;
        if (ts.isStringLiteral(node)) literal = ts.factory.createStringLiteral(node.text, true);
        // openapi-typescript types `enum` and `const` strings as identifiers named `"value"` (its tsLiteral): same swap.
        else if (ts.isIdentifier(node)) {
          const text = literalIdentifierText(node.text);
          if (text === undefined) return node;
          literal = ts.factory.createIdentifier(text);
        } else return node;
        swapped.add(literal);
        return literal;
      },
    },
  );
  const empty = ts.createSourceFile('schema.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  const file = ts.factory.updateSourceFile(empty, nodes as readonly TS.Statement[]);
  return halveIndentation(printer.printFile(file));
}

/**
 * 4-space indentation to 2. Only leading spaces change, in runs of four: a JSDoc line's extra space before its `*`
 * stays. Safe on the printer's output because no token it prints spans lines except comments (string and template
 * literals escape their line breaks), so no literal's text can change.
 */
export function halveIndentation(text: string): string {
  // A run of 2k spaces followed by the same run again (k as large as fits: 4k of the line's leading spaces) keeps
  // one of the two: n leading spaces become n - 2⌊n/4⌋. A plain replacement, no callback per line (2× faster).
  return text.replace(/^((?: {2})+)\1/gm, '$1');
}
