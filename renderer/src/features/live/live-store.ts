import { create } from 'zustand';
import { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { LiveFeedDoc } from '../../../../app/db/schemas/live-feed';
import type { LiveSessionDoc } from '../../../../app/db/schemas/live-sessions';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import { watchDocs } from '../../data/watch';

interface LiveState {
  sessions: LiveSessionDoc[];
  lastComments: LiveFeedDoc[];
  commentCounts: Record<string, number>;
  products: ProductDoc[];
}

export const useLiveStore = create<LiveState>()(() => ({
  sessions: [],
  lastComments: [],
  commentCounts: {},
  products: [],
}));

export function watchLive(db: WorkbenchDatabase): Subscription[] {
  const counts: Subscription[] = [];
  let lastFeed: Subscription | undefined;
  const sessions = watchDocs(db.liveSessions.find({ sort: [{ createdAt: 'desc' }], limit: 50 }).$, (docs) => {
    useLiveStore.setState({ sessions: docs });
    counts.splice(0).forEach((subscription) => subscription.unsubscribe());
    for (const session of docs) {
      counts.push(
        db.liveFeed.count({ selector: { sessionId: session.id, kind: 'comment' } }).$.subscribe((count) =>
          useLiveStore.setState((state) => ({
            commentCounts: { ...state.commentCounts, [session.id]: count },
          })),
        ),
      );
    }
    lastFeed?.unsubscribe();
    const latest = docs[0];
    lastFeed = latest
      ? watchDocs(
          db.liveFeed.find({
            selector: { sessionId: latest.id, kind: 'comment' },
            sort: [{ at: 'asc' }],
            limit: 200,
          }).$,
          (lastComments) => useLiveStore.setState({ lastComments }),
        )
      : undefined;
  });
  const cleanup = new Subscription(() => {
    counts.forEach((subscription) => subscription.unsubscribe());
    lastFeed?.unsubscribe();
  });
  const products = watchDocs(db.products.find({ selector: { active: true } }).$, (docs) =>
    useLiveStore.setState({ products: docs.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) }),
  );
  return [sessions, products, cleanup];
}
