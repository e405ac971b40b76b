/**
 * Radius queries over uncertain places: a park, plan project or indicative station is known only to lie somewhere in
 * a region (lib/region.ts), so whether it is "within r km" of a point has three answers, not two (lib/interval.ts
 * withinKm). The radius summary (lib/nearby.ts) counts with this one function.
 */
import { compareRanges, rangeFromPoint, withinKm, type KmRange, type Region } from './interval.ts';
import type { LngLat } from './schema.ts';
import { straightLineKm } from './spatial.ts';

/** An item in or possibly in the circle: the interval of its distance from the origin, km, and which. */
export type RegionHit<T> = { item: T; range: KmRange; within: 'certain' | 'possible' };

/**
 * Items whose region lies within `radiusKm` of `origin` (inclusive): 'certain' when the whole region does (the far end
 * of the distance interval ≤ radiusKm), 'possible' when only part of it does (the near end ≤ radiusKm). A surveyed
 * point (radius 0, no rings) gives a zero-width range, so it is 'certain' or absent, as a plain radius query would
 * say. Sorted by far end, then near end (lib/interval.ts compareRanges), so every certain hit comes before every
 * possible one; ties keep input order. Items whose region is null (no published position) are left out. Empty input
 * or a non-positive radius gives [].
 */
export function regionsInRadius<T>(
  origin: LngLat,
  radiusKm: number,
  items: readonly T[],
  regionOf: (t: T) => Region | null,
): RegionHit<T>[] {
  if (!(radiusKm > 0)) return [];
  const hits: RegionHit<T>[] = [];
  for (const item of items) {
    const region = regionOf(item);
    if (!region) continue;
    // Cheap rejection: a region lies inside its disc (when it has one), so nothing of it is nearer than d − radius.
    if (region.radiusKm > 0 || !region.rings) {
      if (straightLineKm(origin, region.center) - Math.max(0, region.radiusKm) > radiusKm + 1e-9) continue;
    }
    const range = rangeFromPoint(origin, region);
    const within = withinKm(range, radiusKm);
    if (within !== 'no') hits.push({ item, range, within });
  }
  // Array.prototype.sort is stable: ties keep input order.
  return hits.sort((a, b) => compareRanges(a.range, b.range));
}

/** How many hits are certainly and possibly within. */
export function countWithin(hits: readonly { within: 'certain' | 'possible' }[]): {
  certain: number;
  possible: number;
} {
  let certain = 0;
  for (const h of hits) if (h.within === 'certain') certain++;
  return { certain, possible: hits.length - certain };
}
