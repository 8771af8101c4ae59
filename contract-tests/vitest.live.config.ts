import { defineConfig } from 'vitest/config';

/**
 * `npm run contract -- --target <baseUrl>`: the inventory replayed against a real server through Prism's validating
 * proxy. Started by bin/contract.ts, which passes the target, the *name* of the token variable, the operations and
 * the report path as CONTRACT_LIVE_* environment variables. Its files end in `.live.ts`, so `npm test` (whose static
 * config takes the test files ending in `.test.ts`) never picks them up.
 */
export default defineConfig({
  test: {
    include: ['test/live/**/*.live.ts'],
    globalSetup: ['test/live/global-setup.ts'],
    // One file, calls in spec order: a live server sees one request at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
