/**
 * The places of the search's gazetteer as plain data: what a place is, one point for a geometry, and the list built
 * from the project's datasets. Used at build time (scripts/vite-plugin-data.ts emits the list as a module the search
 * loads on first use) and by the map for label points; the search index itself (fuse.js) is in ./gazetteer.ts.
 */
import type { Bilingual, LngLat } from './schema.ts';

/** A landmark with no feature of its own, at the point of another feature (src/data/landmarks.ts). */
export type CuratedLandmark = {
  id: string;
  name: Bilingual;
  /** Toneless pinyin of name.zh without spaces. */
  pinyin: string;
  aliases?: readonly string[];
  /** The gazetteer key of the feature whose point it takes. */
  at: string;
  pointNote: Bilingual;
};

export const PLACE_KINDS = ['station', 'park', 'project', 'town', 'landmark', 'road'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One searchable place. `key` is `${kind}:${id}`, unique across the gazetteer. */
export type Place = {
  key: string;
  kind: PlaceKind;
  id: string;
  name: Bilingual;
  /** Toneless pinyin of name.zh without spaces ('' when unknown). */
  pinyin: string;
  lngLat: LngLat;
  /** Other names people search for it by (北大, PKU), in any language; matched like the name. */
  aliases?: readonly string[];
  /**
   * Set when the point only roughly stands for the place because it was taken from another feature: says which, e.g.
   * "位置取自上地软件园站" / "shown at Shangdiruanjianyuan station".
   */
  pointNote?: Bilingual;
};

/** Builds a Place; the key is derived from kind and id. */
export function makePlace(
  kind: PlaceKind,
  id: string,
  name: Bilingual,
  pinyin: string,
  lngLat: LngLat,
  extra: Pick<Place, 'aliases' | 'pointNote'> = {},
): Place {
  return { key: `${kind}:${id}`, kind, id, name, pinyin, lngLat, ...extra };
}

type Geometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'MultiLineString'; coordinates: number[][][] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

const pt = (c: number[] | undefined): LngLat | null => (c && c.length >= 2 ? [c[0]!, c[1]!] : null);
const longest = <T>(parts: readonly T[][]): T[] => parts.reduce<T[]>((a, b) => (b.length > a.length ? b : a), []);

/**
 * One point to stand for a geometry in the gazetteer: a point itself; the middle vertex of a line
 * (of the part with the most vertices for a multi-line); the vertex average of the outer ring of a polygon
 * (of the ring with the most vertices for a multi-polygon; fine for the compact parks and lakes named here,
 * not a guaranteed interior point). Null for an empty geometry.
 */
export function representativePoint(g: Geometry): LngLat | null {
  switch (g.type) {
    case 'Point':
      return pt(g.coordinates);
    case 'LineString':
      return pt(g.coordinates[Math.floor(g.coordinates.length / 2)]);
    case 'MultiLineString': {
      const part = longest(g.coordinates);
      return pt(part[Math.floor(part.length / 2)]);
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const ring = g.type === 'Polygon' ? (g.coordinates[0] ?? []) : longest(g.coordinates.map((p) => p[0] ?? []));
      // A closed ring repeats its first vertex; leave the repeat out of the average.
      const vs = ring.length > 1 ? ring.slice(0, -1) : ring;
      if (!vs.length) return null;
      let x = 0;
      let y = 0;
      for (const v of vs) {
        x += v[0] ?? 0;
        y += v[1] ?? 0;
      }
      return [x / vs.length, y / vs.length];
    }
  }
}

type Named = { properties: { id: string; name: Bilingual }; geometry: Geometry | null };

/** The datasets the gazetteer draws on, as validated (the build's data plugin) or imported (tests). */
export type GazetteerSources = {
  stations: readonly {
    properties: { id: string; name: Bilingual; indicative?: boolean };
    geometry: { coordinates: number[] } | null;
  }[];
  /** Parks in plan order (`seq`), each at its point. */
  parks: readonly { id: string; name: Bilingual; coordinates: LngLat }[];
  projects: readonly { id: string; name: Bilingual; coordinates: LngLat }[];
  towns: readonly { properties: { id: string; name: Bilingual; labelPoint: LngLat } }[];
  green: readonly Named[];
  water: readonly Named[];
  roads: readonly Named[];
  /** Toneless pinyin of a Chinese name ('' when unknown). */
  pinyinOf: (zh: string) => string;
  /** Landmarks with no feature of their own, each at the point of the feature keyed `at` (src/data/landmarks.ts). */
  curated: readonly CuratedLandmark[];
  /** Other names of places, by place key. */
  aliases: Readonly<Record<string, readonly string[]>>;
};

/**
 * Every place the search offers, in a fixed order (stations, parks, projects, towns, green spaces, waters, roads,
 * then the curated landmarks). Planned stations without a published position (none, or only an indicative one at their
 * namesake landmark) are not places a user can go to, so they are left out; so is a feature with no geometry, and a
 * curated landmark whose `at` is not a place (a unit test keeps every `at` resolving).
 */
export function gazetteerPlaces(src: GazetteerSources): Place[] {
  const named = (kind: 'road' | 'landmark', features: readonly Named[]) =>
    features.flatMap((f) => {
      const p = f.geometry ? representativePoint(f.geometry) : null;
      return p ? [makePlace(kind, f.properties.id, f.properties.name, src.pinyinOf(f.properties.name.zh), p)] : [];
    });
  const fromData: Place[] = [
    ...src.stations.flatMap((f) =>
      f.geometry && !f.properties.indicative
        ? [
            makePlace('station', f.properties.id, f.properties.name, src.pinyinOf(f.properties.name.zh), [
              f.geometry.coordinates[0]!,
              f.geometry.coordinates[1]!,
            ]),
          ]
        : [],
    ),
    ...src.parks.map((p) => makePlace('park', p.id, p.name, src.pinyinOf(p.name.zh), p.coordinates)),
    ...src.projects.map((p) => makePlace('project', p.id, p.name, src.pinyinOf(p.name.zh), p.coordinates)),
    ...src.towns.map((f) =>
      makePlace(
        'town',
        f.properties.id,
        f.properties.name,
        src.pinyinOf(f.properties.name.zh),
        f.properties.labelPoint,
      ),
    ),
    ...named('landmark', src.green),
    ...named('landmark', src.water),
    ...named('road', src.roads),
  ];
  const byKey = new Map(fromData.map((p) => [p.key, p]));
  const out = fromData.map((p) => (src.aliases[p.key] ? { ...p, aliases: src.aliases[p.key] } : p));
  for (const l of src.curated) {
    const at = byKey.get(l.at);
    if (at)
      out.push(
        makePlace('landmark', l.id, l.name, l.pinyin, at.lngLat, { aliases: l.aliases, pointNote: l.pointNote }),
      );
  }
  return out;
}
