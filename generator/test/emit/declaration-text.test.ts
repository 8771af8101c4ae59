import { describe, expect, test } from 'vitest';
import type { ClassDeclarationStructure, FunctionDeclarationStructure, StatementStructures, TypeAliasDeclarationStructure } from 'ts-morph';
import { classText, functionText, typeAliasText, type ClassText, type FunctionText, type MemberText, type TypeAliasText } from '../../src/emit/declaration-text.js';
import { tsMorph } from '../../src/libraries/ts-morph.js';

const { printStructure, StructureKind } = tsMorph;

/** What ts-morph prints for one statement, with the wrapper's options (emit-client.ts). */
const byTsMorph = (statement: StatementStructures) =>
  printStructure({ kind: StructureKind.SourceFile, statements: [statement] }, { indentNumberOfSpaces: 2, useSingleQuote: true }).trimEnd();

const docs: [string, string][] = [
  ['one line', 'Arguments of `chats.list`.'],
  ['paragraphs with an empty line between', 'Summary.\n\nA longer description\nover two lines.'],
  ['a first line that is empty', '\nStarts on the next line.'],
  ['Windows line breaks', 'one\r\ntwo'],
  ['indented lines and tags', 'Text:\n  - item\n@throws {XError} for a documented error status (as `ApiError`).\n@deprecated The spec marks this operation as deprecated.'],
];

describe('typeAliasText: what ts-morph prints for the same type alias', () => {
  const cases: [string, { given: TypeAliasText }][] = [
    ['without a doc', { given: { name: 'XHeaders', type: 'Record<never, never>' } }],
    ...docs.map(([name, doc]): [string, { given: TypeAliasText }] => [`a doc: ${name}`, { given: { name: 'XArgs', type: "XOperation['parameters']['path'] & { 'a-b'?: string }", docs: doc } }]),
  ];
  test.each(cases)('%s', (_name, { given }) => {
    const structure: TypeAliasDeclarationStructure = { kind: StructureKind.TypeAlias, isExported: true, name: given.name, type: given.type, docs: given.docs === undefined ? undefined : [given.docs] };
    expect(typeAliasText(given)).toBe(byTsMorph(structure));
  });
});

describe('functionText: what ts-morph prints for the same function', () => {
  const base: FunctionText = {
    name: 'chatsList',
    docs: 'List chats.',
    parameters: [{ name: 'client', type: 'ApiCore' }, { name: 'args', type: 'ChatsListArgs' }, { name: 'options', type: 'RequestOptions', optional: true }],
    returnType: 'ResponsePromise<ChatsListResult, ChatsListHeaders>',
    statements: ['return client.transport.call(ChatsListSpec, args, options) as ResponsePromise<ChatsListResult, ChatsListHeaders>;'],
  };
  const cases: [string, { given: FunctionText }][] = [
    ['required arguments', { given: base }],
    ['arguments defaulting to {}', { given: { ...base, parameters: [base.parameters[0]!, { name: 'args', type: 'ChatsListArgs', initializer: '{}' }, base.parameters[2]!] } }],
    ['two statements', { given: { ...base, statements: ['const a = 1;', 'return a;'] } }],
    ...docs.map(([name, doc]): [string, { given: FunctionText }] => [`a doc: ${name}`, { given: { ...base, docs: doc } }]),
  ];
  test.each(cases)('%s', (_name, { given }) => {
    const structure: FunctionDeclarationStructure = {
      kind: StructureKind.Function,
      isExported: true,
      name: given.name,
      docs: [given.docs],
      parameters: given.parameters.map((parameter) => ({ name: parameter.name, type: parameter.type, hasQuestionToken: parameter.optional, initializer: parameter.initializer })),
      returnType: given.returnType,
      statements: [...given.statements],
    };
    expect(functionText(given)).toBe(byTsMorph(structure));
  });
});

describe('classText: what ts-morph prints for the same class', () => {
  const property: MemberText = { kind: 'property', name: 'transport', type: 'Transport', readonly: true, docs: '@internal' };
  const ctor: MemberText = { kind: 'constructor', parameters: [{ name: 'transport', type: 'Transport' }], statements: ['this.transport = transport;'], docs: '@internal Created by the client; use `client.chats`.' };
  const method = (docs: string | undefined, name = 'list'): MemberText => ({
    kind: 'method',
    name,
    ...(docs === undefined ? {} : { docs }),
    parameters: [{ name: 'args', type: 'ChatsListArgs', initializer: '{}' }, { name: 'options', type: 'RequestOptions', optional: true }],
    returnType: 'ResponsePromise<ChatsListResult, ChatsListHeaders>',
    statements: ['return chatsList(this, args, options);'],
  });
  const base: ClassText = { name: 'ChatsApi', docs: 'Operations tagged `chats`.', members: [property, ctor, method('List chats.')] };
  const cases: [string, { given: ClassText }][] = [
    ['a group class', { given: base }],
    ['no methods', { given: { ...base, members: [property, ctor] } }],
    ['a method without a doc', { given: { ...base, members: [property, ctor, method(undefined)] } }],
    ['several methods', { given: { ...base, members: [property, ctor, method('One.', 'one'), method('Two.', 'two'), method('Three.', 'three')] } }],
    ['a property without a doc', { given: { ...base, members: [{ kind: 'property', name: 'transport', type: 'Transport' }, method('One.')] } }],
    // Quotes, backticks and braces in a comment: ts-morph's writer tracks strings outside comments only.
    ['quotes, backticks and braces in docs', { given: { ...base, members: [property, method("It's `a` \"b\" {c} ${d} 'e"), method('`unclosed')] } }],
    ...docs.map(([name, doc]): [string, { given: ClassText }] => [`method docs: ${name}`, { given: { ...base, members: [property, ctor, method(doc)] } }]),
  ];
  test.each(cases)('%s', (_name, { given }) => {
    const members = given.members;
    const structure: ClassDeclarationStructure = {
      kind: StructureKind.Class,
      isExported: true,
      name: given.name,
      docs: [given.docs],
      properties: members.flatMap((m) => (m.kind === 'property' ? [{ name: m.name, type: m.type, isReadonly: m.readonly ?? false, docs: m.docs === undefined ? undefined : [m.docs] }] : [])),
      ctors: members.flatMap((m) => (m.kind === 'constructor' ? [{ parameters: m.parameters.map((p) => ({ name: p.name, type: p.type })), statements: [...m.statements], docs: m.docs === undefined ? undefined : [m.docs] }] : [])),
      methods: members.flatMap((m) =>
        m.kind === 'method'
          ? [
              {
                name: m.name,
                docs: m.docs === undefined ? undefined : [m.docs],
                parameters: m.parameters.map((p) => ({ name: p.name, type: p.type, hasQuestionToken: p.optional, initializer: p.initializer })),
                returnType: m.returnType,
                statements: [...m.statements],
              },
            ]
          : [],
      ),
    };
    expect(classText(given)).toBe(byTsMorph(structure));
  });
});
