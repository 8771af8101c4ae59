import { describe, expect, test } from 'vitest';
import {
  acceptValue,
  isJsonMediaType,
  isStreamingMediaType,
  isTextMediaType,
  isWildcardMediaType,
  mediaRangeCovers,
  mediaTypeEssence,
  preferredMediaType,
} from '../../src/document/media-types.js';

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

describe('isStreamingMediaType, isTextMediaType: how a non-JSON body is read', () => {
  const cases: [string, { given: string; want: 'stream' | 'text' | 'neither' }][] = [
    ['Server-Sent Events', { given: 'text/event-stream', want: 'stream' }],
    ['NDJSON', { given: 'application/x-ndjson', want: 'stream' }],
    ['NDJSON without x-', { given: 'application/ndjson', want: 'stream' }],
    ['JSON Lines', { given: 'application/jsonl', want: 'stream' }],
    ['JSON text sequences', { given: 'application/json-seq', want: 'stream' }],
    ['text/plain', { given: 'text/plain; charset=utf-8', want: 'text' }],
    ['CSV', { given: 'text/csv', want: 'text' }],
    ['XML', { given: 'application/xml', want: 'text' }],
    ['a +xml suffix', { given: 'application/atom+xml', want: 'text' }],
    ['YAML', { given: 'application/yaml', want: 'text' }],
    ['text/json is JSON, not text', { given: 'text/json', want: 'neither' }],
    ['JSON', { given: 'application/json', want: 'neither' }],
    ['a PNG', { given: 'image/png', want: 'neither' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(isStreamingMediaType(given) ? 'stream' : isTextMediaType(given) ? 'text' : 'neither').toBe(want);
  });
});

describe('acceptValue', () => {
  const cases: [string, { given: string[]; want: string | undefined }][] = [
    ['nothing documented: no header', { given: [], want: undefined }],
    ['JSON only', { given: ['application/json'], want: 'application/json' }],
    ['JSON first, the others at q=0.5', { given: ['application/xml', 'application/json'], want: 'application/json, application/xml;q=0.5' }],
    ['JSON types (problem+json of an error too) all at full weight', { given: ['application/json', 'text/csv', 'application/problem+json'], want: 'application/json, application/problem+json, text/csv;q=0.5' }],
    ['no JSON: every type as documented', { given: ['text/csv', 'application/pdf'], want: 'text/csv, application/pdf' }],
    ['duplicates once', { given: ['application/json', 'application/json'], want: 'application/json' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(acceptValue(given)).toBe(want));
});
