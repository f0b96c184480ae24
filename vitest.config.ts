import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'main/**/*.test.ts', 'renderer/src/**/*.test.ts', 'plugins/**/*.test.ts'],
    // Tests against a real OBS run in their own pass (vitest.obs.config.ts), with OBS started for them.
    exclude: ['**/node_modules/**', '**/*.obs.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
