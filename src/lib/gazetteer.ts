/**
 * An offline gazetteer over the project's own data (towns, stations, roads, landmarks, parks, plan projects):
 * one index, searched in Chinese, English or toneless pinyin, tolerant of typos (fuse.js).
 */
// The basic build: no extended-search syntax, which this index does not use (about 2 KiB gzip smaller).
import Fuse from 'fuse.js/basic';
import type { Bilingual, LngLat } from './schema.ts';
import { normalizeForSearch } from './text-match.ts';

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
};

/** Builds a Place; the key is derived from kind and id. */
export function makePlace(kind: PlaceKind, id: string, name: Bilingual, pinyin: string, lngLat: LngLat): Place {
  return { key: `${kind}:${id}`, kind, id, name, pinyin, lngLat };
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

type Entry = { place: Place; zh: string; en: string; py: string };

export type Gazetteer = { entries: readonly Entry[]; fuse: Fuse<Entry>; byKey: ReadonlyMap<string, Place> };

/**
 * Builds the search index. Names are normalised (lower case, no spaces or punctuation) so that
 * "Summer Palace", "summerpalace" and "summer-palace" match alike. Later duplicates of a key are dropped.
 */
export function buildGazetteer(places: readonly Place[]): Gazetteer {
  const byKey = new Map<string, Place>();
  for (const p of places) if (!byKey.has(p.key)) byKey.set(p.key, p);
  const entries: Entry[] = [...byKey.values()].map((place) => ({
    place,
    zh: normalizeForSearch(place.name.zh),
    en: normalizeForSearch(place.name.en),
    py: normalizeForSearch(place.pinyin),
  }));
  const fuse = new Fuse(entries, {
    keys: ['zh', 'en', 'py'],
    includeScore: true,
    ignoreLocation: true,
    // 0.34 lets one wrong, missing or extra letter in a 6–12 letter word through, and little else.
    threshold: 0.34,
  });
  return { entries, fuse, byKey };
}

export type PlaceHit = { place: Place; score: number };

/** Fuzzy-only matches scoring worse than this are dropped; "sumer palace" → 颐和园 scores 0.45. */
const MAX_FUZZY_SCORE = 0.5;

const KIND_RANK: Record<PlaceKind, number> = { station: 0, park: 1, project: 2, town: 3, landmark: 4, road: 5 };

/** 0 exact name, 1 name starts with the query, 2 contains it, 3 fuzzy only. */
function tier(e: Entry, q: string): number {
  const fields = [e.zh, e.en, e.py].filter(Boolean);
  if (fields.some((f) => f === q)) return 0;
  if (fields.some((f) => f.startsWith(q))) return 1;
  if (fields.some((f) => f.includes(q))) return 2;
  return 3;
}

/**
 * Places matching `query`, best first, at most `limit`. Ranking: exact name, then prefix, then substring,
 * then typo-tolerant (fuse.js) matches (queries of 4+ characters only). Within the literal tiers, stations come before parks, projects, towns,
 * landmarks and roads; fuzzy matches go by closeness first; ties go to the shorter name. `score` is 0 (best) to 1. A blank query gives [].
 */
export function searchPlaces(g: Gazetteer, query: string, limit = 8): PlaceHit[] {
  const q = normalizeForSearch(query);
  if (!q || limit <= 0) return [];
  const fuzzy = new Map<string, number>();
  for (const r of g.fuse.search(q)) fuzzy.set(r.item.place.key, r.score ?? 1);
  const ranked: { e: Entry; tier: number; score: number }[] = [];
  for (const e of g.entries) {
    const t = tier(e, q);
    const score = t === 0 ? 0 : (fuzzy.get(e.place.key) ?? (t < 3 ? 0.5 : undefined));
    if (score === undefined) continue;
    // Fuzzy-only matches of very short queries, or weak ones, are noise ("pku" is not 昆明湖).
    if (t === 3 && (q.length < 4 || score > MAX_FUZZY_SCORE)) continue;
    ranked.push({ e, tier: t, score });
  }
  const kind = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    KIND_RANK[a.e.place.kind] - KIND_RANK[b.e.place.kind];
  const score = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => a.score - b.score;
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      // A fuzzy match is ranked by how close it is; a literal one by what kind of place it is.
      (a.tier === 3 ? score(a, b) || kind(a, b) : kind(a, b) || score(a, b)) ||
      a.e.zh.length - b.e.zh.length,
  );
  return ranked.slice(0, limit).map((r) => ({ place: r.e.place, score: r.score }));
}
