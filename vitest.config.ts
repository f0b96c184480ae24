import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'main/**/*.test.ts', 'renderer/src/**/*.test.ts', 'plugins/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
