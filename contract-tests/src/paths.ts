import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from '@periskope-tools/generator';

/** The repository: the folder above generator/ (whose config is the default job). */
export const REPOSITORY_ROOT = path.dirname(path.dirname(DEFAULT_CONFIG_FILE));

/** contract-tests/reports: where reports go unless `--report <dir>` says otherwise. */
export const DEFAULT_REPORT_DIR = path.join(REPOSITORY_ROOT, 'contract-tests', 'reports');

/** A path for messages: relative to the repository when inside it (`generated/package.json`), else absolute. */
export function show(file: string): string {
  const relative = path.relative(REPOSITORY_ROOT, file);
  if (relative === '') return '.';
  return !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** A path the user typed, resolved against the folder they typed it in (the generator's one implementation). */
export { resolveUserPath } from '@periskope-tools/generator';
