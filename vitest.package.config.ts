import { defineConfig } from 'vitest/config';

/** The packaging check runs after the build, separately from the unit tests. */
export default defineConfig({
  test: {
    include: ['scripts/packaging/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
