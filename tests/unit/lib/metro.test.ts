import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset, type MetroNetworkFile } from '../../../src/lib/schema.ts';
import { metroView } from '../../../src/lib/metro/graph.ts';
import { searchFrom } from '../../../src/lib/metro/search.ts';
import { MODEL, walkMin } from '../../../src/lib/metro/model.ts';
import { doorToDoor, prepareMetro, walkableStations, pointKm } from '../../../src/lib/metro/door-to-door.ts';
import { DEFAULT_DESTINATIONS } from '../../../src/lib/metro/destinations.ts';
import { pointRegion } from '../../../src/lib/region.ts';
import { PARKS } from '../../../src/data/index.ts';
import type { LngLat } from '../../../src/lib/schema.ts';

const text = readFileSync(new URL('../../../geo/metro-network.json', import.meta.url), 'utf8');
const checked = validateDataset('geo/metro-network.json', text);
if (!checked.ok) throw new Error(checked.errors.join('\n'));
const NET: MetroNetworkFile = checked.data;
const metro = prepareMetro(NET);
const station = (id: string) => NET.stations.find((s) => s.id === id)!;
const at = (id: string) => station(id).coordinates as LngLat;

/** In-vehicle minutes on one pattern between two of its stops, at a bound (median or mean per hop). */
function rideMin(patternId: string, from: string, to: string, bound: 'low' | 'high' = 'low'): number {
  const v = metroView(NET, 'plan', bound, 'forward');
  const p = v.patterns.find((x) => x.id === patternId)!;
  const stops = [...p.stops].map((i) => v.stationIds[i]);
  const a = stops.indexOf(from);
  const b = stops.indexOf(to);
  let min = 0;
  for (let i = a; i < b; i++) min += p.hop[i]!;
  return min;
}
const patternOf = (lineId: string, from: string, to: string) =>
  NET.lines
    .find((l) => l.id === lineId)!
    .patterns.find((p) => {
      const a = p.stops.indexOf(from);
      const b = p.stops.indexOf(to);
      return a >= 0 && b > a;
    })!;

describe('the network', () => {
  it('has every line of the reference, hops both ways, and the planned extension', () => {
    expect(NET.lines.filter((l) => l.status === 'open')).toHaveLength(28);
    for (const line of NET.lines.filter((l) => l.status === 'open')) {
      expect(line.patterns.length, line.id).toBe(2);
      const [a, b] = line.patterns;
      // The two directions serve the same stations.
      expect(new Set(a!.stops), line.id).toEqual(new Set(b!.stops));
    }
    expect(NET.lines.find((l) => l.id === 'L19N')).toMatchObject({ status: 'planned', openingYear: 2029 });
  });

  it('holds every station of geo/ with the same id and lines', () => {
    const geo = JSON.parse(readFileSync(new URL('../../../geo/transit-stations.geojson', import.meta.url), 'utf8'));
    for (const f of geo.features) {
      const s = station(f.properties.id);
      expect(s, f.properties.id).toBeDefined();
      for (const l of f.properties.lines.filter((x: string) => x !== 'L13-upgrade'))
        expect(s.lines, `${s.id} ${l}`).toContain(l);
    }
  });

  it('credits the timetable source and states its assumptions', () => {
    expect(NET.credit).toContain('Timetable figures derived from Beijing-Subway-Tools, MIT');
    expect(NET.assumptions.l19n).toMatchObject({ trackFactor: [1.1, 1.3], speedKmh: [45, 48], headwayMin: [4, 8] });
  });
});

describe('routes checked by hand against the timetable figures (SOURCES.md §14)', () => {
  it.each([
    ['L13', 'xierqi', 'xizhimen', 20],
    ['L13', 'xierqi', 'zhichunlu', 14],
    ['L13', 'shangdi', 'xierqi', 5],
    ['L4', 'zhongguancun', 'xizhimen', 14],
    ['L10', 'zhichunlu', 'haidianhuangzhuang', 4],
    ['CP', 'xierqi', 'qinghezhan', 3],
    ['L18', 'shangdiruanjianyuan', 'huilongguandongdajie', 15],
  ])('%s %s → %s is %i min in the vehicle', (line, from, to, min) => {
    // SOURCES.md gives the whole ride's median; the model adds per-hop medians, each to the minute (±1 min per hop:
    // 4号线 中关村 → 西直门 adds up to 13, its means to 13.9).
    const pattern = patternOf(line, from, to).id;
    expect(Math.abs(rideMin(pattern, from, to) - min)).toBeLessThanOrEqual(1);
    expect(Math.abs(rideMin(pattern, from, to, 'high') - min)).toBeLessThanOrEqual(1);
  });

  it('takes the 西二旗 13→昌平线 walk from the data: 0.5–2 min (three passages)', () => {
    const lo = metroView(NET, 'now', 'low', 'forward');
    const hi = metroView(NET, 'now', 'high', 'forward');
    const s = lo.index.get('xierqi')!;
    const l13 = lo.lineIds.indexOf('L13');
    const cp = lo.lineIds.indexOf('CP');
    expect(lo.transfer(s, l13, cp)).toBe(0.5);
    expect(hi.transfer(s, l13, cp)).toBe(2);
    // Backward views swap the walk's direction.
    const back = metroView(NET, 'now', 'low', 'backward');
    expect(back.transfer(s, cp, l13)).toBe(0.5);
  });

  it('times 西二旗 → 西直门 on Line 13 from street to street: platform, wait, ride, platform', () => {
    const v = metroView(NET, 'now', 'low', 'forward');
    const sources = new Float64Array(v.stationIds.length).fill(Infinity);
    sources[v.index.get('xierqi')!] = 0;
    const r = searchFrom(v, sources);
    const west = NET.lines.find((l) => l.id === 'L13')!.patterns.find((p) => p.direction.zh === '西行')!;
    // 1 min in, half the 3-min peak headway, 20 min, 1 min out.
    expect(west.headway.peakMin).toBe(3);
    expect(r.street[v.index.get('xizhimen')!]).toBeCloseTo(1 + 1.5 + 20 + 1, 6);
  });

  it('changes lines where that is quicker, and says where: 西二旗 → 国贸 by Line 13 and Line 10 or similar', () => {
    const trip = doorToDoor(pointRegion(at('xierqi')), { kind: 'station', id: 'guomao' }, metro, {
      scenario: 'now',
      direction: 'to',
    });
    expect(trip.reason).toBe('ok');
    const low = trip.routes.low!;
    expect(low.kind).toBe('metro');
    if (low.kind !== 'metro') return;
    expect(low.board).toBe('xierqi');
    expect(low.alight).toBe('guomao');
    expect(low.legs.length).toBeGreaterThanOrEqual(2);
    expect(low.legs.length).toBeLessThanOrEqual(MODEL.maxRides);
    // Consecutive legs meet (or change by a link), and the route ends at 国贸.
    expect(low.legs[0]!.from).toBe('xierqi');
    expect(low.legs.at(-1)!.to).toBe('guomao');
    expect(trip.lowMin!).toBeGreaterThan(35);
    expect(trip.highMin!).toBeGreaterThan(trip.lowMin!);
    expect(trip.highMin!).toBeLessThan(110);
  });
});

describe('door to door', () => {
  const params = { scenario: 'now' as const, direction: 'to' as const };

  it('walks when the destination is near, and the ends differ by speed and detour', () => {
    const near: LngLat = [at('xierqi')[0] + 0.004, at('xierqi')[1]];
    const trip = doorToDoor(pointRegion(near), { kind: 'station', id: 'xierqi' }, metro, params);
    const km = pointKm(near, at('xierqi'));
    expect(trip.lowMin).toBeCloseTo(walkMin(km, 'low'), 6);
    expect(trip.highMin).toBeCloseTo(walkMin(km, 'high'), 6);
    expect(trip.routes.low).toEqual({ kind: 'walk', km });
  });

  it('says "beyond walking distance" for a place no station is within 2.5 km of', () => {
    const far: LngLat = [116.05, 40.12];
    const trip = doorToDoor(pointRegion(far), { kind: 'station', id: 'xierqi' }, metro, params);
    expect(trip).toMatchObject({ lowMin: null, highMin: null, reason: 'beyond-walk' });
  });

  it('gives no upper bound where part of a wide region is beyond walking distance', () => {
    const trip = doorToDoor(pointRegion(at('xierqi'), 4), { kind: 'station', id: 'zhongguancun' }, metro, params);
    expect(trip.reason).toBe('partly-beyond-walk');
    expect(trip.lowMin).not.toBeNull();
    expect(trip.highMin).toBeNull();
  });

  it('contains the point model: random points of a park’s region fall inside the region’s interval', () => {
    // 中关村(海淀)量子科技未来产业园 (±300 m) and 学院路科技园·东升园 (landmark level).
    for (const id of ['zgc-haidian-quantum-future-industry-park', 'xueyuan-road-science-park-dongsheng']) {
      const park = PARKS.find((p) => p.id === id)!;
      for (const dest of ['xierqi', 'guomao', 'wudaokou']) {
        const trip = doorToDoor(park.region, { kind: 'station', id: dest }, metro, params);
        expect(trip.reason, `${id} → ${dest}`).toBe('ok');
        let seed = 7;
        const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
        for (let k = 0; k < 12; k++) {
          const r = park.region.radiusKm * Math.sqrt(rand());
          const a = 2 * Math.PI * rand();
          const p: LngLat = [
            park.region.center[0] + (r * Math.cos(a)) / (111.2 * Math.cos((park.region.center[1] * Math.PI) / 180)),
            park.region.center[1] + (r * Math.sin(a)) / 111.2,
          ];
          const point = doorToDoor(pointRegion(p), { kind: 'station', id: dest }, metro, params);
          expect(point.lowMin!, `${id} → ${dest}`).toBeGreaterThanOrEqual(trip.lowMin! - 1e-9);
          expect(point.highMin!, `${id} → ${dest}`).toBeLessThanOrEqual(trip.highMin! + 1e-9);
        }
      }
    }
  });

  it('is never slower after the plan, for every park and default destination, both ends, both ways', () => {
    for (const park of PARKS) {
      const access = walkableStations(park.region, metro);
      for (const dest of DEFAULT_DESTINATIONS.map((d) => d.id)) {
        for (const direction of ['to', 'from'] as const) {
          const trip = (scenario: 'now' | 'plan') =>
            doorToDoor(park.region, { kind: 'station', id: dest }, metro, { scenario, direction }, access);
          const [now, plan] = [trip('now'), trip('plan')];
          if (now.lowMin !== null)
            expect(plan.lowMin!, `${park.id} ${direction} ${dest}`).toBeLessThanOrEqual(now.lowMin + 1e-9);
          if (now.highMin !== null)
            expect(plan.highMin!, `${park.id} ${direction} ${dest}`).toBeLessThanOrEqual(now.highMin + 1e-9);
        }
      }
    }
  });

  it('the plan’s extension helps where it runs: 北沙滩 to 西三旗 area is quicker with Line 19 north', () => {
    const from = pointRegion(at('beishatan'));
    const now = doorToDoor(from, { kind: 'station', id: 'xinlongze' }, metro, { scenario: 'now', direction: 'to' });
    const plan = doorToDoor(from, { kind: 'station', id: 'xinlongze' }, metro, { scenario: 'plan', direction: 'to' });
    expect(plan.lowMin!).toBeLessThan(now.lowMin ?? Infinity);
    const route = plan.routes.low!;
    expect(route.kind === 'metro' && route.legs.map((l) => l.lineId)).toEqual(['L19N']);
  });
});
