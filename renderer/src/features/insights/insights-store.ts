import { create } from 'zustand';
import type { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import { summarizePeriod, type PeriodSummary } from '../../../../app/domain/insights/summary';
import { watchDocs } from '../../data/watch';

const month = 30 * 86_400_000;

interface InsightsState {
  summary: PeriodSummary | null;
  members: number;
}

export const useInsightsStore = create<InsightsState>()(() => ({ summary: null, members: 0 }));

export function watchInsights(db: WorkbenchDatabase): Subscription[] {
  const to = Date.now();
  const from = to - month;
  return [
    watchDocs(db.orders.find({ selector: { createdAt: { $gte: from } } }).$, (orders) =>
      useInsightsStore.setState({ summary: summarizePeriod(orders, from, to + 1) }),
    ),
    db.members.count().$.subscribe((members) => useInsightsStore.setState({ members })),
  ];
}
