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
