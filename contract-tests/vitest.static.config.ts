import { defineConfig } from 'vitest/config';

/** `npm test` in this package: everything that needs no server (code samples, inventory, oracles). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/replay.test.ts', 'test/release/**', '**/node_modules/**'],
    testTimeout: 120_000,
  },
});
