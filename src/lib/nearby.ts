/** What lies within a radius of a place: parks, plan projects by category and stations, grouped for a plain summary. */
import type { Bilingual, LngLat } from './schema.ts';
import { PROJECT_CATEGORIES, type ProjectCategory, type TransitStatus } from './vocab.ts';
import { radiusQuery } from './spatial.ts';

export type NearbyPark = { id: string; name: Bilingual; coordinates: LngLat };
export type NearbyProject = { id: string; name: Bilingual; category: ProjectCategory; status?: Bilingual; year?: number; coordinates: LngLat };
export type NearbyStation = {
  id: string;
  name: Bilingual;
  status: TransitStatus;
  lines: readonly string[];
  plannedLines?: readonly string[];
  openingYear?: number;
  /** Null for a planned station without published coordinates: it can never be "near". */
  lngLat: LngLat | null;
};

export type NearbySources = {
  parks: readonly NearbyPark[];
  projects: readonly NearbyProject[];
  stations: readonly NearbyStation[];
  /** Opening year of a line by id, where the data gives one. */
  lineYear: (lineId: string) => number | undefined;
};

export type NearbyItem =
  | { kind: 'park'; id: string; name: Bilingual; coordinates: LngLat; distanceKm: number }
  | { kind: 'project'; id: string; name: Bilingual; coordinates: LngLat; distanceKm: number; status?: Bilingual; year?: number }
  | { kind: 'station'; id: string; name: Bilingual; coordinates: LngLat; distanceKm: number; year?: number };

export const NEARBY_GROUPS = ['parks', ...PROJECT_CATEGORIES.map((c) => `project-${c}` as const), 'stations-planned', 'stations-new-line', 'stations-open'] as const;
export type NearbyGroupKey = (typeof NEARBY_GROUPS)[number];

/** One line of the summary: the items of one kind, nearest first, and the distinct opening years of its stations (ascending). */
export type NearbyGroup = { key: NearbyGroupKey; items: NearbyItem[]; years: number[] };

/** Opening years of stations. A project's year is the plan's year (the 2025 work plan), not a date it opens, so it is not summed up. */
const distinctYears = (items: readonly NearbyItem[]) =>
  [...new Set(items.flatMap((i) => (i.kind === 'station' && i.year !== undefined ? [i.year] : [])))].sort((a, b) => a - b);

/**
 * Groups everything within `radiusKm` (straight line, inclusive) of `origin`, in the order of NEARBY_GROUPS:
 * parks; plan projects by category; planned stations (year: the station's opening year, else the latest of its lines');
 * open stations that a planned line will also serve (year: the earliest of those lines'); other open stations.
 * Items in a group are nearest first. Empty groups are left out; a non-positive radius gives [].
 */
export function summarizeNearby(origin: LngLat, radiusKm: number, src: NearbySources): NearbyGroup[] {
  const groups = new Map<NearbyGroupKey, NearbyItem[]>(NEARBY_GROUPS.map((k) => [k, []]));
  for (const { item: p, distanceKm } of radiusQuery(origin, radiusKm, src.parks, (p) => p.coordinates)) {
    groups.get('parks')!.push({ kind: 'park', id: p.id, name: p.name, coordinates: p.coordinates, distanceKm });
  }
  for (const { item: p, distanceKm } of radiusQuery(origin, radiusKm, src.projects, (p) => p.coordinates)) {
    groups.get(`project-${p.category}`)!.push({
      kind: 'project', id: p.id, name: p.name, coordinates: p.coordinates, distanceKm,
      ...(p.status ? { status: p.status } : {}),
      ...(p.year !== undefined ? { year: p.year } : {}),
    });
  }
  for (const { item: s, distanceKm } of radiusQuery(origin, radiusKm, src.stations, (s) => s.lngLat)) {
    const base = { kind: 'station' as const, id: s.id, name: s.name, coordinates: s.lngLat!, distanceKm };
    const yearsOf = (lines: readonly string[]) => lines.map(src.lineYear).filter((y): y is number => y !== undefined);
    if (s.status !== 'open') {
      const year = s.openingYear ?? Math.max(...yearsOf(s.lines));
      groups.get('stations-planned')!.push(Number.isFinite(year) ? { ...base, year } : base);
    } else if (s.plannedLines?.length) {
      const year = Math.min(...yearsOf(s.plannedLines));
      groups.get('stations-new-line')!.push(Number.isFinite(year) ? { ...base, year } : base);
    } else {
      groups.get('stations-open')!.push(base);
    }
  }
  return NEARBY_GROUPS.flatMap((key) => {
    const items = groups.get(key)!;
    return items.length ? [{ key, items, years: distinctYears(items) }] : [];
  });
}
