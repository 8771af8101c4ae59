import { afterEach, describe, expect, test, vi } from 'vitest';
import { readCommandLine } from '../src/command-line.js';

const OPTIONS = { spec: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } as const;

describe('readCommandLine', () => {
  afterEach(() => vi.restoreAllMocks());
  const cases: [string, { given: string[]; want: unknown; printed?: RegExp }][] = [
    ['options read', { given: ['--spec', 'a.yaml', '--json'], want: { values: { spec: 'a.yaml', json: true, help: false } } }],
    ['defaults', { given: [], want: { values: { json: false, help: false } } }],
    ['an unknown option: exit 2, the error and the usage', { given: ['--nope'], want: { exit: 2 }, printed: /^error: Unknown option '--nope'[\s\S]*\n\nUSAGE$/ }],
    ['a positional: exit 2', { given: ['a.yaml'], want: { exit: 2 }, printed: /positional/ }],
    ['-h: exit 0 and the usage', { given: ['-h'], want: { exit: 0 }, printed: /^USAGE$/ }],
  ];
  test.each(cases)('%s', (_name, { given, want, printed }) => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    expect(readCommandLine(given, OPTIONS, 'USAGE')).toEqual(want);
    if (printed) expect(lines.join('\n')).toMatch(printed);
    else expect(lines).toEqual([]);
  });
});
