import type { EcmaScriptModule, OxcError, ParserOptions } from 'oxc-parser';

/** What the generator reads of a parse by oxc: its syntax errors and its import and export statements. */
export interface OxcParse {
  readonly errors: readonly OxcError[];
  readonly module: EcmaScriptModule;
}

export type OxcParser = (fileName: string, text: string) => Promise<OxcParse>;

/** The binding's asynchronous parse: the package's index declares its types, not this subpath's. */
type BindingParse = (fileName: string, text: string, options: ParserOptions) => Promise<OxcParse>;

let loaded: Promise<OxcParser | undefined> | undefined;

/**
 * oxc's TypeScript parser (Rust, native), or undefined where its native binding cannot load (a platform npm
 * installed none for). It parses on a thread of libuv's pool, so the caller's thread goes on meanwhile.
 *
 * The binding itself, not the package's `parse`: that one also copies the AST, serialized as JSON, into a string
 * on the caller's thread (about 0.2 s for GitHub's 10 MB of output), which nothing here reads.
 */
export function oxcParser(): Promise<OxcParser | undefined> {
  loaded ??= import('oxc-parser/src-js/bindings' as string).then(
    (binding: { parse: BindingParse }) =>
      async (fileName: string, text: string) => {
        // Semantic errors too: strict mode's (legacy octal literals and escapes) are among them, where TypeScript's
        // parser reports them. Each of the native result's getters hands its value over once (a second read finds
        // it empty).
        const { errors, module } = await binding.parse(fileName, text, { lang: 'ts', sourceType: 'module', showSemanticErrors: true });
        return { errors, module };
      },
    () => undefined,
  );
  return loaded;
}
