/** The one store, built from slices. State holds only user choices and ids; derived values live in hooks.ts. */
import { create } from 'zustand';
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

export const useAppStore = create<AppState>()(
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
