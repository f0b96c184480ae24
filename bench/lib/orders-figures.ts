import type { BookResult, ImportResult, PickListResult, PickupResult, ScanFigures } from './orders-protocol';
import { formatNumber, type Figure, type Target } from './report';
import { median } from './stats';

/** Turns the bench page's measurements into the printed figures and the issue's targets. */

export interface OrdersRun {
  book: BookResult;
  pickup: PickupResult;
  pickList: PickListResult;
  imported: ImportResult;
  /** What the driver wrote into the Excel file, to hold the import's findings against. */
  sheet: { rows: number; badRows: number; neighbours: number; strangers: number };
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort(([, a], [, b]) => b - a)
    .map(([key, value]) => `${value} ${key}`)
    .join(', ');

function scanFigures(name: string, scans: ScanFigures, what: string): Figure[] {
  const note = `n=${scans.summary.n} ${what}: ${counts(scans.outcomes)}`;
  return [
    { name: `${name}_p50`, value: scans.summary.p50, unit: 'ms', note },
    {
      name: `${name}_p95`,
      value: scans.summary.p95,
      unit: 'ms',
      note: `max ${formatNumber(scans.summary.max)} ms`,
    },
  ];
}

function pickupFigures(pickup: PickupResult): Figure[] {
  return [
    ...scanFigures('pickup_verify_numeric', pickup.numeric, 'random stored 10-digit codes via lookUpScan'),
    ...scanFigures('pickup_verify_qr', pickup.qr, 'QR payloads (qrPayloadFor) via lookUpScan'),
    ...scanFigures(
      'pickup_verify_ready',
      pickup.ready,
      "ready orders: the handover case, plus the neighbour's other ready orders",
    ),
    ...scanFigures('pickup_refuse_forged', pickup.forged, 'stored codes with the last check digit altered'),
  ];
}

function pickListFigures(list: PickListResult): Figure[] {
  const runs = `median of ${list.totalMs.length} runs`;
  const split = `exec ${formatNumber(median(list.execMs))} ms + toMutableJSON ${formatNumber(median(list.jsonMs))} ms`;
  return [
    {
      name: 'picklist_query',
      value: median(list.queryMs),
      unit: 'ms',
      note: `${runs}: orders.find({campaignId}) over ${list.orders} orders, ${split}`,
    },
    {
      name: 'picklist_members',
      value: median(list.membersMs),
      unit: 'ms',
      note: `members.findByIds, ${list.members} members`,
    },
    {
      name: 'picklist_build',
      value: median(list.buildMs),
      unit: 'ms',
      note: `pickListByProduct + pickListByNeighbour + deliverySheet: ${list.pulled} orders pulled, ${list.products} products, ${list.bags} bags, ${list.buildings} buildings`,
    },
    {
      name: 'picklist_total',
      value: median(list.totalMs),
      unit: 'ms',
      note: `${runs}, worst ${formatNumber(Math.max(...list.totalMs))} ms; first (cold) run ${formatNumber(list.firstTotalMs)} ms`,
    },
  ];
}

/** Figures that explain the headline ones rather than answer the issue's questions. */
function diagnosticFigures(run: OrdersRun): Figure[] {
  const desk = run.pickup.diagnostics;
  const members = `n=${desk.siblingsAsked.n} distinct members each, ${formatNumber(desk.readyPerMember)} ready orders per member`;
  return [
    {
      name: 'diag_pickup_siblings_query_p50',
      value: desk.siblingsAsked.p50,
      unit: 'ms',
      note: `{memberId, status:'ready'} without an index hint (the planner picks [status, createdAt]); ${desk.readyOrders} ready orders stored; ${members}`,
    },
    {
      name: 'diag_pickup_siblings_by_member_index_p50',
      value: desk.siblingsByMember.p50,
      unit: 'ms',
      note: `same query with index: ['memberId','createdAt'], as lookUpScan asks it; p95 ${formatNumber(desk.siblingsByMember.p95)} ms`,
    },
    {
      name: 'diag_picklist_exec_sorted_by_index',
      value: median(run.pickList.execSortedByIndexMs),
      unit: 'ms',
      note: `exec() with sort createdAt (index order, no in-memory sort) vs ${formatNumber(median(run.pickList.execMs))} ms as the screen asks`,
    },
  ];
}

function importFigures(run: OrdersRun): Figure[] {
  const { imported, sheet } = run;
  const totalS = (imported.workerMs + imported.commitMs) / 1000;
  return [
    {
      name: 'import_rows',
      value: imported.rows,
      unit: 'rows',
      note: `${imported.validRows} valid, ${imported.errors} errors (${counts(imported.errorCodes)}; ${sheet.badRows} written bad), ${imported.drafts} orders drafted`,
    },
    {
      name: 'import_preview_worker',
      value: imported.workerMs,
      unit: 'ms',
      note: 'previewImport: products query + Web Worker readTable/mapColumns/validateRows/groupIntoOrders',
    },
    {
      name: 'import_read_xlsx',
      value: imported.readMs,
      unit: 'ms',
      note: 'readTable on the main thread, for the split',
    },
    {
      name: 'import_validate',
      value: imported.validateMs,
      unit: 'ms',
      note: 'mapColumns + validateRows, main thread',
    },
    { name: 'import_group', value: imported.groupMs, unit: 'ms', note: 'groupIntoOrders, main thread' },
    {
      name: 'import_commit',
      value: imported.commitMs,
      unit: 'ms',
      note: `commitImport: ${imported.saved} orders saved, ${imported.refused} refused${imported.refused ? ` (${counts(imported.refusedCodes)})` : ''}, ${imported.stockMoves} stock moves, batches of ${imported.batchSize}`,
    },
    {
      name: 'import_total',
      value: totalS,
      unit: 's',
      note: 'preview (worker) + commit, as the owner waits for it',
    },
  ];
}

export function ordersFigures(run: OrdersRun): { lines: Figure[]; targets: Target[]; warnings: string[] } {
  const { book, pickup, pickList, imported, sheet } = run;
  const lines: Figure[] = [
    {
      name: 'orders_stored',
      value: book.orders,
      unit: 'docs',
      note: `signed 10-digit codes, ${book.campaignOrders} in the open campaign; insert ${formatNumber(book.insertMs / 1000)} s = ${formatNumber(book.orders / (book.insertMs / 1000))} docs/s; ${book.members} members, ${book.products} products`,
    },
    ...pickupFigures(pickup),
    ...pickListFigures(pickList),
    ...importFigures(run),
    ...diagnosticFigures(run),
  ];
  const targets: Target[] = [
    {
      name: 'pickup_verify_numeric_p95',
      value: pickup.numeric.summary.p95,
      limit: 20,
      bound: '<',
      unit: 'ms',
    },
    { name: 'pickup_verify_qr_p95', value: pickup.qr.summary.p95, limit: 20, bound: '<', unit: 'ms' },
    { name: 'pickup_verify_ready_p95', value: pickup.ready.summary.p95, limit: 20, bound: '<', unit: 'ms' },
    { name: 'picklist_total', value: median(pickList.totalMs), limit: 300, bound: '<', unit: 'ms' },
    {
      name: 'import_total',
      value: (imported.workerMs + imported.commitMs) / 1000,
      limit: 5,
      bound: '<',
      unit: 's',
    },
  ];
  const warnings: string[] = [];
  for (const [name, scans] of Object.entries({
    numeric: pickup.numeric,
    qr: pickup.qr,
    ready: pickup.ready,
    forged: pickup.forged,
  })) {
    if (scans.wrong > 0)
      warnings.push(`${scans.wrong} ${name} scans answered with the wrong order or accepted a forgery`);
  }
  if (imported.errors !== sheet.badRows)
    warnings.push(`the import reported ${imported.errors} bad rows, the file has ${sheet.badRows}`);
  if (imported.ordersAfter - imported.ordersBefore !== imported.saved)
    warnings.push(
      `commitImport saved ${imported.saved} orders but the book grew by ${imported.ordersAfter - imported.ordersBefore}`,
    );
  return { lines, targets, warnings };
}
