import { createRequire } from 'node:module';
import type * as OpenapiTypescript from 'openapi-typescript';

const require = createRequire(import.meta.url);

type CreateRef = (parts: readonly unknown[]) => string;

/** openapi-typescript's own helpers module: its transformers call `utils.createRef` through this object. */
const utils = require('openapi-typescript/dist/lib/utils.cjs') as Pick<typeof OpenapiTypescript, 'resolveRef' | 'scanDiscriminators'> & { createRef: CreateRef };

/** The `$ref` parser openapi-typescript's resolveRef uses: Redocly's, from the copy openapi-typescript resolves. */
const refUtils = createRequire(require.resolve('openapi-typescript/dist/lib/utils.cjs'))('@redocly/openapi-core/lib/ref-utils.js') as {
  parseRef(ref: string): { uri: string | null; pointer: string[] };
};

/**
 * The parts of openapi-typescript's CommonJS build that emit-types.ts calls, loaded with `require` for the reason
 * given in ./typescript.ts. Its index would also load its CLI's half (Redocly, parse-json and their
 * dependencies), which a thread that only transforms and prints types does not need.
 */
export const openapiTypescript = {
  ...(require('openapi-typescript/dist/lib/ts.cjs') as Pick<typeof OpenapiTypescript, 'astToString' | 'stringToAST'>),
  resolveRef: utils.resolveRef,
  scanDiscriminators: utils.scanDiscriminators,
  parseRef: refUtils.parseRef,
  transformSchema: require('openapi-typescript/dist/transform/index.cjs') as typeof OpenapiTypescript.transformSchema,
};

const originalCreateRef = utils.createRef;

/**
 * Runs `transform` with openapi-typescript's `createRef` answered from a cache. Its transformers call
 * `createRef([path, key])` for every schema node, and createRef parses and re-escapes the whole parent pointer each
 * time (Redocly's parseRef, unescapePointer, escapePointer): 6% of the types stage's CPU on GitHub's spec, growing
 * with nesting depth. createRef appends one piece per part and each piece depends on that part alone, so the
 * pieces are cached per part (the parent pointer repeats for all its children): the same strings, computed once.
 * The cache lives for one call and the original is put back after it.
 */
export function withCachedCreateRef<T>(transform: () => T): T {
  const pieces = new Map<string, string>();
  const piece = (part: unknown): string => originalCreateRef([part]).slice(1);
  utils.createRef = (parts) => {
    let pointer = '#';
    for (const part of parts) {
      if (typeof part !== 'string') {
        pointer += piece(part);
        continue;
      }
      let known = pieces.get(part);
      if (known === undefined) pieces.set(part, (known = piece(part)));
      pointer += known;
    }
    return pointer;
  };
  try {
    return transform();
  } finally {
    utils.createRef = originalCreateRef;
  }
}

/** openapi-typescript's createRef as it ships (for tests comparing the cached one with it). */
export const createRefAsShipped: CreateRef = originalCreateRef;

/** The createRef openapi-typescript's transformers call right now (for tests). */
export function currentCreateRef(): CreateRef {
  return utils.createRef;
}
