import { describe, expect, test } from 'vitest';
import { isUsableBaseUrl } from '../../src/document/index.js';

describe('isUsableBaseUrl', () => {
  const cases: [string, { given: string | undefined; want: boolean }][] = [
    ['absolute https', { given: 'https://api.example.com/v1', want: true }],
    ['absolute http with a port', { given: 'http://127.0.0.1:4010', want: true }],
    ['no server', { given: undefined, want: false }],
    ['empty', { given: '', want: false }],
    ['relative to the document', { given: '/api/v3', want: false }],
    ['the root', { given: '/', want: false }],
    ['a variable without a default is left unfilled', { given: 'https://{region}.example.com', want: false }],
    ['another scheme', { given: 'ws://example.com', want: false }],
    ['a scheme without a host', { given: 'https://', want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(isUsableBaseUrl(given)).toBe(want));
});
