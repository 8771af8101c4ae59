import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSource } from '../../src/load/read-source.js';
import { GENERATOR_DIR } from './temp.js';

/** The peers' fixtures beside the repository (../shared/peer-specs), when they are there; empty in a user's clone. */
export const PEER_DIR = path.join(GENERATOR_DIR, '..', '..', 'shared', 'peer-specs');

/** GitHub's spec, from node_modules (@octokit/openapi), when installed. */
export const GITHUB_SPEC = path.join(GENERATOR_DIR, '..', 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');

/** Every peer fixture listed in its list.txt, as absolute paths. */
export const peerSpecFiles: string[] = existsSync(path.join(PEER_DIR, 'list.txt'))
  ? readFileSync(path.join(PEER_DIR, 'list.txt'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')).map((file) => path.join(PEER_DIR, file))
  : [];

/** The peer fixtures and GitHub's spec, those that are here. */
export function realSpecFiles(): string[] {
  return [...peerSpecFiles, ...(existsSync(GITHUB_SPEC) ? [GITHUB_SPEC] : [])];
}

/** The real documents we read, parsed (one we refuse is skipped: the corpus says why), one at a time. */
export async function* readableRealSpecs(): AsyncGenerator<{ file: string; parsed: unknown }> {
  for (const file of realSpecFiles()) {
    let parsed: unknown;
    try {
      parsed = (await readSource(file)).parsed;
    } catch {
      continue;
    }
    yield { file, parsed };
  }
}
