import type { MeasureOptions, MeasureResult, QueryFigures } from '../lib/bench-protocol';
import { bigCampaignId, pickupCodeAt, sampleDistinct, seededRandom } from '../lib/order-fixtures';
import { summarize } from '../lib/stats';
import { diagnose } from './diagnostics';
import { worldFor } from './fill';
import type { OrderStore } from './order-store';
import type { RxdbOrderStore } from './rxdb-store';

type Probe<T> = (store: OrderStore) => Promise<T>;

interface Timings {
  rxdb: number[];
  dexie: number[];
}

async function timed<T>(store: OrderStore, probe: Probe<T>): Promise<[number, T]> {
  const began = performance.now();
  const value = await probe(store);
  return [performance.now() - began, value];
}

/**
 * Runs one probe on both stores back to back, alternating which goes first, so caches warmed by the first
 * and garbage left for the second fall on both alike. Warm-up rounds are compared but not recorded.
 */
async function pair<T>(
  rxdb: OrderStore,
  dexie: OrderStore,
  probe: Probe<T>,
  round: number,
  record: Timings | undefined,
): Promise<[T, T]> {
  if (round % 2 === 0) {
    const [rxMs, rxValue] = await timed(rxdb, probe);
    const [dxMs, dxValue] = await timed(dexie, probe);
    record?.rxdb.push(rxMs);
    record?.dexie.push(dxMs);
    return [rxValue, dxValue];
  }
  const [dxMs, dxValue] = await timed(dexie, probe);
  const [rxMs, rxValue] = await timed(rxdb, probe);
  record?.rxdb.push(rxMs);
  record?.dexie.push(dxMs);
  return [rxValue, dxValue];
}

const figures = (timings: Timings): QueryFigures => ({
  rxdb: summarize(timings.rxdb),
  dexie: summarize(timings.dexie),
});

export async function measureQueries(
  rxdb: RxdbOrderStore,
  dexie: OrderStore,
  options: MeasureOptions,
): Promise<MeasureResult> {
  const world = worldFor(options);
  const random = seededRandom(options.seed ^ 0x5eed);
  const rounds = options.warmup + options.samples;
  // Distinct samples: RxDB caches results per query, so a repeated key would be answered from memory.
  const codes = sampleDistinct(random, rounds, options.orders).map(pickupCodeAt);
  const memberIds = sampleDistinct(random, rounds, world.members.length).map(
    (i) => world.members[i]?.id ?? '',
  );
  const mismatches: string[] = [];
  const pickup: Timings = { rxdb: [], dexie: [] };
  const member: Timings = { rxdb: [], dexie: [] };
  const rollup: Timings = { rxdb: [], dexie: [] };
  let memberOrders = 0;

  for (let round = 0; round < rounds; round += 1) {
    const record = round >= options.warmup;
    const code = codes[round] ?? '';
    const [a, b] = await pair(
      rxdb,
      dexie,
      (store) => store.byPickupCode(code),
      round,
      record ? pickup : undefined,
    );
    if (!a || a.id !== b?.id)
      mismatches.push(`pickup ${code}: rxdb ${a?.id ?? 'none'}, dexie ${b?.id ?? 'none'}`);
  }
  console.info('[bench] pickup lookups done');

  for (let round = 0; round < rounds; round += 1) {
    const record = round >= options.warmup;
    const memberId = memberIds[round] ?? '';
    const [a, b] = await pair(
      rxdb,
      dexie,
      (store) => store.memberOrders(memberId),
      round,
      record ? member : undefined,
    );
    if (record) memberOrders += a.length;
    if (a.length !== b.length || a[0]?.createdAt !== b[0]?.createdAt) {
      mismatches.push(`member ${memberId}: rxdb ${a.length} orders, dexie ${b.length}`);
    }
  }
  console.info('[bench] member orders done');

  let rollupOrders = 0;
  let rollupTotalFen = 0;
  for (let round = 0; round < 1 + options.rollupRuns; round += 1) {
    // `since` lies decades before any order: the same answer, yet a new query for RxDB's cache each run.
    const since = round + 1;
    const [a, b] = await pair(
      rxdb,
      dexie,
      (store) => store.campaignRollup(bigCampaignId, since),
      round,
      round > 0 ? rollup : undefined,
    );
    if (a.orders !== b.orders || a.totalFen !== b.totalFen) {
      mismatches.push(`rollup: rxdb ${a.orders}/${a.totalFen}, dexie ${b.orders}/${b.totalFen}`);
    }
    rollupOrders = a.orders;
    rollupTotalFen = a.totalFen;
  }
  console.info('[bench] campaign roll-ups done');

  return {
    pickup: figures(pickup),
    memberOrders: figures(member),
    rollup: figures(rollup),
    meanOrdersPerMember: memberOrders / options.samples,
    rollupOrders,
    rollupTotalFen,
    plans: rxdb.explain({ code: codes[0] ?? '', memberId: memberIds[0] ?? '', campaignId: bigCampaignId }),
    mismatches,
    diagnostics: await diagnose(rxdb, world),
  };
}
