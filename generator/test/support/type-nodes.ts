import { astToString, stringToAST } from 'openapi-typescript';
import ts from 'typescript';

/** TypeScript source as the top-level nodes openapi-typescript's transformer would hand the node passes. */
export function ast(source: string): ts.Node[] {
  return stringToAST(source) as ts.Node[];
}

/** Nodes printed the way emitTypes prints them (openapi-typescript's astToString). */
export function print(nodes: ts.Node | ts.Node[]): string {
  return astToString(Array.isArray(nodes) ? nodes : [nodes]);
}

/** `source` printed by the same printer, so a table's expected text need not match its formatting. */
export function normalized(source: string): string {
  return print(ast(source));
}

const VIRTUAL_FILE = '/virtual/types.ts';
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
};
const libraries = new Map<string, ts.SourceFile | undefined>();

/**
 * The type errors of one in-memory module (`strict`, with the ES2022 and DOM libraries for `Blob`), as
 * `TS<code>: <message>` lines; [] when it compiles.
 */
export function typeErrors(source: string): string[] {
  const host = ts.createCompilerHost(OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (fileName === VIRTUAL_FILE) return ts.createSourceFile(fileName, source, languageVersion, true);
    // The library files are parsed once per test file, not once per call.
    let file = libraries.get(fileName);
    if (!file) libraries.set(fileName, (file = getSourceFile(fileName, languageVersion, ...rest)));
    return file;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === VIRTUAL_FILE || fileExists(fileName);
  const program = ts.createProgram({ rootNames: [VIRTUAL_FILE], options: OPTIONS, host });
  return ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}
