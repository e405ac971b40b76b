import type { StateCreator } from 'zustand';
import type { LngLat } from '../lib/schema.ts';
import { RADIUS_KM_RANGE, clampKm, type RadiusQuery, type Scenario } from '../lib/domain.ts';
import type { AppState } from './index.ts';

export type QuerySlice = {
  scenario: Scenario;
  radius: RadiusQuery | null;
  /** Measure mode: while on, map clicks add points instead of starting a radius query. Not shared in the URL. */
  measuring: boolean;
  measurePoints: LngLat[];
  setScenario: (scenario: Scenario) => void;
  setRadiusOrigin: (origin: LngLat) => void;
  setRadiusKm: (km: number) => void;
  clearRadius: () => void;
  setMeasuring: (on: boolean) => void;
  addMeasurePoint: (p: LngLat) => void;
  undoMeasurePoint: () => void;
  clearMeasure: () => void;
};

export const createQuerySlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], QuerySlice> = (
  set,
) => ({
  scenario: 'now',
  radius: null,
  measuring: false,
  measurePoints: [],
  setScenario: (scenario) => set({ scenario }),
  setRadiusOrigin: (origin) => set((s) => ({ radius: { origin, radiusKm: s.radius?.radiusKm ?? 2 } })),
  setRadiusKm: (km) =>
    set((s) => (s.radius ? { radius: { ...s.radius, radiusKm: clampKm(km, RADIUS_KM_RANGE) } } : {})),
  clearRadius: () => set({ radius: null }),
  setMeasuring: (measuring) => set(measuring ? { measuring } : { measuring, measurePoints: [] }),
  addMeasurePoint: (p) => set((s) => ({ measurePoints: [...s.measurePoints, p] })),
  undoMeasurePoint: () => set((s) => ({ measurePoints: s.measurePoints.slice(0, -1) })),
  clearMeasure: () => set({ measurePoints: [] }),
});
