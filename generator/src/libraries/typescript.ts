import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';

/**
 * TypeScript's compiler API, loaded with `require`. An ES `import` of this 9 MB CommonJS file makes Node scan it
 * for module syntax and for its export names before running it (about 0.5 s on every run); `require` only
 * compiles it, and the compile cache (pipeline/compile-cache.ts) serves that from disk. Import types from
 * 'typescript' itself (`import type * as TS from 'typescript'`).
 */
export const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
