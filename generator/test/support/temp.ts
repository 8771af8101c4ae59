import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** /work/main/generator/test */
export const TEST_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** /work/main/generator */
export const GENERATOR_DIR = path.dirname(TEST_DIR);
/**
 * Scratch space inside the repository, so Node module resolution from generated files finds the
 * workspace's node_modules (openapi-fetch). Ignored by git through its own .gitignore.
 */
export const REPO_TMP_DIR = path.join(TEST_DIR, '.tmp');

/**
 * Temp folders that are removed by `cleanup()` (call it from afterEach/afterAll).
 * `inRepo` places the folder under test/.tmp instead of the OS temp dir.
 */
export function tempDirs() {
  const created: string[] = [];
  return {
    async make(prefix = 'gen-test-', options: { inRepo?: boolean } = {}): Promise<string> {
      let parent = os.tmpdir();
      if (options.inRepo) {
        await mkdir(REPO_TMP_DIR, { recursive: true });
        await writeFile(path.join(REPO_TMP_DIR, '.gitignore'), '*\n');
        parent = REPO_TMP_DIR;
      }
      const dir = await mkdtemp(path.join(parent, prefix));
      created.push(dir);
      return dir;
    },
    async cleanup(): Promise<void> {
      await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** Writes `files` (relative path → content) below `dir`, creating folders. */
export async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(dir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
