/**
 * `npm run changes -- --base-ref <rev>`: the spec as it was at a git revision (a pull request's target branch, a
 * tag), so a gate needs no copy of the old file. The spec's whole folder at that revision is extracted into a
 * temporary directory (`git archive`), so external `$ref`s to files beside it resolve as they did then.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { GeneratorError } from '../errors.js';

const run = promisify(execFile);

export interface RevisionCopy {
  /** The spec's path in the extracted copy. */
  file: string;
  /** Removes the temporary copy. */
  dispose(): Promise<void>;
}

/** Extracts `specPath`'s folder as it is at `revision` in its git repository. */
export async function specAtRevision(specPath: string, revision: string): Promise<RevisionCopy> {
  const specDir = path.dirname(specPath);
  const gitIn = (cwd: string, args: string[]) => run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' });
  let root: string;
  try {
    root = (await gitIn(specDir, ['rev-parse', '--show-toplevel'])).stdout.toString('utf8').trim();
  } catch {
    throw new GeneratorError(`--base-ref needs the spec inside a git repository, and ${specDir} is not in one`);
  }
  // Paths given to git below are from the repository's root.
  const git = (args: string[]) => gitIn(root, args);
  const relative = path.relative(root, specPath).split(path.sep).join('/');
  try {
    await git(['cat-file', '-e', `${revision}:${relative}`]);
  } catch {
    throw new GeneratorError(`--base-ref ${revision}: ${relative} is not in that revision (or git does not know the revision)`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'changes-base-'));
  try {
    // `git archive` writes a tar of the folder; tar (on every machine git runs on) unpacks it.
    const folder = path.posix.dirname(relative);
    const archive = await git(['archive', '--format=tar', revision, '--', folder === '.' ? relative : folder]);
    await new Promise<void>((resolve, reject) => {
      const tar = execFile('tar', ['-x', '-C', dir], (error) => (error ? reject(error) : resolve()));
      tar.stdin?.end(archive.stdout);
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new GeneratorError(`--base-ref ${revision}: cannot extract ${relative}: ${(error as Error).message.split('\n')[0]}`);
  }
  return { file: path.join(dir, ...relative.split('/')), dispose: () => rm(dir, { recursive: true, force: true }) };
}
