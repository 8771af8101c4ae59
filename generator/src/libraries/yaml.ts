import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The YAML parser (CommonJS), loaded with `require` for the reason given in ./typescript.ts, and only when a
 * YAML text is parsed: a JSON spec never needs it.
 */
export function yaml(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}
