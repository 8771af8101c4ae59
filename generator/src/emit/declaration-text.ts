/**
 * The declarations the wrapper repeats for every operation (its type aliases and standalone functions), printed as
 * text in exactly the layout ts-morph's structure printers give them (test/emit/declaration-text.test.ts compares
 * the two). ts-morph prints each structure's every type through a writer of its own; for GitHub's 1,223
 * operations that was most of the wrapper's time on the worker (about 0.5 s of 1.4), for declarations of one line.
 * The groups' classes are printed here too: ts-morph's writer walks every character of every method's JSDoc to
 * indent it (about 0.45 s of the worker's CPU on GitHub's spec, for text that only needs two spaces in front).
 * The rest of the file (imports, interfaces, the core and client classes) is still printed from ts-morph structures.
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
  return `${jsDocText(docs)}\nexport function ${name}(${parameterList(parameters)}): ${returnType} ${body(statements)}`;
}

/** A class member, printed as ts-morph prints the same property, constructor or method structure. */
export type MemberText =
  | { kind: 'property'; name: string; type: string; readonly?: boolean; docs?: string }
  | { kind: 'constructor'; parameters: readonly ParameterText[]; statements: readonly string[]; docs?: string }
  | ({ kind: 'method' } & Omit<FunctionText, 'docs'> & { docs?: string });

export interface ClassText {
  name: string;
  docs: string;
  /** In the order ts-morph prints them: properties, then constructors, then methods. */
  members: readonly MemberText[];
}

/** `export class Name { … }`, under its doc: members indented by two spaces, a blank line between each two. */
export function classText({ name, docs, members }: ClassText): string {
  const indented = members.map((member) => `  ${memberText(member).replaceAll('\n', '\n  ')}`);
  return `${jsDocText(docs)}\nexport class ${name} {\n${indented.join('\n\n')}\n}`;
}

function memberText(member: MemberText): string {
  const doc = member.docs === undefined ? '' : `${jsDocText(member.docs)}\n`;
  if (member.kind === 'property') return `${doc}${member.readonly ? 'readonly ' : ''}${member.name}: ${member.type};`;
  if (member.kind === 'constructor') return `${doc}constructor(${parameterList(member.parameters)}) ${body(member.statements)}`;
  return `${doc}${member.name}(${parameterList(member.parameters)}): ${member.returnType} ${body(member.statements)}`;
}

function parameterList(parameters: readonly ParameterText[]): string {
  return parameters.map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type}${parameter.initializer === undefined ? '' : ` = ${parameter.initializer}`}`).join(', ');
}

/** `{`, each statement on its own line indented by two spaces, `}`. */
function body(statements: readonly string[]): string {
  return `{\n${statements.map((statement) => `  ${statement}\n`).join('')}}`;
}
