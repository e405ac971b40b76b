import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, withoutFilter, type FilterKey, type Filters, type SortKey } from '../lib/filters.ts';
import type { SizeBasis } from '../lib/parks.ts';
import { toggleIn } from '../lib/list.ts';
import type { TransitStatus } from '../lib/vocab.ts';
import { COMMUTE_MIN_RANGE, TRANSIT_KM_RANGE, clampKm } from '../lib/domain.ts';
import type { AppState } from './index.ts';

export type FiltersSlice = {
  filters: Filters;
  sort: SortKey;
  toggleIndustry: (id: string) => void;
  toggleTown: (slug: string) => void;
  setSizeRange: (minM2: number | null, maxM2: number | null) => void;
  setSizeBasis: (basis: SizeBasis) => void;
  setQuery: (query: string) => void;
  setSort: (sort: SortKey) => void;
  clearFilter: (key: FilterKey) => void;
  resetFilters: () => void;
  /** The transit filter's distance (null = any), its lines and statuses, and whether parks that may be within count. */
  setTransitMaxKm: (km: number | null) => void;
  toggleTransitLine: (lineId: string) => void;
  toggleTransitStatus: (status: TransitStatus) => void;
  setTransitPossible: (on: boolean) => void;
  /** The door-to-door filter's limit in minutes (null = none; whole minutes, clamped), and whether possible parks count. */
  setCommuteMaxMin: (min: number | null) => void;
  setCommutePossible: (on: boolean) => void;
};

const toggle = toggleIn;

export const createFiltersSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  FiltersSlice
> = (set) => ({
  filters: EMPTY_FILTERS,
  sort: 'seq',
  toggleIndustry: (id) => set((s) => ({ filters: { ...s.filters, industries: toggle(s.filters.industries, id) } })),
  toggleTown: (slug) => set((s) => ({ filters: { ...s.filters, towns: toggle(s.filters.towns, slug) } })),
  setSizeRange: (minM2, maxM2) => set((s) => ({ filters: { ...s.filters, minM2, maxM2 } })),
  setSizeBasis: (sizeBasis) => set((s) => ({ filters: { ...s.filters, sizeBasis } })),
  setQuery: (query) => set((s) => ({ filters: { ...s.filters, query } })),
  setSort: (sort) => set({ sort }),
  clearFilter: (key) => set((s) => ({ filters: withoutFilter(s.filters, key) })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
  setTransitMaxKm: (km) =>
    set((s) => ({
      filters: {
        ...s.filters,
        transit: { ...s.filters.transit, maxKm: km === null ? null : clampKm(km, TRANSIT_KM_RANGE) },
      },
    })),
  toggleTransitLine: (lineId) =>
    set((s) => ({
      filters: { ...s.filters, transit: { ...s.filters.transit, lines: toggle(s.filters.transit.lines, lineId) } },
    })),
  toggleTransitStatus: (status) =>
    set((s) => ({
      filters: {
        ...s.filters,
        transit: { ...s.filters.transit, statuses: toggle(s.filters.transit.statuses, status) },
      },
    })),
  setTransitPossible: (possible) =>
    set((s) => ({ filters: { ...s.filters, transit: { ...s.filters.transit, possible } } })),
  setCommuteMaxMin: (min) =>
    set((s) => ({
      filters: {
        ...s.filters,
        commute: {
          ...s.filters.commute,
          maxMin: min === null ? null : Math.round(Math.min(COMMUTE_MIN_RANGE[1], Math.max(COMMUTE_MIN_RANGE[0], min))),
        },
      },
    })),
  setCommutePossible: (possible) =>
    set((s) => ({ filters: { ...s.filters, commute: { ...s.filters.commute, possible } } })),
});
