/** The one store, built from slices. State holds only user choices and ids; derived values live in hooks.ts. */
import { useCallback, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { UseBoundStore } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createFiltersSlice, type FiltersSlice } from './filters-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createQuerySlice, type QuerySlice } from './query-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';
import { createShortlistSlice, type ShortlistSlice } from './shortlist-slice.ts';
import { createPlaceSlice, type PlaceSlice } from './place-slice.ts';
import { createEditorSlice, type EditorSlice } from './editor-slice.ts';
import { createBasemapSlice, type BasemapSlice } from './basemap-slice.ts';
import { createCommuteSlice, type CommuteSlice } from './commute-slice.ts';
import { createRankSlice, type RankSlice } from './rank-slice.ts';

export type AppState = FiltersSlice &
  SelectionSlice &
  QuerySlice &
  UiSlice &
  ShortlistSlice &
  PlaceSlice &
  EditorSlice &
  BasemapSlice &
  CommuteSlice &
  RankSlice;

const store = createStore<AppState>()(
  subscribeWithSelector((...a) => ({
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createQuerySlice(...a),
    ...createUiSlice(...a),
    ...createShortlistSlice(...a),
    ...createPlaceSlice(...a),
    ...createEditorSlice(...a),
    ...createBasemapSlice(...a),
    ...createCommuteSlice(...a),
    ...createRankSlice(...a),
  })),
);

/**
 * zustand's `create` hook, except for the snapshot a server render and a hydration read: the state as it is, where
 * zustand's own reads the state the store was created with. The views index.html carries prerendered
 * (scripts/vite-plugin-prerender.ts) are rendered from the state a link sets (English, say), and main.tsx hydrates
 * only the view whose state the page has, so that state is the one to hydrate with.
 */
function useBoundStore<T = AppState>(selector: (s: AppState) => T = (s) => s as T): T {
  const get = useCallback(() => selector(store.getState()), [selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}

export const useAppStore = Object.assign(useBoundStore, store) as UseBoundStore<typeof store>;
