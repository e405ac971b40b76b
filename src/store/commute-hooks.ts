/**
 * Door to door (issue 22), derived from the store: the network (fetched on first use), the chosen destination, and
 * each park's trip to it (or from it) now and after the plan. Computed with lib/metro, never stored; one search per
 * destination, scenario and bound serves all 18 parks.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from './index.ts';
import { PARKS } from '../data/index.ts';
import { loadMetro, type LoadedMetro } from '../data/metro.ts';
import { loadPlaceIndex, placeIndexNow } from '../data/gazetteer-data.ts';
import type { Trip, TripParams, WalkableStation } from '../lib/metro/door-to-door.ts';
import { resolveDestination, type ResolvedDestination } from '../lib/metro/destinations.ts';
import type { MinRange } from '../lib/filters.ts';
import type { Park } from '../lib/parks.ts';
import type { Scenario } from '../lib/domain.ts';

let loaded: LoadedMetro | null = null;

/** Starts fetching the network once (the store's `metroStatus` follows); a failure says so and may be retried. */
export function ensureMetro(): void {
  const { metroStatus } = useAppStore.getState();
  if (metroStatus === 'loading' || metroStatus === 'ready') return;
  useAppStore.getState().setMetroStatus('loading');
  loadMetro().then(
    (m) => {
      loaded = m;
      useAppStore.getState().setMetroStatus('ready');
    },
    () => {
      useAppStore.getState().setMetroStatus('failed');
      useAppStore.getState().addNotice('commute.notice.loadFailed');
    },
  );
}

/**
 * The network and the door-to-door code once they have loaded (they load as soon as door to door is used: a
 * destination or the reach layer).
 */
export function useMetro(): LoadedMetro | null {
  const wanted = useAppStore((s) => s.commuteTo !== null || s.reachMin !== null);
  const status = useAppStore((s) => s.metroStatus);
  useEffect(() => {
    if (wanted) ensureMetro();
  }, [wanted]);
  return status === 'ready' ? loaded : null;
}

/**
 * The chosen destination, resolved: undefined while the network (or, for a gazetteer place, the gazetteer) loads,
 * null when none is chosen. A key that names nothing is dropped from the store with a notice.
 */
export function useDestination(): ResolvedDestination | undefined {
  const key = useAppStore((s) => s.commuteTo);
  const m = useMetro();
  const [placesLoaded, setPlacesLoaded] = useState(() => placeIndexNow() !== null);
  const needsPlaces = key !== null && key.includes(':') && !key.startsWith('station:');
  useEffect(() => {
    if (needsPlaces && !placesLoaded)
      void loadPlaceIndex().then(
        () => setPlacesLoaded(true),
        () => undefined,
      );
  }, [needsPlaces, placesLoaded]);
  const resolved = useMemo(() => {
    if (key === null) return null;
    if (!m) return undefined;
    const places = placesLoaded ? (placeIndexNow()?.GAZETTEER_PLACES ?? null) : null;
    return resolveDestination(key, m.metro.net.stations, places);
  }, [key, m, placesLoaded]);
  useEffect(() => {
    if (key !== null && resolved === null) {
      useAppStore.getState().setCommuteTo(null);
      useAppStore.getState().addNotice('commute.notice.unknownTo', { value: key.slice(0, 40) });
    }
  }, [key, resolved]);
  return resolved;
}

/** Each park's trip now and after the plan. */
export type ParkTrips = ReadonlyMap<string, { now: Trip; plan: Trip }>;

const walkableCache = new WeakMap<LoadedMetro, Map<string, WalkableStation[]>>();
/** The stations a park's region may walk to: computed once per park (its region is static). */
function walkableOf(m: LoadedMetro, park: Park): WalkableStation[] {
  let byPark = walkableCache.get(m);
  if (!byPark) walkableCache.set(m, (byPark = new Map()));
  let w = byPark.get(park.id);
  if (!w) byPark.set(park.id, (w = m.engine.walkableStations(park.region, m.metro)));
  return w;
}

/** The trips of every park for a destination and direction (both scenarios): pure given the network. */
export function parkTrips(
  m: LoadedMetro,
  resolved: NonNullable<ResolvedDestination>,
  direction: TripParams['direction'],
): ParkTrips {
  const out = new Map<string, { now: Trip; plan: Trip }>();
  for (const park of PARKS) {
    const access = walkableOf(m, park);
    const trip = (scenario: 'now' | 'plan') =>
      m.engine.doorToDoor(park.region, resolved.destination, m.metro, { scenario, direction }, access);
    out.set(park.id, { now: trip('now'), plan: trip('plan') });
  }
  return out;
}

/** Every park's trips to (or from) the chosen destination, or null (none chosen, or still loading). */
export function useParkTrips(): ParkTrips | null {
  const m = useMetro();
  const resolved = useDestination();
  const from = useAppStore((s) => s.commuteFrom);
  return useMemo(() => (m && resolved ? parkTrips(m, resolved, from ? 'from' : 'to') : null), [m, resolved, from]);
}

/** The trips' intervals in a scenario, by park: what the filter and the sort read. */
export function tripRanges(trips: ParkTrips, scenario: Scenario): ReadonlyMap<string, MinRange | null> {
  const out = new Map<string, MinRange | null>();
  for (const [id, t] of trips) {
    const trip = scenario === 'now' ? t.now : t.plan;
    out.set(id, trip.lowMin === null ? null : { lowMin: trip.lowMin, highMin: trip.highMin });
  }
  return out;
}

/** The current scenario's door-to-door intervals by park, or null when no destination is chosen or it is loading. */
export function useCommuteRanges(): ReadonlyMap<string, MinRange | null> | null {
  const trips = useParkTrips();
  const scenario = useAppStore((s) => s.scenario);
  return useMemo(() => (trips ? tripRanges(trips, scenario) : null), [trips, scenario]);
}
