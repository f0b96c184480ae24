import type { DeepReadonlyObject } from 'rxdb';
import type { OrderDoc } from '../../app/db/schemas/orders';

/** What a query hands back: RxDB's documents are frozen views, Dexie's plain objects fit the same shape. */
export type OrderView = DeepReadonlyObject<OrderDoc>;

/**
 * The three questions the benchmark asks, answered by RxDB and by raw Dexie alike, so each figure
 * compares the same work on the same IndexedDB.
 */
export interface OrderStore {
  name: string;
  insert(orders: OrderDoc[]): Promise<void>;
  byPickupCode(code: string): Promise<OrderView | undefined>;
  /** Every order of a member, newest first. */
  memberOrders(memberId: string): Promise<OrderView[]>;
  /**
   * Non-cancelled sales of a campaign since `since`. Callers vary `since` between runs: RxDB would
   * otherwise answer a repeated query from its result cache without touching IndexedDB.
   */
  campaignRollup(campaignId: string, since: number): Promise<{ orders: number; totalFen: number }>;
  /** Orders created at or after `since`, counted the way the store would read them. */
  countSince(since: number): Promise<number>;
  close(): Promise<void>;
}
