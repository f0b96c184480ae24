import { expect, type BrowserContext, type Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium';

export type Area =
  'orders' | 'members' | 'campaigns' | 'live' | 'copilot' | 'courses' | 'insights' | 'settings';

/** A browser profile on disk, so IndexedDB survives closing and relaunching the browser. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'linli-e2e-profile-'));
}

/** `extraArgs`: e.g. Chromium's fake camera flags for the desk's camera scanner. */
export async function launchProfile(profileDir: string, extraArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...extraArgs],
    viewport: { width: 1360, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** Page object for the workbench shell: what an owner sees and clicks. */
export class Workbench {
  readonly cspViolations: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) this.cspViolations.push(message.text());
    });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('[data-ready="true"]')).toBeVisible({ timeout: 60_000 });
  }

  async goTo(area: Area): Promise<void> {
    await this.page.getByTestId(`nav-${area}`).click();
    await expect(this.page.getByTestId(`page-${area}`)).toBeVisible();
  }

  navLink(area: Area) {
    return this.page.getByTestId(`nav-${area}`);
  }

  async chooseLanguage(locale: 'zh-CN' | 'en'): Promise<void> {
    await this.goTo('settings');
    await this.page.getByTestId('language').selectOption(locale);
  }

  statusOf(part: 'network' | 'host' | 'sync' | 'obs') {
    return this.page.getByTestId(`status-${part}`);
  }
}
