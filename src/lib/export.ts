/**
 * Pure serialisers for the promotion feature's exports: the parks as CSV (both languages) and GeoJSON
 * (the data contract's properties, so the file validates against ParksSchema), plus the SVG locator map of a print sheet.
 * No DOM, no clock: callers pass the date. Transit figures are computed by the caller (features/transit) and passed in,
 * as distance intervals: a park placed only roughly has no single distance to its nearest station.
 */
import type { Bilingual, Industry, LngLat, ParkProperties } from './schema.ts';
import type { KmRange } from './interval.ts';
import type { Park } from './parks.ts';

/**
 * The CSV's column keys, in column order: Chinese and English columns side by side, areas in m². `placement_precision`:
 * the contract's code (address, landmark, area, town); `placement_accuracy_m`: the radius within which the park's true
 * site lies; `placement_zh` / `_en`: the same in words. `station_*_near_m` / `_far_m`: the interval of the distance
 * from anywhere the park may lie to the nearest station of the scenario, whole metres (near rounded down, far up);
 * `nearest_station_*`: the station nearest the placed point, which names the figure. The keys are for scripts and stay
 * the same in every language; each header cell puts the reader's label before its key (csvHeaderCell).
 */
export const CSV_COLUMNS = [
  'seq',
  'id',
  'name_zh',
  'name_en',
  'town_zh',
  'town_en',
  'location_zh',
  'location_en',
  'floor_area_m2',
  'above_ground_area_m2',
  'expansion_area_m2',
  'industries_zh',
  'industries_en',
  'positioning_zh',
  'positioning_en',
  'lng',
  'lat',
  'placement_precision',
  'placement_accuracy_m',
  'placement_zh',
  'placement_en',
  'nearest_station_now_zh',
  'nearest_station_now_en',
  'station_now_near_m',
  'station_now_far_m',
  'nearest_station_plan_zh',
  'nearest_station_plan_en',
  'station_plan_near_m',
  'station_plan_far_m',
  'source',
] as const;

/** A park's nearest station in one scenario: the station's name as shown, and the distance interval to show. */
export type StationRange = { station: Bilingual; range: KmRange };
/** A park's nearest station now and after the plan; null where the scenario has no station. */
export type ParkTransit = { now: StationRange | null; plan: StationRange | null };
/** Transit figures by park id, computed by the caller (lib cannot reach the shipped network's derived figures). */
export type TransitByPark = ReadonlyMap<string, ParkTransit>;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/**
 * The words a CSV carries, from the string tables (src/i18n/format.ts csvText, features/export/csv-text.ts): the
 * `source` cell of every row, and what joins a park's industries in the Chinese and English columns. Optional:
 * `headers`, each column's label in the reader's language; `placement`, how precisely a park is placed, in words.
 */
export type CsvText = {
  source: string;
  join: Bilingual;
  headers?: Readonly<Record<CsvColumn, string>>;
  placement?: (park: Park) => Bilingual;
};

/**
 * Columns appended after CSV_COLUMNS (door to door, issue 22): each with its key (lower-case, digits and _), its label
 * in the reader's language, and a park's value (whole minutes, or null for an empty field).
 */
export type CsvExtraColumn = { key: string; label: string; value: (park: Park) => number | null };

/**
 * One header cell: the reader's label, then the column key in brackets, "园区名称 · 中文 (name_zh)", so a person
 * reads it and a script finds the key with /\(([a-z0-9_]+)\)$/. Just the key without a label.
 */
export function csvHeaderCell(key: string, label?: string): string {
  return label?.trim() ? `${label.trim()} (${key})` : key;
}

/**
 * A distance interval in whole metres, rounded outward (near down, far up) so it never looks narrower than it is.
 * Null for a missing or non-finite range.
 */
export function rangeMetres(range: KmRange | null | undefined): { nearM: number; farM: number } | null {
  if (!range || !Number.isFinite(range.nearKm) || !Number.isFinite(range.farKm)) return null;
  // The 1e-6 m slack keeps float noise (0.35 km × 1000 = 350.00000000000006) from adding a metre.
  const nearM = Math.max(0, Math.floor(range.nearKm * 1000 + 1e-6));
  const farM = Math.max(nearM, Math.ceil(range.farKm * 1000 - 1e-6));
  return { nearM, farM };
}

function stationCells(s: StationRange | null | undefined): (string | number | null)[] {
  const m = rangeMetres(s?.range);
  return s && m ? [s.station.zh, s.station.en, m.nearM, m.farM] : [null, null, null, null];
}

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
 * The parks as CSV text: a UTF-8 byte-order mark (so Excel reads Chinese correctly), one header row (CSV_COLUMNS,
 * labelled by `text.headers` where given: csvHeaderCell), one row per park in input order, CRLF line ends. Industry
 * names come from `industries` (unknown ids are kept as ids), joined by `text.join` in each language; `text.source`
 * fills the source column. A missing above-ground or expansion figure is an empty field, and so are the placement
 * words without `text.placement` and the station columns of a park (or scenario) missing from `transit`. Empty input
 * gives the header only.
 */
export function parksToCsv(
  parks: readonly Park[],
  industries: ReadonlyMap<string, Industry>,
  text: CsvText,
  transit?: TransitByPark,
  extra: readonly CsvExtraColumn[] = [],
): string {
  const rows = parks.map((p) => {
    const names = p.industries.map((id) => industries.get(id) ?? { id, zh: id, en: id });
    const placed = text.placement?.(p);
    const cells: (string | number | null | undefined)[] = [
      p.seq,
      p.id,
      p.name.zh,
      p.name.en,
      p.town.zh,
      p.town.en,
      p.location.zh,
      p.location.en,
      p.floorAreaM2,
      p.aboveGroundAreaM2,
      p.expansionAreaM2,
      names.map((i) => i.zh).join(text.join.zh),
      names.map((i) => i.en).join(text.join.en),
      p.positioning.zh,
      p.positioning.en,
      p.coordinates[0],
      p.coordinates[1],
      p.geocode.precision,
      p.geocode.accuracyM,
      placed?.zh,
      placed?.en,
      ...stationCells(transit?.get(p.id)?.now),
      ...stationCells(transit?.get(p.id)?.plan),
      text.source,
      ...extra.map((c) => c.value(p)),
    ];
    return cells.map(csvField).join(',');
  });
  const header = [
    ...CSV_COLUMNS.map((key) => csvField(csvHeaderCell(key, text.headers?.[key]))),
    ...extra.map((c) => csvField(csvHeaderCell(c.key, c.label))),
  ].join(',');
  return BOM + [header, ...rows].join('\r\n') + '\r\n';
}

/** A scenario's nearest station in the GeoJSON: names and the distance interval in whole metres, as in the CSV. */
export type GeoJsonStation = { station: Bilingual; nearM: number; farM: number };
/**
 * Figures the app derives (not plan facts), kept apart from the contract's properties under `transit`: the nearest
 * station now and after the plan, null where a scenario has none.
 */
export type GeoJsonTransit = { now: GeoJsonStation | null; plan: GeoJsonStation | null };
type ParkFeature = {
  type: 'Feature';
  properties: ParkProperties & { transit?: GeoJsonTransit };
  geometry: { type: 'Point'; coordinates: LngLat };
};
export type ParksGeoJson = { type: 'FeatureCollection'; features: ParkFeature[] };

function geoJsonStation(s: StationRange | null): GeoJsonStation | null {
  const m = rangeMetres(s?.range);
  return s && m ? { station: { zh: s.station.zh, en: s.station.en }, ...m } : null;
}

/**
 * The parks as a GeoJSON FeatureCollection with the data contract's properties (data/parks.geojson), so it validates
 * against ParksSchema; WGS-84 [lng, lat] points; input order. With `transit`, a park found there also gets
 * `properties.transit` (GeoJsonTransit): derived figures, not part of the contract, which the schema's plain objects
 * strip when the file is validated. Empty input gives no features.
 */
export function parksToGeoJson(parks: readonly Park[], transit?: TransitByPark): ParksGeoJson {
  return {
    type: 'FeatureCollection',
    // `region` is derived at load time from the geocode (lib/region.ts): the contract's geocode already states it.
    features: parks.map(({ coordinates, region: _region, ...properties }) => {
      const t = transit?.get(properties.id);
      return {
        type: 'Feature',
        properties: {
          ...structuredClone(properties),
          ...(t ? { transit: { now: geoJsonStation(t.now), plan: geoJsonStation(t.plan) } } : {}),
        },
        geometry: { type: 'Point', coordinates: [coordinates[0], coordinates[1]] },
      };
    }),
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
export function fitProjection(
  bbox: readonly [number, number, number, number],
  widthPx: number,
  heightPx: number,
  padPx = 0,
): Projector {
  const [w, s, e, n] = bbox;
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = (e - w) * kx;
  const spanY = n - s;
  const availW = widthPx - 2 * padPx;
  const availH = heightPx - 2 * padPx;
  const scale =
    spanX > 0 || spanY > 0 ? Math.min(spanX > 0 ? availW / spanX : Infinity, spanY > 0 ? availH / spanY : Infinity) : 0;
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
      const pts = r.map((pos) =>
        project([pos[0]!, pos[1]!])
          .map((v) => Math.round(v * 10) / 10)
          .join(' '),
      );
      return `M${pts.join('L')}Z`;
    })
    .join('');
}

/** A print date in the reader's language: zh "2025年6月1日", en "1 June 2025" (day month year, unambiguous). */
export function formatSheetDate(date: Date, lang: 'zh' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
}
