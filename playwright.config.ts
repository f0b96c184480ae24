import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './renderer/e2e/support/chromium';

/**
 * End-to-end tests drive the built renderer in Debian's Chromium against the real Node host. Playwright
 * never downloads a browser here. One worker: the machines have two cores and each test starts a host.
 */
export default defineConfig({
  testDir: 'renderer/e2e',
  testMatch: /.*\.spec\.ts/,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: '.test-results/playwright',
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  use: {
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1360, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
});
