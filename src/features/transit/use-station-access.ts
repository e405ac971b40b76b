/** Transit figures for the sidebar, derived from the store's scenario with lib/transit.ts; never stored. */
import { useMemo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { transitNetwork } from '../../store/hooks.ts';
import { stationAccessFor, planChanges, type StationAccess, type PlanChange } from '../../lib/transit.ts';
import type { Park } from '../../lib/parks.ts';

export type ParkStationAccess = {
  now: StationAccess;
  plan: StationAccess;
  current: StationAccess;
  changes: PlanChange[];
};

const cache = new Map<string, Omit<ParkStationAccess, 'current'>>();
/** Both scenarios of a park, computed once per park (the data is static). */
export function parkStationAccess(park: Park): Omit<ParkStationAccess, 'current'> {
  let c = cache.get(park.id);
  if (!c) {
    const now = stationAccessFor(park, transitNetwork('now'));
    const plan = stationAccessFor(park, transitNetwork('plan'));
    c = { now, plan, changes: planChanges(now, plan) };
    cache.set(park.id, c);
  }
  return c;
}

/** A park's station access in both scenarios, the one of the current scenario, and what the plan changes. */
export function useParkStationAccess(park: Park): ParkStationAccess {
  const scenario = useAppStore((s) => s.scenario);
  return useMemo(() => {
    const c = parkStationAccess(park);
    return { ...c, current: scenario === 'now' ? c.now : c.plan };
  }, [park, scenario]);
}
