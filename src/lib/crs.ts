/**
 * Coordinate systems of the map display. The app's data is WGS-84; an online basemap from a Chinese provider
 * (AMap, Tencent) is drawn in GCJ-02, about 500 m off in Beijing. When such a basemap is shown, everything the app
 * draws is shifted into GCJ-02 and every position read from the map (a click) is shifted back (gcoord).
 */
import type Gcoord from 'gcoord';
import type { LngLat } from './schema.ts';

export const CRSES = ['wgs84', 'gcj02'] as const;
export type Crs = (typeof CRSES)[number];

/** gcoord, once loaded: only a GCJ-02 basemap needs it, so it is not in the start-up JavaScript (issue 24). */
let gcoord: typeof Gcoord | null = null;

/** Whether positions can be shifted into `crs` now (WGS-84 always; GCJ-02 once loadCrs has resolved). */
export function crsReady(crs: Crs): boolean {
  return crs === 'wgs84' || gcoord !== null;
}

/** Loads what shifting into `crs` needs; call it (and wait) before drawing in GCJ-02. Rejects if the code cannot load. */
export async function loadCrs(crs: Crs): Promise<void> {
  if (crsReady(crs)) return;
  gcoord = (await import('gcoord')).default;
}

/** gcoord, or an error naming the missing step (a bug: the map is drawn in GCJ-02 only once it is ready). */
function shift(): typeof Gcoord {
  if (!gcoord) throw new Error('GCJ-02 display before loadCrs(): the shift is not loaded');
  return gcoord;
}

/** A WGS-84 position as drawn on a map in `crs`. */
export function toDisplay(p: LngLat, crs: Crs): LngLat {
  if (crs === 'wgs84') return p;
  const gcoord = shift();
  const [lng, lat] = gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02);
  return [lng, lat];
}

/** A position read from a map in `crs`, back in WGS-84 (iterative inverse, error well under a metre). */
export function fromDisplay(p: LngLat, crs: Crs): LngLat {
  if (crs === 'wgs84') return p;
  const gcoord = shift();
  const [lng, lat] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84);
  return [lng, lat];
}

/**
 * A copy of a GeoJSON object with every position shifted for display in `crs` (the input is not changed). The copy
 * is made through JSON, not structuredClone: gcoord shifts positions in place, and a position array shared by two
 * features (a park's point in a line and in a dot) would keep its sharing in a structured clone and be shifted twice.
 */
export function geojsonToDisplay<T>(geojson: T, crs: Crs): T {
  if (crs === 'wgs84') return geojson;
  const gcoord = shift();
  return gcoord.transform(JSON.parse(JSON.stringify(geojson)) as never, gcoord.WGS84, gcoord.GCJ02) as T;
}
