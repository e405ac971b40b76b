/**
 * The ranking (issue 23), derived from the store with lib/ranking: the parks the filters leave, scored now and after
 * the plan. The criteria's values (the costly part: intervals over placement regions) are kept while only weights,
 * influences, limits or the size target change, so a weight change recomputes only the weighted means, the ranks and
 * the robustness search.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './index.ts';
import { PARKS, PLAN_PROJECTS } from '../data/index.ts';
import { transitNetwork, transitRanges, useVisibleParks } from './hooks.ts';
import { useDestination, useMetro, useParkTrips, type ParkTrips } from './commute-hooks.ts';
import { effectiveTransitQuery, transitRangeByPlace } from '../lib/transit.ts';
import type { Region } from '../lib/interval.ts';
import type { MinRange } from '../lib/filters.ts';
import type { Park } from '../lib/parks.ts';
import type { Scenario } from '../lib/domain.ts';
import type { LoadedMetro } from '../data/metro.ts';
import type { ResolvedDestination } from '../lib/metro/destinations.ts';
import {
  CRITERIA,
  type RankContext,
  type RankResult,
  type RankSettings,
  type Robustness,
  type ValueTable,
} from '../lib/ranking/types.ts';
import { criterionValues } from '../lib/ranking/values.ts';
import { scoreTable } from '../lib/ranking/score.ts';
import { robustness } from '../lib/ranking/robustness.ts';

const PROJECTS = PLAN_PROJECTS.map((p) => ({ id: p.id, category: p.category, region: p.region }));

/** The nearest-station interval of any region in a scenario: the parks' from the cache, other regions computed. */
function transitKmOf(scenario: Scenario): RankContext['transitKm'] {
  const byPark = transitRanges(scenario, [], []);
  const parkOf = new Map(PARKS.map((p) => [p.region, p.id]));
  const q = effectiveTransitQuery({ lines: [], statuses: [] }, scenario);
  return (region) => {
    const id = parkOf.get(region);
    if (id !== undefined) return byPark.get(id) ?? null;
    return (
      transitRangeByPlace([{ id: '', coordinates: region.center, region }], transitNetwork(scenario), q).get('') ?? null
    );
  };
}

/** The door-to-door interval of any region in a scenario: the parks' from their trips, other regions computed. */
function commuteMinOf(
  scenario: Scenario,
  m: LoadedMetro,
  resolved: NonNullable<ResolvedDestination>,
  from: boolean,
  trips: ParkTrips,
): RankContext['commuteMin'] {
  const parkOf = new Map(PARKS.map((p) => [p.region, p.id]));
  const range = (t: { lowMin: number | null; highMin: number | null }): MinRange | null =>
    t.lowMin === null ? null : { lowMin: t.lowMin, highMin: t.highMin };
  return (region: Region) => {
    const id = parkOf.get(region);
    const t = id === undefined ? undefined : trips.get(id);
    if (t) return range(scenario === 'now' ? t.now : t.plan);
    return range(
      m.engine.doorToDoor(region, resolved.destination, m.metro, { scenario, direction: from ? 'from' : 'to' }),
    );
  };
}

/** What scoring needs in a scenario: every park and project, the chosen industries, transit and door to door. */
export function useRankContexts(): Record<Scenario, RankContext> {
  const industries = useAppStore((s) => s.filters.industries);
  const from = useAppStore((s) => s.commuteFrom);
  const m = useMetro();
  const resolved = useDestination();
  const trips = useParkTrips();
  return useMemo(() => {
    const ctx = (scenario: Scenario): RankContext => ({
      allParks: PARKS,
      projects: PROJECTS,
      industries,
      transitKm: transitKmOf(scenario),
      commuteMin: m && resolved && trips ? commuteMinOf(scenario, m, resolved, from, trips) : null,
    });
    return { now: ctx('now'), plan: ctx('plan') };
  }, [industries, from, m, resolved, trips]);
}

/** The ranking's settings: its choices and the filters' size basis. */
export function useRankSettings(): RankSettings {
  const prefs = useAppStore((s) => s.rankPrefs);
  const sizeBasis = useAppStore((s) => s.filters.sizeBasis);
  return useMemo(() => ({ ...prefs, sizeBasis }), [prefs, sizeBasis]);
}

export type Ranking = {
  /** The result in the current scenario, and in each. */
  current: RankResult;
  now: RankResult;
  plan: RankResult;
  /** Whether the first park of the current scenario stays first as single weights move; null under two rows. */
  robustness: Robustness | null;
  candidates: readonly Park[];
  settings: RankSettings;
  context: RankContext;
};

/** Criteria values by what they were computed from (see useRanking), the last few. */
const tableCache = new Map<string, { now: ValueTable; plan: ValueTable }>();

/** The parks the filters leave, ranked now and after the plan (`enabled` false: nothing is computed, nothing ranked). */
export function useRanking(enabled = true): Ranking {
  const visible = useVisibleParks();
  const candidates = useMemo(() => (enabled ? visible : []), [enabled, visible]);
  const settings = useRankSettings();
  const scenario = useAppStore((s) => s.scenario);
  const contexts = useRankContexts();
  // Values depend on which criteria are on, the size basis and the radii, not on weights, influences or limits.
  const on = useAppStore(useShallow((s) => CRITERIA.filter((id) => s.rankPrefs.criteria[id])));
  const { sizeBasis, clusterKm, amenitiesKm } = settings;
  // The values read only these fields of the settings and the contexts, so the key names them all; one cache serves
  // every part that ranks (the view, its map layer, print, export, the presentation), not one computation each.
  const industries = useAppStore((s) => s.filters.industries);
  const commuteTo = useAppStore((s) => s.commuteTo);
  const from = useAppStore((s) => s.commuteFrom);
  const key = [
    candidates.map((p) => p.id).join(','),
    on.join(','),
    sizeBasis,
    clusterKm,
    amenitiesKm,
    industries.join(','),
    contexts.now.commuteMin ? `${commuteTo}|${from}` : '',
  ].join('|');
  const tables = useMemo(() => {
    let t = tableCache.get(key);
    if (!t) {
      t = {
        now: criterionValues(candidates, settings, contexts.now),
        plan: criterionValues(candidates, settings, contexts.plan),
      };
      if (tableCache.size >= 8) tableCache.delete(tableCache.keys().next().value as string);
      tableCache.set(key, t);
    }
    return t;
    // Only the key: it names everything the values read.
  }, [key]);
  return useMemo(() => {
    const now = scoreTable(tables.now, settings);
    const plan = scoreTable(tables.plan, settings);
    const current = scenario === 'plan' ? plan : now;
    return {
      current,
      now,
      plan,
      robustness: robustness(scenario === 'plan' ? tables.plan : tables.now, settings, current),
      candidates,
      settings,
      context: contexts[scenario],
    };
  }, [tables, settings, scenario, candidates, contexts]);
}
