import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeneratorError } from './errors.js';
import { isSafeIdentifier } from './model/naming.js';
import type { PaginationDeclaration } from './model/types.js';

/** The repository's default job, kept in one file: generator/generator.config.json. */
export interface GeneratorConfig {
  /** Paths are relative to the config file. */
  spec: string;
  out: string;
  packageName: string;
  clientName: string;
  /**
   * Paging for list operations the spec leaves ambiguous, by operationId: `{ "style": "offset", "items":
   * "messages" }`, or `false` to leave a detected one unpaged.
   */
  pagination?: Record<string, PaginationDeclaration | false>;
}

/**
 * generator/generator.config.json: the repository's default job. Resolved from this module (src/ or dist/ are both
 * one level below the package folder), so the CLI and the contract suite read the same file.
 */
export const DEFAULT_CONFIG_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'generator.config.json');

const KEYS: (keyof GeneratorConfig)[] = ['spec', 'out', 'packageName', 'clientName'];

export async function loadConfig(file: string): Promise<GeneratorConfig> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new GeneratorError(`cannot read the generator config: ${(error as Error).message}`, { file });
  }
  if (parsed === null || typeof parsed !== 'object') throw new GeneratorError('the config must be a JSON object', { file });
  const config = parsed as Record<string, unknown>;
  for (const key of KEYS) {
    if (typeof config[key] !== 'string' || config[key] === '') {
      throw new GeneratorError(`"${key}" must be a non-empty string`, { file, pointer: `/${key}` });
    }
  }
  const base = path.dirname(file);
  const pagination = paginationConfig(config.pagination, file);
  return {
    spec: path.resolve(base, config.spec as string),
    out: path.resolve(base, config.out as string),
    packageName: config.packageName as string,
    clientName: config.clientName as string,
    ...(pagination ? { pagination } : {}),
  };
}

export function checkClientName(name: string): void {
  if (!isSafeIdentifier(name) || !/^[A-Z]/.test(name)) {
    throw new GeneratorError(`--client "${name}" must be a PascalCase identifier, such as PeriskopeApi`);
  }
}

export function checkPackageName(name: string): void {
  if (!/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/.test(name) || name.length > 214) {
    throw new GeneratorError(`--name "${name}" is not a valid npm package name`);
  }
}

const PAGINATION_STYLES = ['offset', 'page', 'link', 'cursor'];
const PAGINATION_KEYS = ['style', 'items', 'offset', 'limit', 'page', 'size', 'cursor', 'nextCursor', 'itemCursor', 'hasMore'];

function paginationConfig(value: unknown, file: string): Record<string, PaginationDeclaration | false> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GeneratorError('"pagination" must be an object of operationId → { style, items, ... } or false', { file, pointer: '/pagination' });
  }
  const result: Record<string, PaginationDeclaration | false> = {};
  for (const [operationId, entry] of Object.entries(value)) {
    const pointer = `/pagination/${operationId.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (entry === false) {
      result[operationId] = false;
      continue;
    }
    if (entry === null || typeof entry !== 'object' || !PAGINATION_STYLES.includes((entry as { style?: string }).style ?? '')) {
      throw new GeneratorError(`"style" must be one of ${PAGINATION_STYLES.join(', ')}`, { file, pointer: `${pointer}/style` });
    }
    for (const [key, field] of Object.entries(entry)) {
      if (!PAGINATION_KEYS.includes(key)) throw new GeneratorError(`unknown key "${key}" (known: ${PAGINATION_KEYS.join(', ')})`, { file, pointer: `${pointer}/${key}` });
      if (typeof field !== 'string') throw new GeneratorError(`"${key}" must be a string`, { file, pointer: `${pointer}/${key}` });
    }
    result[operationId] = entry as PaginationDeclaration;
  }
  return result;
}
