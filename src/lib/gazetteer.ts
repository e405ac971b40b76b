/**
 * An offline gazetteer over the project's own data (towns, stations, roads, landmarks, parks, plan projects):
 * one index, searched in Chinese, English or toneless pinyin, by other names (北大), by homophones (西二其 → 西二旗)
 * and tolerant of typos (fuse.js).
 */
// The basic build: no extended-search syntax, which this index does not use (about 2 KiB gzip smaller).
import Fuse from 'fuse.js/basic';
import { homophoneIndexOf, normalizeForSearch, type CharPinyin } from './text-match.ts';
import type { Place, PlaceKind } from './places.ts';

type Entry = { place: Place; zh: string; en: string; py: string; al: string[] };

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
    al: (place.aliases ?? []).map(normalizeForSearch).filter(Boolean),
  }));
  const fuse = new Fuse(entries, {
    // Other names are matched literally only: a fourth key would reweigh every score (and they are short forms).
    keys: ['zh', 'en', 'py'],
    includeScore: true,
    ignoreLocation: true,
    // 0.34 lets one wrong, missing or extra letter in a 6–12 letter word through, and little else.
    threshold: 0.34,
  });
  return { entries, fuse, byKey };
}

/**
 * How a hit matched: its name or pinyin ('name'), another name of it ('alias'), its Chinese name or other name read
 * aloud with homophones ('sound', 西二其 → 西二旗), or a typo-tolerant comparison ('typo').
 */
export type PlaceMatch = 'name' | 'alias' | 'sound' | 'typo';
export type PlaceHit = { place: Place; score: number; match: PlaceMatch };

/** Fuzzy-only matches scoring worse than this are dropped; "sumer palace" → 颐和园 scores 0.45. */
const MAX_FUZZY_SCORE = 0.5;

const KIND_RANK: Record<PlaceKind, number> = { station: 0, park: 1, project: 2, town: 3, landmark: 4, road: 5 };

/** Tiers, best first: exact, prefix, substring; then by sound: at the start, inside; then typo-tolerant only. */
const TIER = { exact: 0, prefix: 1, inside: 2, soundStart: 3, soundInside: 4, typo: 5 } as const;

/** The tier of an entry for the normalised query, and whether the name or another name matched; null for no match. */
function tier(e: Entry, q: string, py: CharPinyin | undefined): { tier: number; match: PlaceMatch } | null {
  const names = [e.zh, e.en, e.py].filter(Boolean);
  const literal = (fields: readonly string[]) =>
    fields.some((f) => f === q)
      ? TIER.exact
      : fields.some((f) => f.startsWith(q))
        ? TIER.prefix
        : fields.some((f) => f.includes(q))
          ? TIER.inside
          : null;
  const byName = literal(names);
  const byAlias = literal(e.al);
  if (byName !== null || byAlias !== null) {
    return byAlias !== null && (byName === null || byAlias < byName)
      ? { tier: byAlias, match: 'alias' }
      : { tier: byName!, match: 'name' };
  }
  if (py) {
    const at = Math.min(...[e.zh, ...e.al].map((f) => homophoneIndexOf(q, f, py)).map((i) => (i < 0 ? Infinity : i)));
    if (at !== Infinity) return { tier: at === 0 ? TIER.soundStart : TIER.soundInside, match: 'sound' };
  }
  return null;
}

/**
 * Places matching `query`, best first, at most `limit`. Ranking: exact name (or other name), then prefix, then
 * substring; then, given `py` (the readings of Chinese characters, loaded lazily), names that sound like the query
 * (西二其 finds 西二旗: at the start before inside, never for a query of one character); then typo-tolerant (fuse.js)
 * matches (queries of 4+ characters only). Character matches always rank above sound-alike ones. Within the literal
 * and sound tiers, stations come before parks, projects, towns, landmarks and roads; fuzzy matches go by closeness
 * first; ties go to the shorter name. `score` is 0 (best) to 1. A blank query gives [].
 */
export function searchPlaces(g: Gazetteer, query: string, limit = 8, py?: CharPinyin): PlaceHit[] {
  const q = normalizeForSearch(query);
  if (!q || limit <= 0) return [];
  const fuzzy = new Map<string, number>();
  for (const r of g.fuse.search(q)) fuzzy.set(r.item.place.key, r.score ?? 1);
  const ranked: { e: Entry; tier: number; score: number; match: PlaceMatch }[] = [];
  for (const e of g.entries) {
    const t = tier(e, q, py);
    if (t) {
      ranked.push({ e, ...t, score: t.tier === TIER.exact ? 0 : (fuzzy.get(e.place.key) ?? 0.5) });
      continue;
    }
    const score = fuzzy.get(e.place.key);
    // Fuzzy-only matches of very short queries, or weak ones, are noise ("pkx" is not 昆明湖).
    if (score === undefined || [...q].length < 4 || score > MAX_FUZZY_SCORE) continue;
    ranked.push({ e, tier: TIER.typo, score, match: 'typo' });
  }
  const kind = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    KIND_RANK[a.e.place.kind] - KIND_RANK[b.e.place.kind];
  const score = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => a.score - b.score;
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      // A fuzzy match is ranked by how close it is; a literal one by what kind of place it is.
      (a.tier === TIER.typo ? score(a, b) || kind(a, b) : kind(a, b) || score(a, b)) ||
      a.e.zh.length - b.e.zh.length,
  );
  return ranked.slice(0, limit).map((r) => ({ place: r.e.place, score: r.score, match: r.match }));
}
