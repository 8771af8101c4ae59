import { createRequire } from 'node:module';
import type valid from 'semver/functions/valid.js';

/** semver's `valid` (CommonJS), loaded with `require` for the reason given in ./typescript.ts; only this function. */
export const semverValid = createRequire(import.meta.url)('semver/functions/valid') as typeof valid;
