import { defineConfig } from 'vitest/config';

/** `npm run contract:vitest`: the contract pipeline shown as vitest tests (test/replay.test.ts, a thin adapter). */
export default defineConfig({
  test: {
    include: ['test/replay.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
