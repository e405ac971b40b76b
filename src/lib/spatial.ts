/**
 * Every turf call of the app lives here. Distances are straight-line (great-circle) kilometres on the sphere
 * unless the name says otherwise.
 */
import { distance } from '@turf/turf';
import type { LngLat } from './schema.ts';

/** Great-circle distance in km between two [lng, lat] points. */
export function straightLineKm(a: LngLat, b: LngLat): number {
  return distance(a, b, { units: 'kilometers' });
}

export type Hit<T> = { item: T; distanceKm: number };

/**
 * Items within `radiusKm` of `origin` (inclusive), nearest first; ties keep input order.
 * Items whose position is null (e.g. a planned station with no published coordinates) are left out.
 * Empty input or a non-positive radius gives [].
 */
export function radiusQuery<T>(origin: LngLat, radiusKm: number, items: readonly T[], pos: (t: T) => LngLat | null): Hit<T>[] {
  if (!(radiusKm > 0)) return [];
  const hits: Hit<T>[] = [];
  for (const item of items) {
    const p = pos(item);
    if (!p) continue;
    const d = straightLineKm(origin, p);
    if (d <= radiusKm) hits.push({ item, distanceKm: d });
  }
  return hits.sort((a, b) => a.distanceKm - b.distanceKm);
}

/** The nearest item with a position, or null for empty input (or when none has a position). */
export function nearest<T>(origin: LngLat, items: readonly T[], pos: (t: T) => LngLat | null): Hit<T> | null {
  let best: Hit<T> | null = null;
  for (const item of items) {
    const p = pos(item);
    if (!p) continue;
    const d = straightLineKm(origin, p);
    if (!best || d < best.distanceKm) best = { item, distanceKm: d };
  }
  return best;
}
