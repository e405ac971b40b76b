/**
 * Every turf call of the app lives here, but for the point-in-polygon test (spatial-polygon.ts, kept out of the
 * start-up JavaScript). Distances are straight-line (great-circle) kilometres on the sphere unless the name says
 * otherwise.
 */
import { circle, distance, lineString, pointToLineDistance } from '@turf/turf';
import KDBush from 'kdbush';
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
export function radiusQuery<T>(
  origin: LngLat,
  radiusKm: number,
  items: readonly T[],
  pos: (t: T) => LngLat | null,
): Hit<T>[] {
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

/* ---- Spatial index, lines, circles and paths (transit feature) ---- */

/**
 * A static index of [lng, lat] points for nearest and radius queries on the sphere (kdbush boxes, exact turf distances).
 * Built once per collection; `ids` map index slots back to input positions (items without a position are skipped).
 */
export type PointIndex = { tree: KDBush; slots: number[]; points: LngLat[] };

/**
 * Builds a PointIndex over `items`. Items whose position is null are left out (their input index never appears in
 * results). Empty input gives an empty index that answers every query with [].
 */
export function buildPointIndex<T>(items: readonly T[], pos: (t: T) => LngLat | null): PointIndex {
  const slots: number[] = [];
  const points: LngLat[] = [];
  items.forEach((item, i) => {
    const p = pos(item);
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
      slots.push(i);
      points.push(p);
    }
  });
  // Small leaves suit our small collections (~140 stations): fewer points scanned per nearest query (scripts/bench-transit.mjs).
  const tree = new KDBush(Math.max(1, points.length), 8);
  for (const p of points) tree.add(p[0], p[1]);
  if (points.length === 0) tree.add(0, 0); // kdbush needs its declared count; the dummy slot is never reported
  tree.finish();
  return { tree, slots, points };
}

/** Kilometres per degree of latitude (turf's Earth radius, 6371.0088 km). */
const KM_PER_DEG = (Math.PI * 6371.0088) / 180;
/** The first search box around a point, in km; doubled until it holds enough answers. */
const FIRST_BOX_KM = 2;

/**
 * Input indices of the indexed items nearest `origin`, nearest first, with their great-circle distance in km
 * (computed with turf, like straightLineKm). At most `maxResults`, only within `maxKm` (inclusive),
 * only items whose input index passes `keep`. Empty index gives [].
 *
 * How: kdbush box queries around the origin, doubling the box until it holds `maxResults` items whose exact
 * distance is within the circle the box is sure to contain (1 % slack for the change of a degree of longitude
 * across the box). A box query and a few exact distances cost far less than a distance to every item.
 */
export function nearestIndexed(
  index: PointIndex,
  origin: LngLat,
  opts: { maxResults?: number; maxKm?: number; keep?: (inputIndex: number) => boolean } = {},
): { index: number; distanceKm: number }[] {
  if (index.points.length === 0) return [];
  const maxKm = opts.maxKm ?? Infinity;
  if (!(maxKm >= 0)) return [];
  const maxResults = opts.maxResults ?? Infinity;
  if (!(maxResults > 0)) return [];
  const keep = opts.keep;
  const cosLat = Math.max(0.01, Math.cos((origin[1] * Math.PI) / 180));
  for (let boxKm = Math.min(FIRST_BOX_KM, maxKm); ; boxKm = Math.min(boxKm * 2, maxKm)) {
    const dLat = (boxKm * 1.01) / KM_PER_DEG;
    const dLng = dLat / cosLat;
    const everything = dLat >= 180 || !Number.isFinite(boxKm);
    const slots = everything
      ? index.points.map((_, i) => i)
      : index.tree.range(origin[0] - dLng, origin[1] - dLat, origin[0] + dLng, origin[1] + dLat);
    const out: { index: number; distanceKm: number }[] = [];
    for (const slot of slots) {
      const inputIndex = index.slots[slot];
      if (inputIndex === undefined || (keep && !keep(inputIndex))) continue;
      const d = straightLineKm(origin, index.points[slot]!);
      if (d <= boxKm || everything) out.push({ index: inputIndex, distanceKm: d });
    }
    if (out.length >= maxResults || boxKm >= maxKm || everything) {
      return out
        .sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index)
        .filter((h) => h.distanceKm <= maxKm)
        .slice(0, maxResults);
    }
  }
}

/**
 * Input indices of the indexed items inside the lng/lat box that holds the circle of `km` around `origin` (a superset
 * of the items within `km`; no distances computed). Cheap candidate selection for callers that measure themselves.
 */
export function indexedInBox(index: PointIndex, origin: LngLat, km: number): number[] {
  if (index.points.length === 0 || !(km >= 0)) return [];
  const dLat = (km * 1.01) / KM_PER_DEG;
  const dLng = dLat / Math.max(0.01, Math.cos((origin[1] * Math.PI) / 180));
  const out: number[] = [];
  for (const slot of index.tree.range(origin[0] - dLng, origin[1] - dLat, origin[0] + dLng, origin[1] + dLat)) {
    const i = index.slots[slot];
    if (i !== undefined) out.push(i);
  }
  return out;
}

/** Items of `items` (the collection the index was built from) within `radiusKm` of `origin`, nearest first, via the index. */
export function radiusQueryIndexed<T>(
  origin: LngLat,
  radiusKm: number,
  items: readonly T[],
  index: PointIndex,
): Hit<T>[] {
  if (!(radiusKm > 0)) return [];
  return nearestIndexed(index, origin, { maxKm: radiusKm }).map((h) => ({
    item: items[h.index]!,
    distanceKm: h.distanceKm,
  }));
}

export type LineGeometry =
  { type: 'LineString'; coordinates: number[][] } | { type: 'MultiLineString'; coordinates: number[][][] };

/**
 * Shortest great-circle distance in km from `p` to a line (any part of a MultiLineString), measured to the nearest
 * point on the line, not only its vertices. Null geometry or a line with no usable segment gives null.
 */
export function pointToLineKm(p: LngLat, line: LineGeometry | null): number | null {
  if (!line) return null;
  const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
  let best: number | null = null;
  for (const part of parts) {
    if (part.length < 2) continue;
    const d = pointToLineDistance(p, lineString(part), { units: 'kilometers' });
    if (Number.isFinite(d) && (best === null || d < best)) best = d;
  }
  return best;
}

/** A closed ring approximating the circle of `radiusKm` around `center` (`steps` vertices), as a GeoJSON Polygon. */
export function circlePolygon(
  center: LngLat,
  radiusKm: number,
  steps = 96,
): { type: 'Polygon'; coordinates: number[][][] } {
  return circle(center, Math.max(0, radiusKm), { steps, units: 'kilometers' }).geometry;
}

/** Length in km of the path through `points` in order (sum of great-circle legs). Fewer than two points give 0. */
export function pathLengthKm(points: readonly LngLat[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += straightLineKm(points[i - 1]!, points[i]!);
  return km;
}
