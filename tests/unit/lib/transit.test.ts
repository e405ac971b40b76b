import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParksSchema, StationsSchema, TransitLinesSchema, type LngLat } from '../../../src/lib/schema.ts';
import {
  buildNetwork,
  stationAccessFor,
  planChanges,
  transitRangeByPlace,
  walkMinutes,
  type Placed,
  type StationFeature,
  type LineFeature,
} from '../../../src/lib/transit.ts';
import { pointRegion } from '../../../src/lib/region.ts';
import { PARKS } from '../../../src/data/index.ts';

const read = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));
// The fixtures pass the app's own schemas, so they have the shapes the app sees.
const miniStations = StationsSchema.parse(read('../../fixtures/transit-mini-stations.geojson')).features;
const miniLines = TransitLinesSchema.parse(read('../../fixtures/transit-mini-lines.geojson')).features;
const realStations = StationsSchema.parse(read('../../../geo/transit-stations.geojson')).features;
const realLines = TransitLinesSchema.parse(read('../../../geo/transit-lines.geojson')).features;
// The real parks as the app loads them: points with their placement regions.
const parks = PARKS;
ParksSchema.parse(read('../../../data/parks.geojson'));
/** A surveyed place: its region is the point itself, so every interval is one figure. */
const at = (coordinates: LngLat): Placed => ({ coordinates, region: pointRegion(coordinates) });

// Fixture geometry (hand-computed, turf's R = 6371.0088 km), origin O = [116.3, 40]:
// a1 (open, line A) 1 km due north: 1.000 km. a2 (open; A now, B planned) 0.02° south: 2.223902 km.
// b1 (planned 2029, line B) 0.600 km due east. b2 (planned, line B) has no coordinates.
// Line A (open) runs along O's meridian: corridor 0 km. Line B (planned, indicative) starts 0.01° east of O: 0.851804 km.
// Line C (under construction) has no geometry.
const O: LngLat = [116.3, 40];
const PO = at(O);
const now = buildNetwork(miniStations, miniLines, 'now');
const plan = buildNetwork(miniStations, miniLines, 'plan');

describe('walkMinutes', () => {
  it.each([
    // km × 1.3 ÷ 4.8 km/h × 60
    [0, 0],
    [0.35, 5.6875],
    [0.6, 9.75],
    [1, 16.25],
  ])('%f km straight line → %f min (±0.001)', (km, min) => {
    expect(walkMinutes(km)).toBeCloseTo(min, 3);
  });
  it.each([[NaN], [-1], [Infinity]])('gives null for %f, never NaN', (km) => {
    expect(walkMinutes(km)).toBeNull();
  });
});

describe('buildNetwork', () => {
  it.each([
    ['now', ['a1', 'a2'], { a1: ['A'], a2: ['A'] }],
    ['plan', ['a1', 'a2', 'b1'], { a1: ['A'], a2: ['A', 'B'], b1: ['B'] }],
  ] as const)('%s: stations %j with their lines', (scenario, ids, lines) => {
    const n = scenario === 'now' ? now : plan;
    expect(n.stations.map((s) => s.id)).toEqual(ids);
    for (const s of n.stations) expect(s.lines.map((l) => l.lineId)).toEqual(lines[s.id as keyof typeof lines]);
  });

  it("marks a planned line at an open station as planned, with the line's year", () => {
    expect(plan.stations.find((s) => s.id === 'a2')!.lines).toEqual([
      { lineId: 'A', status: 'open', openingYear: null },
      { lineId: 'B', status: 'planned', openingYear: 2029 },
    ]);
  });

  it('leaves out a planned station without coordinates and a line without geometry, with a note each', () => {
    expect(now.notes).toEqual([]);
    expect(plan.notes).toEqual([
      {
        kind: 'line-no-geometry',
        lineId: 'C',
        name: expect.objectContaining({ en: 'Line C (under construction)' }),
        note: expect.anything(),
      },
      {
        kind: 'station-no-position',
        stationId: 'b2',
        name: { zh: '乙二', en: 'B Two' },
        lineIds: ['B'],
        openingYear: 2029,
      },
    ]);
  });

  it('gives an empty network with a note for an empty dataset', () => {
    const empty = buildNetwork([], [], 'plan');
    expect(empty.stations).toEqual([]);
    expect(empty.notes).toEqual([{ kind: 'no-stations' }]);
    expect(stationAccessFor(PO, empty)).toEqual({
      scenario: 'plan',
      nearest: null,
      byLine: [],
      notes: [{ kind: 'no-stations' }],
    });
    expect(transitRangeByPlace([{ id: 'x', ...PO }], empty, { lines: [], statuses: [] })).toEqual(new Map());
  });

  it('does not throw on a station whose line is unknown, and counts that line as open', () => {
    const odd = [
      { ...miniStations[0]!, properties: { ...miniStations[0]!.properties, lines: ['Z'] } },
    ] as StationFeature[];
    const c = stationAccessFor(PO, buildNetwork(odd, [] as LineFeature[], 'now'));
    expect(c.byLine.map((a) => [a.line.id, a.corridor.kind])).toEqual([['Z', 'unavailable']]);
  });
});

describe('stationAccessFor on the fixture (a surveyed point: intervals of zero width)', () => {
  it.each([
    ['now', 'a1', 1.0, [['A', 'a1', 1.0, 'exact', 0]]],
    [
      'plan',
      'b1',
      0.6,
      [
        ['B', 'b1', 0.6, 'approximate', 0.851804],
        ['A', 'a1', 1.0, 'exact', 0],
      ],
    ],
  ] as const)('%s: nearest %s at %f km; per line %j (±0.002)', (scenario, id, km, byLine) => {
    const c = stationAccessFor(PO, scenario === 'now' ? now : plan);
    expect(c.nearest!.station.id).toBe(id);
    expect(c.nearest!.distanceKm).toBeCloseTo(km, 3);
    expect(c.nearest!.range.nearKm).toBeCloseTo(km, 2);
    expect(c.nearest!.range.farKm).toBeCloseTo(km, 2);
    expect(c.byLine).toHaveLength(byLine.length);
    c.byLine.forEach((a, i) => {
      const [line, station, d, kind, corridorKm] = byLine[i]!;
      expect([a.line.id, a.station.id, a.corridor.kind]).toEqual([line, station, kind]);
      expect(a.range.nearKm).toBeCloseTo(d, 2);
      expect(a.corridor.kind !== 'unavailable' && a.corridor.range.farKm).toBeCloseTo(corridorKm, 2);
    });
  });

  it("widens every figure by the place's own uncertainty (a 0.3 km disc around the same point)", () => {
    const c = stationAccessFor({ coordinates: O, region: pointRegion(O, 0.3) }, now);
    expect(c.nearest!.range.nearKm).toBeCloseTo(0.7, 2);
    // The far end: the nearest of a1 (north) and a2 (south) from the worst point of the disc.
    expect(c.nearest!.range.farKm).toBeGreaterThan(1.0);
    expect(c.nearest!.range.farKm).toBeLessThanOrEqual(1.3 + 0.01);
    expect(c.byLine[0]!.corridor).toMatchObject({ kind: 'exact', range: { nearKm: 0 } });
  });

  it('only lists lines with a station within the search distance', () => {
    expect(stationAccessFor(PO, plan, 0.5).byLine).toEqual([]);
    expect(stationAccessFor(PO, plan, 3).byLine.map((a) => a.line.id)).toEqual(['B', 'A']);
  });
});

describe('planChanges', () => {
  it('says what the plan adds: a nearer (new) station and a new line, nearest first, with the year', () => {
    const changes = planChanges(stationAccessFor(PO, now), stationAccessFor(PO, plan));
    expect(
      changes.map((c) => [c.kind, c.kind === 'nearer-station' ? c.hit.station.id : c.access.station.id, c.openingYear]),
    ).toEqual([
      ['nearer-station', 'b1', 2029],
      ['new-line', 'b1', 2029],
    ]);
    expect(changes[1]).toMatchObject({ kind: 'new-line', stationIsNew: true });
  });

  it('gives [] when nothing changes', () => {
    expect(planChanges(stationAccessFor(PO, now), stationAccessFor(PO, now))).toEqual([]);
  });
});

describe('transitRangeByPlace', () => {
  const places = [
    { id: 'o', ...PO },
    { id: 'far', ...at([116.5, 40.2]) },
  ];
  it.each([
    ['now, any station', now, [], [], { o: 1.0 }],
    ['plan, any station', plan, [], [], { o: 0.6 }],
    ['plan, only planned', plan, [], ['planned'], { o: 0.6 }],
    ['plan, line A only', plan, ['A'], [], { o: 1.0 }],
    ['plan, line A and planned: none', plan, ['A'], ['planned'], {}],
    ['now, line B: none', now, ['B'], [], {}],
  ] as const)('%s', (_name, network, lines, statuses, expected) => {
    const m = transitRangeByPlace(places, network, { lines: [...lines], statuses: [...statuses] });
    const near = Object.fromEntries([...m].filter(([id]) => id === 'o'));
    expect(Object.keys(near)).toEqual(Object.keys(expected));
    for (const [id, km] of Object.entries(expected)) {
      expect(m.get(id)!.nearKm).toBeCloseTo(km, 2);
      expect(m.get(id)!.farKm).toBeCloseTo(km, 2);
    }
  });
});

describe('on the real data', () => {
  const realNow = buildNetwork(realStations, realLines, 'now');
  const realPlan = buildNetwork(realStations, realLines, 'plan');
  const dongpan = parks.find((p) => p.location.zh.startsWith('清华东路38号'))!;
  const byId = (id: string) => parks.find((p) => p.id === id)!;

  it('the park at 清华东路38号 (seq 8) has 北沙滩 nearest its point (0.396 km by hand) and an interval that starts at the station', () => {
    expect(dongpan.seq).toBe(8);
    const c = stationAccessFor(dongpan, realNow);
    expect(c.nearest!.station.name.zh).toBe('北沙滩');
    // Hand check: haversine(116.3593,40.003 → 116.36204,40.00012) = 0.396 km.
    expect(c.nearest!.distanceKm).toBeCloseTo(0.396, 2);
    // Its region (the block west of 京藏高速 up to 学清路) reaches the station, and its far corner is over 1 km away.
    expect(c.nearest!.range.nearKm).toBeLessThan(0.05);
    expect(c.nearest!.range.farKm).toBeGreaterThan(0.8);
  });

  it('a town-level park placed at a station node is not "0 m" from it: 永丰数字科技中心 gets a wide interval', () => {
    const c = stationAccessFor(byId('yongfeng-digital-tech-center'), realNow);
    expect(c.nearest!.distanceKm).toBeLessThan(0.01); // the point sits on the 永丰 node
    expect(c.nearest!.range.nearKm).toBe(0);
    expect(c.nearest!.range.farKm).toBeGreaterThan(1);
  });

  it('after the plan, 北沙滩 gains the Line 19 northern extension (about 2029) for that park', () => {
    const changes = planChanges(stationAccessFor(dongpan, realNow), stationAccessFor(dongpan, realPlan));
    const l19n = changes.find((c) => c.kind === 'new-line' && c.access.line.id === 'L19N');
    expect(l19n).toMatchObject({
      kind: 'new-line',
      openingYear: 2029,
      stationIsNew: false,
      access: { station: { id: 'beishatan' }, corridor: { kind: 'approximate' } },
    });
  });

  it('the planned Line 19 stations are placed (indicative, with their uncertainty) and the Line 13 upgrade without geometry is noted', () => {
    expect(realPlan.notes.filter((n) => n.kind === 'station-no-position')).toEqual([]);
    const indicative = realPlan.stations
      .filter((s) => s.indicative)
      .map((s) => s.id)
      .sort();
    expect(indicative).toEqual(['shangqingqiaonan', 'shengminggu', 'shengmingkexueyuannan', 'xinlongze', 'xisanqi']);
    for (const s of realPlan.stations.filter((x) => x.indicative)) expect(s.uncertaintyKm).toBeGreaterThan(0);
    expect(realPlan.notes.some((n) => n.kind === 'line-no-geometry' && n.lineId === 'L13-upgrade')).toBe(true);
    expect(realNow.notes).toEqual([]);
  });

  it('"after plan" changes figures where the plan does: the international medical valley (上庄) comes nearer the planned stations', () => {
    const valley = byId('zgc-international-medical-valley');
    const nowR = stationAccessFor(valley, realNow).nearest!.range;
    const planR = stationAccessFor(valley, realPlan).nearest!.range;
    // 3.1 km at best today (永丰); after the plan the indicative 生命科学园南 / 生命谷 stations may be 2.4 km away.
    expect(nowR.nearKm).toBeGreaterThan(3);
    expect(planR.nearKm).toBeLessThan(nowR.nearKm - 0.5);
  });

  it('every park gets a finite interval in both scenarios, near ≤ far (never NaN)', () => {
    for (const p of parks) {
      for (const n of [realNow, realPlan]) {
        const c = stationAccessFor(p, n);
        const r = c.nearest!.range;
        expect(Number.isFinite(r.nearKm) && Number.isFinite(r.farKm) && r.nearKm <= r.farKm).toBe(true);
        for (const a of c.byLine) {
          expect(a.range.nearKm).toBeLessThanOrEqual(a.range.farKm);
          if (a.corridor.kind !== 'unavailable') expect(Number.isFinite(a.corridor.range.farKm)).toBe(true);
        }
      }
    }
  });
});
