import { describe, expect, test } from 'vitest';
import { emitReadme, type ReadmeOptions } from '../../src/emit/emit-readme.js';
import type { ApiModel, OperationModel, ResponseModel } from '../../src/model/types.js';

const OPTIONS: ReadmeOptions = { packageName: '@acme/shop-client', clientName: 'ShopApi', specName: 'shop.yaml', specSha256: 'abc123' };

const response = (status: string): ResponseModel => ({ status, description: '', success: /^2/.test(status), contents: [], headers: [], pointer: '' });

function operation(name: string, overrides: Partial<OperationModel> = {}): OperationModel {
  return {
    id: name,
    operationId: name,
    name,
    typeName: name,
    group: 'shop',
    method: 'get',
    path: `/${name}`,
    deprecated: false,
    parameters: [],
    argumentShape: 'flat',
    argumentsRequired: false,
    responses: [response('200')],
    successParsing: 'none',
    noContentStatuses: [],
    successNullable: false,
    security: [],
    codeSamples: [],
    pointer: '',
    ...overrides,
  };
}

function model(overrides: Partial<ApiModel> = {}): ApiModel {
  return { title: 'Shop', version: '1.0.0', defaultBaseUrl: 'https://shop.example/v1', operations: [operation('listItems')], groups: [], securitySchemes: [], readWriteMarkers: false, warnings: [], ...overrides };
}

const lines = (text: string) => text.split('\n');

describe('emitReadme: the example call', () => {
  const withError = { responses: [response('200'), response('404')] };
  const cases: [string, { given: OperationModel[]; want: string | undefined }][] = [
    [
      'prefers an operation with arguments and a documented error',
      {
        given: [operation('a', withError), operation('b', { argumentsRequired: true }), operation('c', { ...withError, argumentsRequired: true })],
        want: '  const result = await client.shop.c({ /* path, query, header parameters and body fields */ });',
      },
    ],
    ['then one with a documented error', { given: [operation('a'), operation('b', withError)], want: '  const result = await client.shop.b();' }],
    ['then the first operation', { given: [operation('a', { argumentsRequired: true }), operation('b')], want: '  const result = await client.shop.a({ /* path, query, header parameters and body fields */ });' }],
    ['no operations: no example call', { given: [], want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const call = lines(emitReadme(model({ operations: given }), OPTIONS)).find((line) => line.includes('await client.'));
    expect(call).toBe(want);
  });

  const errorCases: [string, { given: OperationModel; want: string }][] = [
    ['a documented error narrows on the operation', { given: operation('getItem', withError), want: "  if (e instanceof ApiError && e.operation === 'getItem') console.log(e.status, e.body);" }],
    ['quotes and backslashes are dropped from the id', { given: operation('x', { ...withError, id: "it's\\x" }), want: "  if (e instanceof ApiError && e.operation === 'itsx') console.log(e.status, e.body);" }],
    ['no documented error: the generic check', { given: operation('x'), want: '  if (e instanceof ApiError) console.log(e.operation, e.status, e.body);' }],
  ];
  test.each(errorCases)('%s', (_name, { given, want }) => {
    expect(lines(emitReadme(model({ operations: [given] }), OPTIONS))).toContain(want);
  });
});

describe('emitReadme: spec text', () => {
  const cases: [string, { given: Partial<ApiModel>; want: string }][] = [
    ['title and version', { given: {}, want: 'Typed client for Shop 1.0.0, generated from its OpenAPI document.' }],
    ['no version', { given: { version: undefined }, want: 'Typed client for Shop, generated from its OpenAPI document.' }],
    ['Markdown in the title is plain words', { given: { title: 'My `API` | <b>*bold*</b> _[x]_' }, want: 'Typed client for My API b bold /b x 1.0.0, generated from its OpenAPI document.' }],
    ['a line break in the title cannot start a heading', { given: { title: 'Shop\n# Injected' }, want: 'Typed client for Shop # Injected 1.0.0, generated from its OpenAPI document.' }],
    ['the default base URL', { given: {}, want: 'Default base URL: `https://shop.example/v1`. An undocumented status throws `UnexpectedResponseError`.' }],
    ['no base URL', { given: { defaultBaseUrl: undefined }, want: 'The spec names no absolute server URL, so `baseUrl` is required. An undocumented status throws `UnexpectedResponseError`.' }],
    ['a relative server URL', { given: { defaultBaseUrl: '/api/v3' }, want: 'The spec names no absolute server URL (only `/api/v3`), so `baseUrl` is required. An undocumented status throws `UnexpectedResponseError`.' }],
    ['without a server, the example passes baseUrl', { given: { defaultBaseUrl: undefined }, want: "const client = new ShopApi({ baseUrl: 'https://api.example.com' }); // headers?, fetch?" }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(lines(emitReadme(model(given), OPTIONS))).toContain(want);
  });
});

describe('emitReadme: the methods table', () => {
  const cases: [string, { given: OperationModel; want: string }][] = [
    ['group, method and HTTP line', { given: operation('cancelBroadcast', { group: 'message', method: 'delete', path: '/message/broadcast/{id}' }), want: '| `client.message.cancelBroadcast()` | `cancelBroadcast()` | `DELETE /message/broadcast/{id}` |' }],
    ['deprecated operations say so', { given: operation('old', { deprecated: true }), want: '| `client.shop.old()` (deprecated) | `old()` | `GET /old` |' }],
    ['backticks, pipes and line breaks in a path cannot break the row', { given: operation('odd', { path: '/a`b|c\nd\re' }), want: '| `client.shop.odd()` | `odd()` | `GET /a b c d e` |' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const text = emitReadme(model({ operations: [given] }), OPTIONS);
    expect(lines(text).slice(lines(text).indexOf('| --- | --- | --- |') + 1)).toEqual([want, '']);
  });

  test('one row per operation, in model order', () => {
    const text = emitReadme(model({ operations: [operation('b'), operation('a'), operation('c')] }), OPTIONS);
    expect(lines(text).filter((line) => line.startsWith('| `client.'))).toEqual(['b', 'a', 'c'].map((name) => `| \`client.shop.${name}()\` | \`${name}()\` | \`GET /${name}\` |`));
  });
});

describe('emitReadme: the frame', () => {
  const text = emitReadme(model(), OPTIONS);
  const cases: [string, { given: 'first' | 'any'; want: string }][] = [
    ['the first line is the generated marker (write/output deletes only marked files)', { given: 'first', want: '<!-- Generated from shop.yaml (sha256 abc123) by @periskope-tools/generator. Do not edit. -->' }],
    ['the heading is the package name', { given: 'any', want: '# @acme/shop-client' }],
    ['the import names the package and client', { given: 'any', want: "import { ApiError, ShopApi } from '@acme/shop-client';" }],
    ['the client is constructed by its class name', { given: 'any', want: 'const client = new ShopApi(); // baseUrl?, headers?, fetch?' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    if (given === 'first') expect(lines(text)[0]).toBe(want);
    else expect(lines(text)).toContain(want);
  });

  test('the only headings are the title, the production options and "Methods"', () => {
    expect(lines(emitReadme(model({ title: 'A\n## B' }), OPTIONS)).filter((line) => line.startsWith('#'))).toEqual([
      '# @acme/shop-client',
      '## Retries, timeouts, headers and logs',
      '## Methods',
    ]);
  });

  test('the log environment variable is named after the client class', () => {
    expect(text).toContain('environment variable `SHOP_LOG` sets it (`SHOP_LOG=debug`)');
  });

  test('.withResponse() is shown on an operation with documented success headers, reading the first one', () => {
    const withHeaders = { ...response('200'), headers: [{ name: "X-Rate'Limit", required: false, wireType: 'number' as const, pointer: '' }] };
    const operations = [operation('plain'), operation('limited', { responses: [withHeaders] })];
    const shown = lines(emitReadme(model({ operations }), OPTIONS));
    expect(shown).toContain('const { data, headers, requestId } = await client.shop.limited().withResponse();');
    expect(shown).toContain("console.log(headers['X-RateLimit'], requestId); // documented headers, typed");
  });

  test('ends with a newline', () => {
    expect(text.endsWith('|\n')).toBe(true);
  });
});

describe('emitReadme: credentials', () => {
  const bearer = { name: 'bearerAuth', type: 'http', scheme: 'bearer', kind: 'authorization', authScheme: 'Bearer', optionNames: ['bearerAuth', 'authToken'] } as const;
  const basic = { name: 'basic', type: 'http', scheme: 'basic', kind: 'basic', optionNames: ['basic'] } as const;
  const key = { name: 'key', type: 'apiKey', in: 'query', parameterName: 'api_key', kind: 'apiKey', optionNames: ['key'] } as const;
  const cases: [string, { given: ApiModel['securitySchemes']; want: { constructor: string; options: string[] } }][] = [
    ['no schemes: no credentials, no list', { given: [], want: { constructor: 'const client = new ShopApi(); // baseUrl?, headers?, fetch?', options: [] } }],
    ['a single bearer scheme: the example uses authToken', {
      given: [{ ...bearer, optionNames: [...bearer.optionNames] }],
      want: { constructor: 'const client = new ShopApi({ authToken: process.env.API_TOKEN }); // baseUrl?, headers?, fetch?', options: ['- `bearerAuth` or `authToken`: `bearerAuth` (`Authorization: Bearer <token>`)'] },
    }],
    ['Basic first, an API key after it', {
      given: [{ ...basic, optionNames: [...basic.optionNames] }, { ...key, optionNames: [...key.optionNames] }],
      want: {
        constructor: 'const client = new ShopApi({ basic: { username: process.env.API_USER!, password: process.env.API_PASSWORD! } }); // baseUrl?, headers?, fetch?',
        options: ['- `basic`: `basic` (HTTP Basic, `{ username, password }`)', '- `key`: `key` (API key in the query as `api_key`)'],
      },
    }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const text = lines(emitReadme(model({ securitySchemes: given }), OPTIONS));
    expect(text.find((line) => line.startsWith('const client'))).toBe(want.constructor);
    expect(text.filter((line) => line.startsWith('- `'))).toEqual(want.options);
  });
});
