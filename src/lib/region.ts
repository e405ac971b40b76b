/**
 * The placement region of a hand-placed thing (park, plan project, planned station): the area within which its true
 * site lies, derived from its geocode.
 *
 * - By default the disc of `accuracyM` around the point.
 * - `geocode.region`, where the basis describes a polygon (a block bounded by named roads, a published extent): that
 *   polygon (clipped to the disc of accuracyM, which the data contract makes cover it).
 * - Precision 'town': the disc clipped to the town's polygon (the part of the town that contains the point), since a
 *   town-level site is known to lie in that town.
 */
import type { Geocode, LngLat } from './schema.ts';
import type { Region, Ring } from './interval.ts';

export type { Region, Ring } from './interval.ts';
type PolygonLike =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

function inRing(ring: Ring, p: LngLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The outer rings of a (multi)polygon (holes dropped: a region may only grow, never wrongly shrink). */
export function outerRings(geometry: PolygonLike): Ring[] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.flatMap((part) => (part[0] ? [part[0]] : []));
}

/**
 * The region of a point placed with `geocode`. `town` is the polygon of the town the site is known to lie in (used
 * only for precision 'town'); pass null when unknown. Surveyed stations have no geocode: use `pointRegion`.
 */
export function regionOf(
  point: LngLat,
  geocode: Pick<Geocode, 'precision' | 'accuracyM' | 'region'>,
  town: PolygonLike | null,
): Region {
  const radiusKm = geocode.accuracyM / 1000;
  if (geocode.region) return { center: point, radiusKm, rings: [geocode.region.coordinates[0]!] };
  if (geocode.precision === 'town' && town) {
    const rings = outerRings(town);
    // A town-level site lies in its town: clip the disc to the town's parts (all of them: a town can be in pieces).
    if (rings.some((ring) => inRing(ring, point))) return { center: point, radiusKm, rings };
  }
  return { center: point, radiusKm, rings: null };
}

/** A point known to within `uncertaintyKm` (0 = surveyed): the disc around it. */
export function pointRegion(point: LngLat, uncertaintyKm = 0): Region {
  return { center: point, radiusKm: Math.max(0, uncertaintyKm), rings: null };
}

const KM_PER_DEG = (Math.PI * 6371.0088) / 180;

/** The disc of a region as a closed ring of `steps` vertices ([lng, lat], counter-clockwise). */
function discRing(center: LngLat, radiusKm: number, steps: number): number[][] {
  const kx = Math.cos((center[1] * Math.PI) / 180) * KM_PER_DEG;
  const ring: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const a = (2 * Math.PI * k) / steps;
    ring.push([center[0] + (Math.cos(a) * radiusKm) / kx, center[1] + (Math.sin(a) * radiusKm) / KM_PER_DEG]);
  }
  ring.push(ring[0]!);
  return ring;
}

/**
 * Clips a ring by a convex ring (Sutherland–Hodgman). Exact for a convex clipper, which a disc is; a concave subject
 * may leave zero-width seams along the clipper's edge, invisible when drawn.
 */
function clipByConvex(subject: Ring, clipper: number[][]): number[][] {
  const cross = (a: number[], b: number[], p: readonly number[]) =>
    (b[0]! - a[0]!) * (p[1]! - a[1]!) - (b[1]! - a[1]!) * (p[0]! - a[0]!);
  const meet = (p: readonly number[], q: readonly number[], a: number[], b: number[]) => {
    const cp = cross(a, b, p),
      cq = cross(a, b, q);
    const t = cp / (cp - cq);
    return [p[0]! + (q[0]! - p[0]!) * t, p[1]! + (q[1]! - p[1]!) * t];
  };
  let out: (readonly number[])[] = subject.slice(0, -1);
  for (let i = 0; i < clipper.length - 1 && out.length; i++) {
    const a = clipper[i]!,
      b = clipper[i + 1]!;
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j]!,
        q = input[(j + 1) % input.length]!;
      const pin = cross(a, b, p) >= 0,
        qin = cross(a, b, q) >= 0;
      if (pin) out.push(p);
      if (pin !== qin) out.push(meet(p, q, a, b));
    }
  }
  const ring = out.map((p) => [p[0]!, p[1]!]);
  if (ring.length) ring.push(ring[0]!);
  return ring;
}

/**
 * The region as GeoJSON for the map: the disc (`steps` vertices), or its rings clipped to the disc (a MultiPolygon
 * when the region has several parts). A surveyed point (radius 0, no rings) gives null: there is nothing to draw.
 */
export function regionGeometry(
  region: Region,
  steps = 64,
): { type: 'MultiPolygon'; coordinates: number[][][][] } | null {
  if (region.radiusKm <= 0 && !region.rings) return null;
  if (!region.rings) return { type: 'MultiPolygon', coordinates: [[discRing(region.center, region.radiusKm, steps)]] };
  const disc = discRing(region.center, region.radiusKm, steps);
  const parts = region.rings
    .map((ring) => (region.radiusKm > 0 ? clipByConvex(ring, disc) : ring.map((p) => [p[0]!, p[1]!])))
    .filter((ring) => ring.length >= 4);
  return parts.length ? { type: 'MultiPolygon', coordinates: parts.map((ring) => [ring]) } : null;
}
