/** Derived values, computed from state with lib functions; never stored. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './index.ts';
import { PARKS, pinyinOf } from '../data/index.ts';
import { filterParks, sortParks } from '../lib/filters.ts';
import type { Park } from '../lib/parks.ts';

export const FILTER_CTX = { pinyin: pinyinOf };

/** The parks that pass the filters, in plan order. */
export function useVisibleParks(): Park[] {
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => filterParks(PARKS, filters, FILTER_CTX), [filters]);
}

/** The visible parks in the chosen sort order. */
export function useSortedVisibleParks(transitKm?: ReadonlyMap<string, number>): Park[] {
  const visible = useVisibleParks();
  const [sort, lang] = useAppStore(useShallow((s) => [s.sort, s.lang] as const));
  return useMemo(() => sortParks(visible, sort, lang, transitKm), [visible, sort, lang, transitKm]);
}

/** Ids of the visible parks, for the map's filter. */
export function useVisibleParkIds(): string[] {
  const visible = useVisibleParks();
  return useMemo(() => visible.map((p) => p.id), [visible]);
}
