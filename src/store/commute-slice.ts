/**
 * Door to door (issue 22): the destination people travel to (or, reversed, from), the reach layer's minutes, and
 * whether the metro network (fetched on first use) has loaded. The trips themselves are derived (commute-hooks.ts).
 * The door-to-door filter lives with the other filters (filters-slice.ts `filters.commute`).
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './index.ts';

export type MetroStatus = 'idle' | 'loading' | 'ready' | 'failed';

export type CommuteSlice = {
  /** A station id of the network or a gazetteer key (`to=`); null: no destination chosen. */
  commuteTo: string | null;
  /** The trip runs from the destination to the parks ("from where my staff live"; `dir=from`). */
  commuteFrom: boolean;
  /** The reach layer's minutes (`reach=`), or null when it is off. */
  reachMin: number | null;
  metroStatus: MetroStatus;
  setCommuteTo: (key: string | null) => void;
  setCommuteFrom: (from: boolean) => void;
  setReachMin: (min: number | null) => void;
  setMetroStatus: (status: MetroStatus) => void;
};

export const createCommuteSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  CommuteSlice
> = (set) => ({
  commuteTo: null,
  commuteFrom: false,
  reachMin: null,
  metroStatus: 'idle',
  setCommuteTo: (commuteTo) => set({ commuteTo }),
  setCommuteFrom: (commuteFrom) => set({ commuteFrom }),
  setReachMin: (reachMin) => set({ reachMin }),
  setMetroStatus: (metroStatus) => set({ metroStatus }),
});
