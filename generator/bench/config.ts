/** What every benchmark shares: where things are, which spec, how many runs, our CLI's arguments. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const GENERATOR_DIR = path.dirname(BENCH_DIR);
export const REPO_DIR = path.dirname(GENERATOR_DIR);
export const TMP = path.join(BENCH_DIR, '.tmp');
export const GITHUB_SPEC = path.join(REPO_DIR, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
export const OUR_CLI = process.env.BENCH_OUR_CLI ?? path.join(GENERATOR_DIR, 'bin', 'generate.js');
export const OTS_CLI = path.join(REPO_DIR, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
export const TSC = path.join(REPO_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
export const CALLS = 100;
export const CLIENT_NAME = 'GitHubApi';
export const PACKAGE_NAME = '@bench/github';

export function ourArgs(out: string, quiet = true): string[] {
  return [OUR_CLI, '--spec', GITHUB_SPEC, '--out', out, '--name', PACKAGE_NAME, '--client', CLIENT_NAME, ...(quiet ? ['--quiet'] : [])];
}

export function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(REPO_DIR, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}
