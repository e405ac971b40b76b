import type { StateCreator } from 'zustand';
import { MAX_COMPARE } from '../lib/url-state.ts';
import type { AppState } from './index.ts';

export type SelectionSlice = {
  selectedParkId: string | null;
  compareIds: string[];
  selectPark: (id: string | null) => void;
  toggleCompare: (id: string) => void;
  clearCompare: () => void;
};

export const createSelectionSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], SelectionSlice> = (set) => ({
  selectedParkId: null,
  compareIds: [],
  selectPark: (selectedParkId) => set({ selectedParkId }),
  toggleCompare: (id) =>
    set((s) => {
      if (s.compareIds.includes(id)) return { compareIds: s.compareIds.filter((x) => x !== id) };
      if (s.compareIds.length >= MAX_COMPARE) return {};
      return { compareIds: [...s.compareIds, id] };
    }),
  clearCompare: () => set({ compareIds: [] }),
});
