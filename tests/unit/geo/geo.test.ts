import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';

const geoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../geo');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Props = Record<string, any>;
type FC = FeatureCollection<Geometry | null, Props>;
const load = (name: string): FC => JSON.parse(fs.readFileSync(path.join(geoDir, name), 'utf8')) as FC;

const FILES = [
  'boundary.geojson',
  'towns.geojson',
  'roads.geojson',
  'water.geojson',
  'green.geojson',
  'transit-lines.geojson',
  'transit-stations.geojson',
];

const boundary = load('boundary.geojson');
const district = boundary.features[0] as Feature<Polygon | MultiPolygon, Props>;
const districtOutline = turf.polygonToLine(district);
const outlineLines = (
  districtOutline.type === 'FeatureCollection' ? districtOutline.features : [districtOutline]
) as Feature<Geometry>[];

/** metres from the district (0 inside) */
function distToDistrict(c: Position): number {
  const pt = turf.point(c);
  if (turf.booleanPointInPolygon(pt, district)) return 0;
  let best = Infinity;
  for (const l of outlineLines) {
    const lines = l.geometry.type === 'LineString' ? [l.geometry] : (l.geometry as GeoJSON.MultiLineString).coordinates.map((coordinates) => ({ type: 'LineString' as const, coordinates }));
    for (const g of lines) best = Math.min(best, turf.pointToLineDistance(pt, turf.lineString(g.coordinates as Position[]), { units: 'meters' }));
  }
  return best;
}

function allCoords(g: Geometry | null): Position[] {
  if (!g) return [];
  switch (g.type) {
    case 'Point': return [g.coordinates];
    case 'LineString': case 'MultiPoint': return g.coordinates;
    case 'Polygon': case 'MultiLineString': return g.coordinates.flat();
    case 'MultiPolygon': return g.coordinates.flat(2);
    default: return [];
  }
}

describe('geo/ files', () => {
  it('all exist, are FeatureCollections and total < 1.1 MB', () => {
    let total = 0;
    for (const f of fs.readdirSync(geoDir)) total += fs.statSync(path.join(geoDir, f)).size;
    for (const f of FILES) expect(load(f).type).toBe('FeatureCollection');
    expect(total).toBeLessThan(1.1 * 1024 * 1024);
  });

  it('every feature has provenance.basis and provenance.source', () => {
    for (const f of FILES) {
      for (const ft of load(f).features) {
        const p = ft.properties.provenance;
        expect(typeof p?.basis, `${f} ${ft.properties.id}`).toBe('string');
        expect(p.basis.length).toBeGreaterThan(0);
        expect(typeof p.source, `${f} ${ft.properties.id}`).toBe('string');
        expect(p.source.length).toBeGreaterThan(0);
        if (p.accuracyM !== undefined) expect(p.accuracyM).toBeGreaterThan(0);
      }
    }
  });

  it('every feature has an id and a bilingual name; ids are unique per file', () => {
    for (const f of FILES) {
      const ids = new Set<string>();
      for (const ft of load(f).features) {
        expect(typeof ft.properties.id).toBe('string');
        expect(ft.properties.name?.zh, `${f} ${ft.properties.id}`).toMatch(/\S/);
        expect(ft.properties.name?.en, `${f} ${ft.properties.id}`).toMatch(/\S/);
        expect(ids.has(ft.properties.id), `duplicate ${ft.properties.id} in ${f}`).toBe(false);
        ids.add(ft.properties.id);
      }
    }
  });

  it('coordinates are WGS-84 lng/lat around Haidian and rounded to at most 5 decimals', () => {
    for (const f of FILES) {
      for (const ft of load(f).features) {
        for (const c of allCoords(ft.geometry)) {
          const x = c[0] as number;
          const y = c[1] as number;
          expect(x).toBeGreaterThan(115.9);
          expect(x).toBeLessThan(116.5);
          expect(y).toBeGreaterThan(39.8);
          expect(y).toBeLessThan(40.25);
          expect(Math.abs(x * 1e5 - Math.round(x * 1e5))).toBeLessThan(1e-3);
          expect(Math.abs(y * 1e5 - Math.round(y * 1e5))).toBeLessThan(1e-3);
        }
      }
    }
  });
});

describe('boundary and towns', () => {
  const towns = load('towns.geojson');

  it('boundary is one Haidian polygon', () => {
    expect(boundary.features).toHaveLength(1);
    expect(district.properties.id).toBe('haidian');
    expect(['Polygon', 'MultiPolygon']).toContain(district.geometry.type);
    const km2 = turf.area(district) / 1e6;
    expect(km2).toBeGreaterThan(420);
    expect(km2).toBeLessThan(440);
  });

  it('has 29 towns with unique ids and names', () => {
    expect(towns.features).toHaveLength(29);
    const ids = towns.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(29);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(towns.features.map((f) => f.properties.name.zh)).size).toBe(29);
    expect(new Set(towns.features.map((f) => f.properties.name.en)).size).toBe(29);
    for (const f of towns.features) expect(['subdistrict', 'town']).toContain(f.properties.kind);
    expect(towns.features.filter((f) => f.properties.kind === 'town')).toHaveLength(7);
    const zh = towns.features.map((f) => f.properties.name.zh);
    expect(zh).toContain('海淀镇');
    expect(zh).not.toContain('万柳镇');
  });

  it('each labelPoint lies inside its town polygon', () => {
    for (const f of towns.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry?.type);
      const inside = turf.booleanPointInPolygon(turf.point(f.properties.labelPoint), f as Feature<Polygon | MultiPolygon>);
      expect(inside, f.properties.id).toBe(true);
    }
  });

  it('towns tile the district (areas add up to within 0.5 %)', () => {
    const sum = towns.features.reduce((s, f) => s + turf.area(f as Feature<Polygon>), 0);
    expect(Math.abs(sum - turf.area(district)) / turf.area(district)).toBeLessThan(0.005);
  });
});

/** Line 19 northern extension, main line in planned order (the branch leaves at 上清桥南 for 清河站). */
const L19N_MAIN = ['牡丹园', '北沙滩', '上清桥南', '清河小营桥', '西三旗', '新龙泽', '生命科学园南', '生命谷'];
/** Its five new stations: placed at their namesake landmarks, no published positions. */
const L19N_NEW = ['上清桥南', '西三旗', '新龙泽', '生命科学园南', '生命谷'];

describe('transit', () => {
  const lines = load('transit-lines.geojson');
  const stations = load('transit-stations.geojson');
  const lineById = new Map(lines.features.map((f) => [f.properties.id as string, f]));

  it('every line has a status and a colour', () => {
    for (const f of lines.features) {
      expect(['open', 'under-construction', 'planned'], f.properties.id).toContain(f.properties.status);
      expect(f.properties.colour, f.properties.id).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(typeof f.properties.indicative).toBe('boolean');
    }
  });

  it('has the key lines with the expected status', () => {
    for (const id of ['L4', 'L10', 'L13', 'L16', 'L18', 'CP', 'XJ']) expect(lineById.get(id)?.properties.status, id).toBe('open');
    expect(lineById.get('L18')?.properties.openingYear).toBe(2025);
    expect(lineById.get('L18')?.properties.note?.zh).toContain('13号线扩能提升工程');
  });

  it('L19N is planned and indicative with a schematic geometry', () => {
    const f = lineById.get('L19N')!;
    expect(f.properties.indicative).toBe(true);
    expect(f.properties.status).toBe('planned');
    expect(f.properties.openingYear).toBe(2029);
    expect(f.properties.note.zh).toBe('规划线路走向示意，尚未公布');
    expect(f.geometry).not.toBeNull();
  });

  it('L13-upgrade has no geometry', () => {
    const f = lineById.get('L13-upgrade')!;
    expect(f.geometry).toBeNull();
    expect(f.properties.status).toBe('under-construction');
    expect(f.properties.indicative).toBe(true);
  });

  it('every station with geometry lies inside the district or within 3 km of it', () => {
    for (const f of stations.features) {
      if (!f.geometry) continue;
      const d = distToDistrict((f.geometry as Point).coordinates);
      expect(d, f.properties.id).toBeLessThanOrEqual(3000);
    }
  });

  it('stations have unique ids, valid lines and statuses', () => {
    expect(new Set(stations.features.map((f) => f.properties.id)).size).toBe(stations.features.length);
    for (const f of stations.features) {
      expect(f.properties.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['open', 'under-construction', 'planned']).toContain(f.properties.status);
      expect(f.properties.lines.length).toBeGreaterThan(0);
      for (const l of f.properties.lines) expect(lineById.has(l), `${f.properties.id}: ${l}`).toBe(true);
    }
    const byZh = new Map(stations.features.map((f) => [f.properties.name.zh as string, f]));
    for (const zh of ['北沙滩', '清河小营桥', '清河站', '牡丹园']) {
      const s = byZh.get(zh)!;
      expect(s.properties.status).toBe('open');
      expect(s.properties.lines).toContain('L19N');
      expect(s.properties.plannedLines).toEqual(['L19N']);
    }
    for (const zh of L19N_NEW) {
      const s = byZh.get(zh)!;
      expect(s.geometry?.type, zh).toBe('Point');
      expect(s.properties.indicative, zh).toBe(true);
      expect(s.properties.status).toBe('planned');
      expect(s.properties.openingYear).toBe(2029);
      expect(s.properties.lines).toEqual(['L19N']);
    }
  });

  it('every indicative station is planned, placed at a landmark and says how precisely (accuracyM 200–3000 m)', () => {
    const indicative = stations.features.filter((f) => f.properties.indicative === true);
    expect(indicative.map((f) => f.properties.name.zh).sort()).toEqual([...L19N_NEW].sort());
    for (const f of indicative) {
      const p = f.properties;
      expect(p.status, p.id).toBe('planned');
      expect(['address', 'landmark', 'area', 'town'], p.id).toContain(p.precision);
      expect(f.geometry?.type, p.id).toBe('Point');
      // the disc of accuracyM around the point is where the real station lies: neither falsely exact nor meaningless
      expect(p.provenance.accuracyM, p.id).toBeGreaterThanOrEqual(200);
      expect(p.provenance.accuracyM, p.id).toBeLessThanOrEqual(3000);
      expect(p.provenance.basis, p.id).toMatch(/not a published position/);
    }
    for (const f of stations.features) {
      if (f.properties.indicative !== true) expect(f.properties.precision, f.properties.id).toBeUndefined();
    }
  });

  it('each L19N station lies within its accuracyM of the indicative L19N alignment, in planned order', () => {
    const l19n = lineById.get('L19N')!;
    expect(l19n.geometry?.type).toBe('MultiLineString');
    const [main, branch] = (l19n.geometry as GeoJSON.MultiLineString).coordinates.map((c) => turf.lineString(c as Position[]));
    const parts = [main!, branch!];
    const served = stations.features.filter((f) => f.geometry && (f.properties.lines as string[]).includes('L19N'));
    expect(served.map((f) => f.properties.name.zh).sort()).toEqual([...L19N_MAIN, '清河站'].sort());
    const at = new Map<string, Position>(served.map((f) => [f.properties.name.zh as string, (f.geometry as Point).coordinates]));
    for (const f of served) {
      const c = (f.geometry as Point).coordinates;
      const d = Math.min(...parts.map((l) => turf.pointToLineDistance(c, l, { units: 'meters' })));
      expect(d, f.properties.id).toBeLessThanOrEqual(f.properties.provenance.accuracyM);
    }
    // along the main line the stations come in the planned order; the branch runs 上清桥南 → 清河站
    const along = (l: Feature<GeoJSON.LineString>, zh: string) => turf.nearestPointOnLine(l, turf.point(at.get(zh)!)).properties.location;
    const mainPos = L19N_MAIN.map((zh) => along(main!, zh));
    for (let i = 1; i < mainPos.length; i++) expect(mainPos[i]!, `${L19N_MAIN[i - 1]} → ${L19N_MAIN[i]}`).toBeGreaterThan(mainPos[i - 1]!);
    expect(along(branch!, '上清桥南')).toBeLessThan(along(branch!, '清河站'));
    expect(turf.distance(branch!.geometry.coordinates[0]!, at.get('上清桥南')!, { units: 'meters' })).toBeLessThan(1);
  });
});

describe('roads, water, green', () => {
  const roads = load('roads.geojson');
  const streets = roads.features.filter((f) => f.properties.class === 'street');
  const lineParts = (f: Feature<Geometry | null, Props>) =>
    f.geometry?.type === 'LineString' ? [f.geometry.coordinates] : (f.geometry as GeoJSON.MultiLineString).coordinates;

  it('roads have a valid class and line geometry', () => {
    // 82 ring roads, expressways and arterials, and the named streets below them (191 when drawn)
    expect(roads.features.length - streets.length).toBeGreaterThanOrEqual(75);
    expect(roads.features.length - streets.length).toBeLessThanOrEqual(90);
    expect(streets.length).toBeGreaterThanOrEqual(150);
    expect(streets.length).toBeLessThanOrEqual(230);
    for (const f of roads.features) {
      expect(['ring', 'expressway', 'arterial', 'street']).toContain(f.properties.class);
      expect(['LineString', 'MultiLineString']).toContain(f.geometry?.type);
    }
    const zh = roads.features.map((f) => f.properties.name.zh);
    for (const n of ['北四环路', '京藏高速', '中关村大街', '北清路', '学院路']) expect(zh).toContain(n);
  });

  it('every street is our own drawing with its accuracy: provenance with basis, source and accuracyM', () => {
    for (const f of streets) {
      const p = f.properties.provenance;
      expect(p?.basis, f.properties.id).toMatch(/own centreline drawing/);
      expect(p?.source, f.properties.id).toMatch(/reference only, not redistributed/);
      expect(p?.accuracyM, f.properties.id).toBeGreaterThan(0);
      expect(p?.accuracyM, f.properties.id).toBeLessThanOrEqual(50);
    }
  });

  it.each([
    // [street, station, metres within which the street passes it]
    ['上地三街', '上地', 1000],
    ['上地九街', '西二旗', 600],
    ['西二旗中路', '西二旗', 1000],
    ['荷清路', '五道口', 300],
    ['王庄路', '五道口', 400],
    ['海淀中街', '海淀黄庄', 800],
  ])('has the street %s, passing %s station within %s m', (name, station, metres) => {
    const street = streets.find((f) => f.properties.name.zh === name);
    expect(street, name).toBeDefined();
    const at = load('transit-stations.geojson').features.find((f) => f.properties.name.zh === station && f.geometry);
    const c = (at!.geometry as Point).coordinates;
    const d = Math.min(
      ...lineParts(street!).map((l) => turf.pointToLineDistance(c, turf.lineString(l), { units: 'meters' })),
    );
    expect(d).toBeLessThanOrEqual(metres);
  });

  it('has the named streets around the north-western parks (温泉, 翠湖, 西北旺, 上地)', () => {
    const zh = streets.map((f) => f.properties.name.zh);
    for (const n of ['温北路', '翠湖北路', '黑山扈路', '上地七街']) expect(zh).toContain(n);
  });

  it('draws no street twice: no street has the name of a ring road, expressway or arterial, and ids are unique', () => {
    const main = new Set(roads.features.filter((f) => f.properties.class !== 'street').map((f) => f.properties.name.zh));
    expect(streets.filter((f) => main.has(f.properties.name.zh) || main.has(`${f.properties.name.zh}路`))).toEqual([]);
    expect(new Set(streets.map((f) => f.properties.name.zh)).size).toBe(streets.length);
    expect(new Set(roads.features.map((f) => f.properties.id)).size).toBe(roads.features.length);
  });

  it('every street lies within or within 1 km of the district', () => {
    const far = streets.filter((f) => !lineParts(f).flat().some((c) => distToDistrict(c) <= 1000));
    expect(far.map((f) => f.properties.name.zh)).toEqual([]);
  });

  it('water and green kinds are valid', () => {
    for (const f of load('water.geojson').features) expect(['lake', 'river', 'canal']).toContain(f.properties.kind);
    for (const f of load('green.geojson').features) expect(['park', 'scenic', 'campus', 'forest', 'wetland']).toContain(f.properties.kind);
  });
});
