import { defineConfig } from 'vitest/config';

/** `npm run contract`: the replay against Prism. */
export default defineConfig({
  test: {
    include: ['test/replay.test.ts'],
    reporters: ['default', ['junit', { outputFile: 'reports/junit.xml', suiteName: 'contract' }]],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
