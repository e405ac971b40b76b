import type { StateCreator } from 'zustand';
import { MAX_COMPARE } from '../lib/domain.ts';
import type { AppState } from './index.ts';

/**
 * What the card shows: one park or one plan project, never both (so "Back" from a card always returns to the list).
 * `null` when no card is open.
 */
export type Selection = { kind: 'park' | 'project'; id: string } | null;

export type SelectionSlice = {
  selection: Selection;
  compareIds: string[];
  /** Opens a park's card (closing any project card); null closes the card. */
  selectPark: (id: string | null) => void;
  /** Opens a plan project's card (closing any park card); null closes the card. */
  selectProject: (id: string | null) => void;
  toggleCompare: (id: string) => void;
  clearCompare: () => void;
};

/** The id of the selected park, or null (also when a project is selected). */
export const selectSelectedParkId = (s: Pick<AppState, 'selection'>): string | null =>
  s.selection?.kind === 'park' ? s.selection.id : null;
/** The id of the selected plan project, or null (also when a park is selected). */
export const selectSelectedProjectId = (s: Pick<AppState, 'selection'>): string | null =>
  s.selection?.kind === 'project' ? s.selection.id : null;

export const createSelectionSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  SelectionSlice
> = (set) => ({
  selection: null,
  compareIds: [],
  selectPark: (id) => set({ selection: id ? { kind: 'park', id } : null }),
  selectProject: (id) => set({ selection: id ? { kind: 'project', id } : null }),
  toggleCompare: (id) =>
    set((s) => {
      if (s.compareIds.includes(id)) return { compareIds: s.compareIds.filter((x) => x !== id) };
      if (s.compareIds.length >= MAX_COMPARE) return {};
      return { compareIds: [...s.compareIds, id] };
    }),
  clearCompare: () => set({ compareIds: [] }),
});
