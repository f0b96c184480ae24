import { useEffect, useState } from 'react';
import type { LiveFeedDoc } from '../../../../app/db/schemas/live-feed';
import { useDatabaseStore } from '../../data/database-store';
import { watchDocs } from '../../data/watch';

export const feedLimit = 50;

/** The session's latest comments, newest first, kept current while the page is on screen. */
export function useFeed(sessionId: string | undefined): LiveFeedDoc[] {
  const db = useDatabaseStore((state) => (state.phase === 'ready' ? state.db : null));
  const [feed, setFeed] = useState<LiveFeedDoc[]>([]);
  useEffect(() => {
    if (!db || sessionId === undefined) {
      setFeed([]);
      return undefined;
    }
    const query = db.liveFeed.find({
      selector: { sessionId, kind: 'comment' },
      sort: [{ at: 'desc' }],
      limit: feedLimit,
    });
    const subscription = watchDocs(query.$, setFeed);
    return () => subscription.unsubscribe();
  }, [db, sessionId]);
  return feed;
}
