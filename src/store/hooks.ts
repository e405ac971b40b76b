/** Derived values, computed from state with lib functions; never stored. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './index.ts';
import { PARKS, STATIONS, TRANSIT_LINES, pinyinOf } from '../data/index.ts';
import { filterParks, sortParks } from '../lib/filters.ts';
import type { Park } from '../lib/parks.ts';
import { buildNetwork, effectiveTransitQuery, filterByTransitKm, transitKmByPlace, type Network } from '../lib/transit.ts';
import type { Scenario } from '../lib/url-state.ts';

export const FILTER_CTX = { pinyin: pinyinOf };

const networks = new Map<Scenario, Network>();
/** The transit network of a scenario (transit feature), built once from the static data. */
export function transitNetwork(scenario: Scenario): Network {
  let n = networks.get(scenario);
  if (!n) {
    n = buildNetwork(STATIONS.features, TRANSIT_LINES.features, scenario);
    networks.set(scenario, n);
  }
  return n;
}

/** For each park: km to the nearest station matching the transit filter's lines and statuses, in the current scenario. */
export function useTransitKmByPark(): ReadonlyMap<string, number> {
  const scenario = useAppStore((s) => s.scenario);
  const lines = useAppStore((s) => s.transitQuery.lines);
  const statuses = useAppStore((s) => s.transitQuery.statuses);
  return useMemo(() => transitKmByPlace(PARKS, transitNetwork(scenario), effectiveTransitQuery({ maxKm: null, lines, statuses }, scenario)), [scenario, lines, statuses]);
}

/** The parks that pass the filters (and the transit filter's distance), in plan order. */
export function useVisibleParks(): Park[] {
  const filters = useAppStore((s) => s.filters);
  const maxKm = useAppStore((s) => s.transitQuery.maxKm);
  const kmByPark = useTransitKmByPark();
  return useMemo(() => filterByTransitKm(filterParks(PARKS, filters, FILTER_CTX), kmByPark, maxKm), [filters, kmByPark, maxKm]);
}

/** The visible parks in the chosen sort order. */
export function useSortedVisibleParks(transitKm?: ReadonlyMap<string, number>): Park[] {
  const visible = useVisibleParks();
  const [sort, lang] = useAppStore(useShallow((s) => [s.sort, s.lang] as const));
  const kmByPark = useTransitKmByPark();
  const km = transitKm ?? kmByPark;
  return useMemo(() => sortParks(visible, sort, lang, km), [visible, sort, lang, km]);
}

/** Ids of the visible parks, for the map's filter. */
export function useVisibleParkIds(): string[] {
  const visible = useVisibleParks();
  return useMemo(() => visible.map((p) => p.id), [visible]);
}
