/** Transit figures for the sidebar, derived from the store's scenario with lib/transit.ts; never stored. */
import { useMemo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { transitNetwork } from '../../store/hooks.ts';
import { commuteFor, planChanges, type Commute, type PlanChange } from '../../lib/transit.ts';
import type { Park } from '../../lib/parks.ts';

export type ParkCommute = { now: Commute; plan: Commute; current: Commute; changes: PlanChange[] };

const cache = new Map<string, Omit<ParkCommute, 'current'>>();
/** Both scenarios of a park, computed once per park (the data is static). */
export function parkCommute(park: Park): Omit<ParkCommute, 'current'> {
  let c = cache.get(park.id);
  if (!c) {
    const now = commuteFor(park, transitNetwork('now'));
    const plan = commuteFor(park, transitNetwork('plan'));
    c = { now, plan, changes: planChanges(now, plan) };
    cache.set(park.id, c);
  }
  return c;
}

/** A park's commute in both scenarios, the one of the current scenario, and what the plan changes. */
export function useParkCommute(park: Park): ParkCommute {
  const scenario = useAppStore((s) => s.scenario);
  return useMemo(() => {
    const c = parkCommute(park);
    return { ...c, current: scenario === 'now' ? c.now : c.plan };
  }, [park, scenario]);
}
