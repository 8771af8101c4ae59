import { defineConfig } from 'vitest/config';

/**
 * `npm run test:release`: the release loop end to end, too slow for `npm test` on a loaded 2-core machine, so
 * `.ci/run` runs it after it: publish to a local Verdaccio and consume, and the turbo remote cache across two
 * fresh clones. One file at a time: each starts its own server and many npm and turbo processes.
 */
export default defineConfig({
  test: {
    include: ['test/release/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
