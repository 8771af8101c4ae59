/**
 * The declarations the wrapper repeats for every operation (its type aliases and standalone functions), printed as
 * text in exactly the layout ts-morph's structure printers give them (test/emit/declaration-text.test.ts compares
 * the two). ts-morph prints each structure's every type through a writer of its own; for GitHub's 1,223
 * operations that was most of the wrapper's time on the worker (about 0.5 s of 1.4), for declarations of one line.
 * The rest of the file (imports, interfaces, classes) is still printed from ts-morph structures.
 */

/** A string doc as ts-morph's JSDoc printer prints it: `/** one line *\/`, or one ` * ` line per line. */
export function jsDocText(doc: string): string {
  const lines = doc.split(/\r?\n/);
  if (lines.length <= 1) return `/** ${lines[0]} */`;
  const first = lines[0]!.length === 0 ? 1 : 0;
  let text = '/**\n';
  for (let index = first; index < lines.length; index++) text += lines[index]!.length > 0 ? ` * ${lines[index]}\n` : ' *\n';
  return `${text} */`;
}

export interface TypeAliasText {
  name: string;
  type: string;
  docs?: string | undefined;
}

/** `export type Name = Type;`, under its doc. */
export function typeAliasText({ name, type, docs }: TypeAliasText): string {
  return `${docs === undefined ? '' : `${jsDocText(docs)}\n`}export type ${name} = ${type};`;
}

export interface ParameterText {
  name: string;
  type: string;
  /** `name?: type` */
  optional?: boolean;
  /** `name: type = initializer` */
  initializer?: string;
}

export interface FunctionText {
  name: string;
  docs: string;
  parameters: readonly ParameterText[];
  returnType: string;
  /** The body's statements, one per line. */
  statements: readonly string[];
}

/** `export function name(parameters): ReturnType { … }`, under its doc, the body indented by two spaces. */
export function functionText({ name, docs, parameters, returnType, statements }: FunctionText): string {
  const list = parameters.map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type}${parameter.initializer === undefined ? '' : ` = ${parameter.initializer}`}`).join(', ');
  return `${jsDocText(docs)}\nexport function ${name}(${list}): ${returnType} {\n${statements.map((statement) => `  ${statement}\n`).join('')}}`;
}
