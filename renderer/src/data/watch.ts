import type { Observable, Subscription } from 'rxjs';
import type { RxDocument } from 'rxdb';

/** Feeds a reactive RxDB query into a store as plain JSON, so components never hold live documents. */
export function watchDocs<T>(query$: Observable<RxDocument<T>[]>, apply: (docs: T[]) => void): Subscription {
  return query$.subscribe((docs) => apply(docs.map((doc) => doc.toJSON() as unknown as T)));
}
