/** Number and text formatting through Intl, for zh-CN and en. */

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
 * An area in the reader's units: zh in 万平方米 (121000 → "12.1万平方米", short "12.1万㎡"),
 * en in square metres with grouping (121000 → "121,000 m²"). Up to 2 decimals in 万, no trailing zeros.
 */
export function formatAreaM2(m2: number, lang: Lang, opts: { short?: boolean } = {}): string {
  if (!Number.isFinite(m2)) return '—';
  if (lang === 'zh') {
    const wan = nf('zh', { maximumFractionDigits: 2, useGrouping: false }).format(m2 / 10000);
    return `${wan}${opts.short ? '万㎡' : '万平方米'}`;
  }
  return `${nf('en', { maximumFractionDigits: 0 }).format(m2)} m²`;
}

/** The value shown in a size input: 万m² in zh (121000 → 12.1), m² in en. */
export function areaInputValue(m2: number, lang: Lang): number {
  return lang === 'zh' ? Math.round((m2 / 10000) * 100) / 100 : Math.round(m2);
}
/** Inverse of areaInputValue. */
export function areaFromInput(value: number, lang: Lang): number {
  return lang === 'zh' ? Math.round(value * 10000) : Math.round(value);
}

/** A distance: under 1 km in metres rounded to 10 m ("350 米" / "350 m"), else km with 1 decimal. */
export function formatDistanceKm(km: number, lang: Lang): string {
  if (!Number.isFinite(km)) return '—';
  if (km < 1) {
    const m = nf(lang, { maximumFractionDigits: 0 }).format(Math.round((km * 1000) / 10) * 10);
    return lang === 'zh' ? `${m} 米` : `${m} m`;
  }
  const k = nf(lang, { maximumFractionDigits: 1 }).format(km);
  return lang === 'zh' ? `${k} 公里` : `${k} km`;
}

/** Whole minutes ("6 分钟" / "6 min"); at least 1. */
export function formatMinutes(min: number, lang: Lang): string {
  const m = Math.max(1, Math.round(min));
  return lang === 'zh' ? `${m} 分钟` : `${m} min`;
}

/** A plain integer with grouping. */
export function formatCount(n: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 0 }).format(n);
}

/* ---- Distances from uncertain places: one formatter for every distance the app states ---- */

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

/**
 * A distance from an uncertain place, never more precise than its inputs, and never NaN or "0 m" for a place that is
 * not surveyed to be there:
 * - single (width < 300 m): "350 米" / "350 m" (the middle of the range);
 * - range: "约 150–650 米" / "150–650 m", "约 0.4–3.1 公里" / "0.4–3.1 km" (ends rounded outward; km once the far end
 *   reaches 1 km);
 * - a station possibly inside the region: "最远约 2.8 公里" / "up to 2.8 km".
 * Non-finite input gives "—".
 */
export function formatKmRange(r: Range, lang: Lang): string {
  if (!Number.isFinite(r.nearKm) || !Number.isFinite(r.farKm)) return '—';
  const style = rangeStyle(r);
  if (style === 'single') return formatDistanceKm((r.nearKm + r.farKm) / 2, lang);
  const inKm = r.farKm >= 1;
  const fmt = (km: number) =>
    inKm
      ? nf(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(km)
      : nf(lang, { maximumFractionDigits: 0 }).format(Math.round(km * 1000));
  const step = inKm ? 0.1 : 0.01;
  const far = fmt(outward(r.farKm, step, 'up'));
  const unit = inKm ? (lang === 'zh' ? '公里' : 'km') : lang === 'zh' ? '米' : 'm';
  if (style === 'upTo') return lang === 'zh' ? `最远约 ${far} ${unit}` : `up to ${far} ${unit}`;
  const near = fmt(outward(r.nearKm, step, 'down'));
  return lang === 'zh' ? `约 ${near}–${far} ${unit}` : `${near}–${far} ${unit}`;
}

/**
 * The walking time for a range, or null where the range is too wide to give one: "步行约 6 分钟" / "about a 6-minute
 * walk" (single), "步行 2–9 分钟" / "a 2–9 min walk" (range, up to WALK_MAX_WIDTH_KM wide). `minutes` turns km into
 * walking minutes (lib/transit.ts walkMinutes).
 */
export function formatWalkRange(r: Range, lang: Lang, minutes: (km: number) => number | null): string | null {
  if (!Number.isFinite(r.nearKm) || !Number.isFinite(r.farKm) || width(r) > WALK_MAX_WIDTH_KM) return null;
  const round = (km: number, dir: 'down' | 'up') => {
    const m = minutes(km);
    return m === null ? null : Math.max(1, dir === 'down' ? Math.floor(m) : Math.ceil(m));
  };
  if (rangeStyle(r) === 'single') {
    const m = minutes((r.nearKm + r.farKm) / 2);
    if (m === null) return null;
    const n = formatCount(Math.max(1, Math.round(m)), lang);
    return lang === 'zh' ? `步行约 ${n} 分钟` : `about a ${n}-minute walk`;
  }
  const lo = round(r.nearKm, 'down'),
    hi = round(r.farKm, 'up');
  if (lo === null || hi === null) return null;
  const span = lo === hi ? formatCount(lo, lang) : `${formatCount(lo, lang)}–${formatCount(hi, lang)}`;
  return lang === 'zh' ? `步行 ${span} 分钟` : `a ${span} min walk`;
}

/** Distance and, where honest, walking time: "约 150–650 米，步行 2–9 分钟" / "150–650 m, a 2–9 min walk". */
export function formatDistanceAndWalk(r: Range, lang: Lang, minutes: (km: number) => number | null): string {
  const d = formatKmRange(r, lang);
  const w = formatWalkRange(r, lang, minutes);
  if (!w) return d;
  return lang === 'zh' ? `${d}，${w}` : `${d}, ${w}`;
}
