import { describe, expect, test } from 'vitest';
import { bumpOf, bumpVersion, checkChangelog, nextRelease, type Bump, type ChangeLevel, type PreviousRelease } from '../../src/changes/index.js';
import { GeneratorError } from '../../src/errors.js';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const spec = (sha256: string) => ({ name: 'pets.yaml', sha256 });

function snapshot(sha256: string, properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> {
  return {
    '//': `Generated from pets.yaml (sha256 ${sha256}) by @periskope-tools/generator. Do not edit.`,
    openapi: '3.0.3',
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          responses: { '200': { content: { 'application/json': { schema: { type: 'object', properties, required } } } } },
        },
      },
    },
  };
}

describe('bumpVersion', () => {
  const cases: [string, { given: [string, Bump]; want: string }][] = [
    ['major resets minor and patch', { given: ['1.4.2', 'major'], want: '2.0.0' }],
    ['minor resets patch', { given: ['1.4.2', 'minor'], want: '1.5.0' }],
    ['patch', { given: ['1.4.2', 'patch'], want: '1.4.3' }],
    ['none keeps it', { given: ['1.4.2', 'none'], want: '1.4.2' }],
    ['a pre-release suffix is dropped', { given: ['1.4.2-beta.1', 'patch'], want: '1.4.3' }],
    ['an invalid version starts from 0.0.0', { given: ['2023-10-16', 'minor'], want: '0.1.0' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(bumpVersion(...given)).toBe(want));
});

describe('bumpOf', () => {
  const cases: [string, { given: ChangeLevel[]; want: Bump }][] = [
    ['nothing', { given: [], want: 'none' }],
    ['docs only is a patch', { given: ['docs'], want: 'patch' }],
    ['a fix is a patch', { given: ['fix', 'docs'], want: 'patch' }],
    ['a feature is a minor', { given: ['fix', 'feature'], want: 'minor' }],
    ['one breaking change decides', { given: ['feature', 'breaking', 'docs'], want: 'major' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(bumpOf(given.map((level) => ({ level })))).toBe(want));
});

describe('nextRelease', () => {
  const base: PreviousRelease = { version: '1.2.0', snapshot: snapshot(SHA_A, { id: { type: 'string' } }, ['id']) };

  test('a first generation takes the initial version and starts the changelog', () => {
    const release = nextRelease(undefined, snapshot(SHA_A, {}), spec(SHA_A), { initial: '1.0.0' });
    expect(release.version).toBe('1.0.0');
    expect(release.changelog).toMatch(/^# Changelog\n[\s\S]*\n## 1\.0\.0 \(initial\)\n/);
  });

  test('an unchanged spec keeps version and changelog', () => {
    const changelog = nextRelease(undefined, base.snapshot, spec(SHA_A), { initial: '1.2.0' }).changelog;
    const release = nextRelease({ ...base, changelog }, structuredClone(base.snapshot), spec(SHA_A), { initial: '9.9.9' });
    expect([release.version, release.changelog, release.report.bump]).toEqual(['1.2.0', changelog, 'none']);
  });

  test('a breaking change is a major release, its report prepended to the changelog', () => {
    const changelog = nextRelease(undefined, base.snapshot, spec(SHA_A), { initial: '1.2.0' }).changelog;
    const release = nextRelease({ ...base, changelog }, snapshot(SHA_B, { id: { type: 'string' } }), spec(SHA_B), { initial: '1.2.0' });
    expect(release.version).toBe('2.0.0');
    const sections = release.changelog.split('\n## ').slice(1).map((section) => section.split('\n')[0]);
    expect(sections).toEqual(['2.0.0 (major)', '1.2.0 (initial)']);
    expect(release.changelog).toContain('`property-required-removed`');
  });

  test('a feature is a minor release', () => {
    const release = nextRelease(base, snapshot(SHA_B, { id: { type: 'string' }, name: { type: 'string' } }, ['id']), spec(SHA_B), { initial: '1.2.0' });
    expect([release.version, release.report.bump]).toEqual(['1.3.0', 'minor']);
  });

  test('a spec changed only in documentation (other bytes, same snapshot) is a patch', () => {
    const same = structuredClone(base.snapshot) as Record<string, unknown>;
    const release = nextRelease(base, same, spec(SHA_B), { initial: '1.2.0' });
    expect([release.version, release.report.changes[0]?.rule]).toEqual(['1.2.1', 'documentation-changed']);
  });

  test('an explicit version below what the report needs is refused', () => {
    const breaking = snapshot(SHA_B, {});
    expect(() => nextRelease(base, breaking, spec(SHA_B), { initial: '1.2.0', explicit: '1.3.0' })).toThrow(/must be at least 2\.0\.0/);
    expect(nextRelease(base, breaking, spec(SHA_B), { initial: '1.2.0', explicit: '3.0.0' }).version).toBe('3.0.0');
  });
});

describe('checkChangelog', () => {
  const head = '# Changelog\n\nintro\n';
  const cases: [string, { given: PreviousRelease; want: RegExp | undefined }][] = [
    ['package.json and the latest release agree', { given: { version: '2.0.0', snapshot: {}, changelog: `${head}\n## 2.0.0 (major)\n\nx\n\n## 1.0.0 (initial)\n` }, want: undefined }],
    ['package.json lowered by hand after a major release', { given: { version: '1.1.0', snapshot: {}, changelog: `${head}\n## 2.0.0 (major)\n\n## 1.0.0 (initial)\n` }, want: /package\.json says version 1\.1\.0, but CHANGELOG\.md's latest release is 2\.0\.0/ }],
    ['a breaking change released as a minor', { given: { version: '1.1.0', snapshot: {}, changelog: `${head}\n## 1.1.0 (major)\n\n## 1.0.0 (initial)\n` }, want: /must be at least 2\.0\.0/ }],
    ['no changelog yet', { given: { version: '1.0.0', snapshot: {} }, want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    if (want === undefined) expect(() => checkChangelog(given)).not.toThrow();
    else {
      expect(() => checkChangelog(given)).toThrow(GeneratorError);
      expect(() => checkChangelog(given)).toThrow(want);
    }
  });
});
