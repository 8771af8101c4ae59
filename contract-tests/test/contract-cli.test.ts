// `npm run contract -- --spec …` as a process: exit codes with --allow/--allow-rule, and the one-line reason of a run
// that could replay nothing. Each run is real: the spec's client generated and compiled, Prism started.
import { execFile } from 'node:child_process';
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const PACKAGE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FIXTURES = path.join(PACKAGE, 'test', 'fixtures', 'report');
const SWAGGER = path.join(PACKAGE, '..', 'node_modules', '@readme', 'oas-examples', '2.0', 'json', 'petstore.json');
const scratch = await mkdtemp(path.join(os.tmpdir(), 'contract-cli-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** bin/contract.ts with these arguments, bounded in time (execFile kills the process it started on timeout). */
function contract(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [require.resolve('tsx/cli'), 'bin/contract.ts', ...args], { cwd: PACKAGE, timeout: 150_000, env: { ...process.env, INIT_CWD: PACKAGE } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const lastLine = (text: string) => text.trim().split('\n').at(-1);

describe('--allow and --allow-rule: exit 0 only when every finding is allowed', () => {
  const spec = path.join(FIXTURES, 'invalid-example.yaml');
  // The fixture's one example breaks its schema: the example gate and the replay's body oracle both find it.
  const cases: [string, { given: string[]; want: { code: number; verdict: string; allowed?: number } }][] = [
    ['without an allow list, the spec finding fails the run', { given: [], want: { code: 1, verdict: 'contract: FAIL, 2 findings (spec 2, server 0, suite 0)' } }],
    ['--allow spec: both listed and counted as allowed, exit 0', { given: ['--allow', 'spec'], want: { code: 0, verdict: 'contract: pass (0 findings, 2 allowed: spec 2, server 0)', allowed: 2 } }],
    ['--allow-rule for both rules, exit 0', { given: ['--allow-rule', 'example-invalid', '--allow-rule', 'body-schema'], want: { code: 0, verdict: 'contract: pass (0 findings, 2 allowed: spec 2, server 0)', allowed: 2 } }],
    ['--allow-rule for one of the two, exit 1', { given: ['--allow-rule', 'example-invalid'], want: { code: 1, verdict: 'contract: FAIL, 1 finding (spec 1, server 0, suite 0, 1 allowed: spec 1, server 0)', allowed: 1 } }],
  ];
  test.each(cases)('%s', async (name, { given, want }) => {
    const report = path.join(scratch, name.replace(/\W+/g, '-'));
    const run = await contract(['--spec', spec, '--report', report, ...given]);
    expect(lastLine(run.stdout.split('\n').filter((line) => !line.startsWith('reports: ')).join('\n'))).toBe(want.verdict);
    expect(run.code).toBe(want.code);
    if (want.allowed !== undefined) {
      const results = JSON.parse(await readFile(path.join(report, 'results.json'), 'utf8'));
      expect(results).toMatchObject({ ok: want.code === 0, allowed: want.allowed, replayed: 1 });
      expect(await readFile(path.join(report, 'report.html'), 'utf8')).toContain(`data-count="allowed">${want.allowed}<`);
    }
  });

  test('--allow suite is refused in one line before anything runs', async () => {
    const run = await contract(['--spec', spec, '--allow', 'spec,suite']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe('contract: --allow suite is not possible: a suite finding is a failure of this toolkit, never of the spec or the server');
  });
});

describe('a run that can replay nothing exits 1 with a one-line reason', () => {
  const cases: [string, { given: string[]; want: RegExp }][] = [
    ['a spec the generator refuses (Swagger 2.0)', { given: ['--spec', SWAGGER, '--allow', 'spec'], want: /^contract: FAIL: nothing replayed: .*petstore\.json:2:3 \(#\/swagger\): Swagger 2\.0 is not supported: convert it to OpenAPI 3 first/ }],
    ['a spec that documents no response', { given: ['--spec', path.join(FIXTURES, 'no-responses.yaml')], want: /^contract: FAIL: nothing replayed: the spec documents no response$/ }],
    ['a spec Prism cannot load in time', { given: ['--spec', path.join(FIXTURES, 'no-security.yaml'), '--mock', 'cli', '--server-timeout', '50'], want: /^contract: FAIL: nothing replayed: Prism could not mock the spec: Prism did not start within 50 ms:$/ }],
  ];
  test.each(cases)('%s', async (name, { given, want }) => {
    const report = path.join(scratch, name.replace(/\W+/g, '-'));
    const run = await contract([...given, '--report', report]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(want);
    // Every report says it failed, and why.
    const results = JSON.parse(await readFile(path.join(report, 'results.json'), 'utf8'));
    expect(results).toMatchObject({ ok: false, replayed: 0 });
    expect(`contract: FAIL: nothing replayed: ${results.reason}`).toBe(lines[0]);
    expect(await readFile(path.join(report, 'junit.xml'), 'utf8')).toContain('type="nothing-replayed"');
  });
});
