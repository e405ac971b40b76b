/**
 * Glue between the promotion views and the data: the shortlist (compare set or filtered parks), each park's nearest
 * station per scenario (lib/transit.ts over the shipped stations and lines), and the letters of the compare set.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { useSortedVisibleParks } from '../../store/hooks.ts';
import { PARK_BY_ID } from '../../data/index.ts';
import type { StationHit } from '../../lib/transit.ts';
import { parkCommute } from '../transit/use-commute.ts';
import type { Park } from '../../lib/parks.ts';
import type { Scenario } from '../../lib/url-state.ts';

/** The nearest station to a park in a scenario ('now' = open stations; 'plan' = after the planned works), or null. */
export function nearestStation(park: Park, scenario: Scenario): StationHit | null {
  return parkCommute(park)[scenario].nearest;
}

/** The parks of the compare set, in the order they were picked. */
export function useCompareParks(): Park[] {
  const ids = useAppStore((s) => s.compareIds);
  return useMemo(() => ids.map((id) => PARK_BY_ID.get(id)).filter((p): p is Park => p !== undefined), [ids]);
}

export type Shortlist = { parks: Park[]; scope: 'compare' | 'filter' };

/** What the tour and the shortlist sheet cover: the compare set when it is non-empty, else the filtered parks in list order. */
export function useShortlist(): Shortlist {
  const compare = useCompareParks();
  const visible = useSortedVisibleParks();
  return useMemo(() => (compare.length ? { parks: compare, scope: 'compare' } : { parks: visible, scope: 'filter' }), [compare, visible]);
}

/** A, B, C, D: how the compare set names its parks in the tray, the table and the distance matrix. */
export const COMPARE_LETTERS = ['A', 'B', 'C', 'D'] as const;
export function compareLetter(i: number): string {
  return COMPARE_LETTERS[i] ?? String(i + 1);
}
