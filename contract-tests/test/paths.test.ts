import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_REPORT_DIR, REPOSITORY_ROOT, resolveUserPath, show } from '../src/paths.js';
import { redact, redactUrl } from '../src/redact.js';

const initCwd = process.env.INIT_CWD;
afterEach(() => {
  if (initCwd === undefined) delete process.env.INIT_CWD;
  else process.env.INIT_CWD = initCwd;
});

describe('paths for messages and for what the user typed', () => {
  const showCases: [string, { given: string; want: string }][] = [
    ['inside the repository: relative to it', { given: path.join(REPOSITORY_ROOT, 'generated', 'package.json'), want: 'generated/package.json' }],
    ['the repository itself', { given: REPOSITORY_ROOT, want: '.' }],
    ['outside: absolute', { given: '/tmp/x/api.yaml', want: '/tmp/x/api.yaml' }],
  ];
  test.each(showCases)('show: %s', (_name, { given, want }) => expect(show(given)).toBe(want));

  test('resolveUserPath: against INIT_CWD (where `npm run` was started), not the workspace folder', () => {
    process.env.INIT_CWD = REPOSITORY_ROOT;
    expect(resolveUserPath('spec/periskope.yaml')).toBe(path.join(REPOSITORY_ROOT, 'spec', 'periskope.yaml'));
    expect(resolveUserPath('/abs/api.yaml')).toBe('/abs/api.yaml');
  });

  test('the default report folder is contract-tests/reports', () => {
    expect(show(DEFAULT_REPORT_DIR)).toBe('contract-tests/reports');
  });
});

describe('redaction', () => {
  const cases: [string, { given: [string, string | undefined]; want: string }][] = [
    ['every occurrence', { given: ['Bearer abcdef and abcdef', 'abcdef'], want: 'Bearer [redacted] and [redacted]' }],
    ['no secret', { given: ['Bearer abcdef', undefined], want: 'Bearer abcdef' }],
    ['secrets shorter than 4 characters are left (they would mangle text)', { given: ['a b c', 'a'], want: 'a b c' }],
  ];
  test.each(cases)('redact: %s', (_name, { given, want }) => expect(redact(...given)).toBe(want));

  const urlCases: [string, { given: string; want: string }][] = [
    ['credentials removed', { given: 'https://user:pass@api.example.com/v1', want: 'https://api.example.com/v1' }],
    ['none to remove', { given: 'https://api.example.com/v1', want: 'https://api.example.com/v1' }],
    ['not a URL', { given: 'not a url', want: 'not a url' }],
  ];
  test.each(urlCases)('redactUrl: %s', (_name, { given, want }) => expect(redactUrl(given)).toBe(want));
});
