import type { Summary } from './stats';

/** The contract between the driver (Node) and the bench page (Chromium), which meet through `window`. */

export const benchPagePath = '/bench/index.html';

/** The app's own database (renderer/src/data/open-database.ts), so a cold start of the app finds the orders. */
export const appDatabaseName = 'linli-workbench';

export interface FillOptions {
  seed: number;
  /** The clock the orders are spread back from; the driver fixes it so both stores get identical docs. */
  now: number;
  orders: number;
  batchSize: number;
}

export interface InsertFigures {
  docs: number;
  ms: number;
  docsPerSecond: number;
}

export interface FillResult {
  rxdb: InsertFigures;
  dexie: InsertFigures;
  /** Orders of the last 7 days: what the app's orders screen reads on start. */
  lastWeekOrders: number;
}

export interface MeasureOptions {
  seed: number;
  now: number;
  orders: number;
  members: number;
  samples: number;
  warmup: number;
  rollupRuns: number;
}

export interface QueryFigures {
  rxdb: Summary;
  dexie: Summary;
}

/** Figures that explain the headline ones rather than answer the questions. */
export interface Diagnostics {
  validationMsPerDoc: number;
  /** Medians of the orders screen's start-up queries on the filled database, once it is open. */
  startup: { recentMs: number; countsMs: number; togetherMs: number };
}

export interface MeasureResult {
  pickup: QueryFigures;
  memberOrders: QueryFigures;
  rollup: QueryFigures;
  meanOrdersPerMember: number;
  rollupOrders: number;
  rollupTotalFen: number;
  /** The index RxDB's planner chose per query, and whether it could skip the in-memory sort. */
  plans: Record<string, string>;
  /** Any sample where RxDB and raw Dexie disagreed: a benchmark of wrong answers is worthless. */
  mismatches: string[];
  diagnostics: Diagnostics;
}

export interface BenchApi {
  fill(options: FillOptions): Promise<FillResult>;
  measure(options: MeasureOptions): Promise<MeasureResult>;
  /** Closes RxDB (so the app can open the same database next) and deletes the raw Dexie copy. */
  finish(): Promise<void>;
}

declare global {
  interface Window {
    linliBench?: BenchApi;
  }
}
