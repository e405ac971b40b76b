/**
 * Pure serialisers for the promotion feature's exports: the parks as CSV (both languages) and GeoJSON
 * (the data contract's properties, so the file validates against ParksSchema), plus the SVG locator map of a print sheet.
 * No DOM, no clock: callers pass the date.
 */
import type { Bilingual, Industry, LngLat, ParkProperties } from './schema.ts';
import type { Park } from './parks.ts';

/** The source of every park fact, as cited on sheets and in exports. */
export const PLAN_SOURCE: Bilingual = {
  zh: '《海淀区2025年重点工作》',
  en: 'Haidian District 2025 work plan (《海淀区2025年重点工作》)',
};

/** The CSV header, in column order: Chinese and English columns side by side, areas in m². */
export const CSV_COLUMNS = [
  'seq', 'id', 'name_zh', 'name_en', 'town_zh', 'town_en', 'location_zh', 'location_en',
  'floor_area_m2', 'above_ground_area_m2', 'expansion_area_m2', 'industries_zh', 'industries_en',
  'positioning_zh', 'positioning_en', 'lng', 'lat', 'placement_precision', 'source',
] as const;

const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, with quotes doubled.
 * Text starting with = + - @ gets a leading apostrophe so spreadsheets do not run it as a formula; numbers are untouched.
 * null and undefined give an empty field.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The parks as CSV text: a UTF-8 byte-order mark (so Excel reads Chinese correctly), the CSV_COLUMNS header,
 * one row per park in input order, CRLF line ends. Industry names come from `industries` (unknown ids are kept as ids),
 * joined by "、" in Chinese and "; " in English. A missing above-ground or expansion figure is an empty field.
 * Empty input gives the header only.
 */
export function parksToCsv(parks: readonly Park[], industries: ReadonlyMap<string, Industry>): string {
  const rows = parks.map((p) => {
    const names = p.industries.map((id) => industries.get(id) ?? { id, zh: id, en: id });
    const cells: (string | number | null | undefined)[] = [
      p.seq, p.id, p.name.zh, p.name.en, p.town.zh, p.town.en, p.location.zh, p.location.en,
      p.floorAreaM2, p.aboveGroundAreaM2, p.expansionAreaM2,
      names.map((i) => i.zh).join('、'), names.map((i) => i.en).join('; '),
      p.positioning.zh, p.positioning.en, p.coordinates[0], p.coordinates[1], p.geocode.precision,
      `${PLAN_SOURCE.zh} / ${PLAN_SOURCE.en}`,
    ];
    return cells.map(csvField).join(',');
  });
  return BOM + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

type ParkFeature = { type: 'Feature'; properties: ParkProperties; geometry: { type: 'Point'; coordinates: LngLat } };
export type ParksGeoJson = { type: 'FeatureCollection'; features: ParkFeature[] };

/**
 * The parks as a GeoJSON FeatureCollection with exactly the data contract's properties (data/parks.geojson),
 * so it validates against ParksSchema; WGS-84 [lng, lat] points; input order. Empty input gives no features.
 */
export function parksToGeoJson(parks: readonly Park[]): ParksGeoJson {
  return {
    type: 'FeatureCollection',
    features: parks.map(({ coordinates, ...properties }) => ({
      type: 'Feature',
      properties: structuredClone(properties),
      geometry: { type: 'Point', coordinates: [coordinates[0], coordinates[1]] },
    })),
  };
}

/** A download name like `haidian-parks-2025-06-01.csv`; `isoDate` is YYYY-MM-DD. */
export function exportFileName(stem: string, isoDate: string, ext: string): string {
  return `haidian-${stem}-${isoDate}.${ext}`;
}

/** A function from [lng, lat] to SVG [x, y] pixels. */
export type Projector = (p: LngLat) => [number, number];

/**
 * A locally equirectangular projection (x scaled by cos of the mid latitude, so shapes are true to within ~0.1 %
 * across a district) that fits `bbox` [west, south, east, north] into a width × height box with `padPx` margin,
 * centred, north up. A degenerate bbox (zero span) maps to the box centre.
 */
export function fitProjection(bbox: readonly [number, number, number, number], widthPx: number, heightPx: number, padPx = 0): Projector {
  const [w, s, e, n] = bbox;
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = (e - w) * kx;
  const spanY = n - s;
  const availW = widthPx - 2 * padPx;
  const availH = heightPx - 2 * padPx;
  const scale = spanX > 0 || spanY > 0 ? Math.min(spanX > 0 ? availW / spanX : Infinity, spanY > 0 ? availH / spanY : Infinity) : 0;
  const offX = (widthPx - spanX * scale) / 2;
  const offY = (heightPx - spanY * scale) / 2;
  return ([lng, lat]) => [offX + (lng - w) * kx * scale, offY + (n - lat) * scale];
}

/**
 * An SVG path `d` for polygon rings (closed with Z), coordinates rounded to 0.1 px. Rings with fewer than
 * 2 positions are skipped; no rings give ''.
 */
export function ringsToSvgPath(rings: readonly (readonly (readonly number[])[])[], project: Projector): string {
  return rings
    .filter((r) => r.length >= 2)
    .map((r) => {
      const pts = r.map((pos) => project([pos[0]!, pos[1]!]).map((v) => Math.round(v * 10) / 10).join(' '));
      return `M${pts.join('L')}Z`;
    })
    .join('');
}

/** A print date in the reader's language: zh "2025年6月1日", en "1 June 2025" (day month year, unambiguous). */
export function formatSheetDate(date: Date, lang: 'zh' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}
