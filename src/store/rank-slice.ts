/**
 * The ranking (issue 23): whether its view is open, its choices (criteria on, weights, influences, limits, the size
 * target and the radii) and whether the map shows ranks. Scores and ranks are derived (rank-hooks.ts).
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './index.ts';
import {
  DEFAULT_RANK_PREFS,
  INFLUENCES,
  type CriterionId,
  type Influence,
  type Limit,
  type RankPrefs,
} from '../lib/ranking/types.ts';
import type { Scenario } from '../lib/ranking/scenarios.ts';

export type RankSlice = {
  /** The ranking view is open (`view=rank`); it and the comparison are never open together. Opening it closes a card. */
  rankOpen: boolean;
  rankPrefs: RankPrefs;
  /** The map colours parks by tier and labels their rank range (`rmap=1`). */
  rankMap: boolean;
  setRankOpen: (open: boolean) => void;
  /** Turns a criterion on (with its last weight, or 1) or off. */
  setCriterionOn: (id: CriterionId, on: boolean) => void;
  setWeight: (id: CriterionId, weight: number) => void;
  setInfluence: (id: CriterionId, influence: Influence) => void;
  setLimit: (id: CriterionId, limit: Limit | null) => void;
  setRankFigure: (field: 'targetM2' | 'clusterKm' | 'amenitiesKm', value: number) => void;
  /** Replaces every choice (a saved scenario). */
  applyRankPrefs: (prefs: RankPrefs) => void;
  setRankMap: (on: boolean) => void;
  /**
   * Saved scenarios, in the order saved (kept in this browser; changed by rank-storage.ts, which loads with the
   * ranking's code).
   */
  rankScenarios: Scenario[];
};

/** Weights of criteria turned off, so turning one back on restores it (not in the link). */
const lastWeight = new Map<CriterionId, number>();

export const createRankSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], RankSlice> = (
  set,
  get,
) => {
  const criteria = (fn: (c: RankPrefs['criteria']) => RankPrefs['criteria']) =>
    set({ rankPrefs: { ...get().rankPrefs, criteria: fn(get().rankPrefs.criteria) } });
  const patch = (id: CriterionId, p: Partial<NonNullable<RankPrefs['criteria'][CriterionId]>>) =>
    criteria((c) => (c[id] ? { ...c, [id]: { ...c[id], ...p } } : c));
  return {
    rankOpen: false,
    rankPrefs: DEFAULT_RANK_PREFS,
    rankMap: false,
    // Opening it closes an open card (the view is in the sidebar, behind the card) and the comparison.
    setRankOpen: (rankOpen) => set(rankOpen ? { rankOpen, compareOpen: false, selection: null } : { rankOpen }),
    setCriterionOn: (id, on) =>
      criteria((c) => {
        if (on === !!c[id]) return c;
        if (on)
          return {
            ...c,
            [id]: { weight: lastWeight.get(id) ?? 1, influence: INFLUENCES[id][0] as Influence, limit: null },
          };
        lastWeight.set(id, c[id]!.weight);
        const next = { ...c };
        delete next[id];
        return next;
      }),
    setWeight: (id, weight) => patch(id, { weight }),
    setInfluence: (id, influence) => patch(id, { influence }),
    setLimit: (id, limit) => patch(id, { limit }),
    setRankFigure: (field, value) => set({ rankPrefs: { ...get().rankPrefs, [field]: value } }),
    applyRankPrefs: (rankPrefs) => set({ rankPrefs }),
    setRankMap: (rankMap) => set({ rankMap }),
    rankScenarios: [],
  };
};
