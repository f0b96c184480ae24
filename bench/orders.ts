/**
 * Order-book benchmark: stores 100k orders with real signed pickup codes in the app's own RxDB/Dexie
 * database inside headless Chromium, then times the pickup desk's code check, a campaign's pick lists and
 * the import of a 10k-row Excel file, each through the app's own functions. Figures go to stdout, one per
 * line; progress goes to stderr.
 *
 *   npx tsx bench/orders.ts
 *
 * It reports and never gates: missed targets print FAIL and the exit code stays 0 (errors exit 1).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { toXlsx } from '../app/domain/export/xlsx';
import { firstPage, freePort, launchProfile, relayPageOutput } from './lib/chromium';
import { runBenchmark } from './lib/run-bench';
import { importSheet } from './lib/import-sheet';
import { benchSizes, bigCampaignId, createOrderWorld } from './lib/order-fixtures';
import { ordersFigures, type OrdersRun } from './lib/orders-figures';
import { importFilePath, ordersPagePath, type OrdersBenchApi } from './lib/orders-protocol';
import { buildOrdersSite, serveOrdersSite } from './lib/orders-site';
import { formatFigure, formatTarget } from './lib/report';

const settings = {
  seed: 20_240_601,
  orders: benchSizes.orders,
  batchSize: 2000,
  stockPerProduct: 100_000,
  pickup: { warmup: 20, numeric: 300, qr: 100, ready: 100, forged: 100 },
  pickListRuns: 10,
  sheet: { rows: 10_000, neighbours: 2000, badShare: 0.0125 },
};

/** Calls the bench page; the page's API is looked up inside the browser, where it lives. */
function callPage<K extends keyof OrdersBenchApi>(
  page: Page,
  method: K,
  options: Parameters<OrdersBenchApi[K]>[0],
): Promise<Awaited<ReturnType<OrdersBenchApi[K]>>> {
  return page.evaluate(
    async ([name, args]) => {
      const api = window.linliOrdersBench;
      if (!api) throw new Error('bench page not loaded');
      const call = api[name] as (value: typeof args) => Promise<unknown>;
      return call(args);
    },
    [method, options] as const,
  ) as Promise<Awaited<ReturnType<OrdersBenchApi[K]>>>;
}

async function runBench(page: Page, now: number, sheet: OrdersRun['sheet']): Promise<OrdersRun> {
  console.error(`[bench] storing ${settings.orders} orders with signed pickup codes`);
  const book = await callPage(page, 'book', {
    seed: settings.seed,
    now,
    orders: settings.orders,
    batchSize: settings.batchSize,
    campaignId: bigCampaignId,
    stockPerProduct: settings.stockPerProduct,
  });
  console.error('[bench] pickup desk');
  const pickup = await callPage(page, 'pickup', { seed: settings.seed, ...settings.pickup });
  console.error('[bench] pick lists');
  const pickList = await callPage(page, 'pickList', {
    campaignId: bigCampaignId,
    runs: settings.pickListRuns,
  });
  console.error('[bench] Excel import');
  const imported = await callPage(page, 'importFile', { path: importFilePath, name: '快团团导出-10k.xlsx' });
  await callPage(page, 'finish', undefined);
  return { book, pickup, pickList, imported, sheet };
}

async function main(): Promise<void> {
  await runBenchmark(async (cleanup) => {
    const workDir = await mkdtemp(join(tmpdir(), 'linli-bench-orders-'));
    cleanup.add('temp folder', () => rm(workDir, { recursive: true, force: true }));
    const now = Date.now();
    const world = createOrderWorld(settings.seed, now, benchSizes);
    const sheet = importSheet(world, settings.seed ^ 0x1e7, settings.sheet);
    const xlsx = await toXlsx([sheet.sheet]);
    console.error(
      `[bench] wrote a ${settings.sheet.rows}-row Excel file (${Math.round(xlsx.length / 1024)} KiB)`,
    );
    console.error('[bench] building the bench page');
    const siteDir = join(workDir, 'site');
    await buildOrdersSite(siteDir, { [importFilePath]: xlsx });
    const site = await serveOrdersSite(siteDir, await freePort());
    cleanup.add('bench server', () => site.close());
    const context = await launchProfile(join(workDir, 'profile'));
    const closeBrowser = cleanup.add('bench browser', () => context.close());
    const page = await firstPage(context);
    relayPageOutput(page, 'bench');
    await page.goto(`${site.origin}${ordersPagePath}`);
    await page.waitForFunction(() => window.linliOrdersBench !== undefined, undefined, { timeout: 30_000 });

    const run = await runBench(page, now, {
      rows: settings.sheet.rows,
      badRows: sheet.badRows,
      neighbours: settings.sheet.neighbours,
      strangers: sheet.strangers,
    });
    await closeBrowser();

    const { lines, targets, warnings } = ordersFigures(run);
    for (const line of lines) console.log(formatFigure(line));
    for (const [query, plan] of Object.entries({
      ...run.pickup.plans,
      ...run.pickup.diagnostics.plans,
      ...run.pickList.plans,
    }))
      console.log(`rxdb_plan_${query} ${plan}`);
    for (const warning of warnings) console.log(`WARNING ${warning}`);
    console.log('');
    for (const target of targets) console.log(formatTarget(target));
  });
}

await main();
