/** The park type used across the app: a park's plan facts plus its position. */
import type { LngLat, ParkProperties } from './schema.ts';
import type { Region } from './region.ts';

/** A park: the plan's facts, its placed point and the region its true site lies in (lib/region.ts). */
export type Park = ParkProperties & { coordinates: LngLat; region: Region };

/** The figure a size filter or sort reads: 'total' = 总建筑面积, 'above' = 地上 (null where the plan gives none). */
export type SizeBasis = 'total' | 'above';
export function areaOf(park: Park, basis: SizeBasis): number | null {
  return basis === 'total' ? park.floorAreaM2 : park.aboveGroundAreaM2;
}

/** A readable id for a park's town, from its English name: "Wenquan Town" → "wenquan-town". Used in filters and URLs. */
export function townSlug(en: string): string {
  return en
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
