import type { StateCreator } from 'zustand';
import type { LngLat } from '../lib/schema.ts';
import { RADIUS_KM_RANGE, type RadiusQuery, type Scenario } from '../lib/url-state.ts';
import type { AppState } from './index.ts';

export type QuerySlice = {
  scenario: Scenario;
  radius: RadiusQuery | null;
  setScenario: (scenario: Scenario) => void;
  setRadiusOrigin: (origin: LngLat) => void;
  setRadiusKm: (km: number) => void;
  clearRadius: () => void;
};

const clampKm = (km: number) => Math.min(RADIUS_KM_RANGE[1], Math.max(RADIUS_KM_RANGE[0], km));

export const createQuerySlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], QuerySlice> = (set) => ({
  scenario: 'now',
  radius: null,
  setScenario: (scenario) => set({ scenario }),
  setRadiusOrigin: (origin) => set((s) => ({ radius: { origin, radiusKm: s.radius?.radiusKm ?? 2 } })),
  setRadiusKm: (km) => set((s) => (s.radius ? { radius: { ...s.radius, radiusKm: clampKm(km) } } : {})),
  clearRadius: () => set({ radius: null }),
});
