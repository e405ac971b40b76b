import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, withoutFilter, type FilterKey, type Filters, type SortKey } from '../lib/filters.ts';
import type { SizeBasis } from '../lib/parks.ts';
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
};

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

export const createFiltersSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], FiltersSlice> = (set) => ({
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
});
