import { createRequire } from 'node:module';
import type * as OpenapiTypescript from 'openapi-typescript';

const require = createRequire(import.meta.url);

/**
 * The parts of openapi-typescript's CommonJS build that emit-types.ts calls, loaded with `require` for the reason
 * given in ./typescript.ts. Its index would also load its CLI's half (Redocly, parse-json and their
 * dependencies), which a thread that only transforms and prints types does not need.
 */
export const openapiTypescript = {
  ...(require('openapi-typescript/dist/lib/ts.cjs') as Pick<typeof OpenapiTypescript, 'astToString' | 'stringToAST'>),
  ...(require('openapi-typescript/dist/lib/utils.cjs') as Pick<typeof OpenapiTypescript, 'resolveRef' | 'scanDiscriminators'>),
  transformSchema: require('openapi-typescript/dist/transform/index.cjs') as typeof OpenapiTypescript.transformSchema,
};
