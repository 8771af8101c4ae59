import { createRequire } from 'node:module';
// The typings declare a default export; at run time `require` returns the class itself.
type RandExpClass = typeof import('randexp').default;
let loaded: RandExpClass | undefined;

/** randexp (CommonJS: a string matching a regular expression), loaded with `require` as ./typescript.ts explains. */
export function randExp(): RandExpClass {
  loaded ??= createRequire(import.meta.url)('randexp') as RandExpClass;
  return loaded;
}
