import { createServer } from 'node:net';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../renderer/e2e/support/chromium';

/** The system Chromium (Debian); nothing is ever downloaded. Flags keep it quiet and offline. */
const launchOptions = {
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
  viewport: { width: 1280, height: 800 },
  // Playwright would otherwise exit the process on Ctrl-C itself, before the benchmark's cleanup ran.
  handleSIGINT: false,
  handleSIGTERM: false,
};

/** A persistent profile, because IndexedDB must survive from the fill to every cold start. */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, launchOptions);
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** Relays the bench page's progress lines and any page error to stderr; the app's chatter stays out. */
export function relayPageOutput(page: Page, label: string): void {
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[bench]')) console.error(text);
    // Neither page has a favicon; its 404 says nothing about the benchmark.
    else if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      console.error(`[${label}] ${text}`);
  });
  page.on('pageerror', (error) => console.error(`[${label}] page error: ${error.message}`));
}

/** The IndexedDB data belongs to one origin, so the port is chosen once and reused by every host start. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
