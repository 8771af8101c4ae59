import { createRequire } from 'node:module';
import type * as RedoclyCore from '@redocly/openapi-core';

/** Redocly's OpenAPI core (CommonJS), loaded with `require` for the reason given in ./typescript.ts. */
export const redocly = createRequire(import.meta.url)('@redocly/openapi-core') as typeof RedoclyCore;
