import { defineConfig } from 'vitest/config';

/** Integration tests against the one real OBS that scripts/obs-ci.sh runs: one file at a time. */
export default defineConfig({
  test: {
    include: ['main/**/*.obs.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
