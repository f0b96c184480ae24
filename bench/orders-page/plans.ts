import type { MangoQuery, RxCollection } from 'rxdb';

/**
 * The index RxDB's query planner picks for a query and whether it must filter or sort in memory: the
 * usual reason a query that should be fast is not.
 */
export function planOf<T>(collection: RxCollection<T>, query: MangoQuery<T>): string {
  const plan = collection.find(query).getPreparedQuery().queryPlan;
  const flags = [plan.selectorSatisfiedByIndex ? 'selector-by-index' : 'selector-filtered'];
  flags.push(plan.sortSatisfiedByIndex ? 'sort-by-index' : 'sorted-in-memory');
  return `[${plan.index.join(',')}] ${flags.join(' ')}`;
}
