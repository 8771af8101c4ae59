import { describe, expect, test } from 'vitest';
import { isJsonMediaType, isWildcardMediaType, mediaRangeCovers, mediaTypeEssence, preferredMediaType } from '../../src/document/media-types.js';

describe('isJsonMediaType', () => {
  const cases: [string, { given: string; want: boolean }][] = [
    ['application/json', { given: 'application/json', want: true }],
    ['with parameters', { given: 'application/json; charset=utf-8', want: true }],
    ['any case', { given: 'Application/JSON', want: true }],
    ['a +json suffix', { given: 'application/vnd.github.v3.star+json', want: true }],
    ['problem+json', { given: 'application/problem+json', want: true }],
    ['text/json', { given: 'text/json', want: true }],
    ['not json-seq or ndjson', { given: 'application/x-ndjson', want: false }],
    ['not a prefix match', { given: 'application/jsonl', want: false }],
    ['xml', { given: 'application/xml', want: false }],
    ['*/* is not JSON (see isWildcardMediaType)', { given: '*/*', want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(isJsonMediaType(given)).toBe(want));
});

describe('mediaTypeEssence, isWildcardMediaType, mediaRangeCovers', () => {
  const essence: [string, { given: string; want: string }][] = [
    ['parameters and case dropped', { given: ' Text/HTML ; charset=UTF-8', want: 'text/html' }],
    ['plain', { given: 'image/png', want: 'image/png' }],
  ];
  test.each(essence)('essence: %s', (_name, { given, want }) => expect(mediaTypeEssence(given)).toBe(want));

  test.each([
    ['*/*', true],
    ['*/*; q=0.8', true],
    ['application/*', false],
    ['application/json', false],
  ] as const)('isWildcardMediaType(%s) is %s', (given, want) => expect(isWildcardMediaType(given)).toBe(want));

  const ranges: [string, { given: [string, string]; want: boolean }][] = [
    ['*/* covers anything', { given: ['image/png', '*/*'], want: true }],
    ['type/* covers its subtypes', { given: ['application/json', 'application/*'], want: true }],
    ['type/* not another type', { given: ['text/plain', 'application/*'], want: false }],
    ['exact, parameters ignored', { given: ['application/json', 'application/json; q=0.9'], want: true }],
    ['case-insensitive', { given: ['Application/Json', 'application/JSON'], want: true }],
    ['different subtype', { given: ['application/xml', 'application/json'], want: false }],
  ];
  test.each(ranges)('mediaRangeCovers: %s', (_name, { given, want }) => expect(mediaRangeCovers(...given)).toBe(want));
});

describe('preferredMediaType', () => {
  const cases: [string, { given: string[]; want: string | undefined }][] = [
    ['application/json wins', { given: ['application/xml', 'application/json'], want: 'application/json' }],
    ['json with a charset still wins over +json', { given: ['application/problem+json', 'application/json; charset=utf-8'], want: 'application/json; charset=utf-8' }],
    ['then any JSON type', { given: ['text/csv', 'application/vnd.api+json'], want: 'application/vnd.api+json' }],
    ['then the first', { given: ['text/csv', 'application/xml'], want: 'text/csv' }],
    ['none', { given: [], want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(preferredMediaType(given)).toBe(want));
});
