import { buildModel, type OpenApiDocument } from '@periskope-tools/generator';
import { expect, test } from 'vitest';
import { MOCK_TOKEN, mockCredentials } from '../src/call/credentials.js';

const cases: [string, { given: Record<string, unknown>; want: Record<string, unknown> }][] = [
  ['no schemes: no credentials', { given: {}, want: {} }],
  ['a single bearer scheme: under its own name (authToken is its alias)', { given: { bearerAuth: { type: 'http', scheme: 'bearer' } }, want: { bearerAuth: MOCK_TOKEN } }],
  ['Basic: a user and a password', { given: { basic: { type: 'http', scheme: 'basic' } }, want: { basic: { username: 'contract', password: MOCK_TOKEN } } }],
  ['API keys in a header, a query and a cookie; OAuth 2', {
    given: {
      header: { type: 'apiKey', in: 'header', name: 'X-Key' },
      query: { type: 'apiKey', in: 'query', name: 'key' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
      oauth: { type: 'oauth2', flows: {} },
    },
    want: { header: MOCK_TOKEN, query: MOCK_TOKEN, cookie: MOCK_TOKEN, oauth: MOCK_TOKEN },
  }],
  ['mutualTLS: nothing the client could send', { given: { tls: { type: 'mutualTLS' } }, want: {} }],
];

test.each(cases)('mockCredentials: %s', (_name, { given, want }) => {
  const document = { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: {}, components: { securitySchemes: given } } as unknown as OpenApiDocument;
  expect(mockCredentials(buildModel(document))).toEqual(want);
});
