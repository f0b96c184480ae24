import type { Summary } from './stats';

/**
 * The contract between the order-book driver (bench/orders.ts, Node) and its bench page (Chromium),
 * which meet through `window.linliOrdersBench`.
 */

export const ordersPagePath = '/index.html';
/** Where the driver puts the generated Excel file inside the served folder. */
export const importFilePath = '/import-10k.xlsx';

export interface BookOptions {
  seed: number;
  /** The clock the fixture orders are spread back from. */
  now: number;
  orders: number;
  batchSize: number;
  /** Whose orders are rewritten as a campaign still being picked (the fixtures settle old orders). */
  campaignId: string;
  /** Units received per product, so that imported orders are never refused for stock. */
  stockPerProduct: number;
}

export interface BookResult {
  orders: number;
  insertMs: number;
  campaignOrders: number;
  members: number;
  products: number;
  /** Orders whose first signed code was taken and that needed a retry, as the app's freePickupCode does. */
  codeRetries: number;
}

export interface PickupOptions {
  seed: number;
  warmup: number;
  numeric: number;
  qr: number;
  ready: number;
  forged: number;
}

export interface ScanFigures {
  summary: Summary;
  /** How lookUpScan answered: ready / already / notReady, or refused. */
  outcomes: Record<string, number>;
  /** Answers naming another order than the one scanned, or accepting a forgery: must stay 0. */
  wrong: number;
}

/** The ready-order handover's extra query, alone: as the desk asks it, and on the member index. */
export interface DeskDiagnostics {
  readyOrders: number;
  readyPerMember: number;
  siblingsAsked: Summary;
  siblingsByMember: Summary;
  plans: Record<string, string>;
}

export interface PickupResult {
  numeric: ScanFigures;
  qr: ScanFigures;
  ready: ScanFigures;
  forged: ScanFigures;
  diagnostics: DeskDiagnostics;
  plans: Record<string, string>;
}

export interface PickListOptions {
  campaignId: string;
  runs: number;
}

export interface PickListResult {
  orders: number;
  /** Orders in a status the pick lists pull (confirmed, paid, ready). */
  pulled: number;
  members: number;
  products: number;
  bags: number;
  buildings: number;
  /** Per run: the orders query (exec, then toMutableJSON), the members, the three lists, all together. */
  execMs: number[];
  jsonMs: number[];
  queryMs: number[];
  membersMs: number[];
  buildMs: number[];
  totalMs: number[];
  /** The first run, before RxDB held any of the campaign's documents in memory. */
  firstTotalMs: number;
  /**
   * exec() of the same query sorted by createdAt, which the [campaignId, createdAt] index supplies: without
   * a sort RxDB sorts by primary key, in memory. Tells how much of exec() that sort is.
   */
  execSortedByIndexMs: number[];
  plans: Record<string, string>;
}

export interface ImportResult {
  rows: number;
  validRows: number;
  errors: number;
  /** Error codes as validateRows reported them, counted. */
  errorCodes: Record<string, number>;
  drafts: number;
  /** The app's path: previewImport, i.e. the products query plus the Web Worker's read, validate, group. */
  workerMs: number;
  /** The same three steps on the page's main thread, to show where the worker's time goes. */
  readMs: number;
  validateMs: number;
  groupMs: number;
  commitMs: number;
  saved: number;
  refused: number;
  /** Refusal codes, counted (e.g. STOCK_INSUFFICIENT). */
  refusedCodes: Record<string, number>;
  stockMoves: number;
  batchSize: number;
  ordersBefore: number;
  ordersAfter: number;
}

/** Function-typed properties, not methods: the driver calls them by name, detached from the object. */
export interface OrdersBenchApi {
  book: (options: BookOptions) => Promise<BookResult>;
  pickup: (options: PickupOptions) => Promise<PickupResult>;
  pickList: (options: PickListOptions) => Promise<PickListResult>;
  importFile: (options: { path: string; name: string }) => Promise<ImportResult>;
  finish: () => Promise<void>;
}

declare global {
  interface Window {
    linliOrdersBench?: OrdersBenchApi;
  }
}
