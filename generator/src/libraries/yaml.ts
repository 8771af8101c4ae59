import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/** The YAML parser (CommonJS), loaded with `require` for the reason given in ./typescript.ts. */
export const yaml = createRequire(import.meta.url)('yaml') as typeof Yaml;
