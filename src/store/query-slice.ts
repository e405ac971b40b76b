import type { StateCreator } from 'zustand';
import type { LngLat, TransitStatus } from '../lib/schema.ts';
import { EMPTY_TRANSIT_QUERY, RADIUS_KM_RANGE, TRANSIT_KM_RANGE, type RadiusQuery, type Scenario, type TransitQuery } from '../lib/url-state.ts';
import type { AppState } from './index.ts';

export type QuerySlice = {
  scenario: Scenario;
  radius: RadiusQuery | null;
  /** The transit filter (also feeds the 'transit' sort). */
  transitQuery: TransitQuery;
  /** Measure mode: while on, map clicks add points instead of starting a radius query. Not shared in the URL. */
  measuring: boolean;
  measurePoints: LngLat[];
  setScenario: (scenario: Scenario) => void;
  setRadiusOrigin: (origin: LngLat) => void;
  setRadiusKm: (km: number) => void;
  clearRadius: () => void;
  setTransitMaxKm: (km: number | null) => void;
  toggleTransitLine: (lineId: string) => void;
  toggleTransitStatus: (status: TransitStatus) => void;
  clearTransitQuery: () => void;
  setMeasuring: (on: boolean) => void;
  addMeasurePoint: (p: LngLat) => void;
  undoMeasurePoint: () => void;
  clearMeasure: () => void;
};

/** Clamped to the range and rounded to 0.1 km, so the URL holds a short, parseable figure. */
const clampKm = (km: number, [lo, hi]: readonly [number, number]) => Math.round(Math.min(hi, Math.max(lo, km)) * 10) / 10;
const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

export const createQuerySlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], QuerySlice> = (set) => ({
  scenario: 'now',
  radius: null,
  transitQuery: EMPTY_TRANSIT_QUERY,
  measuring: false,
  measurePoints: [],
  setScenario: (scenario) => set({ scenario }),
  setRadiusOrigin: (origin) => set((s) => ({ radius: { origin, radiusKm: s.radius?.radiusKm ?? 2 } })),
  setRadiusKm: (km) => set((s) => (s.radius ? { radius: { ...s.radius, radiusKm: clampKm(km, RADIUS_KM_RANGE) } } : {})),
  clearRadius: () => set({ radius: null }),
  setTransitMaxKm: (km) => set((s) => ({ transitQuery: { ...s.transitQuery, maxKm: km === null ? null : clampKm(km, TRANSIT_KM_RANGE) } })),
  toggleTransitLine: (lineId) => set((s) => ({ transitQuery: { ...s.transitQuery, lines: toggle(s.transitQuery.lines, lineId) } })),
  toggleTransitStatus: (status) => set((s) => ({ transitQuery: { ...s.transitQuery, statuses: toggle(s.transitQuery.statuses, status) } })),
  clearTransitQuery: () => set({ transitQuery: EMPTY_TRANSIT_QUERY }),
  setMeasuring: (measuring) => set(measuring ? { measuring } : { measuring, measurePoints: [] }),
  addMeasurePoint: (p) => set((s) => ({ measurePoints: [...s.measurePoints, p] })),
  undoMeasurePoint: () => set((s) => ({ measurePoints: s.measurePoints.slice(0, -1) })),
  clearMeasure: () => set({ measurePoints: [] }),
});
