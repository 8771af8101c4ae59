import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/** ts-morph (CommonJS, with its own copy of TypeScript), loaded with `require` for the reason given in ./typescript.ts. */
export const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;
