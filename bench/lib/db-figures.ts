import type { FillResult, MeasureResult } from './bench-protocol';
import type { ColdStart } from './cold-start';
import { bigCampaignId } from './order-fixtures';
import { ratio, type Figure, type Target } from './report';
import { median } from './stats';

export interface BenchSettings {
  seed: number;
  orders: number;
  batchSize: number;
  samples: number;
  warmup: number;
  rollupRuns: number;
  coldStarts: number;
}

/** Turns the raw measurements into the printed figures and the targets. */
export function benchFigures(
  settings: BenchSettings,
  fill: FillResult,
  measure: MeasureResult,
  starts: ColdStart[],
): { lines: Figure[]; targets: Target[] } {
  const seconds = (ms: number) =>
    `${settings.orders} docs in ${(ms / 1000).toFixed(1)} s, batches of ${settings.batchSize}`;
  const n = `n=${settings.samples}`;
  const insertRatio = ratio(fill.rxdb.ms, fill.dexie.ms);
  const pickupRatio = ratio(measure.pickup.rxdb.p95, measure.pickup.dexie.p95);
  const memberRatio = ratio(measure.memberOrders.rxdb.p95, measure.memberOrders.dexie.p95);
  const rollupRatio = ratio(measure.rollup.rxdb.p50, measure.rollup.dexie.p50);
  const perMember = `avg ${measure.meanOrdersPerMember.toFixed(0)} orders per member`;
  const rollupNote = (worst: number) =>
    `median of ${settings.rollupRuns} runs over ${measure.rollupOrders} orders of ${bigCampaignId}, worst ${worst.toFixed(0)} ms`;
  const coldRows = median(starts.map((start) => start.rowsMs));
  const eachRun = starts.map((start) => start.rowsMs.toFixed(0)).join('/');
  const { diagnostics } = measure;
  const lines: Figure[] = [
    { name: 'rxdb_bulk_insert', value: fill.rxdb.docsPerSecond, unit: 'docs/s', note: seconds(fill.rxdb.ms) },
    {
      name: 'dexie_bulk_insert',
      value: fill.dexie.docsPerSecond,
      unit: 'docs/s',
      note: seconds(fill.dexie.ms),
    },
    { name: 'insert_ratio_rxdb_over_dexie', value: insertRatio, unit: 'x', note: 'insert time' },
    { name: 'rxdb_pickup_lookup_p50', value: measure.pickup.rxdb.p50, unit: 'ms', note: n },
    { name: 'rxdb_pickup_lookup_p95', value: measure.pickup.rxdb.p95, unit: 'ms', note: n },
    { name: 'dexie_pickup_lookup_p50', value: measure.pickup.dexie.p50, unit: 'ms', note: n },
    { name: 'dexie_pickup_lookup_p95', value: measure.pickup.dexie.p95, unit: 'ms', note: n },
    { name: 'pickup_lookup_ratio', value: pickupRatio, unit: 'x', note: 'p95 rxdb/dexie' },
    {
      name: 'rxdb_member_orders_p50',
      value: measure.memberOrders.rxdb.p50,
      unit: 'ms',
      note: `${n}, ${perMember}`,
    },
    { name: 'rxdb_member_orders_p95', value: measure.memberOrders.rxdb.p95, unit: 'ms', note: n },
    { name: 'dexie_member_orders_p50', value: measure.memberOrders.dexie.p50, unit: 'ms', note: n },
    { name: 'dexie_member_orders_p95', value: measure.memberOrders.dexie.p95, unit: 'ms', note: n },
    { name: 'member_orders_ratio', value: memberRatio, unit: 'x', note: 'p95 rxdb/dexie' },
    {
      name: 'rxdb_campaign_rollup',
      value: measure.rollup.rxdb.p50,
      unit: 'ms',
      note: rollupNote(measure.rollup.rxdb.max),
    },
    {
      name: 'dexie_campaign_rollup',
      value: measure.rollup.dexie.p50,
      unit: 'ms',
      note: rollupNote(measure.rollup.dexie.max),
    },
    { name: 'campaign_rollup_ratio', value: rollupRatio, unit: 'x', note: 'median rxdb/dexie' },
    {
      name: 'cold_start_to_interactive',
      value: coldRows,
      unit: 'ms',
      note: `${settings.orders} orders, navigation to first order row, median of runs ${eachRun} ms`,
    },
    {
      name: 'cold_start_db_ready',
      value: median(starts.map((start) => start.readyMs)),
      unit: 'ms',
      note: 'navigation to shell ready',
    },
    {
      name: 'cold_start_from_host_spawn',
      value: median(starts.map((start) => start.totalMs)),
      unit: 'ms',
      note: 'host spawn + browser launch + navigation to first row',
    },
    {
      name: 'rxdb_validation_cost',
      value: diagnostics.validationMsPerDoc,
      unit: 'ms/doc',
      note: 'the app’s zod schema check alone, on every RxDB write',
    },
    {
      name: 'rxdb_app_recent_orders_query',
      value: diagnostics.startup.recentMs,
      unit: 'ms',
      note: 'orders screen: last 7 days, newest 100, warm',
    },
    {
      name: 'rxdb_app_status_counts',
      value: diagnostics.startup.countsMs,
      unit: 'ms',
      note: 'one count per open status (4) in parallel, warm',
    },
    {
      name: 'rxdb_app_startup_queries',
      value: diagnostics.startup.togetherMs,
      unit: 'ms',
      note: 'both at once, as the screen asks, warm',
    },
  ];
  const targets: Target[] = [
    { name: 'pickup_lookup_p95', value: measure.pickup.rxdb.p95, limit: 20, bound: '<', unit: 'ms' },
    { name: 'member_orders_p95', value: measure.memberOrders.rxdb.p95, limit: 20, bound: '<', unit: 'ms' },
    { name: 'campaign_rollup', value: measure.rollup.rxdb.p50, limit: 300, bound: '<', unit: 'ms' },
    { name: 'pickup_lookup_ratio', value: pickupRatio, limit: 1.5, bound: '<=', unit: 'x' },
    { name: 'member_orders_ratio', value: memberRatio, limit: 1.5, bound: '<=', unit: 'x' },
    { name: 'campaign_rollup_ratio', value: rollupRatio, limit: 1.5, bound: '<=', unit: 'x' },
    { name: 'insert_ratio', value: insertRatio, limit: 1.5, bound: '<=', unit: 'x' },
    { name: 'cold_start_to_interactive', value: coldRows, limit: 1500, bound: '<', unit: 'ms' },
  ];
  return { lines, targets };
}
