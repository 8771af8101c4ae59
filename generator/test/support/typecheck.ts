import ts from 'typescript';

/** The settings a consumer of the generated package would use: strict, NodeNext, DOM types for fetch. */
export const CONSUMER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  noEmit: true,
  skipLibCheck: true,
  // Only what the files import; not every @types package that happens to be installed.
  types: [],
};

export interface TypeCheckResult {
  diagnostics: readonly ts.Diagnostic[];
  /** Diagnostics formatted with file, line and column, for failure messages. */
  text: string;
  program: ts.Program;
}

export function typeCheck(rootNames: string[], oldProgram?: ts.Program): TypeCheckResult {
  const program = ts.createProgram({ rootNames, options: CONSUMER_OPTIONS, oldProgram });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const text = ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (file) => file,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  });
  return { diagnostics, text, program };
}
