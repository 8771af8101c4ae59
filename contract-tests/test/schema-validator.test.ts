import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSchemaValidator } from '../src/spec/schema-validator.js';

const document = {
  openapi: '3.0.3',
  components: {
    schemas: {
      // Not a valid Unicode-mode pattern (`\\-` and `\\:` are identity escapes); DigitalOcean's spec has it.
      Tag: { type: 'string', pattern: '^[a-zA-Z0-9_\\-\\:]+$' },
      Slug: { type: 'string', pattern: '^[a-z]+$' },
      Stamp: { type: 'integer', format: 'unix-time' },
      Other: { type: 'integer', format: 'unix-time', minimum: 0 },
      Broken: { type: 'string', pattern: '(' },
      First: { type: 'integer', format: 'noted-once' },
      Second: { type: 'integer', format: 'noted-once', minimum: 0 },
    },
  },
};

afterEach(() => vi.restoreAllMocks());

describe('createSchemaValidator', () => {
  const cases: [string, { given: [pointer: string, value: unknown]; want: string[] }][] = [
    ['a pattern Unicode mode rejects is compiled without it: a match passes', { given: ['/components/schemas/Tag', 'a-b:c'], want: [] }],
    ['... and a mismatch fails', { given: ['/components/schemas/Tag', 'a b'], want: ['/: must match pattern "^[a-zA-Z0-9_\\-\\:]+$"'] }],
    ['an ordinary pattern in Unicode mode', { given: ['/components/schemas/Slug', 'Ab'], want: ['/: must match pattern "^[a-z]+$"'] }],
    ['an unknown format is not checked', { given: ['/components/schemas/Stamp', 12], want: [] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const validator = createSchemaValidator(document, '3.0');
    expect(validator.validate(...given).map((v) => `${v.instancePath}: ${v.message}`)).toEqual(want);
  });

  test('an unknown format is noted once, not once per schema', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const validator = createSchemaValidator(document, '3.0');
    validator.validate('/components/schemas/First', 1);
    validator.validate('/components/schemas/Second', 1);
    const notes = warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('noted-once'));
    expect(notes).toEqual(['schema validation: format "noted-once" is unknown, so values of that format are not checked']);
  });

  test('a pattern invalid in every mode still throws (the caller reports it)', () => {
    expect(() => createSchemaValidator(document, '3.0').validate('/components/schemas/Broken', 'x')).toThrow(/regular expression|pattern/i);
  });
});
