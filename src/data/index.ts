/**
 * The app's static data: `virtual:app-data` from the Vite data plugin, which validated it against src/lib/schema.ts
 * at build time (so no validation code ships). In the build it is a JSON file fetched before the app runs (a
 * top-level await in that module), so these stay plain, synchronous, frozen, typed collections.
 */
import appData from 'virtual:app-data';
import type {
  BoundaryFile,
  Industry,
  LngLat,
  ParksFile,
  PlanProjectsFile,
  StationsFile,
  TownsFile,
  TransitLinesFile,
} from '../lib/schema.ts';
import { townSlug, type Park } from '../lib/parks.ts';
import { outerRings, regionOf, type Region } from '../lib/region.ts';


const parksFile = appData.parks;
const projectsFile = appData.projects;
const pinyinTable = appData.pinyin;

export const INDUSTRIES: readonly Industry[] = Object.freeze(appData.industries as unknown as Industry[]);
export const INDUSTRY_BY_ID: ReadonlyMap<string, Industry> = new Map(INDUSTRIES.map((i) => [i.id, i]));

export const BOUNDARY = appData.boundary as BoundaryFile;
export const TOWNS = appData.towns as TownsFile;
export const TRANSIT_LINES = appData.lines as TransitLinesFile;
export const STATIONS = appData.stations as StationsFile;

/** The town polygon that contains a point (a town-level site lies in it), or null. */
function townAt(p: LngLat): TownsFile['features'][number]['geometry'] | null {
  const inside = (ring: readonly (readonly number[])[]) => {
    let inn = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inn = !inn;
    }
    return inn;
  };
  return TOWNS.features.find((t) => outerRings(t.geometry).some(inside))?.geometry ?? null;
}

/** The placement region of a point placed with a geocode (src/lib/region.ts). */
const placed = (coordinates: LngLat, geocode: Parameters<typeof regionOf>[1]): Region =>
  regionOf(coordinates, geocode, geocode.precision === 'town' ? townAt(coordinates) : null);

export const PARKS: readonly Park[] = Object.freeze(
  (parksFile as ParksFile).features
    .map((f) => {
      const coordinates = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as LngLat;
      return { ...f.properties, coordinates, region: placed(coordinates, f.properties.geocode) };
    })
    .sort((a, b) => a.seq - b.seq),
);
/** The largest park's total floor area, m²: the shared scale of every area bar and the size filter's top. */
export const MAX_FLOOR_AREA_M2 = Math.max(...PARKS.map((p) => p.floorAreaM2));

export const PARK_BY_ID: ReadonlyMap<string, Park> = new Map(PARKS.map((p) => [p.id, p]));

/** The towns parks lie in, with both names and their URL slug, in plan order of first appearance. */
export const PARK_TOWNS: readonly { slug: string; zh: string; en: string }[] = (() => {
  const seen = new Map<string, { slug: string; zh: string; en: string }>();
  for (const p of PARKS) {
    const slug = townSlug(p.town.en);
    if (!seen.has(slug)) seen.set(slug, { slug, zh: p.town.zh, en: p.town.en });
  }
  return [...seen.values()];
})();

export type PlanProject = PlanProjectsFile['features'][number]['properties'] & { coordinates: LngLat; region: Region };
export const PLAN_PROJECTS: readonly PlanProject[] = Object.freeze(
  (projectsFile as PlanProjectsFile).features.map((f) => {
    const coordinates = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as LngLat;
    return { ...f.properties, coordinates, region: placed(coordinates, f.properties.geocode) };
  }),
);

/** Toneless pinyin for a Chinese name in the data ('' when unknown). */
export function pinyinOf(zh: string): string {
  return (pinyinTable as Record<string, string>)[zh] ?? '';
}

/** [west, south, east, north] of the district, from the boundary polygon. */
export const DISTRICT_BBOX: readonly [number, number, number, number] = (() => {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  BOUNDARY.features.forEach((f) => visit(f.geometry.coordinates));
  return [w, s, e, n] as const;
})();
