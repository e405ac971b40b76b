import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvField,
  csvHeaderCell,
  exportFileName,
  fitProjection,
  formatSheetDate,
  parksToCsv,
  parksToGeoJson,
  rangeMetres,
  ringsToSvgPath,
  type StationRange,
  type TransitByPark,
} from '../../../src/lib/export.ts';
import { EMPTY_FILTERS, filterParks } from '../../../src/lib/filters.ts';
import { ParksSchema } from '../../../src/lib/schema.ts';
import { buildNetwork, stationAccessFor, type StationHit } from '../../../src/lib/transit.ts';
import { csvText, stationLabel } from '../../../src/i18n/format.ts';
import type { Park } from '../../../src/lib/parks.ts';
import { INDUSTRY_BY_ID, PARK_BY_ID, PARKS, STATIONS, TRANSIT_LINES } from '../../../src/data/index.ts';
import { parseCsv } from '../../csv.ts';

// The words the app passes in (src/i18n/format.ts, from the string tables).
const TEXT = csvText();

// The known filter: industry "biomed" (医药健康) matches plan parks 1, 10, 14, 15 and 17.
const biomed = filterParks(PARKS, { ...EMPTY_FILTERS, industries: ['biomed'] });

// The transit figures the app passes in (features/common/shortlist.ts transitByPark), from the shipped network.
const NOW = buildNetwork(STATIONS.features, TRANSIT_LINES.features, 'now');
const PLAN = buildNetwork(STATIONS.features, TRANSIT_LINES.features, 'plan');
const one = (hit: StationHit | null): StationRange | null =>
  hit
    ? {
        station: { zh: stationLabel(hit.station.name, 'zh'), en: stationLabel(hit.station.name, 'en') },
        range: hit.range,
      }
    : null;
const transitOf = (parks: readonly Park[]): TransitByPark =>
  new Map(
    parks.map((p) => [
      p.id,
      { now: one(stationAccessFor(p, NOW).nearest), plan: one(stationAccessFor(p, PLAN).nearest) },
    ]),
  );
const QUANTUM = PARK_BY_ID.get('zgc-haidian-quantum-future-industry-park')!; // placed at its address, ±300 m
const YONGFENG = PARK_BY_ID.get('yongfeng-digital-tech-center')!; // placed at town level, on top of Yongfeng station

describe('parksToCsv', () => {
  const csv = parksToCsv(biomed, INDUSTRY_BY_ID, TEXT);
  const rows = parseCsv(csv.slice(1));
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes the exact header and one row per filtered park', () => {
    expect(rows[0]!.join(',')).toBe(
      'seq,id,name_zh,name_en,town_zh,town_en,location_zh,location_en,floor_area_m2,above_ground_area_m2,expansion_area_m2,industries_zh,industries_en,positioning_zh,positioning_en,lng,lat,placement_precision,placement_accuracy_m,placement_zh,placement_en,' +
        'nearest_station_now_zh,nearest_station_now_en,station_now_near_m,station_now_far_m,nearest_station_plan_zh,nearest_station_plan_en,station_plan_near_m,station_plan_far_m,source',
    );
    expect(rows).toHaveLength(1 + 5);
    expect(rows.slice(1).map((r) => r[col('seq')])).toEqual(['1', '10', '14', '15', '17']);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it.each([
    // [row, column, exact cell]
    [1, 'name_zh', '中关村综保区(一期)'],
    [1, 'floor_area_m2', '121000'],
    [1, 'above_ground_area_m2', '79000'],
    [1, 'town_en', 'Wenquan Town'],
    [3, 'id', 'zgc-international-medical-valley'],
    [3, 'floor_area_m2', '807000'],
    [3, 'industries_zh', '医药健康'],
    [3, 'industries_en', 'Biomedicine & health'],
    [5, 'name_en', 'Haixing Medicine & Health Innovation Park, Zone B'],
    [5, 'above_ground_area_m2', '30000'],
    [5, 'source', '《海淀区2025年重点工作》 / Haidian District 2025 work plan (《海淀区2025年重点工作》)'],
  ] as const)('row %i has %s = %s', (r, name, cell) => {
    expect(rows[r]![col(name)]).toBe(cell);
  });

  it('joins several industries in each language', () => {
    expect(rows[2]![col('industries_zh')]).toBe('数字经济、空天信息与航空航天、医药健康');
    expect(rows[2]![col('industries_en')]).toBe('Digital economy; Aerospace & space information; Biomedicine & health');
  });

  it('leaves a figure the plan does not give empty', () => {
    const ic = PARKS.find((p) => p.id === 'ic-design-park-phase-2')!;
    const [, row] = parseCsv(parksToCsv([ic], INDUSTRY_BY_ID, TEXT).slice(1));
    expect(row![col('above_ground_area_m2')]).toBe('');
  });

  it('gives only the header for no parks', () => {
    expect(parksToCsv([], INDUSTRY_BY_ID, TEXT)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('states how precisely each park is placed', () => {
    expect(
      rows.slice(1).map((r) => [r[col('id')], r[col('placement_precision')], r[col('placement_accuracy_m')]]),
    ).toEqual(biomed.map((p) => [p.id, p.geocode.precision, String(p.geocode.accuracyM)]));
    expect(rows[1]![col('placement_precision')]).toBe('town'); // 中关村综保区(一期): known only to its town
  });

  it('leaves the station columns empty when no transit figures are passed', () => {
    const stationCols = CSV_COLUMNS.filter((c) => c.includes('station'));
    expect(stationCols).toHaveLength(8);
    expect(rows.slice(1).every((r) => stationCols.every((c) => r[col(c)] === ''))).toBe(true);
  });
});

describe('parksToCsv header labels and placement words', () => {
  const headers = Object.fromEntries(CSV_COLUMNS.map((k) => [k, `label of ${k}`])) as Record<
    (typeof CSV_COLUMNS)[number],
    string
  >;
  const placement = (p: Park) => ({ zh: `${p.geocode.precision} 中文`, en: `${p.geocode.precision} words` });
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

  it('puts each label before its key in one header row', () => {
    const [header] = parseCsv(parksToCsv(biomed, INDUSTRY_BY_ID, { ...TEXT, headers }).slice(1));
    expect(header).toEqual(CSV_COLUMNS.map((k) => `label of ${k} (${k})`));
    expect(header!.map((h) => /\(([a-z0-9_]+)\)$/.exec(h)?.[1])).toEqual([...CSV_COLUMNS]);
  });

  it('writes the placement in words beside the precision code', () => {
    const rows = parseCsv(parksToCsv(biomed, INDUSTRY_BY_ID, { ...TEXT, placement }).slice(1)).slice(1);
    expect(rows[0]![col('placement_precision')]).toBe('town');
    expect([rows[0]![col('placement_zh')], rows[0]![col('placement_en')]]).toEqual(['town 中文', 'town words']);
  });
});

describe('csvHeaderCell', () => {
  it.each([
    ['name_zh', '园区名称 · 中文', '园区名称 · 中文 (name_zh)'],
    ['seq', 'Plan no.', 'Plan no. (seq)'],
    ['seq', '  ', 'seq'],
    ['seq', undefined, 'seq'],
  ] as const)('%s labelled %j is %j', (key, label, cell) => {
    expect(csvHeaderCell(key, label)).toBe(cell);
  });
});

describe('parksToCsv with transit figures', () => {
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  const rowsOf = (parks: readonly Park[]) =>
    parseCsv(parksToCsv(parks, INDUSTRY_BY_ID, TEXT, transitOf(parks)).slice(1)).slice(1);

  it('gives a precisely placed park its station and the distance interval in whole metres', () => {
    // The quantum park's point is 524.5 m from 清河站 and it may lie 300 m either way: 224.5–824.5 m, rounded outward.
    const [row] = rowsOf([QUANTUM]);
    expect([row![col('nearest_station_now_zh')], row![col('nearest_station_now_en')]]).toEqual([
      '清河站',
      'Qinghe Railway Station',
    ]);
    expect([row![col('station_now_near_m')], row![col('station_now_far_m')]]).toEqual(['224', '825']);
    expect([row![col('station_plan_near_m')], row![col('station_plan_far_m')]]).toEqual(['224', '825']);
    expect(row![col('placement_accuracy_m')]).toBe('300');
  });

  it('never gives a town-level park on a station node a single "0 m": near 0, far out to its placement radius', () => {
    const [row] = rowsOf([YONGFENG]);
    expect(row![col('nearest_station_now_zh')]).toBe('永丰站');
    expect(row![col('station_now_near_m')]).toBe('0');
    const far = Number(row![col('station_now_far_m')]);
    expect(far).toBeGreaterThan(2000);
    expect(far).toBeLessThanOrEqual(YONGFENG.geocode.accuracyM + 20); // the search's tolerance is 0.5 % of the radius
  });

  it('writes whole metres, near ≤ far, never NaN, for every park and scenario', () => {
    for (const row of rowsOf(PARKS)) {
      for (const s of ['now', 'plan'] as const) {
        const near = row[col(`station_${s}_near_m`)]!,
          far = row[col(`station_${s}_far_m`)]!;
        expect(near).toMatch(/^\d+$/);
        expect(far).toMatch(/^\d+$/);
        expect(Number(near)).toBeLessThanOrEqual(Number(far));
      }
    }
  });

  it('leaves a park missing from the figures, or a scenario without a station, empty', () => {
    const transit: TransitByPark = new Map([
      [QUANTUM.id, { now: null, plan: one(stationAccessFor(QUANTUM, PLAN).nearest) }],
    ]);
    const [q, y] = parseCsv(parksToCsv([QUANTUM, YONGFENG], INDUSTRY_BY_ID, TEXT, transit).slice(1)).slice(1);
    expect([q![col('nearest_station_now_zh')], q![col('station_now_near_m')], q![col('station_plan_far_m')]]).toEqual([
      '',
      '',
      '825',
    ]);
    expect(y![col('nearest_station_plan_en')]).toBe('');
  });
});

describe('rangeMetres', () => {
  it.each([
    [
      { nearKm: 0.2245, farKm: 0.8245 },
      { nearM: 224, farM: 825 },
    ],
    // Float noise (0.35 × 1000 = 350.00000000000006) does not add a metre.
    [
      { nearKm: 0.35, farKm: 0.35 },
      { nearM: 350, farM: 350 },
    ],
    [
      { nearKm: 0, farKm: 2.4999 },
      { nearM: 0, farM: 2500 },
    ],
    [{ nearKm: Number.NaN, farKm: 1 }, null],
    [null, null],
  ] as const)('%j → %j', (range, out) => {
    expect(rangeMetres(range)).toEqual(out);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    [121000, '121000'],
    [116.2345678, '116.2345678'],
    [null, ''],
    [undefined, ''],
  ] as const)('%j → %s', (value, out) => {
    expect(csvField(value)).toBe(out);
  });
});

describe('parksToGeoJson', () => {
  const gj = parksToGeoJson(biomed);

  it('validates against the parks schema (the data contract)', () => {
    const result = ParksSchema.safeParse(gj);
    expect(result.success).toBe(true);
  });

  it('keeps every park of the filter with its exact properties and position', () => {
    expect(gj.features).toHaveLength(5);
    const valley = gj.features.find((f) => f.properties.id === 'zgc-international-medical-valley')!;
    expect(valley.properties.floorAreaM2).toBe(807000);
    expect(valley.properties.aboveGroundAreaM2).toBe(591500);
    expect(valley.properties.name.zh).toBe('中关村科学城国际医谷');
    expect(valley.geometry.coordinates).toEqual(PARKS.find((p) => p.id === valley.properties.id)!.coordinates);
    expect(Object.keys(valley.properties)).not.toContain('coordinates');
  });

  it('round-trips through JSON text', () => {
    expect(ParksSchema.safeParse(JSON.parse(JSON.stringify(gj))).success).toBe(true);
  });

  it('keeps the derived placement region out of the contract properties', () => {
    expect(gj.features.every((f) => !('region' in f.properties) && !('transit' in f.properties))).toBe(true);
  });

  it('adds the transit figures under their own key and still validates (the schema strips what it does not define)', () => {
    const withTransit = parksToGeoJson([QUANTUM, YONGFENG], transitOf([QUANTUM, YONGFENG]));
    const [q, y] = withTransit.features;
    expect(q!.properties.transit).toEqual({
      now: { station: { zh: '清河站', en: 'Qinghe Railway Station' }, nearM: 224, farM: 825 },
      plan: { station: { zh: '清河站', en: 'Qinghe Railway Station' }, nearM: 224, farM: 825 },
    });
    expect(y!.properties.transit?.now?.nearM).toBe(0);
    expect(y!.properties.transit!.now!.farM).toBeGreaterThan(2000);
    const parsed = ParksSchema.safeParse(JSON.parse(JSON.stringify(withTransit)));
    expect(parsed.success).toBe(true);
    expect(parsed.data!.features[0]!.properties).toEqual(parksToGeoJson([QUANTUM]).features[0]!.properties);
  });

  it('gives an empty collection for no parks', () => {
    expect(parksToGeoJson([])).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('exportFileName', () => {
  it('names a file by stem and date', () => {
    expect(exportFileName('parks', '2025-06-01', 'csv')).toBe('haidian-parks-2025-06-01.csv');
  });
});

describe('fitProjection', () => {
  // A 0.2° × 0.1° box at 40°N is 0.1532 × 0.1 "cos-scaled degrees": it fills the width of a 200 × 200 box.
  const project = fitProjection([116, 39.95, 116.2, 40.05], 200, 200, 10);

  it.each([
    [
      [116, 40.05],
      [10, 100 - (0.1 * 180) / (0.2 * Math.cos((40 * Math.PI) / 180)) / 2],
    ],
    [
      [116.2, 39.95],
      [190, 100 + (0.1 * 180) / (0.2 * Math.cos((40 * Math.PI) / 180)) / 2],
    ],
    [
      [116.1, 40],
      [100, 100],
    ],
  ] as const)('maps %j to %j (±0.01 px)', (lngLat, xy) => {
    const [x, y] = project([lngLat[0], lngLat[1]]);
    expect(x).toBeCloseTo(xy[0], 2);
    expect(y).toBeCloseTo(xy[1], 2);
  });

  it('maps a degenerate box to the centre', () => {
    expect(fitProjection([116, 40, 116, 40], 100, 50)([116, 40])).toEqual([50, 25]);
  });
});

describe('ringsToSvgPath', () => {
  it('draws closed rings and skips degenerate ones', () => {
    const id = ([x, y]: readonly [number, number]) => [x, y] as [number, number];
    expect(
      ringsToSvgPath(
        [
          [
            [0, 0],
            [10, 0],
            [10, 10.04],
            [0, 0],
          ],
          [[5, 5]],
        ],
        id,
      ),
    ).toBe('M0 0L10 0L10 10L0 0Z');
    expect(ringsToSvgPath([], id)).toBe('');
  });
});

describe('formatSheetDate', () => {
  it.each([
    ['zh', '2025年6月1日'],
    ['en', '1 June 2025'],
  ] as const)('writes the date in %s as %s', (lang, out) => {
    expect(formatSheetDate(new Date(2025, 5, 1), lang)).toBe(out);
  });
});
