/** A chosen place (a searched place or "my location") that centres the radius query, and the phone sheet's height. */
import type { StateCreator } from 'zustand';
import type { LngLat } from '../lib/schema.ts';
import type { AppState } from './index.ts';

/** The user's own position, as a place key. */
export const MY_LOCATION = 'me';

export type SheetHeight = 'peek' | 'half' | 'full';

/**
 * A place the user chose (a gazetteer key such as `station:xierqi`, or MY_LOCATION) and where it is.
 * It names the radius query only while the radius origin is still this point. `nonce` grows with every choice,
 * so choosing the same place again still moves the camera.
 */
export type ChosenPlace = { key: string; origin: LngLat; nonce: number };

export type PlaceSlice = {
  place: ChosenPlace | null;
  sheet: SheetHeight;
  /** Centres the radius query on a place (keeps the radius), closes any open card. */
  choosePlace: (key: string, origin: LngLat) => void;
  setSheet: (sheet: SheetHeight) => void;
};

export const createPlaceSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], PlaceSlice> = (
  set,
  get,
) => ({
  place: null,
  sheet: 'peek',
  choosePlace: (key, origin) => {
    get().setRadiusOrigin(origin);
    set((s) => ({ place: { key, origin, nonce: (s.place?.nonce ?? 0) + 1 }, selection: null }));
  },
  setSheet: (sheet) => set({ sheet }),
});
