import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParksSchema, StationsSchema, TransitLinesSchema, type LngLat } from '../../../src/lib/schema.ts';
import {
  buildNetwork,
  commuteFor,
  filterByTransitKm,
  planChanges,
  stationLabel,
  transitKmByPlace,
  walkMinutes,
  type StationFeature,
  type LineFeature,
} from '../../../src/lib/transit.ts';

const read = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));
// The fixtures pass the app's own schemas, so they have the shapes the app sees.
const miniStations = StationsSchema.parse(read('../../fixtures/transit-mini-stations.geojson')).features;
const miniLines = TransitLinesSchema.parse(read('../../fixtures/transit-mini-lines.geojson')).features;
const realStations = StationsSchema.parse(read('../../../geo/transit-stations.geojson')).features;
const realLines = TransitLinesSchema.parse(read('../../../geo/transit-lines.geojson')).features;
const parks = ParksSchema.parse(read('../../../data/parks.geojson')).features.map((f) => ({
  ...f.properties,
  coordinates: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as LngLat,
}));

// Fixture geometry (hand-computed, turf's R = 6371.0088 km), origin O = [116.3, 40]:
// a1 (open, line A) 1 km due north: 1.000 km. a2 (open; A now, B planned) 0.02° south: 2.223902 km.
// b1 (planned 2029, line B) 0.600 km due east. b2 (planned, line B) has no coordinates.
// Line A (open) runs along O's meridian: corridor 0 km. Line B (planned, indicative) starts 0.01° east of O: 0.851804 km.
// Line C (under construction) has no geometry.
const O: LngLat = [116.3, 40];
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

  it('marks a planned line at an open station as planned, with the line\'s year', () => {
    expect(plan.stations.find((s) => s.id === 'a2')!.lines).toEqual([
      { lineId: 'A', status: 'open', openingYear: null },
      { lineId: 'B', status: 'planned', openingYear: 2029 },
    ]);
  });

  it('leaves out a planned station without coordinates and a line without geometry, with a note each', () => {
    expect(now.notes).toEqual([]);
    expect(plan.notes).toEqual([
      { kind: 'line-no-geometry', lineId: 'C', name: expect.objectContaining({ en: 'Line C (under construction)' }), note: expect.anything() },
      { kind: 'station-no-position', stationId: 'b2', name: { zh: '乙二', en: 'B Two' }, lineIds: ['B'], openingYear: 2029 },
    ]);
  });

  it('gives an empty network with a note for an empty dataset', () => {
    const empty = buildNetwork([], [], 'plan');
    expect(empty.stations).toEqual([]);
    expect(empty.notes).toEqual([{ kind: 'no-stations' }]);
    expect(commuteFor(O, empty)).toEqual({ scenario: 'plan', nearest: null, byLine: [], notes: [{ kind: 'no-stations' }] });
    expect(transitKmByPlace([{ id: 'x', coordinates: O }], empty, { lines: [], statuses: [] })).toEqual(new Map());
  });

  it('does not throw on a station whose line is unknown, and counts that line as open', () => {
    const odd = [{ ...miniStations[0]!, properties: { ...miniStations[0]!.properties, lines: ['Z'] } }] as StationFeature[];
    const c = commuteFor(O, buildNetwork(odd, [] as LineFeature[], 'now'));
    expect(c.byLine.map((a) => [a.line.id, a.corridor.kind])).toEqual([['Z', 'unavailable']]);
  });
});

describe('commuteFor on the fixture', () => {
  it.each([
    ['now', 'a1', 1.0, 16.25, [['A', 'a1', 1.0, 'exact', 0]]],
    ['plan', 'b1', 0.6, 9.75, [['B', 'b1', 0.6, 'approximate', 0.851804], ['A', 'a1', 1.0, 'exact', 0]]],
  ] as const)('%s: nearest %s at %f km, %f min walk; per line %j (±0.001)', (scenario, id, km, min, byLine) => {
    const c = commuteFor(O, scenario === 'now' ? now : plan);
    expect(c.nearest!.station.id).toBe(id);
    expect(c.nearest!.distanceKm).toBeCloseTo(km, 3);
    expect(c.nearest!.walkMinutes).toBeCloseTo(min, 3);
    expect(c.byLine).toHaveLength(byLine.length);
    c.byLine.forEach((a, i) => {
      const [line, station, d, kind, corridorKm] = byLine[i]!;
      expect([a.line.id, a.station.id, a.corridor.kind]).toEqual([line, station, kind]);
      expect(a.distanceKm).toBeCloseTo(d, 3);
      expect(a.corridor.kind !== 'unavailable' && a.corridor.km).toBeCloseTo(corridorKm, 3);
    });
  });

  it('only lists lines with a station within the search distance', () => {
    expect(commuteFor(O, plan, 0.5).byLine).toEqual([]);
    expect(commuteFor(O, plan, 3).byLine.map((a) => a.line.id)).toEqual(['B', 'A']);
  });
});

describe('planChanges', () => {
  it('says what the plan adds: a nearer (new) station and a new line, nearest first, with the year', () => {
    const changes = planChanges(commuteFor(O, now), commuteFor(O, plan));
    expect(changes.map((c) => [c.kind, c.kind === 'nearer-station' ? c.hit.station.id : c.access.station.id, c.openingYear])).toEqual([
      ['nearer-station', 'b1', 2029],
      ['new-line', 'b1', 2029],
    ]);
    expect(changes[1]).toMatchObject({ kind: 'new-line', stationIsNew: true });
  });

  it('gives [] when nothing changes', () => {
    expect(planChanges(commuteFor(O, now), commuteFor(O, now))).toEqual([]);
  });
});

describe('transitKmByPlace and filterByTransitKm', () => {
  const places = [{ id: 'o', coordinates: O }, { id: 'far', coordinates: [116.5, 40.2] as LngLat }];
  it.each([
    ['now, any station', now, [], [], { o: 1.0 }],
    ['plan, any station', plan, [], [], { o: 0.6 }],
    ['plan, only planned', plan, [], ['planned'], { o: 0.6 }],
    ['plan, line A only', plan, ['A'], [], { o: 1.0 }],
    ['plan, line A and planned: none', plan, ['A'], ['planned'], {}],
    ['now, line B: none', now, ['B'], [], {}],
  ] as const)('%s', (_name, network, lines, statuses, expected) => {
    const m = transitKmByPlace(places, network, { lines: [...lines], statuses: [...statuses] });
    const near = Object.fromEntries([...m].filter(([id]) => id === 'o'));
    expect(Object.keys(near)).toEqual(Object.keys(expected));
    for (const [id, km] of Object.entries(expected)) expect(m.get(id)).toBeCloseTo(km, 3);
  });

  it.each([
    [null, ['o', 'far', 'none']],
    [2, ['o']],
    [0.5, []],
  ])('within %s km keeps %j (a place without a figure only when unfiltered)', (maxKm, ids) => {
    const km = new Map([['o', 1], ['far', 30]]);
    expect(filterByTransitKm([{ id: 'o' }, { id: 'far' }, { id: 'none' }], km, maxKm).map((p) => p.id)).toEqual(ids);
  });
});

describe('stationLabel', () => {
  it.each([
    [{ zh: '北沙滩', en: 'Beishatan' }, 'zh', '北沙滩站'],
    [{ zh: '清河站', en: 'Qinghezhan' }, 'zh', '清河站'],
    [{ zh: '北沙滩', en: 'Beishatan' }, 'en', 'Beishatan'],
  ] as const)('%j in %s → %s', (name, lang, label) => {
    expect(stationLabel(name, lang)).toBe(label);
  });
});

describe('on the real data', () => {
  const realNow = buildNetwork(realStations, realLines, 'now');
  const realPlan = buildNetwork(realStations, realLines, 'plan');
  const dongpan = parks.find((p) => p.location.zh.startsWith('清华东路38号'))!;

  it('the park at 清华东路38号 (seq 8) has 北沙滩 as its nearest open station, within 600 m', () => {
    expect(dongpan.seq).toBe(8);
    const c = commuteFor(dongpan.coordinates, realNow);
    expect(c.nearest!.station.name.zh).toBe('北沙滩');
    expect(c.nearest!.distanceKm).toBeLessThan(0.6);
    // Hand check: haversine(116.3593,40.003 → 116.36204,40.00012) = 0.396 km.
    expect(c.nearest!.distanceKm).toBeCloseTo(0.396, 2);
  });

  it('after the plan, 北沙滩 gains the Line 19 northern extension (about 2029) for that park', () => {
    const changes = planChanges(commuteFor(dongpan.coordinates, realNow), commuteFor(dongpan.coordinates, realPlan));
    const l19n = changes.find((c) => c.kind === 'new-line' && c.access.line.id === 'L19N');
    expect(l19n).toMatchObject({ kind: 'new-line', openingYear: 2029, stationIsNew: false, access: { station: { id: 'beishatan' }, corridor: { kind: 'approximate' } } });
  });

  it('the planned Line 19 stations without coordinates and the Line 13 upgrade without geometry are noted, not dropped silently', () => {
    const noPos = realPlan.notes.filter((n) => n.kind === 'station-no-position').map((n) => n.kind === 'station-no-position' && n.stationId);
    expect(noPos.sort()).toEqual(['shangqingqiaonan', 'shengminggu', 'shengmingkexueyuannan', 'xinlongze', 'xisanqi']);
    expect(realPlan.notes.some((n) => n.kind === 'line-no-geometry' && n.lineId === 'L13-upgrade')).toBe(true);
    expect(realNow.notes).toEqual([]);
  });

  it('every park gets a finite nearest-station figure in both scenarios (never NaN)', () => {
    for (const p of parks) {
      for (const n of [realNow, realPlan]) {
        const c = commuteFor(p.coordinates, n);
        expect(Number.isFinite(c.nearest!.distanceKm)).toBe(true);
        for (const a of c.byLine) if (a.corridor.kind !== 'unavailable') expect(Number.isFinite(a.corridor.km)).toBe(true);
      }
    }
  });
});
