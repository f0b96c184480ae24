import { create } from 'zustand';
import type { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { OrderDoc, OrderStatus } from '../../../../app/db/schemas/orders';
import { watchDocs } from '../../data/watch';

const week = 7 * 86_400_000;
export const recentLimit = 100;

interface OrdersState {
  recent: OrderDoc[];
  counts: Partial<Record<OrderStatus, number>>;
  filter: OrderStatus | 'all';
  loaded: boolean;
  setFilter: (filter: OrderStatus | 'all') => void;
}

export const useOrdersStore = create<OrdersState>()((set) => ({
  recent: [],
  counts: {},
  filter: 'all',
  loaded: false,
  setFilter: (filter) => set({ filter }),
}));

export const selectVisible = (state: Pick<OrdersState, 'recent' | 'filter'>): OrderDoc[] =>
  state.filter === 'all' ? state.recent : state.recent.filter((order) => order.status === state.filter);

/**
 * The statuses that still need the owner's hand. Only these are counted: counting the whole history
 * (100k picked-up orders in a busy store) held up the first screen by most of a second.
 */
export const openStatuses: readonly OrderStatus[] = ['draft', 'confirmed', 'paid', 'ready'];

/**
 * Recent orders come through the createdAt index with a lower bound: an unbounded descending sort would
 * read every order (100k in a busy store) before the limit applies.
 */
export function watchOrders(db: WorkbenchDatabase): Subscription[] {
  const since = Date.now() - week;
  const recent = watchDocs(
    db.orders.find({
      selector: { createdAt: { $gte: since } },
      sort: [{ createdAt: 'desc' }],
      limit: recentLimit,
    }).$,
    (recentOrders) => useOrdersStore.setState({ recent: recentOrders, loaded: true }),
  );
  const counts = openStatuses.map((status) =>
    db.orders
      .count({ selector: { status } })
      .$.subscribe((count) =>
        useOrdersStore.setState((state) => ({ counts: { ...state.counts, [status]: count } })),
      ),
  );
  return [recent, ...counts];
}
