/**
 * Database benchmark: fills the app's own RxDB/Dexie database with 100k orders inside headless Chromium,
 * times the queries the workbench relies on against the same queries on raw Dexie, then cold-starts the
 * browser mode on that data. Figures go to stdout, one per line; progress goes to stderr.
 *
 *   npx tsx bench/db.ts
 *
 * It reports and never gates: missed targets print FAIL and the exit code stays 0 (errors exit 1).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPagePath, type FillResult, type MeasureResult } from './lib/bench-protocol';
import { appBuildFor, assembleSite } from './lib/bench-site';
import { firstPage, freePort, launchProfile, relayPageOutput } from './lib/chromium';
import type { Cleanup } from './lib/cleanup';
import { runBenchmark } from './lib/run-bench';
import { measureColdStart, type ColdStart } from './lib/cold-start';
import { startHost } from './lib/node-host';
import { benchSizes } from './lib/order-fixtures';
import { benchFigures, type BenchSettings } from './lib/db-figures';
import { formatFigure, formatTarget } from './lib/report';

const settings: BenchSettings = {
  seed: 20_240_601,
  orders: benchSizes.orders,
  batchSize: 2000,
  samples: 300,
  warmup: 20,
  rollupRuns: 10,
  coldStarts: 3,
};

interface Site {
  hostScript: string;
  siteDir: string;
  port: number;
  userDataDir: string;
}

/** Fills the profile's IndexedDB through the bench page and times the queries on both stores. */
async function fillAndMeasure(
  site: Site,
  cleanup: Cleanup,
): Promise<{ fill: FillResult; measure: MeasureResult }> {
  const host = await startHost({
    hostScript: site.hostScript,
    port: site.port,
    rendererDir: site.siteDir,
  });
  const stopHost = cleanup.add('bench host', () => host.stop());
  const context = await launchProfile(site.userDataDir);
  const closeBrowser = cleanup.add('bench browser', () => context.close());
  const page = await firstPage(context);
  relayPageOutput(page, 'bench');
  await page.goto(`${host.origin}${benchPagePath}`);
  await page.waitForFunction(() => window.linliBench !== undefined, undefined, { timeout: 30_000 });

  const now = Date.now();
  console.error(`[bench] inserting ${settings.orders} orders into RxDB, then raw Dexie`);
  const fill = await page.evaluate(
    (options) => {
      if (!window.linliBench) throw new Error('bench page not loaded');
      return window.linliBench.fill(options);
    },
    { seed: settings.seed, now, orders: settings.orders, batchSize: settings.batchSize },
  );
  console.error('[bench] measuring queries');
  const measure = await page.evaluate(
    (options) => {
      if (!window.linliBench) throw new Error('bench page not loaded');
      return window.linliBench.measure(options);
    },
    {
      seed: settings.seed,
      now,
      orders: settings.orders,
      members: benchSizes.members,
      samples: settings.samples,
      warmup: settings.warmup,
      rollupRuns: settings.rollupRuns,
    },
  );
  await page.evaluate(() => window.linliBench?.finish());
  await closeBrowser();
  await stopHost();
  return { fill, measure };
}

async function coldStarts(site: Site, cleanup: Cleanup): Promise<ColdStart[]> {
  const runs: ColdStart[] = [];
  for (let run = 1; run <= settings.coldStarts; run += 1) {
    const result = await measureColdStart(
      {
        hostScript: site.hostScript,
        rendererDir: site.siteDir,
        port: site.port,
        userDataDir: site.userDataDir,
      },
      cleanup,
    );
    console.error(
      `[bench] cold start ${run}: rows at ${Math.round(result.rowsMs)} ms after navigation ` +
        `(shell ready ${Math.round(result.readyMs)} ms, host ${Math.round(result.hostStartMs)} ms, ` +
        `browser ${Math.round(result.browserLaunchMs)} ms, ${result.rows} rows)`,
    );
    runs.push(result);
  }
  return runs;
}

async function main(): Promise<void> {
  await runBenchmark(async (cleanup) => {
    const workDir = await mkdtemp(join(tmpdir(), 'linli-bench-db-'));
    cleanup.add('temp folder', () => rm(workDir, { recursive: true, force: true }));
    const app = appBuildFor(workDir);
    console.error('[bench] building the bench page');
    const site: Site = {
      hostScript: app.hostScript,
      siteDir: await assembleSite(app, join(workDir, 'site')),
      port: await freePort(),
      userDataDir: join(workDir, 'profile'),
    };
    const { fill, measure } = await fillAndMeasure(site, cleanup);
    const starts = await coldStarts(site, cleanup);

    const { lines, targets } = benchFigures(settings, fill, measure, starts);
    console.log(`orders ${settings.orders} docs (${fill.lastWeekOrders} in the last 7 days)`);
    for (const line of lines) console.log(formatFigure(line));
    for (const [query, plan] of Object.entries(measure.plans)) console.log(`rxdb_plan_${query} ${plan}`);
    if (measure.mismatches.length > 0) {
      console.log(
        `WARNING ${measure.mismatches.length} answers differ between RxDB and Dexie, first: ${measure.mismatches[0] ?? ''}`,
      );
    }
    const shortRows = starts.filter((start) => start.rows < Math.min(100, fill.lastWeekOrders));
    if (shortRows.length > 0) console.log(`WARNING a cold start showed only ${shortRows[0]?.rows ?? 0} rows`);
    console.log('');
    for (const target of targets) console.log(formatTarget(target));
  });
}

await main();
