import { expect, test } from 'vitest';
import { isJsonMediaType } from '../src/document/index.js';
import { isJsonContentType } from '../templates/runtime.js';

// The runtime reads a Content-Type known only at run time and cannot import the generator: its one predicate must
// give the document layer's answer for every case.
const cases: [string, { given: string; want: boolean }][] = [
  ['application/json', { given: 'application/json', want: true }],
  ['parameters and case', { given: 'Application/JSON; charset=utf-8', want: true }],
  ['a +json suffix', { given: 'application/problem+json', want: true }],
  ['text/json', { given: 'text/json', want: true }],
  ['NDJSON is not one JSON value', { given: 'application/x-ndjson', want: false }],
  ['JSON text sequences neither', { given: 'application/json-seq', want: false }],
  ['HTML', { given: 'text/html', want: false }],
  ['XML', { given: 'application/xml', want: false }],
  ['a wildcard is not JSON', { given: '*/*', want: false }],
];

test.each(cases)('isJsonContentType agrees with isJsonMediaType: %s', (_name, { given, want }) => {
  expect(isJsonContentType(given)).toBe(want);
  expect(isJsonMediaType(given)).toBe(want);
});
