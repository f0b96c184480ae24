import type { Page } from '@playwright/test';
import { firstPage, launchProfile, relayPageOutput } from './chromium';
import type { Cleanup } from './cleanup';
import { startHost } from './node-host';

export const orderRowSelector = '[data-testid=orders-table] tbody tr';

export interface ColdStart {
  hostStartMs: number;
  browserLaunchMs: number;
  /** Page clock: from navigation start until the app marks its shell ready (database open). */
  readyMs: number;
  /** Page clock: from navigation start until the first order row is in the DOM. */
  rowsMs: number;
  /** Driver clock: host spawn, browser launch and navigation until rows show. */
  totalMs: number;
  rows: number;
}

interface StartMarks {
  ready?: number;
  rows?: number;
}

declare global {
  interface Window {
    linliStartMarks?: StartMarks;
  }
}

/**
 * Stamps performance.now() the moment the shell turns ready and the first order row appears. It runs
 * before the app's scripts and reacts to DOM changes, so no polling interval blurs the figure. It must not
 * declare named inner functions: the bundler's name helpers do not exist inside the page.
 */
function watchStartMarks(rowSelector: string): void {
  const marks: StartMarks = {};
  window.linliStartMarks = marks;
  new MutationObserver(function (_records, observer) {
    if (marks.ready === undefined && document.querySelector('.shell[data-ready="true"]'))
      marks.ready = performance.now();
    if (marks.rows === undefined && document.querySelector(rowSelector)) marks.rows = performance.now();
    if (marks.ready !== undefined && marks.rows !== undefined) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Waits for order rows, but gives up at once when the app reports a fatal error (a database it cannot
 * open), quoting what it shows instead of timing out in silence.
 */
async function waitForRows(page: Page): Promise<void> {
  const rows = page.locator(orderRowSelector).first();
  const fatal = page.locator('.fatal');
  try {
    await rows.or(fatal).first().waitFor({ timeout: 120_000 });
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(
      `no order rows: ${error instanceof Error ? error.message : String(error)}\npage shows: ${shown.slice(0, 400)}`,
    );
  }
  if (await fatal.isVisible())
    throw new Error(`the app failed to open its database: ${await fatal.innerText()}`);
}

async function readMarks(page: Page): Promise<{ ready: number; rows: number; count: number }> {
  return page.evaluate((selector) => {
    const marks = window.linliStartMarks ?? {};
    return {
      ready: marks.ready ?? Number.NaN,
      rows: marks.rows ?? Number.NaN,
      count: document.querySelectorAll(selector).length,
    };
  }, orderRowSelector);
}

/**
 * One cold start of the browser mode on an existing profile: a fresh host process and a fresh browser
 * (nothing of the app in memory), though the OS file cache stays warm.
 */
export async function measureColdStart(
  options: { hostScript: string; rendererDir: string; port: number; userDataDir: string },
  cleanup: Cleanup,
): Promise<ColdStart> {
  const began = performance.now();
  const host = await startHost(options);
  const stopHost = cleanup.add('cold-start host', () => host.stop());
  const hostStartMs = performance.now() - began;
  try {
    const launchBegan = performance.now();
    const context = await launchProfile(options.userDataDir);
    const closeBrowser = cleanup.add('cold-start browser', () => context.close());
    const browserLaunchMs = performance.now() - launchBegan;
    try {
      await context.addInitScript(watchStartMarks, orderRowSelector);
      const page = await firstPage(context);
      relayPageOutput(page, 'app');
      await page.goto(host.url, { waitUntil: 'commit' });
      await waitForRows(page);
      const totalMs = performance.now() - began;
      const marks = await readMarks(page);
      return {
        hostStartMs,
        browserLaunchMs,
        readyMs: marks.ready,
        rowsMs: marks.rows,
        totalMs,
        rows: marks.count,
      };
    } finally {
      await closeBrowser();
    }
  } finally {
    await stopHost();
  }
}
