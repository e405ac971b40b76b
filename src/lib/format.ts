/**
 * Numbers for zh-CN and en through Intl, and the numeric decisions behind every stated quantity: which unit, how a
 * distance range is rounded and stated, how many minutes. No words: src/i18n/format.ts puts these figures into the
 * string tables (units, "约", "up to", walking times).
 */
import { MODEL } from './metro/model.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');
const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), opts);
    cache.set(key, f);
  }
  return f;
}

/**
 * An area's figure in the unit the language measures area in: zh 万平方米 (121000 → "12.1", up to 2 decimals, no
 * grouping, no trailing zeros), en square metres with grouping (121000 → "121,000"). Null for non-finite input.
 */
export function areaFigure(m2: number, lang: Lang): string | null {
  if (!Number.isFinite(m2)) return null;
  if (lang === 'zh') return nf('zh', { maximumFractionDigits: 2, useGrouping: false }).format(m2 / 10000);
  return nf('en', { maximumFractionDigits: 0 }).format(m2);
}

/** The value shown in a size input: 万m² in zh (121000 → 12.1), m² in en. */
export function areaInputValue(m2: number, lang: Lang): number {
  return lang === 'zh' ? Math.round((m2 / 10000) * 100) / 100 : Math.round(m2);
}
/** Inverse of areaInputValue. */
export function areaFromInput(value: number, lang: Lang): number {
  return lang === 'zh' ? Math.round(value * 10000) : Math.round(value);
}

/** The unit a distance is stated in. */
export type DistanceUnit = 'm' | 'km';
/** A formatted number and its unit, e.g. { value: '350', unit: 'm' }. */
export type Figure = { value: string; unit: DistanceUnit };

/** A distance's figure: under 1 km in metres rounded to 10 m (0.354 → 350 m), else km with 1 decimal. Null if non-finite. */
export function distanceFigure(km: number, lang: Lang): Figure | null {
  if (!Number.isFinite(km)) return null;
  if (km < 1)
    return { value: nf(lang, { maximumFractionDigits: 0 }).format(Math.round((km * 1000) / 10) * 10), unit: 'm' };
  return { value: nf(lang, { maximumFractionDigits: 1 }).format(km), unit: 'km' };
}

/** Whole minutes to state for a duration: rounded, at least 1 (0.2 → 1). */
export function wholeMinutes(min: number): number {
  return Math.max(1, Math.round(min));
}

/** A plain integer with grouping. */
export function formatCount(n: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 0 }).format(n);
}

/** A model's figure as given, up to 2 decimals (1.25 → "1.25", 0.5 → "0.5", 5 → "5"). */
export function formatFigure(n: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 2 }).format(n);
}

/* ---- Distances from uncertain places: one set of figures for every distance the app states ---- */

/** A range narrower than this keeps a single figure and walking time (km). */
export const SINGLE_FIGURE_MAX_WIDTH_KM = 0.3;
/** A range wider than this states no walking time anywhere (km). */
export const WALK_MAX_WIDTH_KM = 1;

/**
 * How a distance range is stated: 'single' one figure and a walking time; 'range' both as ranges; 'wide' a range and
 * no walking time; 'upTo' (a station may lie inside the region: the near end rounds to nothing) only the far end.
 */
export type RangeStyle = 'single' | 'range' | 'wide' | 'upTo';

/** Minimal shape of a distance interval (lib/interval.ts KmRange). */
type Range = { nearKm: number; farKm: number };

const width = (r: Range) => r.farKm - r.nearKm;

export function rangeStyle(r: Range): RangeStyle {
  if (width(r) < SINGLE_FIGURE_MAX_WIDTH_KM) return 'single';
  if (r.nearKm < (r.farKm < 1 ? 0.01 : 0.05)) return 'upTo';
  return width(r) <= WALK_MAX_WIDTH_KM ? 'range' : 'wide';
}

/** Metres rounded down (near end) or up (far end) to 10 m; km to 0.1 km the same way: a range never looks narrower than it is. */
const outward = (km: number, step: number, dir: 'down' | 'up') =>
  (dir === 'down' ? Math.floor(km / step + 1e-9) : Math.ceil(km / step - 1e-9)) * step;

/** The figures of a distance range, by how it is stated (RangeStyle); 'range' and 'wide' read the same. */
export type RangeFigures =
  | { style: 'single'; figure: Figure }
  | { style: 'range' | 'wide'; near: string; far: string; unit: DistanceUnit }
  | { style: 'upTo'; far: string; unit: DistanceUnit };

/**
 * The figures of a distance from an uncertain place, never more precise than its inputs, and never NaN or "0 m" for a
 * place that is not surveyed to be there:
 * - single (width < 300 m): the middle of the range, as distanceFigure;
 * - range / wide: both ends rounded outward ("150"–"650" m, "0.4"–"3.1" km; km once the far end reaches 1 km);
 * - upTo (a station possibly inside the region): the far end only.
 * Null for non-finite input.
 */
export function kmRangeFigures(r: Range, lang: Lang): RangeFigures | null {
  if (!Number.isFinite(r.nearKm) || !Number.isFinite(r.farKm)) return null;
  const style = rangeStyle(r);
  if (style === 'single') return { style, figure: distanceFigure((r.nearKm + r.farKm) / 2, lang)! };
  const inKm = r.farKm >= 1;
  const fmt = (km: number) =>
    inKm
      ? nf(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(km)
      : nf(lang, { maximumFractionDigits: 0 }).format(Math.round(km * 1000));
  const step = inKm ? 0.1 : 0.01;
  const unit: DistanceUnit = inKm ? 'km' : 'm';
  const far = fmt(outward(r.farKm, step, 'up'));
  if (style === 'upTo') return { style, far, unit };
  return { style, near: fmt(outward(r.nearKm, step, 'down')), far, unit };
}

/** Walking minutes to state: one figure ('about') or a span from lo to hi (lo may equal hi). */
export type WalkMinutes = { kind: 'about'; minutes: number } | { kind: 'span'; lo: number; hi: number };

/**
 * The walking minutes a range allows: 'about' one figure (single style, the middle of the range, rounded), 'span'
 * lo (near end, rounded down) to hi (far end, rounded up), each at least 1. Null where the range is non-finite, wider
 * than WALK_MAX_WIDTH_KM, reaches beyond MODEL.maxWalkKm (about 2.5 km: nobody walks 45 minutes to a metro, and the
 * door-to-door model does not either), or `minutes` (km → walking minutes, lib/transit.ts walkMinutes) gives null.
 */
export function walkMinutesOf(r: Range, minutes: (km: number) => number | null): WalkMinutes | null {
  if (!Number.isFinite(r.nearKm) || !Number.isFinite(r.farKm) || width(r) > WALK_MAX_WIDTH_KM) return null;
  if (r.farKm > MODEL.maxWalkKm) return null;
  if (rangeStyle(r) === 'single') {
    const m = minutes((r.nearKm + r.farKm) / 2);
    return m === null ? null : { kind: 'about', minutes: Math.max(1, Math.round(m)) };
  }
  const round = (km: number, dir: 'down' | 'up') => {
    const m = minutes(km);
    return m === null ? null : Math.max(1, dir === 'down' ? Math.floor(m) : Math.ceil(m));
  };
  const lo = round(r.nearKm, 'down'),
    hi = round(r.farKm, 'up');
  return lo === null || hi === null ? null : { kind: 'span', lo, hi };
}

/** A date's local calendar day as YYYY-MM-DD (file names, the date a site was placed). */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
