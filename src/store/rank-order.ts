/**
 * The order of the ranked parks while the ranking view is open (issue 23), published by that view (which computes it
 * with lib/ranking, loaded on first use) for the parts that follow it at start-up cost: the shortlist that the
 * presentation, the print menu and the sheets step through. A cache of a derived value, not state: it is null while
 * the view is closed or has not computed yet.
 */
import { useSyncExternalStore } from 'react';

let order: readonly string[] | null = null;
const listeners = new Set<() => void>();

/** Sets the ranked park ids (null: no ranking shown). */
export function publishRankOrder(ids: readonly string[] | null): void {
  if (ids === order || (ids && order && ids.length === order.length && ids.every((id, i) => id === order![i]))) return;
  order = ids;
  for (const l of listeners) l();
}

/** The ranked park ids, or null. */
export function useRankOrder(): readonly string[] | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => order,
  );
}
