import { describe, expect, test } from 'vitest';
import { printStatements, type Statement } from '../../src/emit/print-statements.js';
import { tsMorph } from '../../src/libraries/ts-morph.js';

const { printStructure, StructureKind, VariableDeclarationKind } = tsMorph;

/** ts-morph printing every statement itself, texts included: what printStatements must equal. */
const byTsMorph = (statements: Statement[]) => printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2, useSingleQuote: true });

const blankLine: Statement = (writer) => writer.blankLineIfLastNot();
const anImport: Statement = { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime.js', namedImports: ['Transport'] };
const aClass: Statement = { kind: StructureKind.Class, isExported: true, name: 'Core', properties: [{ name: 'transport', type: 'Transport', isReadonly: true }] };
const aConst = (initializer: string): Statement => ({ kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, isExported: true, declarations: [{ name: 'DEFAULT_BASE_URL', initializer }] });
const aliasText = '/** Arguments. */\nexport type XArgs = { a?: string };';
const functionText = "/**\n * Does X.\n */\nexport function x(client: Core): string {\n  return 'x';\n}";
const classText = 'export class XApi {\n  /** @internal */\n  readonly transport: Transport;\n}';

describe('printStatements: the file ts-morph prints for the same statements', () => {
  const cases: [string, { given: Statement[] }][] = [
    ['structures only', { given: [anImport, blankLine, aConst("'https://x.test'"), aClass] }],
    ['texts after an import', { given: [anImport, blankLine, aliasText, aliasText] }],
    ['a function text, then a type alias (a blank line after a closing brace)', { given: [functionText, aliasText] }],
    ['texts with leading line breaks', { given: [aliasText, `\n${functionText}\n\n${functionText}`, aliasText] }],
    ['a class text between blank lines, then a class structure', { given: [aliasText, blankLine, classText, blankLine, aClass] }],
    ['a line comment text', { given: [blankLine, '// XApi (client.x): 1 operation.', aliasText] }],
    ['a text of line breaks only', { given: [aliasText, '\n\n', aliasText] }],
    ['texts only', { given: [functionText] }],
  ];
  test.each(cases)('%s', (_name, { given }) => {
    expect(printStatements(given)).toBe(byTsMorph(given));
  });

  test('a structure whose text holds a stand-in is printed with the texts themselves, still the same file', () => {
    const given: Statement[] = [aConst("'/*@text 0*/'"), aliasText, aConst("'/*@text 5*/}'"), functionText];
    expect(printStatements(given)).toBe(byTsMorph(given));
    expect(printStatements(given)).toContain(functionText);
  });
});
