import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { halveIndentation, printTypes } from '../src/emit/print-types.js';
import { generate } from '../src/generate.js';
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
