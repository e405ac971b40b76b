/**
 * The shareable part of the app's state in a readable query string, e.g. `?lang=en&ind=ai,ic&town=wenquan-town&park=…`.
 * One parse/serialize pair; defaults are omitted; unknown or malformed values are dropped with a warning.
 * The camera is not here: MapLibre keeps it in the `#map=` hash.
 */
import { EMPTY_FILTERS, SORT_KEYS, type Filters, type SortKey } from './filters.ts';
import { LANGS, type Lang } from './format.ts';
import { TRANSIT_STATUSES, type TransitStatus } from './vocab.ts';
import { CRSES, type Crs } from './crs.ts';
import type { LngLat } from './schema.ts';
import { HIDDEN_BY_DEFAULT, LAYER_IDS, MAX_COMPARE, RADIUS_KM_RANGE, SCENARIOS, TRANSIT_KM_RANGE, type LayerId, type RadiusQuery, type Scenario } from './domain.ts';

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
const KNOWN_KEYS = ['lang', 'ind', 'town', 'min', 'max', 'area', 'q', 'sort', 'park', 'cmp', 'hide', 'show', 'scen', 'at', 'r', 'present', 'dim', 'basemap', 'bcrs', 'view', 'tk', 'tl', 'ts', 'tp'];


function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Parses `location.search` (with or without `?`). Never throws. */
export function parseUrlState(
  search: string,
  vocab: UrlVocabulary,
): { state: ShareState; warnings: UrlWarning[]; basemap: string | null; basemapCrs: Crs | null } {
  const state: ShareState = structuredClone(DEFAULT_SHARE_STATE);
  const warnings: UrlWarning[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, warnings: [{ param: '?', value: search.slice(0, 40) }], basemap: null, basemapCrs: null };
  }
  const warn = (param: string, value: string) => warnings.push({ param, value: value.length > 40 ? `${value.slice(0, 40)}…` : value });
  const seen = new Set<string>();
  let basemap: string | null = null;
  let basemapCrs: Crs | null = null;
  let shown: LayerId[] = [];

  for (const [key, raw] of params) {
    if (!KNOWN_KEYS.includes(key)) {
      warn(key, raw);
      continue;
    }
    if (seen.has(key)) {
      warn(key, raw);
      continue;
    }
    seen.add(key);
    if (raw.length > MAX_VALUE_LENGTH && key !== 'basemap') {
      warn(key, raw);
      continue;
    }
    const ids = (vals: string[], known: ReadonlySet<string>) => {
      const good = vals.filter((v) => known.has(v));
      vals.filter((v) => !known.has(v)).forEach((v) => warn(key, v));
      return [...new Set(good)];
    };
    const area = (v: string): number | null | undefined => {
      if (!/^\d{1,9}$/.test(v)) return undefined;
      return Number(v);
    };
    switch (key) {
      case 'lang':
        if ((LANGS as readonly string[]).includes(raw)) state.lang = raw as Lang;
        else warn(key, raw);
        break;
      case 'ind':
        state.filters.industries = ids(list(raw), vocab.industryIds);
        break;
      case 'town':
        state.filters.towns = ids(list(raw), vocab.townSlugs);
        break;
      case 'min':
      case 'max': {
        const n = area(raw);
        if (n === undefined) warn(key, raw);
        else if (key === 'min') state.filters.minM2 = n;
        else state.filters.maxM2 = n;
        break;
      }
      case 'area':
        if (raw === 'above') state.filters.sizeBasis = 'above';
        else if (raw !== 'total') warn(key, raw);
        break;
      case 'q':
        state.filters.query = raw.slice(0, 100);
        break;
      case 'sort':
        if ((SORT_KEYS as readonly string[]).includes(raw)) state.sort = raw as SortKey;
        else warn(key, raw);
        break;
      case 'park':
        if (vocab.parkIds.has(raw)) state.park = raw;
        else warn(key, raw);
        break;
      case 'cmp': {
        const good = ids(list(raw), vocab.parkIds);
        if (good.length > MAX_COMPARE) warn(key, good.slice(MAX_COMPARE).join(','));
        state.compare = good.slice(0, MAX_COMPARE);
        break;
      }
      case 'hide':
        state.hiddenLayers = ids(list(raw), new Set(LAYER_IDS)) as LayerId[];
        break;
      case 'show':
        shown = ids(list(raw), new Set(HIDDEN_BY_DEFAULT)) as LayerId[];
        break;
      case 'scen':
        if ((SCENARIOS as readonly string[]).includes(raw)) state.scenario = raw as Scenario;
        else warn(key, raw);
        break;
      case 'at': {
        const m = /^(-?\d{1,3}(?:\.\d{1,7})?),(-?\d{1,2}(?:\.\d{1,7})?)$/.exec(raw);
        const [w, s, e, n] = vocab.bbox;
        const lngLat = m ? ([Number(m[1]), Number(m[2])] as LngLat) : null;
        if (lngLat && lngLat[0] >= w && lngLat[0] <= e && lngLat[1] >= s && lngLat[1] <= n) {
          state.radius = { origin: lngLat, radiusKm: state.radius?.radiusKm ?? 2 };
        } else warn(key, raw);
        break;
      }
      case 'present':
        if (raw === '1') state.presenting = true;
        else warn(key, raw);
        break;
      case 'view':
        if (raw === 'compare') state.compareOpen = true;
        else warn(key, raw);
        break;
      case 'dim':
        if (raw === '1') state.dimFiltered = true;
        else warn(key, raw);
        break;
      case 'tk': {
        const km = /^\d{1,2}(\.\d{1,2})?$/.test(raw) ? Number(raw) : NaN;
        if (km >= TRANSIT_KM_RANGE[0] && km <= TRANSIT_KM_RANGE[1]) state.filters.transit.maxKm = km;
        else warn(key, raw);
        break;
      }
      case 'tl':
        state.filters.transit.lines = ids(list(raw), vocab.lineIds ?? new Set(list(raw).filter((v) => /^[A-Za-z0-9-]{1,20}$/.test(v))));
        break;
      case 'ts':
        state.filters.transit.statuses = ids(list(raw), new Set(TRANSIT_STATUSES)) as TransitStatus[];
        break;
      case 'tp':
        if (raw === '1') state.filters.transit.possible = true;
        else warn(key, raw);
        break;
      case 'bcrs':
        if ((CRSES as readonly string[]).includes(raw)) basemapCrs = raw as Crs;
        else warn(key, raw);
        break;
      case 'basemap':
        if (/^https?:\/\/[^\s"'<>]+$/.test(raw) && raw.length <= 2000) basemap = raw;
        else warn(key, raw);
        break;
    }
  }
  // A default-hidden layer is hidden unless `show=` names it (`hide=regions` only restates the default).
  state.hiddenLayers = [
    ...state.hiddenLayers.filter((id) => !HIDDEN_BY_DEFAULT.includes(id)),
    ...HIDDEN_BY_DEFAULT.filter((id) => !shown.includes(id)),
  ];
  // `r` applies to `at`, whichever comes first in the string.
  const r = params.get('r');
  if (r !== null && !warnings.some((w) => w.param === 'r')) {
    const km = /^\d{1,2}(\.\d{1,2})?$/.test(r) ? Number(r) : NaN;
    if (!(km >= RADIUS_KM_RANGE[0] && km <= RADIUS_KM_RANGE[1])) warn('r', r);
    else if (state.radius) state.radius.radiusKm = km;
  }
  const { minM2, maxM2 } = state.filters;
  if (minM2 !== null && maxM2 !== null && minM2 > maxM2) {
    warn('max', String(maxM2));
    state.filters.maxM2 = null;
  }
  return { state, warnings, basemap, basemapCrs };
}

/** The query string for a state (with leading `?`, or '' when everything is default). Keys in a fixed order. */
export function serializeUrlState(state: ShareState, extra: { basemap?: string | null; basemapCrs?: Crs | null } = {}): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.lang) p.set('lang', state.lang);
  if (f.industries.length) p.set('ind', f.industries.join(','));
  if (f.towns.length) p.set('town', f.towns.join(','));
  if (f.minM2 !== null) p.set('min', String(f.minM2));
  if (f.maxM2 !== null) p.set('max', String(f.maxM2));
  if (f.sizeBasis === 'above') p.set('area', 'above');
  if (f.query) p.set('q', f.query);
  if (state.sort !== 'seq') p.set('sort', state.sort);
  if (state.park) p.set('park', state.park);
  if (state.compare.length) p.set('cmp', state.compare.join(','));
  const hide = state.hiddenLayers.filter((id) => !HIDDEN_BY_DEFAULT.includes(id));
  const show = HIDDEN_BY_DEFAULT.filter((id) => !state.hiddenLayers.includes(id));
  if (hide.length) p.set('hide', hide.join(','));
  if (show.length) p.set('show', show.join(','));
  if (state.scenario !== 'now') p.set('scen', state.scenario);
  if (state.radius) {
    p.set('at', `${state.radius.origin[0].toFixed(5)},${state.radius.origin[1].toFixed(5)}`);
    p.set('r', String(state.radius.radiusKm));
  }
  if (state.presenting) p.set('present', '1');
  if (state.compareOpen) p.set('view', 'compare');
  if (state.dimFiltered) p.set('dim', '1');
  if (state.filters.transit.maxKm !== null) p.set('tk', String(state.filters.transit.maxKm));
  if (state.filters.transit.lines.length) p.set('tl', state.filters.transit.lines.join(','));
  if (state.filters.transit.statuses.length) p.set('ts', state.filters.transit.statuses.join(','));
  if (state.filters.transit.possible) p.set('tp', '1');
  if (extra.basemap) p.set('basemap', extra.basemap);
  if (extra.basemapCrs && extra.basemapCrs !== 'wgs84') p.set('bcrs', extra.basemapCrs);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
