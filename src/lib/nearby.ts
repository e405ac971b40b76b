/**
 * What lies within a radius of a place: parks, plan projects by category and stations, grouped for a plain summary.
 * Parks, plan projects and indicative stations are known only to lie somewhere in a region, so each item is either
 * certainly or possibly within the radius (lib/radius.ts, the rule the radius panel uses too) and carries the
 * interval of its distance, never a single figure more precise than its placement.
 */
import type { Bilingual, LngLat } from './schema.ts';
import { PROJECT_CATEGORIES, type ProjectCategory, type TransitStatus } from './vocab.ts';
import type { KmRange, Region } from './interval.ts';
import { pointRegion } from './region.ts';
import { countWithin, regionsInRadius } from './radius.ts';

export type NearbyPark = { id: string; name: Bilingual; coordinates: LngLat; region: Region };
export type NearbyProject = {
  id: string;
  name: Bilingual;
  category: ProjectCategory;
  status?: Bilingual;
  year?: number;
  coordinates: LngLat;
  region: Region;
};
export type NearbyStation = {
  id: string;
  name: Bilingual;
  status: TransitStatus;
  lines: readonly string[];
  plannedLines?: readonly string[];
  openingYear?: number;
  /** Null for a planned station without published coordinates: it can never be "near". */
  lngLat: LngLat | null;
  /** How far the real station may lie from `lngLat`, km: 0 or absent for a surveyed station. */
  uncertaintyKm?: number;
};

export type NearbySources = {
  parks: readonly NearbyPark[];
  projects: readonly NearbyProject[];
  stations: readonly NearbyStation[];
  /** Opening year of a line by id, where the data gives one. */
  lineYear: (lineId: string) => number | undefined;
};

/** 'certain': the whole placement region is within the radius; 'possible': only part of it is. */
export type NearbyWithin = 'certain' | 'possible';

/** `range`: the interval of the distance from the origin, km (zero width for a surveyed station). */
type ItemBase = { id: string; name: Bilingual; coordinates: LngLat; range: KmRange; within: NearbyWithin };
export type NearbyItem =
  | (ItemBase & { kind: 'park' })
  | (ItemBase & { kind: 'project'; status?: Bilingual; year?: number })
  | (ItemBase & { kind: 'station'; year?: number });

export const NEARBY_GROUPS = [
  'parks',
  ...PROJECT_CATEGORIES.map((c) => `project-${c}` as const),
  'stations-planned',
  'stations-new-line',
  'stations-open',
] as const;
export type NearbyGroupKey = (typeof NEARBY_GROUPS)[number];

/**
 * One line of the summary: the items of one kind (those certainly within first, each part nearest first), how many
 * are certainly and possibly within, and the distinct opening years of its stations (ascending).
 */
export type NearbyGroup = {
  key: NearbyGroupKey;
  items: NearbyItem[];
  certain: number;
  possible: number;
  years: number[];
};

/** Opening years of stations. A project's year is the plan's year (the 2025 work plan), not a date it opens, so it is not summed up. */
const distinctYears = (items: readonly NearbyItem[]) =>
  [...new Set(items.flatMap((i) => (i.kind === 'station' && i.year !== undefined ? [i.year] : [])))].sort(
    (a, b) => a - b,
  );

/**
 * Groups everything within `radiusKm` (straight line, inclusive) of `origin`, in the order of NEARBY_GROUPS:
 * parks; plan projects by category; planned stations (year: the station's opening year, else the latest of its lines');
 * open stations that a planned line will also serve (year: the earliest of those lines'); other open stations.
 * A park, project or indicative station whose region lies only partly within counts as 'possible'. Items in a group
 * are sorted by the far end of their distance, then the near end, so the certain ones come first. Empty groups are
 * left out; a non-positive radius gives [].
 */
export function summarizeNearby(origin: LngLat, radiusKm: number, src: NearbySources): NearbyGroup[] {
  const groups = new Map<NearbyGroupKey, NearbyItem[]>(NEARBY_GROUPS.map((k) => [k, []]));
  for (const { item: p, range, within } of regionsInRadius(origin, radiusKm, src.parks, (p) => p.region)) {
    groups.get('parks')!.push({ kind: 'park', id: p.id, name: p.name, coordinates: p.coordinates, range, within });
  }
  for (const { item: p, range, within } of regionsInRadius(origin, radiusKm, src.projects, (p) => p.region)) {
    groups.get(`project-${p.category}`)!.push({
      kind: 'project',
      id: p.id,
      name: p.name,
      coordinates: p.coordinates,
      range,
      within,
      ...(p.status ? { status: p.status } : {}),
      ...(p.year !== undefined ? { year: p.year } : {}),
    });
  }
  const stationRegion = (s: NearbyStation) => (s.lngLat ? pointRegion(s.lngLat, s.uncertaintyKm ?? 0) : null);
  for (const { item: s, range, within } of regionsInRadius(origin, radiusKm, src.stations, stationRegion)) {
    const base = { kind: 'station' as const, id: s.id, name: s.name, coordinates: s.lngLat!, range, within };
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
    if (!items.length) return [];
    return [{ key, items, ...countWithin(items), years: distinctYears(items) }];
  });
}
