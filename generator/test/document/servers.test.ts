import { describe, expect, test } from 'vitest';
import { firstServerUrl, operationServerUrl, serverUrl } from '../../src/document/servers.js';

describe('serverUrl', () => {
  const cases: [string, { given: unknown; want: string | undefined }][] = [
    ['a plain URL', { given: { url: 'https://api.example.test/v1' }, want: 'https://api.example.test/v1' }],
    ['variables at their defaults', { given: { url: 'https://{region}.example.test/{v}', variables: { region: { default: 'eu' }, v: { default: 'v2' } } }, want: 'https://eu.example.test/v2' }],
    ['a variable without a default stays as written', { given: { url: 'https://{x}.example.test', variables: {} }, want: 'https://{x}.example.test' }],
    ['no url', { given: { description: 'x' }, want: undefined }],
    ['not an object', { given: 'https://x', want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(serverUrl(given)).toBe(want));
});

describe('firstServerUrl and operationServerUrl', () => {
  test.each([
    ['the first usable entry of a list', () => firstServerUrl([{}, { url: 'https://b' }]), 'https://b'],
    ['no list', () => firstServerUrl(undefined), undefined],
    ['operation-level wins over path-level', () => operationServerUrl({ servers: [{ url: 'https://op' }] }, { servers: [{ url: 'https://path' }] }), 'https://op'],
    ['path-level when the operation has none', () => operationServerUrl({}, { servers: [{ url: 'https://path' }] }), 'https://path'],
    ['an empty operation list falls back to the path-level one', () => operationServerUrl({ servers: [] }, { servers: [{ url: 'https://path' }] }), 'https://path'],
    ['neither: the root servers apply (undefined)', () => operationServerUrl({}, {}), undefined],
  ])('%s', (_name, given, want) => expect(given()).toBe(want));
});
