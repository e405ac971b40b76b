/** Derived values, computed from state with lib functions; never stored. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './index.ts';
import { PARKS, STATIONS, TRANSIT_LINES, pinyinOf } from '../data/index.ts';
import { filterParks, possibleExtraCount, sortParks, transitMatch, type FilterContext } from '../lib/filters.ts';
import type { KmRange, Within } from '../lib/interval.ts';
import type { Park } from '../lib/parks.ts';
import { buildNetwork, effectiveTransitQuery, transitRangeByPlace, type Network } from '../lib/transit.ts';
import type { Scenario } from '../lib/domain.ts';
import type { TransitStatus } from '../lib/vocab.ts';
import { useCommuteRanges } from './commute-hooks.ts';

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

const rangeCache = new Map<string, ReadonlyMap<string, KmRange>>();
/**
 * For each park: the interval of the distance from its placement region to the nearest station matching the transit
 * filter's lines and statuses, in a scenario. Computed once per combination (the data is static).
 */
export function transitRanges(
  scenario: Scenario,
  lines: string[],
  statuses: TransitStatus[],
): ReadonlyMap<string, KmRange> {
  const q = effectiveTransitQuery({ lines, statuses }, scenario);
  const key = `${scenario}|${q.lines.join(',')}|${q.statuses.join(',')}`;
  let m = rangeCache.get(key);
  if (!m) {
    m = transitRangeByPlace(PARKS, transitNetwork(scenario), q);
    rangeCache.set(key, m);
  }
  return m;
}

/** For each park: its interval to the nearest station matching the transit filter, in the current scenario. */
export function useTransitRanges(): ReadonlyMap<string, KmRange> {
  const scenario = useAppStore((s) => s.scenario);
  const lines = useAppStore((s) => s.filters.transit.lines);
  const statuses = useAppStore((s) => s.filters.transit.statuses);
  return useMemo(() => transitRanges(scenario, lines, statuses), [scenario, lines, statuses]);
}

/**
 * What filterParks needs besides the filters: pinyin, the transit intervals of the current scenario, and the
 * door-to-door intervals to the chosen destination once the network has loaded.
 */
export function useFilterContext(): FilterContext {
  const ranges = useTransitRanges();
  const commute = useCommuteRanges();
  return useMemo(
    () => ({
      pinyin: pinyinOf,
      transitRange: (p: Park) => ranges.get(p.id),
      ...(commute ? { commuteRange: (p: Park) => commute.get(p.id) ?? null } : {}),
    }),
    [ranges, commute],
  );
}

/** The parks that pass every filter (the transit filter included), in plan order. */
export function useVisibleParks(): Park[] {
  const filters = useAppStore((s) => s.filters);
  const ctx = useFilterContext();
  return useMemo(() => filterParks(PARKS, filters, ctx), [filters, ctx]);
}

/**
 * Where each visible park stands against the transit filter ('certain' or 'possible'); empty when the filter has no
 * distance. The list and the map mark the 'possible' ones.
 */
export function useTransitMatches(): ReadonlyMap<string, Within> {
  const visible = useVisibleParks();
  const filters = useAppStore((s) => s.filters);
  const ctx = useFilterContext();
  return useMemo(() => {
    const m = new Map<string, Within>();
    for (const p of visible) {
      const w = transitMatch(p, filters, ctx);
      if (w) m.set(p.id, w);
    }
    return m;
  }, [visible, filters, ctx]);
}

/** Under a "certainly within" transit filter: how many more parks may be within it. */
export function usePossibleExtraCount(): number {
  const filters = useAppStore((s) => s.filters);
  const ctx = useFilterContext();
  return useMemo(() => possibleExtraCount(PARKS, filters, ctx), [filters, ctx]);
}

/** The visible parks in the chosen sort order. */
export function useSortedVisibleParks(): Park[] {
  const visible = useVisibleParks();
  const [sort, lang] = useAppStore(useShallow((s) => [s.sort, s.lang] as const));
  const ranges = useTransitRanges();
  const commute = useCommuteRanges();
  return useMemo(
    () => sortParks(visible, sort, lang, ranges, commute ?? undefined),
    [visible, sort, lang, ranges, commute],
  );
}

/** Ids of the visible parks, for the map's filter. */
export function useVisibleParkIds(): string[] {
  const visible = useVisibleParks();
  return useMemo(() => visible.map((p) => p.id), [visible]);
}
