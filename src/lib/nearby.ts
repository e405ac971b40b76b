/**
 * What lies within a radius of a place: parks, plan projects by category and stations, grouped for the one radius
 * summary (features/radius/NearHere.tsx), which counts and lists from this one result, so a count never disagrees with
 * its list. Parks, plan projects and indicative stations are known only to lie somewhere in a region, so each item is
 * either certainly or possibly within the radius (lib/radius.ts) and carries the interval of its distance, never a
 * single figure more precise than its placement.
 */
import type { Bilingual, LngLat } from './schema.ts';
import { PROJECT_CATEGORIES, type ProjectCategory } from './vocab.ts';
import type { KmRange, Region } from './interval.ts';
import { pointRegion } from './region.ts';
import { countWithin, regionsInRadius } from './radius.ts';
import type { ScenarioStation, StationLine } from './transit.ts';

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
export type NearbySources = {
  parks: readonly NearbyPark[];
  projects: readonly NearbyProject[];
  /**
   * The stations of one scenario's network (lib/transit.ts buildNetwork), each with the lines serving it there and
   * their status. The 'plan' network gives all three station groups; a 'now' network has only open stations on open
   * lines, so only 'stations-open'.
   */
  stations: readonly ScenarioStation[];
};

/** 'certain': the whole placement region is within the radius; 'possible': only part of it is. */
export type NearbyWithin = 'certain' | 'possible';

/** `range`: the interval of the distance from the origin, km (zero width for a surveyed station). */
type ItemBase = { id: string; name: Bilingual; coordinates: LngLat; range: KmRange; within: NearbyWithin };
export type NearbyItem =
  | (ItemBase & { kind: 'park' })
  | (ItemBase & { kind: 'project'; status?: Bilingual; year?: number })
  | (ItemBase & {
      kind: 'station';
      year?: number;
      /** The lines serving it in the network's scenario, each with its status there. */
      lines: readonly StationLine[];
      /** Placed at its namesake landmark, not at a published position. */
      indicative: boolean;
    });

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

const years = (lines: readonly StationLine[]) => lines.flatMap((l) => (l.openingYear === null ? [] : [l.openingYear]));

/**
 * Groups everything within `radiusKm` (straight line, inclusive) of `origin`, in the order of NEARBY_GROUPS:
 * parks; plan projects by category; stations that are not open yet (year: the latest of their lines' years, which is
 * the station's own year when the data gives one); open stations with a line that is not open yet (year: the earliest
 * of those lines'); other open stations. Every station of `src.stations` within the radius is in exactly one station
 * group. A park, project or indicative station whose region lies only partly within counts as 'possible'. Items in a
 * group are sorted by the far end of their distance, then the near end, so the certain ones come first. Empty groups
 * are left out; a non-positive radius gives [].
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
  const stationRegion = (s: ScenarioStation) => pointRegion(s.coordinates, s.uncertaintyKm);
  for (const { item: s, range, within } of regionsInRadius(origin, radiusKm, src.stations, stationRegion)) {
    const item = {
      kind: 'station' as const,
      id: s.id,
      name: s.name,
      coordinates: s.coordinates,
      range,
      within,
      lines: s.lines,
      indicative: s.indicative,
    };
    const coming = s.lines.filter((l) => l.status !== 'open');
    if (s.status !== 'open') {
      const ys = years(s.lines);
      groups.get('stations-planned')!.push(ys.length ? { ...item, year: Math.max(...ys) } : item);
    } else if (coming.length) {
      const ys = years(coming);
      groups.get('stations-new-line')!.push(ys.length ? { ...item, year: Math.min(...ys) } : item);
    } else {
      groups.get('stations-open')!.push(item);
    }
  }
  return NEARBY_GROUPS.flatMap((key) => {
    const items = groups.get(key)!;
    if (!items.length) return [];
    return [{ key, items, ...countWithin(items), years: distinctYears(items) }];
  });
}
