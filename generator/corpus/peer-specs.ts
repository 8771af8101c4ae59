/**
 * Peer generators' test fixtures (343 documents of hey-api, openapi-typescript and orval, in ../shared/peer-specs
 * beside the repository when it is there): `list.txt` names the root documents, one per line. Read in place,
 * never copied into the project; absent, the list is empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_DIR, type CorpusSpec } from './corpus.js';

export const PEER_SPECS_DIR = path.join(REPO_DIR, '..', 'shared', 'peer-specs');

export function listPeerSpecs(dir = PEER_SPECS_DIR): CorpusSpec[] {
  const list = path.join(dir, 'list.txt');
  if (!existsSync(list)) return [];
  return readFileSync(list, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((file) => ({ id: `peer-specs/${file}`, file: path.join(dir, file), source: 'peer-specs', outName: `peer-specs-${file.replace(/\.(json|ya?ml)$/, '').replace(/[^A-Za-z0-9._-]+/g, '-')}` }));
}
