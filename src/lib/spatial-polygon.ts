/**
 * The point-in-polygon test (turf), apart from spatial.ts so that the start-up JavaScript does not carry it (issue 24):
 * only the site editor, the patch checks and "use my location" (when pressed) ask it.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { LngLat } from './schema.ts';

/**
 * True when the point lies inside the polygon or multi-polygon (holes excluded); a point exactly on the edge counts
 * as inside. Used to tell whether a located user is in the district.
 */
export function pointInPolygonFeature(
  point: LngLat,
  polygon: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] },
): boolean {
  return booleanPointInPolygon(point, polygon);
}
