import { describe, expect, test } from 'vitest';
import { emitClient } from '../src/emit/emit-client.js';
import { docLines, docText } from '../src/emit/jsdoc.js';
import { statusType, stringLiteral } from '../src/emit/type-expressions.js';
import type { OpenApiDocument } from '../src/document/index.js';
import { buildModel } from '../src/model/build-model.js';

const EVIL = 'Ends the comment */ and /* opens one, then */ again; also **/ and a lone *';

const document = {
  openapi: '3.1.0',
  info: { title: 'Shop */ API', version: '1.0.0' },
  servers: [{ url: 'https://shop.example.com/v1' }],
  paths: {
    '/orders/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        tags: ['orders'],
        operationId: 'getOrder',
        summary: 'Get an order',
        description: EVIL,
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
          '404': { description: 'nf', content: { 'application/json': { schema: { type: 'object' } } } },
          '4XX': { description: 'client error' },
          default: { description: 'anything else', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
      delete: {
        tags: ['orders'],
        operationId: 'deleteOrder',
        deprecated: true,
        responses: { '204': { description: 'deleted' } },
      },
    },
    '/health': {
      get: { tags: ['system'], operationId: 'health', responses: { '200': { description: 'ok', content: { 'text/plain': { schema: { type: 'string' } } } } } },
    },
    '/notes': {
      post: {
        operationId: 'addNote',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } } } },
        responses: { '201': { description: 'created', content: { 'application/json': { schema: { type: 'object' } } } }, '204': { description: 'nothing' } },
      },
    },
  },
} as unknown as OpenApiDocument;

const model = buildModel(document, { clientName: 'ShopApi' });
const text = emitClient(model, { clientName: 'ShopApi' });

/** The text of `export type <name> = ...;` (one line, as ts-morph prints it). */
function typeAlias(name: string): string {
  const match = new RegExp(`^export type ${name} = (.*);$`, 'm').exec(text);
  if (!match) throw new Error(`no type alias ${name} in:\n${text}`);
  return match[1]!;
}

describe('per-operation type aliases', () => {
  const cases: [string, { given: string; want: { Args: string | RegExp; Result: string | RegExp; Error: string | RegExp } }][] = [
    ['JSON result with literal, range and default errors', {
      given: 'GetOrder',
      want: {
        Args: "GetOrderOperation['parameters']['path']",
        Result: "GetOrderOperation['responses'][200]['content']['application/json']",
        Error:
          "ApiErrorOf<'getOrder', 404, GetOrderOperation['responses'][404]['content']['application/json'] | undefined> | " +
          "ApiErrorOf<'getOrder', number, undefined> | " +
          "ApiErrorOf<'getOrder', number, GetOrderOperation['responses']['default']['content']['application/json'] | undefined>",
      },
    }],
    ['204 only: void result, no errors: never', {
      given: 'DeleteOrder',
      want: { Args: "DeleteOrderOperation['parameters']['path']", Result: 'void', Error: 'never' },
    }],
    ['text result, no parameters', {
      given: 'Health',
      want: { Args: 'Record<string, never>', Result: 'string', Error: 'never' },
    }],
    ['flat body; a 2xx without content adds undefined', {
      given: 'AddNote',
      want: {
        Args: "NonNullable<AddNoteOperation['requestBody']>['content']['application/json']",
        Result: "AddNoteOperation['responses'][201]['content']['application/json'] | undefined",
        Error: 'never',
      },
    }],
  ];
  describe.each(cases)('%s', (_name, { given, want }) => {
    test.each(['Args', 'Result', 'Error'] as const)(`${given}%s`, (suffix) => {
      expect(typeAlias(`${given}${suffix}`)).toBe(want[suffix]);
    });
    test(`${given}Operation indexes paths`, () => {
      expect(typeAlias(`${given}Operation`)).toMatch(/^paths\['\/[^']*'\]\['(get|post|delete)'\]$/);
    });
  });

  test('error statuses are literal numbers for exact codes and number for 4XX / default', () => {
    const statuses = [...typeAlias('GetOrderError').matchAll(/ApiErrorOf<'getOrder', (\w+),/g)].map((m) => m[1]);
    expect(statuses).toEqual(['404', 'number', 'number']);
    expect(statusType('409')).toBe('409');
    expect(statusType('4XX')).toBe('number');
    expect(statusType('default')).toBe('number');
  });

  test('AnyApiError is the union of the operations that have errors; ApiError narrows to it', () => {
    expect(typeAlias('AnyApiError')).toBe('GetOrderError');
    expect(text).toContain('export const ApiError = ApiErrorBase as typeof ApiErrorBase & { readonly prototype: AnyApiError };');
    expect(typeAlias('ApiError')).toBe('AnyApiError');
  });

  const specCases: [string, { given: string; want: object }][] = [
    ['path parameter, JSON result, literal, range and default errors', {
      given: 'GetOrder',
      want: { id: 'getOrder', method: 'get', path: '/orders/{id}', inPath: ['id'], parseAs: 'json', accept: 'application/json', errors: ['404', '4XX', 'default'] },
    }],
    ['no content, no errors', {
      given: 'DeleteOrder',
      want: { id: 'deleteOrder', method: 'delete', path: '/orders/{id}', inPath: ['id'], parseAs: 'none', errors: [] },
    }],
    ['flat JSON body', {
      given: 'AddNote',
      want: { id: 'addNote', method: 'post', path: '/notes', body: 'flat', encoding: 'json', mediaType: 'application/json', parseAs: 'json', noContent: ['204'], accept: 'application/json', errors: [], requestBody: 'requestBody' },
    }],
  ];
  test.each(specCases)('the operation spec constant, one property per line: %s', (_name, { given, want }) => {
    const match = new RegExp(`^const ${given}Spec: OperationSpec = (\\{\\n[\\s\\S]*?\\n\\});$`, 'm').exec(text);
    expect(match, `const ${given}Spec in:\n${text}`).not.toBeNull();
    const literal = match![1]!;
    // `requestBody` stands for body.ts's export (imported by client.ts): here its name.
    expect(new Function('requestBody', `return ${literal};`)('requestBody')).toStrictEqual(want);
    expect(literal.split('\n')).toHaveLength(Object.keys(want).length + 2);
  });
});

describe('methods and classes', () => {
  test('each method takes its Args and returns a ResponsePromise of its Result and Headers', () => {
    expect(text).toContain('  getOrder(args: GetOrderArgs, options?: RequestOptions): ResponsePromise<GetOrderResult, GetOrderHeaders> {');
    // The method is the standalone function, called with the group (which holds the transport).
    expect(text).toContain('    return getOrder(this, args, options);');
    // Nothing required: the arguments object may be left out.
    expect(text).toContain('  health(args: HealthArgs = {}, options?: RequestOptions): ResponsePromise<HealthResult, HealthHeaders> {');
  });

  test('each operation is a standalone function of the core, typed like its method', () => {
    expect(text).toContain('export function getOrder(client: ShopApiCore, args: GetOrderArgs, options?: RequestOptions): ResponsePromise<GetOrderResult, GetOrderHeaders> {');
    expect(text).toContain('  return client.transport.call(GetOrderSpec, args, options) as ResponsePromise<GetOrderResult, GetOrderHeaders>;');
    expect(text).toContain('export function health(client: ShopApiCore, args: HealthArgs = {}, options?: RequestOptions): ResponsePromise<HealthResult, HealthHeaders> {');
  });

  test('the core holds the transport; the client extends it', () => {
    const core = /export class ShopApiCore \{([\s\S]*?)\n\}/.exec(text)?.[1] ?? '';
    expect(core).toContain('readonly transport: Transport;');
    expect(core).toContain("this.transport = new Transport(options, DEFAULT_BASE_URL, { name: 'ShopApi'");
    expect(text).toContain('export class ShopApi extends ShopApiCore {');
  });

  test('deprecated operations get @deprecated, others do not', () => {
    const deleteDoc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*deleteOrder\(/.exec(text)?.[1];
    const getDoc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*getOrder\(/.exec(text)?.[1];
    expect(deleteDoc).toMatch(/@deprecated/);
    expect(getDoc).toBeDefined();
    expect(getDoc).not.toMatch(/@deprecated/);
    // The method and its standalone function.
    expect(text.match(/@deprecated/g)).toHaveLength(2);
  });

  test('the client class has one readonly property per group, created in the constructor', () => {
    const client = /export class ShopApi extends ShopApiCore \{([\s\S]*?)\n\}/.exec(text)?.[1] ?? '';
    const properties = [...client.matchAll(/^\s*readonly (\w+): (\w+);$/gm)].map((m) => [m[1], m[2]]);
    expect(properties).toEqual(model.groups.map((g) => [g.property, g.className]));
    expect(properties).toEqual([
      ['orders', 'OrdersApi'],
      ['system', 'SystemApi'],
      ['notes', 'NotesApi'],
    ]);
    for (const [property, className] of properties) expect(client).toContain(`this.${property} = new ${className}(this.transport);`);
  });

  test('one class per group, each method in its group', () => {
    for (const group of model.groups) {
      const body = new RegExp(`export class ${group.className} \\{([\\s\\S]*?)\\n\\}`).exec(text)?.[1] ?? '';
      for (const operation of group.operations) expect(body).toContain(`\n  ${operation.name}(args: ${operation.typeName}Args`);
    }
  });

  const groupDocs: [string, { given: string; want: string }][] = [
    ['a tag group says its tag', { given: 'OrdersApi', want: 'Operations tagged `orders`.' }],
    ['a path group says its resource', { given: 'NotesApi', want: 'Untagged operations on the `notes` resource (their first path segment).' }],
  ];
  test.each(groupDocs)('%s', (_name, { given, want }) => {
    expect(new RegExp(`/\\*\\* ([^\\n]*) \\*/\\nexport class ${given} `).exec(text)?.[1]).toBe(want);
  });

  test('DEFAULT_BASE_URL is the first server', () => {
    expect(text).toContain("export const DEFAULT_BASE_URL = 'https://shop.example.com/v1';");
  });
});

describe('layout: each operation beside its spec constant and its group', () => {
  const lines = text.split('\n');
  /** Top-level declarations and section comments, in file order. */
  const outline = lines.flatMap((line) => {
    const match = /^(?:export )?(?:type|const|class|function) (\w+)|^(\/\/ \w+) /.exec(line);
    return match ? [match[1] ?? match[2]!] : [];
  });
  const operationNames = (base: string) => [
    ...['Operation', 'Args', 'Result', 'Error', 'Headers', 'Spec'].map((suffix) => base + suffix),
    base.charAt(0).toLowerCase() + base.slice(1),
  ];

  test('imports, base URL and errors first; then per group its operations and its class; the client last', () => {
    expect(outline).toEqual([
      'DEFAULT_BASE_URL',
      'SECURITY_SCHEMES',
      'AnyApiError',
      'ApiError',
      'ApiError',
      '// OrdersApi',
      ...operationNames('GetOrder'),
      ...operationNames('DeleteOrder'),
      'OrdersApi',
      '// SystemApi',
      ...operationNames('Health'),
      'SystemApi',
      '// NotesApi',
      ...operationNames('AddNote'),
      'NotesApi',
      'ShopApiCore',
      'ShopApi',
    ]);
  });

  const cases: [string, { given: string; want: { className: string; first: boolean } }][] = [
    ['first operation of a group', { given: 'GetOrder', want: { className: 'OrdersApi', first: true } }],
    ['second operation of a group', { given: 'DeleteOrder', want: { className: 'OrdersApi', first: false } }],
    ['only operation of a group', { given: 'Health', want: { className: 'SystemApi', first: true } }],
  ];
  test.each(cases)('%s: blank line before it unless first, and its method is in the class right after', (_name, { given, want }) => {
    const start = lines.findIndex((line) => line.startsWith(`export type ${given}Operation = `)) - 1; // its JSDoc line
    const previous = lines[start - 1]!;
    if (want.first) expect(previous).toMatch(new RegExp(`^// ${want.className} \\(client\\.\\w+\\): \\d+ operations?\\.$`));
    else expect(previous).toBe('');
    const spec = lines.indexOf(`const ${given}Spec: OperationSpec = {`);
    const classLine = lines.indexOf(`export class ${want.className} {`);
    const method = given.charAt(0).toLowerCase() + given.slice(1);
    const call = lines.findIndex((line) => line === `    return ${method}(this, args, options);`);
    expect(start).toBeLessThan(spec);
    expect(spec).toBeLessThan(classLine);
    expect(classLine).toBeLessThan(call);
    // No other section in between: the spec and its method are in the same group's section.
    expect(lines.slice(spec, call).filter((line) => line.startsWith('// '))).toEqual([]);
  });

  test('a blank line after the imports and around each section; none twice in a row', () => {
    expect(lines.slice(0, 5)).toEqual([
      expect.stringMatching(/^import type \{ paths \}/),
      expect.stringMatching(/^import \{/),
      expect.stringMatching(/^import type \{ ResponsePromise \}/),
      // The fixture has an operation with a request body: body.ts's requestBody.
      "import { requestBody } from './body.js';",
      '',
    ]);
    expect(text).not.toMatch(/\n\n\n/);
  });
});

describe('JSDoc safety', () => {
  test('a description containing */ cannot close the comment early', () => {
    // From the `/**` before the summary to the function itself there must be exactly one `*/`: the real end.
    const summaryAt = text.indexOf('Get an order');
    const start = text.lastIndexOf('/**', summaryAt);
    const end = text.indexOf('export function getOrder(', summaryAt);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(summaryAt);
    const comment = text.slice(start, end).trimEnd();
    expect(comment.match(/\*\//g)).toHaveLength(1);
    expect(comment.endsWith('*/')).toBe(true);
    // The whole description survives inside the one comment, with */ neutralised.
    expect(comment).toContain('Ends the comment *\\/ and /* opens one, then *\\/ again; also **\\/ and a lone *');
    expect(comment).toContain('@throws {GetOrderError}');
  });

  test('the title in the client class doc is escaped too', () => {
    expect(text).toContain('/** Typed client for Shop *\\/ API 1.0.0. */');
  });

  test('the emitted text parses: every statement outside comments is code', async () => {
    const ts = (await import('typescript')).default;
    const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  const docCases: [string, { given: string; want: string }][] = [
    ['closing sequence', { given: 'a */ b', want: 'a *\\/ b' }],
    ['CRLF and CR become LF', { given: 'a\r\nb\rc', want: 'a\nb\nc' }],
    ['line and paragraph separators become LF', { given: 'a\u2028b\u2029c', want: 'a\nb\nc' }],
    ['trimmed', { given: '  x  ', want: 'x' }],
  ];
  test.each(docCases)('docText: %s', (_name, { given, want }) => {
    expect(docText(given)).toBe(want);
  });

  test('docLines skips empty parts and joins paragraphs', () => {
    expect(docLines('a', undefined, '  ', 'b */')).toBe('a\n\nb *\\/');
  });

  const literalCases: [string, { given: string; want: string }][] = [
    ['plain', { given: 'plain', want: "'plain'" }],
    ['single quote escaped, double quote not', { given: `it's "x"`, want: `'it\\'s "x"'` }],
    ['backslash before a quote', { given: '\\"', want: `'\\\\"'` }],
    ['line break', { given: 'new\nline', want: "'new\\nline'" }],
    ['template syntax stays text', { given: '${template}', want: "'${template}'" }],
    ['line and paragraph separators', { given: 'sep\u2028ar\u2029ator', want: "'sep\\u2028ar\\u2029ator'" }],
  ];
  test.each(literalCases)('stringLiteral: %s, single-quoted, evaluates back to itself', (_name, { given, want }) => {
    const literal = stringLiteral(given);
    expect(literal).toBe(want);
    expect(literal).not.toMatch(/[\u2028\u2029\n]/);
    expect(new Function(`return ${literal};`)()).toBe(given);
  });
});

describe('no errors anywhere', () => {
  test('AnyApiError is never and ApiError is the base class view', () => {
    const quiet = emitClient(
      buildModel({ openapi: '3.1.0', paths: { '/a': { get: { operationId: 'a', responses: { '204': { description: 'x' } } } } } } as unknown as OpenApiDocument),
      { clientName: 'Quiet' },
    );
    expect(quiet).toContain('export type AnyApiError = never;');
    expect(quiet).toContain('export const ApiError = ApiErrorBase as typeof ApiErrorBase & { readonly prototype: ApiErrorBase };');
    expect(quiet).toContain('export type ApiError = ApiErrorBase;');
    expect(quiet).toContain("export const DEFAULT_BASE_URL = '';");
  });
});
