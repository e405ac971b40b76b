/**
 * The shareable part of the app's state in a readable query string, e.g. `?lang=en&ind=ai,ic&town=wenquan-town&park=…`.
 * One parse/serialize pair; defaults are omitted; unknown or malformed values are dropped with a warning.
 * The camera is not here: MapLibre keeps it in the `#map=` hash.
 */
import { EMPTY_FILTERS, SORT_KEYS, type Filters, type SortKey } from './filters.ts';
import { LANGS, type Lang } from './format.ts';
import { TRANSIT_STATUSES, type TransitStatus } from './vocab.ts';
import { CRSES, type Crs } from './crs.ts';
import { isBasemapId } from './basemaps.ts';
import { isDestinationKey } from './metro/destinations.ts';
import type { LngLat } from './schema.ts';
import { DEFAULT_RANK_PREFS, RANK_KM_RANGE, TARGET_M2_RANGE, type RankPrefs } from './ranking/types.ts';
import {
  criteriaOf,
  parseInfluences,
  parseLimits,
  parseWeights,
  samePrefs,
  writeInfluences,
  writeLimits,
  writeWeights,
} from './ranking/link.ts';
import {
  COMMUTE_MIN_RANGE,
  REACH_MINUTES,
  HIDDEN_BY_DEFAULT,
  LAYER_IDS,
  MAX_COMPARE,
  RADIUS_KM_RANGE,
  SCENARIOS,
  TRANSIT_KM_RANGE,
  type LayerId,
  type RadiusQuery,
  type Scenario,
} from './domain.ts';

export type ShareState = {
  lang: Lang | null;
  filters: Filters;
  sort: SortKey;
  park: string | null;
  compare: string[];
  hiddenLayers: LayerId[];
  scenario: Scenario;
  radius: RadiusQuery | null;
  presenting: boolean;
  /** The side-by-side compare view is open (`view=compare`; promotion feature). */
  compareOpen: boolean;
  dimFiltered: boolean;
  /** The site editor is open (`edit=1`; issue 13): staff correcting where a park lies. */
  editing: boolean;
  /**
   * Door to door (issue 22): the destination (`to=`, a station id or a gazetteer key, checked when the network has
   * loaded), whether the trip runs from it to the parks (`dir=from`), and the reach layer's minutes (`reach=`).
   */
  commuteTo: string | null;
  commuteFrom: boolean;
  reachMin: number | null;
  /**
   * The ranking (issue 23): whether its view is open (`view=rank`), its choices (`w`, `inf`, `lim`, `target`, `ckm`,
   * `akm`; written whenever the view is open or they differ from the defaults) and whether the map shows the ranks
   * (`rmap=1`).
   */
  rankOpen: boolean;
  rank: RankPrefs;
  rankMap: boolean;
};

export const DEFAULT_SHARE_STATE: ShareState = {
  lang: null,
  filters: EMPTY_FILTERS,
  sort: 'seq',
  park: null,
  compare: [],
  hiddenLayers: [...HIDDEN_BY_DEFAULT],
  scenario: 'now',
  radius: null,
  presenting: false,
  compareOpen: false,
  dimFiltered: false,
  editing: false,
  commuteTo: null,
  commuteFrom: false,
  reachMin: null,
  rankOpen: false,
  rank: DEFAULT_RANK_PREFS,
  rankMap: false,
};

/** What the parser checks ids and names against. */
export type UrlVocabulary = {
  parkIds: ReadonlySet<string>;
  industryIds: ReadonlySet<string>;
  townSlugs: ReadonlySet<string>;
  /** Bounds a radius origin must lie in: [west, south, east, north]. */
  bbox: readonly [number, number, number, number];
  /** Transit line ids the transit filter may name (`tl`); when absent any id-like value is accepted. */
  lineIds?: ReadonlySet<string>;
};

export type UrlWarning = { param: string; value: string };

const MAX_VALUE_LENGTH = 200;

/**
 * The link's basemap, kept apart from the share state: a preset id of lib/basemaps.ts (`basemap=tianditu-img`) or
 * the URL of a custom online MapLibre style, and that style's coordinate system.
 */
type Extras = { basemap: string | null; basemapCrs: Crs | null };

/** What a key's parser may use: the state being built, the vocabulary, and `warn` for each dropped value. */
type ParseContext = {
  state: ShareState;
  extras: Extras;
  vocab: UrlVocabulary;
  /** Drops `value` (default: the whole raw value) with a warning naming this key. */
  warn: (value?: string) => void;
  /** The values of a list that are in `known`, deduplicated; the others are warned about. */
  known: (values: string[], known: ReadonlySet<string>) => string[];
  /**
   * Parsing state shared between keys: layers named by `show=`, the radius `r` (applied to `at` at the end), the
   * ranking's weights, influences and limits (put together at the end).
   */
  pending: {
    shown: LayerId[];
    radiusKm: string | null;
    weights: ReturnType<typeof parseWeights>;
    influences: ReturnType<typeof parseInfluences>;
    limits: ReturnType<typeof parseLimits>;
  };
};

/**
 * One entry per URL key, its parse and its serialise side by side. `parse` reads a raw value into the state (calling
 * `warn` for whatever it drops); `write` gives the value to write, or null to leave the key out (the default).
 * The table's order is the order keys are written in.
 */
type KeyCodec = {
  key: string;
  parse: (raw: string, c: ParseContext) => void;
  write: (s: ShareState, e: Extras) => string | null;
};

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const joined = (values: readonly string[]) => (values.length ? values.join(',') : null);
/** A key that is either absent or exactly `on` (e.g. `present=1`). */
const flag = (key: string, on: string, get: (s: ShareState) => boolean, set: (s: ShareState) => void): KeyCodec => ({
  key,
  parse: (raw, c) => (raw === on ? set(c.state) : c.warn()),
  write: (s) => (get(s) ? on : null),
});
/** A key whose value is one of `values` (the default is written as nothing). */
const oneOf = <T extends string>(
  key: string,
  values: readonly T[],
  get: (s: ShareState) => T | null,
  set: (s: ShareState, v: T) => void,
  fallback: T | null,
): KeyCodec => ({
  key,
  parse: (raw, c) => ((values as readonly string[]).includes(raw) ? set(c.state, raw as T) : c.warn()),
  write: (s) => (get(s) === fallback ? null : get(s)),
});
const area = (key: 'min' | 'max', field: 'minM2' | 'maxM2'): KeyCodec => ({
  key,
  parse: (raw, c) => (/^\d{1,9}$/.test(raw) ? (c.state.filters[field] = Number(raw)) : c.warn()),
  write: (s) => (s.filters[field] === null ? null : String(s.filters[field])),
});
const KM = /^\d{1,2}(\.\d{1,2})?$/;
/** The ranking's choices are in the link while its view is open, or when they are not the defaults. */
const rankWritten = (s: ShareState) => s.rankOpen || !samePrefs(s.rank, DEFAULT_RANK_PREFS);
const rankKm = (key: 'ckm' | 'akm', field: 'clusterKm' | 'amenitiesKm'): KeyCodec => ({
  key,
  parse: (raw, c) => {
    const km = KM.test(raw) ? Number(raw) : NaN;
    if (km >= RANK_KM_RANGE[0] && km <= RANK_KM_RANGE[1]) c.state.rank = { ...c.state.rank, [field]: km };
    else c.warn();
  },
  write: (s) => (s.rank[field] === DEFAULT_RANK_PREFS[field] ? null : String(s.rank[field])),
});

const CODECS: readonly KeyCodec[] = [
  oneOf(
    'lang',
    LANGS,
    (s) => s.lang,
    (s, v) => (s.lang = v),
    null,
  ),
  {
    key: 'ind',
    parse: (raw, c) => (c.state.filters.industries = c.known(list(raw), c.vocab.industryIds)),
    write: (s) => joined(s.filters.industries),
  },
  {
    key: 'town',
    parse: (raw, c) => (c.state.filters.towns = c.known(list(raw), c.vocab.townSlugs)),
    write: (s) => joined(s.filters.towns),
  },
  area('min', 'minM2'),
  area('max', 'maxM2'),
  oneOf(
    'area',
    ['total', 'above'] as const,
    (s) => s.filters.sizeBasis,
    (s, v) => (s.filters.sizeBasis = v),
    'total',
  ),
  { key: 'q', parse: (raw, c) => (c.state.filters.query = raw.slice(0, 100)), write: (s) => s.filters.query || null },
  oneOf(
    'sort',
    SORT_KEYS,
    (s) => s.sort,
    (s, v) => (s.sort = v),
    'seq',
  ),
  {
    key: 'park',
    parse: (raw, c) => (c.vocab.parkIds.has(raw) ? (c.state.park = raw) : c.warn()),
    write: (s) => s.park,
  },
  {
    key: 'cmp',
    parse: (raw, c) => {
      const good = c.known(list(raw), c.vocab.parkIds);
      if (good.length > MAX_COMPARE) c.warn(good.slice(MAX_COMPARE).join(','));
      c.state.compare = good.slice(0, MAX_COMPARE);
    },
    write: (s) => joined(s.compare),
  },
  {
    key: 'hide',
    parse: (raw, c) => (c.state.hiddenLayers = c.known(list(raw), new Set(LAYER_IDS)) as LayerId[]),
    write: (s) => joined(s.hiddenLayers.filter((id) => !HIDDEN_BY_DEFAULT.includes(id))),
  },
  {
    key: 'show',
    parse: (raw, c) => (c.pending.shown = c.known(list(raw), new Set(HIDDEN_BY_DEFAULT)) as LayerId[]),
    write: (s) => joined(HIDDEN_BY_DEFAULT.filter((id) => !s.hiddenLayers.includes(id))),
  },
  oneOf(
    'scen',
    SCENARIOS,
    (s) => s.scenario,
    (s, v) => (s.scenario = v),
    'now',
  ),
  {
    key: 'at',
    parse: (raw, c) => {
      const m = /^(-?\d{1,3}(?:\.\d{1,7})?),(-?\d{1,2}(?:\.\d{1,7})?)$/.exec(raw);
      const [w, s, e, n] = c.vocab.bbox;
      const lngLat = m ? ([Number(m[1]), Number(m[2])] as LngLat) : null;
      if (lngLat && lngLat[0] >= w && lngLat[0] <= e && lngLat[1] >= s && lngLat[1] <= n)
        c.state.radius = { origin: lngLat, radiusKm: 2 };
      else c.warn();
    },
    write: (s) => (s.radius ? `${s.radius.origin[0].toFixed(5)},${s.radius.origin[1].toFixed(5)}` : null),
  },
  {
    // Applies to `at`, whichever comes first in the string (see parseUrlState).
    key: 'r',
    parse: (raw, c) => {
      const km = KM.test(raw) ? Number(raw) : NaN;
      if (km >= RADIUS_KM_RANGE[0] && km <= RADIUS_KM_RANGE[1]) c.pending.radiusKm = raw;
      else c.warn();
    },
    write: (s) => (s.radius ? String(s.radius.radiusKm) : null),
  },
  flag(
    'present',
    '1',
    (s) => s.presenting,
    (s) => (s.presenting = true),
  ),
  {
    key: 'view',
    parse: (raw, c) =>
      raw === 'compare' ? (c.state.compareOpen = true) : raw === 'rank' ? (c.state.rankOpen = true) : c.warn(),
    write: (s) => (s.compareOpen ? 'compare' : s.rankOpen ? 'rank' : null),
  },
  flag(
    'dim',
    '1',
    (s) => s.dimFiltered,
    (s) => (s.dimFiltered = true),
  ),
  flag(
    'edit',
    '1',
    (s) => s.editing,
    (s) => (s.editing = true),
  ),
  {
    key: 'tk',
    parse: (raw, c) => {
      const km = KM.test(raw) ? Number(raw) : NaN;
      if (km >= TRANSIT_KM_RANGE[0] && km <= TRANSIT_KM_RANGE[1]) c.state.filters.transit.maxKm = km;
      else c.warn();
    },
    write: (s) => (s.filters.transit.maxKm === null ? null : String(s.filters.transit.maxKm)),
  },
  {
    key: 'tl',
    parse: (raw, c) =>
      (c.state.filters.transit.lines = c.known(
        list(raw),
        c.vocab.lineIds ?? new Set(list(raw).filter((v) => /^[A-Za-z0-9-]{1,20}$/.test(v))),
      )),
    write: (s) => joined(s.filters.transit.lines),
  },
  {
    key: 'ts',
    parse: (raw, c) =>
      (c.state.filters.transit.statuses = c.known(list(raw), new Set(TRANSIT_STATUSES)) as TransitStatus[]),
    write: (s) => joined(s.filters.transit.statuses),
  },
  flag(
    'tp',
    '1',
    (s) => s.filters.transit.possible,
    (s) => (s.filters.transit.possible = true),
  ),
  {
    key: 'to',
    parse: (raw, c) => (isDestinationKey(raw) ? (c.state.commuteTo = raw) : c.warn()),
    write: (s) => s.commuteTo,
  },
  flag(
    'dir',
    'from',
    (s) => s.commuteFrom,
    (s) => (s.commuteFrom = true),
  ),
  {
    key: 'cmin',
    parse: (raw, c) => {
      const min = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
      if (min >= COMMUTE_MIN_RANGE[0] && min <= COMMUTE_MIN_RANGE[1]) c.state.filters.commute.maxMin = min;
      else c.warn();
    },
    write: (s) => (s.filters.commute.maxMin === null ? null : String(s.filters.commute.maxMin)),
  },
  flag(
    'cp',
    '1',
    (s) => s.filters.commute.possible,
    (s) => (s.filters.commute.possible = true),
  ),
  {
    key: 'reach',
    parse: (raw, c) => {
      const min = /^\d{2}$/.test(raw) ? Number(raw) : NaN;
      if ((REACH_MINUTES as readonly number[]).includes(min)) c.state.reachMin = min;
      else c.warn();
    },
    write: (s) => (s.reachMin === null ? null : String(s.reachMin)),
  },
  {
    key: 'w',
    parse: (raw, c) => (c.pending.weights = parseWeights(raw, c.warn)),
    write: (s) => (rankWritten(s) ? writeWeights(s.rank.criteria) : null),
  },
  {
    key: 'inf',
    parse: (raw, c) => (c.pending.influences = parseInfluences(raw, c.warn)),
    write: (s) => writeInfluences(s.rank.criteria),
  },
  {
    key: 'lim',
    parse: (raw, c) => (c.pending.limits = parseLimits(raw, c.warn)),
    write: (s) => writeLimits(s.rank.criteria),
  },
  {
    key: 'target',
    parse: (raw, c) => {
      const m2 = /^\d{1,8}$/.test(raw) ? Number(raw) : NaN;
      if (m2 >= TARGET_M2_RANGE[0] && m2 <= TARGET_M2_RANGE[1]) c.state.rank = { ...c.state.rank, targetM2: m2 };
      else c.warn();
    },
    write: (s) => (rankWritten(s) ? String(s.rank.targetM2) : null),
  },
  rankKm('ckm', 'clusterKm'),
  rankKm('akm', 'amenitiesKm'),
  flag(
    'rmap',
    '1',
    (s) => s.rankMap,
    (s) => (s.rankMap = true),
  ),
  {
    key: 'basemap',
    parse: (raw, c) =>
      isBasemapId(raw) || (/^https?:\/\/[^\s"'<>]+$/.test(raw) && raw.length <= 2000)
        ? (c.extras.basemap = raw)
        : c.warn(),
    write: (_s, e) => e.basemap,
  },
  {
    key: 'bcrs',
    parse: (raw, c) => ((CRSES as readonly string[]).includes(raw) ? (c.extras.basemapCrs = raw as Crs) : c.warn()),
    write: (_s, e) => (e.basemapCrs && e.basemapCrs !== 'wgs84' ? e.basemapCrs : null),
  },
];
const CODEC_BY_KEY = new Map(CODECS.map((c) => [c.key, c]));

/** Parses `location.search` (with or without `?`). Never throws. */
export function parseUrlState(
  search: string,
  vocab: UrlVocabulary,
): { state: ShareState; warnings: UrlWarning[] } & Extras {
  const state: ShareState = structuredClone(DEFAULT_SHARE_STATE);
  const warnings: UrlWarning[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, warnings: [{ param: '?', value: search.slice(0, 40) }], basemap: null, basemapCrs: null };
  }
  const warnOf = (param: string, value: string) =>
    warnings.push({ param, value: value.length > 40 ? `${value.slice(0, 40)}…` : value });
  const extras: Extras = { basemap: null, basemapCrs: null };
  const pending: ParseContext['pending'] = { shown: [], radiusKm: null, weights: null, influences: {}, limits: {} };
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    const codec = CODEC_BY_KEY.get(key);
    // Unknown keys, repeated keys and over-long values (a basemap URL may be long) are dropped whole.
    if (!codec || seen.has(key) || (raw.length > MAX_VALUE_LENGTH && key !== 'basemap')) {
      warnOf(key, raw);
      continue;
    }
    seen.add(key);
    const warn = (value = raw) => warnOf(key, value);
    const known = (values: string[], set: ReadonlySet<string>) => {
      values.filter((v) => !set.has(v)).forEach((v) => warn(v));
      return [...new Set(values.filter((v) => set.has(v)))];
    };
    codec.parse(raw, { state, extras, vocab, warn, known, pending });
  }
  // A default-hidden layer is hidden unless `show=` names it (`hide=regions` only restates the default).
  state.hiddenLayers = [
    ...state.hiddenLayers.filter((id) => !HIDDEN_BY_DEFAULT.includes(id)),
    ...HIDDEN_BY_DEFAULT.filter((id) => !pending.shown.includes(id)),
  ];
  if (pending.radiusKm !== null && state.radius) state.radius.radiusKm = Number(pending.radiusKm);
  state.rank = {
    ...state.rank,
    criteria: criteriaOf(pending.weights, pending.influences, pending.limits, DEFAULT_RANK_PREFS.criteria, warnOf),
  };
  const { minM2, maxM2 } = state.filters;
  if (minM2 !== null && maxM2 !== null && minM2 > maxM2) {
    warnOf('max', String(maxM2));
    state.filters.maxM2 = null;
  }
  return { state, warnings, ...extras };
}

/** The query string for a state (with leading `?`, or '' when everything is default). Keys in the table's order. */
export function serializeUrlState(state: ShareState, extra: Partial<Extras> = {}): string {
  const extras: Extras = { basemap: extra.basemap ?? null, basemapCrs: extra.basemapCrs ?? null };
  const pairs: string[] = [];
  for (const codec of CODECS) {
    const value = codec.write(state, extras);
    if (value === null || value === '') continue;
    // Commas, and colons outside a basemap URL, stay readable (`w=transit:3,size:2`).
    const pair = new URLSearchParams({ [codec.key]: value }).toString().replace(/%2C/g, ',');
    pairs.push(codec.key === 'basemap' ? pair : pair.replace(/%3A/g, ':'));
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}
