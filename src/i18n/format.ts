/**
 * Figures in words: src/lib/format.ts decides the numbers (rounding, range style, unit, minutes) and these functions
 * put them into the string tables (units.ts, common.ts, transit.ts), in the language asked for whatever the reader's
 * language is, so an export can carry both.
 */
import type { TFunction } from './index.ts';
import {
  areaFigure,
  distanceFigure,
  formatCount,
  kmRangeFigures,
  walkMinutesOf,
  wholeMinutes,
  type Lang,
} from '../lib/format.ts';
import type { Bilingual } from '../lib/schema.ts';
import { i18n } from './index.ts';

const FIXED: Record<Lang, TFunction> = { zh: i18n.getFixedT('zh'), en: i18n.getFixedT('en') };
/** Non-finite input states no figure. */
const NONE = '—';

/** A distance interval (lib/interval.ts KmRange). */
type Range = { nearKm: number; farKm: number };

/**
 * An area in the reader's units: zh in 万平方米 (121000 → "12.1万平方米", short "12.1万㎡"),
 * en in square metres with grouping (121000 → "121,000 m²"). Non-finite input gives "—".
 */
export function formatAreaM2(m2: number, lang: Lang, opts: { short?: boolean } = {}): string {
  const value = areaFigure(m2, lang);
  return value === null ? NONE : FIXED[lang](opts.short ? 'units.areaShort' : 'units.area', { value });
}

/** A distance: under 1 km in metres rounded to 10 m ("350 米" / "350 m"), else km with 1 decimal; "—" if non-finite. */
export function formatDistanceKm(km: number, lang: Lang): string {
  const f = distanceFigure(km, lang);
  if (!f) return NONE;
  const t = FIXED[lang];
  return t('units.distance', { value: f.value, unit: t(`units.unit.${f.unit}`) });
}

/** Whole minutes ("6 分钟" / "6 min"); at least 1. */
export function formatMinutes(min: number, lang: Lang): string {
  return FIXED[lang]('units.minutes', { minutes: formatCount(wholeMinutes(min), lang) });
}

/**
 * A distance from an uncertain place (lib/format.ts kmRangeFigures), never more precise than its inputs:
 * - single (width < 300 m): "350 米" / "350 m" (the middle of the range);
 * - range: "约 150–650 米" / "150–650 m", "约 0.4–3.1 公里" / "0.4–3.1 km" (ends rounded outward);
 * - a station possibly inside the region: "最远约 2.8 公里" / "up to 2.8 km".
 * Non-finite input gives "—".
 */
export function formatKmRange(r: Range, lang: Lang): string {
  const f = kmRangeFigures(r, lang);
  if (!f) return NONE;
  const t = FIXED[lang];
  if (f.style === 'single')
    return t('units.distance', { value: f.figure.value, unit: t(`units.unit.${f.figure.unit}`) });
  const unit = t(`units.unit.${f.unit}`);
  if (f.style === 'upTo') return t('units.upTo', { far: f.far, unit });
  return t('units.range', { near: f.near, far: f.far, unit });
}

/**
 * The walking time for a range, or null where the range is too wide to give one: "步行约 6 分钟" / "about a 6-minute
 * walk" (single), "步行 2–9 分钟" / "a 2–9 min walk" (range, up to WALK_MAX_WIDTH_KM wide). `minutes` turns km into
 * walking minutes (lib/transit.ts walkMinutes).
 */
export function formatWalkRange(r: Range, lang: Lang, minutes: (km: number) => number | null): string | null {
  const w = walkMinutesOf(r, minutes);
  if (!w) return null;
  const t = FIXED[lang];
  const n = (x: number) => formatCount(x, lang);
  if (w.kind === 'about') return t('units.walkAbout', { minutes: n(w.minutes) });
  return w.lo === w.hi ? t('units.walk', { minutes: n(w.lo) }) : t('units.walkSpan', { lo: n(w.lo), hi: n(w.hi) });
}

/** Distance and, where honest, walking time: "约 150–650 米，步行 2–9 分钟" / "150–650 m, a 2–9 min walk". */
export function formatDistanceAndWalk(r: Range, lang: Lang, minutes: (km: number) => number | null): string {
  const distance = formatKmRange(r, lang);
  const walk = formatWalkRange(r, lang, minutes);
  return walk ? FIXED[lang]('units.distanceAndWalk', { distance, walk }) : distance;
}

/** Items joined as a list in running text: "、" in Chinese, ", " in English. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(FIXED[lang]('common.join.list'));
}

/** `name` through a template like "{{name}}站", unless the name already ends in the template's word (any case). */
function withStationWord(key: 'transit.stationLabel' | 'transit.stationInSentence', name: string, lang: Lang): string {
  const word = FIXED[lang](key, { name: '' }).trim().toLowerCase();
  return word && name.toLowerCase().endsWith(word) ? name : FIXED[lang](key, { name });
}

/** A station's display name in a language: zh adds 站 unless the name already ends in it ("北沙滩站"); en as given. */
export function stationLabel(name: Bilingual, lang: Lang): string {
  return withStationWord('transit.stationLabel', name[lang], lang);
}

/**
 * A station as named inside a sentence: zh as stationLabel; en adds "station" unless the name already ends in it
 * ("Beishatan station", but "Qinghe Railway Station").
 */
export function stationInSentence(name: Bilingual, lang: Lang): string {
  return withStationWord('transit.stationInSentence', name[lang], lang);
}

/** The words lib/export.ts parksToCsv writes (its CsvText), from the tables: both languages, as the CSV has both. */
export function csvText(): { source: string; join: Bilingual } {
  return {
    source: `${FIXED.zh('common.planSource')} / ${FIXED.en('common.planSource')}`,
    join: { zh: FIXED.zh('export.csvJoin'), en: FIXED.en('export.csvJoin') },
  };
}
