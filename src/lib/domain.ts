/**
 * The app's domain vocabulary: map layers, transit scenarios, the radius query, and the limits of the choices a user
 * can make (compare set, radius, transit distance). Shared by the store, the URL codec (url-state.ts), transit
 * (transit.ts) and the features; the transit filter itself is part of the filters (filters.ts TransitQuery).
 */
import type { LngLat } from './schema.ts';
import type { FallbackReason } from './basemaps.ts';

export const LAYER_IDS = ['towns', 'roads', 'transit-now', 'transit-planned', 'parks', 'regions', 'projects'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
/**
 * Layers that start hidden (the parks' placement regions). The link records only changes from the default: `hide=`
 * names the other layers when they are off, `show=` names these when they are on.
 */
export const HIDDEN_BY_DEFAULT: readonly LayerId[] = ['regions'];
export const SCENARIOS = ['now', 'plan'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export type RadiusQuery = { origin: LngLat; radiusKm: number };

export const TRANSIT_KM_RANGE = [0.1, 20] as const;

/** At most this many parks in the compare set (A–D). */
export const MAX_COMPARE = 4;
/** The door-to-door filter's limit, minutes (`cmin=`). */
export const COMMUTE_MIN_RANGE = [5, 180] as const;
/** The reach layer's choices of minutes (`reach=`): 15–60. */
export const REACH_MINUTES = [15, 20, 30, 45, 60] as const;

/** The radius query's range, km. */
export const RADIUS_KM_RANGE = [0.2, 20] as const;

/**
 * A distance chosen by the user, clamped to `[lo, hi]` and rounded to 0.1 km, so the URL holds a short, parseable
 * figure (the radius query and the transit filter).
 */
export const clampKm = (km: number, [lo, hi]: readonly [number, number]): number =>
  Math.round(Math.min(hi, Math.max(lo, km)) * 10) / 10;

/**
 * The notices the app can show, as keys of the string tables (src/i18n): the store holds the key, the shell
 * translates it. Typed, so a notice without a string fails to type-check.
 */
export type NoticeKey =
  | 'notice.basemapFailed'
  | `basemap.fail.${FallbackReason}`
  | 'basemap.notice.needsKey'
  | 'commute.notice.loadFailed'
  | 'commute.notice.unknownTo'
  | 'ranking.scenarios.unreadable'
  | 'ranking.scenarios.storageFailed'
  | 'basemap.notice.keySessionOnly'
  | 'notice.hashIgnored'
  | 'notice.urlIgnored'
  | 'notice.noWebgl'
  | 'notice.mapLost'
  | 'search.geo.unavailable'
  | 'search.geo.outside'
  | 'search.geo.denied'
  | 'editor.notice.corrupt'
  | 'editor.notice.dropped'
  | 'editor.notice.saveFailed';
