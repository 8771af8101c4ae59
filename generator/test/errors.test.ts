import { describe, expect, test } from 'vitest';
import { formatLocation, formatProblem, GeneratorError, oneLine, type SourceLocation } from '../src/errors.js';

describe('formatLocation', () => {
  const cases: [string, { given: SourceLocation; want: string }][] = [
    ['a file', { given: { file: 'spec.yaml' }, want: 'spec.yaml' }],
    ['file and line', { given: { file: 'spec.yaml', line: 12 }, want: 'spec.yaml:12' }],
    ['file, line and column', { given: { file: 'spec.yaml', line: 12, column: 5 }, want: 'spec.yaml:12:5' }],
    ['a column without a line is not shown', { given: { file: 'spec.yaml', column: 5 }, want: 'spec.yaml' }],
    ['a pointer', { given: { file: 'spec.yaml', pointer: '/paths/~1a' }, want: 'spec.yaml (#/paths/~1a)' }],
    ['everything', { given: { file: 'spec.yaml', line: 3, column: 1, pointer: '/info' }, want: 'spec.yaml:3:1 (#/info)' }],
    ['line 0 and the root pointer are shown', { given: { file: 'a', line: 0, pointer: '' }, want: 'a:0 (#)' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(formatLocation(given)).toBe(want);
  });
});

describe('oneLine', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['one line is unchanged', { given: 'a b', want: 'a b' }],
    ['LF is written \\n', { given: 'a\nb', want: 'a\\nb' }],
    ['CRLF is one \\n', { given: 'a\r\nb', want: 'a\\nb' }],
    ['a lone CR is \\r', { given: 'a\rb', want: 'a\\rb' }],
    ['U+2028 and U+2029 are \\n', { given: 'a\u2028b\u2029c', want: 'a\\nb\\nc' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(oneLine(given)).toBe(want);
  });
});

describe('formatProblem', () => {
  const cases: [string, { given: [string, SourceLocation?]; want: string }][] = [
    ['no location: the reason', { given: ['bad spec'], want: 'bad spec' }],
    ['location, then the reason', { given: ['bad spec', { file: 'spec.yaml', line: 2 }], want: 'spec.yaml:2: bad spec' }],
    ['a key with a line break stays one line', { given: ['unknown key "a\nb"', { file: 'spec.yaml', pointer: '/a\nb' }], want: 'spec.yaml (#/a\\nb): unknown key "a\\nb"' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(formatProblem(...given)).toBe(want);
  });
});

describe('GeneratorError', () => {
  const cause = new Error('inner');
  const cases: [string, { given: ConstructorParameters<typeof GeneratorError>; want: Partial<GeneratorError> }][] = [
    ['message is the formatted problem', { given: ['bad', { file: 'f', line: 1 }], want: { message: 'f:1: bad', reason: 'bad', location: { file: 'f', line: 1 } } }],
    ['without a location', { given: ['bad'], want: { message: 'bad', reason: 'bad', location: undefined } }],
    ['keeps the cause', { given: ['bad', undefined, { cause }], want: { cause } }],
    ['the reason is kept as given, the message made one line', { given: ['a\nb'], want: { message: 'a\\nb', reason: 'a\nb' } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const error = new GeneratorError(...given);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GeneratorError');
    for (const [key, value] of Object.entries(want)) expect(error[key as keyof GeneratorError]).toEqual(value);
  });
});
