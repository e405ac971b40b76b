/**
 * How precisely a park is placed, as the map draws it (issue 11, item 5): a filled disc for a park placed from an
 * address or landmark to within ROUGH_ACCURACY_M, a ring for one placed only at area or town level, or worse.
 * The legend states the same rule (src/i18n/regions.ts, `legend.precise` / `legend.rough`).
 */
import type { Geocode } from '../lib/schema.ts';

/** At or beyond this error radius a park counts as roughly placed, whatever its basis. */
export const ROUGH_ACCURACY_M = 1000;

/** True when only the area or town is known, or the error radius is ROUGH_ACCURACY_M or more. */
export function isRoughlyPlaced(geocode: Pick<Geocode, 'precision' | 'accuracyM'>): boolean {
  return geocode.precision === 'area' || geocode.precision === 'town' || geocode.accuracyM >= ROUGH_ACCURACY_M;
}
