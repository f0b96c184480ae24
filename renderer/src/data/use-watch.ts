import { useEffect } from 'react';
import type { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../app/db/collections';
import { useDatabaseStore } from './database-store';

/** Runs a feature's query watchers while its page is on screen. */
export function useWatch(start: (db: WorkbenchDatabase) => Subscription[]): void {
  const db = useDatabaseStore((state) => (state.phase === 'ready' ? state.db : null));
  useEffect(() => {
    if (!db) return undefined;
    const subscriptions = start(db);
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, [db, start]);
}
