/** The one function that decides which parks are visible, plus facet counts, sorting and the empty-result advice. */
import { areaOf, townSlug, type Park, type SizeBasis } from './parks.ts';
import { matchesAny, normalizeForSearch } from './text-match.ts';
import type { Lang } from './format.ts';
import type { TransitStatus } from './vocab.ts';
import { compareRanges, withinKm, type KmRange, type Within } from './interval.ts';

/** A door-to-door time interval in minutes (lib/metro door-to-door.ts Trip): no high end where it cannot be given. */
export type MinRange = { lowMin: number | null; highMin: number | null };

/**
 * The transit filter: parks within `maxKm` (null = no limit) of a station served by one of `lines` (empty = any line)
 * with one of `statuses` at that station (empty = any). A park's distance is an interval (its site is uncertain): it
 * passes when it is *certainly* within (`farKm ≤ maxKm`), and with `possible` also when it only *may* be
 * (`nearKm ≤ maxKm < farKm`).
 */
export type TransitQuery = { maxKm: number | null; lines: string[]; statuses: TransitStatus[]; possible: boolean };
export const EMPTY_TRANSIT_QUERY: TransitQuery = { maxKm: null, lines: [], statuses: [], possible: false };

/**
 * The door-to-door filter (issue 22): parks whose trip to (or from) the chosen destination takes at most `maxMin`
 * minutes (null = no limit), certainly (the interval's high end) or, with `possible`, possibly (its low end).
 */
export type CommuteQuery = { maxMin: number | null; possible: boolean };
export const EMPTY_COMMUTE_QUERY: CommuteQuery = { maxMin: null, possible: false };

export type Filters = {
  /** Industry ids; a park matches if it has any of them (empty = all). */
  industries: string[];
  /** Town slugs (townSlug of the town's English name); a park matches if its town is one of them (empty = all). */
  towns: string[];
  /** Inclusive bounds in m² on the chosen basis; null = unbounded. */
  minM2: number | null;
  maxM2: number | null;
  sizeBasis: SizeBasis;
  /** Free text over names, locations, town and positioning in both languages and pinyin. */
  query: string;
  /** Distance to transit (see TransitQuery). */
  transit: TransitQuery;
  /** Door-to-door time to the chosen destination (see CommuteQuery). */
  commute: CommuteQuery;
};

export const EMPTY_FILTERS: Filters = {
  industries: [],
  towns: [],
  minM2: null,
  maxM2: null,
  sizeBasis: 'total',
  query: '',
  transit: EMPTY_TRANSIT_QUERY,
  commute: EMPTY_COMMUTE_QUERY,
};

/** Search text for a park: normalised zh, en and pinyin of every searchable field. */
export function parkHaystacks(park: Park, pinyin: (zh: string) => string): string[] {
  const fields = [park.name, park.location, park.town, park.positioning];
  return fields.flatMap((f) => [normalizeForSearch(f.zh), normalizeForSearch(f.en), normalizeForSearch(pinyin(f.zh))]);
}

/**
 * What filtering needs beyond the parks: pinyin for search, and for the transit filter each park's interval to the
 * nearest station matching the filter's lines and statuses in the current scenario (absent: no such station).
 */
export type FilterContext = {
  pinyin?: (zh: string) => string;
  transitRange?: (park: Park) => KmRange | null | undefined;
  /**
   * The park's door-to-door interval to the chosen destination in the current scenario, null where there is none
   * (beyond walking distance, no route). Absent while no destination is chosen or the network is loading: the
   * door-to-door filter then filters nothing (it cannot yet tell).
   */
  commuteRange?: (park: Park) => MinRange | null;
};

/**
 * Where a park stands against the transit filter: 'certain', 'possible' or 'no'; null when the filter has no distance.
 * Without ranges in the context every park is 'no' under a distance filter (nothing can be claimed).
 */
export function transitMatch(park: Park, f: Filters, ctx: FilterContext = {}): Within | null {
  if (f.transit.maxKm === null) return null;
  return withinKm(ctx.transitRange?.(park), f.transit.maxKm);
}

function transitOk(park: Park, f: Filters, ctx: FilterContext): boolean {
  const m = transitMatch(park, f, ctx);
  return m === null || m === 'certain' || (m === 'possible' && f.transit.possible);
}

/**
 * Where a park stands against the door-to-door filter: 'certain' when the interval's high end is within `maxMin`,
 * 'possible' when only its low end is, 'no' otherwise (no trip); null when the filter has no limit or cannot tell yet.
 */
export function commuteMatch(park: Park, f: Filters, ctx: FilterContext = {}): Within | null {
  if (f.commute.maxMin === null || !ctx.commuteRange) return null;
  const r = ctx.commuteRange(park);
  if (!r || r.lowMin === null) return 'no';
  if (r.highMin !== null && r.highMin <= f.commute.maxMin) return 'certain';
  return r.lowMin <= f.commute.maxMin ? 'possible' : 'no';
}

function commuteOk(park: Park, f: Filters, ctx: FilterContext): boolean {
  const m = commuteMatch(park, f, ctx);
  return m === null || m === 'certain' || (m === 'possible' && f.commute.possible);
}

function sizeOk(park: Park, f: Filters): boolean {
  if (f.minM2 === null && f.maxM2 === null) return true;
  const area = areaOf(park, f.sizeBasis);
  if (area === null) return false;
  return (f.minM2 === null || area >= f.minM2) && (f.maxM2 === null || area <= f.maxM2);
}

/** Parks matching every active filter, in input order. Empty input gives an empty list. */
export function filterParks(parks: readonly Park[], f: Filters, ctx: FilterContext = {}): Park[] {
  const q = normalizeForSearch(f.query);
  const pinyin = ctx.pinyin ?? (() => '');
  return parks.filter(
    (p) =>
      (f.industries.length === 0 || p.industries.some((i) => f.industries.includes(i))) &&
      (f.towns.length === 0 || f.towns.includes(townSlug(p.town.en))) &&
      sizeOk(p, f) &&
      (q === '' || matchesAny(q, parkHaystacks(p, pinyin))) &&
      transitOk(p, f, ctx) &&
      commuteOk(p, f, ctx),
  );
}

/**
 * Under a transit filter that shows only parks certainly within it: how many more parks (passing every other filter)
 * may be within it. 0 when there is no distance filter or the possible ones are already shown.
 */
export function possibleExtraCount(parks: readonly Park[], f: Filters, ctx: FilterContext = {}): number {
  if (f.transit.maxKm === null || f.transit.possible) return 0;
  return filterParks(parks, { ...f, transit: { ...f.transit, possible: true } }, ctx).filter(
    (p) => transitMatch(p, f, ctx) === 'possible',
  ).length;
}

/** For each industry id: how many parks would show with the other filters kept and only that industry chosen. */
export function industryCounts(
  parks: readonly Park[],
  f: Filters,
  ids: readonly string[],
  ctx: FilterContext = {},
): Map<string, number> {
  const base = filterParks(parks, { ...f, industries: [] }, ctx);
  return new Map(ids.map((id) => [id, base.filter((p) => p.industries.includes(id)).length]));
}

/** For each town slug: how many parks would show with the other filters kept and only that town chosen. */
export function townCounts(parks: readonly Park[], f: Filters, ctx: FilterContext = {}): Map<string, number> {
  const base = filterParks(parks, { ...f, towns: [] }, ctx);
  const counts = new Map<string, number>();
  for (const p of parks) counts.set(townSlug(p.town.en), 0);
  for (const p of base) counts.set(townSlug(p.town.en), (counts.get(townSlug(p.town.en)) ?? 0) + 1);
  return counts;
}

export type FilterKey = 'industries' | 'towns' | 'size' | 'query' | 'transit' | 'commute';

/** Which filters are active. */
export function activeFilterKeys(f: Filters): FilterKey[] {
  const keys: FilterKey[] = [];
  if (f.industries.length) keys.push('industries');
  if (f.towns.length) keys.push('towns');
  if (f.minM2 !== null || f.maxM2 !== null) keys.push('size');
  if (f.query.trim()) keys.push('query');
  if (f.transit.maxKm !== null || f.transit.lines.length || f.transit.statuses.length) keys.push('transit');
  if (f.commute.maxMin !== null) keys.push('commute');
  return keys;
}

/** The filters with one of them cleared. */
export function withoutFilter(f: Filters, key: FilterKey): Filters {
  switch (key) {
    case 'industries':
      return { ...f, industries: [] };
    case 'towns':
      return { ...f, towns: [] };
    case 'size':
      return { ...f, minM2: null, maxM2: null };
    case 'query':
      return { ...f, query: '' };
    case 'transit':
      return { ...f, transit: EMPTY_TRANSIT_QUERY };
    case 'commute':
      return { ...f, commute: EMPTY_COMMUTE_QUERY };
  }
}

/**
 * For an empty result: the active filter whose removal brings back the most parks, and how many.
 * Ties go to the first in the order industries, towns, size, query, transit, commute. Null when no filter is active.
 */
export function bestRelaxation(
  parks: readonly Park[],
  f: Filters,
  ctx: FilterContext = {},
): { key: FilterKey; count: number } | null {
  let best: { key: FilterKey; count: number } | null = null;
  for (const key of activeFilterKeys(f)) {
    const count = filterParks(parks, withoutFilter(f, key), ctx).length;
    if (!best || count > best.count) best = { key, count };
  }
  return best;
}

export const SORT_KEYS = ['seq', 'name', 'floor', 'above', 'transit', 'commute'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Sorted copy. 'seq' = plan order; 'name' by the name in `lang` (collated); 'floor' and 'above' largest first,
 * parks without an above-ground figure last; 'transit' by the interval to the nearest station in `transitRange`: its far
 * end, then its near end (a wide interval never ranks above a smaller worst case; missing last); 'commute' likewise by
 * the door-to-door interval in `commuteRange`: its high end, then its low end (no high end, or no trip, last). Ties
 * keep plan order.
 */
export function sortParks(
  parks: readonly Park[],
  key: SortKey,
  lang: Lang,
  transitRange?: ReadonlyMap<string, KmRange>,
  commuteRange?: ReadonlyMap<string, MinRange | null>,
): Park[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base' });
  const bySeq = (a: Park, b: Park) => a.seq - b.seq;
  const desc = (x: number | null, y: number | null) => (y ?? -Infinity) - (x ?? -Infinity);
  const cmp: Record<SortKey, (a: Park, b: Park) => number> = {
    seq: bySeq,
    name: (a, b) => collator.compare(a.name[lang], b.name[lang]),
    floor: (a, b) => desc(a.floorAreaM2, b.floorAreaM2),
    above: (a, b) => desc(a.aboveGroundAreaM2, b.aboveGroundAreaM2),
    transit: (a, b) => compareRanges(transitRange?.get(a.id), transitRange?.get(b.id)),
    commute: (a, b) => compareMinRanges(commuteRange?.get(a.id), commuteRange?.get(b.id)),
  };
  return [...parks].sort((a, b) => cmp[key](a, b) || bySeq(a, b));
}

/** Orders door-to-door intervals by their high end, then their low end; no high end (or no trip) after any. */
export function compareMinRanges(a: MinRange | null | undefined, b: MinRange | null | undefined): number {
  const ha = a?.highMin ?? Infinity,
    hb = b?.highMin ?? Infinity;
  if (ha !== hb) return ha < hb ? -1 : 1;
  const la = a?.lowMin ?? Infinity,
    lb = b?.lowMin ?? Infinity;
  return la === lb ? 0 : la < lb ? -1 : 1;
}
