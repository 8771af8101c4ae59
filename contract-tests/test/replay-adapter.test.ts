// The vitest adapter (test/replay.test.ts) run by vitest in its own process, on specs it used to choke on: one
// without security schemes, one without responses. Neither may end in vitest's "No test found in suite".
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const PACKAGE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FIXTURES = path.join(PACKAGE, 'test', 'fixtures', 'report');

function adapter(spec: string): Promise<{ code: number; output: string }> {
  const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [vitest, 'run', '--config', 'vitest.config.ts', '--reporter', 'verbose', '--color', 'false'],
      { cwd: PACKAGE, timeout: 150_000, env: { ...process.env, CONTRACT_SPEC: spec, CONTRACT_GENERATE: '1', FORCE_COLOR: '0', NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

describe('the vitest adapter over runPlan', () => {
  test('a spec without security schemes: one test per call, all pass', async () => {
    const run = await adapter(path.join(FIXTURES, 'no-security.yaml'));
    expect(run.output).not.toContain('No test found');
    expect(run.output).toMatch(/✓ .*getItem 200 application\/json/);
    expect(run.output).toMatch(/✓ .*getItem 404 \(no content\)/);
    expect(run.output).toMatch(/Tests\s+6 passed/);
    expect(run.code).toBe(0);
  });

  test('a spec without responses: the replay test fails with the reason, no empty suite', async () => {
    const run = await adapter(path.join(FIXTURES, 'no-responses.yaml'));
    expect(run.output).not.toContain('No test found');
    expect(run.output).toContain('nothing replayed');
    expect(run.output).toContain('the spec documents no response');
    expect(run.code).toBe(1);
  });
});
