import { defineConfig } from 'vitest/config';

/** `npm test` in this package: everything that needs no server (code samples, inventory, oracles). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/replay.test.ts', 'test/release/**', '**/node_modules/**'],
    testTimeout: 120_000,
    // test.concurrent (the module-system matrix: one tsc each) two at a time: the 2-core machine also runs the other tasks.
    maxConcurrency: 2,
  },
});
