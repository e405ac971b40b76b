import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, coordAll, distance } from '@turf/turf';

type Park = {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string;
    seq: number;
    name: { zh: string; en: string };
    location: { zh: string; en: string };
    scale: { zh: string; en: string };
    town: { zh: string; en: string; basis: 'plan' | 'location' };
    floorAreaM2: number;
    aboveGroundAreaM2: number | null;
    expansionAreaM2?: number;
    expansionIsLowerBound?: boolean;
    positioning: { zh: string; en: string };
    industries: string[];
    geocode: {
      precision: string;
      basis: { zh: string; en: string };
      accuracyM: number;
      source: string;
      region?: { type: 'Polygon'; coordinates: [number, number][][] };
    };
  };
};

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as T;
const parks = readJson<{ type: string; features: Park[] }>('../../../data/parks.geojson').features;
const industries = readJson<{ id: string; zh: string; en: string }[]>('../../../data/industries.json');
const towns = readJson<{ features: Feature<Polygon | MultiPolygon, { name: { zh: string } }>[] }>('../../../geo/towns.geojson').features;
/** Metres from a point to the farthest vertex of a town polygon (all its parts). */
const farthestVertexM = (point: [number, number], townZh: string) => {
  const town = towns.find((t) => t.properties.name.zh === townZh);
  if (!town) throw new Error(`no town ${townZh}`);
  return Math.max(...coordAll(town).map((v) => distance(point, v, { units: 'meters' })));
};

// Typed from the plan (高品质产业空间): seq, 项目名称, 总建筑面积/建筑面积 (m²), 地上 (m²), 扩展空间 (m²).
const EXPECTED: [number, string, number, number | null, number | null][] = [
  [1, '中关村综保区(一期)', 121000, 79000, null],
  [2, '北京通用人工智能创新园先导区', 96500, 56800, null],
  [3, '中关村温泉科技园二期', 304000, 179000, null],
  [4, '中关村西北旺科技园一期', 240000, 140000, null],
  [5, '集成电路设计园二期', 35000, null, 100000],
  [6, '东升科技园·海开园', 240400, 155700, null],
  [7, '学院路科技园·东升园', 238300, 123500, null],
  [8, '中关村东升科技园三期-东畔科创中心', 254000, 150000, null],
  [9, '国家网络安全产业园(核心区)', 173200, 101000, null],
  [10, '永丰数字科技中心', 327600, 200000, null],
  [11, '中关村永丰产业基地·芯域(一期)', 154900, 100000, null],
  [12, '翠湖驭智产业园', 78400, 45000, null],
  [13, '苏家坨镇一镇一园集体产业用地北京协同创新园', 280000, 185600, null],
  [14, '中关村科学城国际医谷', 807000, 591500, null],
  [15, '四季青生命科技园', 136400, 74300, null],
  [16, '中关村科学城四季科创中心', 147400, 85300, null],
  [17, '海星医药健康创新园B区', 60100, 30000, null],
  [18, '中关村(海淀)量子科技未来产业园', 22000, 18000, null],
];

// OSM station node 北沙滩 (Line 15), WGS-84.
const BEISHATAN: [number, number] = [116.3620432, 40.0001238];

describe('data/parks.geojson facts', () => {
  it('has exactly 18 Point features in a FeatureCollection', () => {
    expect(parks).toHaveLength(18);
    for (const f of parks) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
    }
  });

  it.each(EXPECTED)('park %i %s has the plan figures', (seq, nameZh, floor, above, expansion) => {
    const f = parks[seq - 1]!;
    expect(f.properties.seq).toBe(seq);
    expect(f.properties.name.zh).toBe(nameZh);
    expect(f.properties.floorAreaM2).toBe(floor);
    expect(f.properties.aboveGroundAreaM2).toBe(above);
    if (expansion === null) {
      expect(f.properties).not.toHaveProperty('expansionAreaM2');
      expect(f.properties).not.toHaveProperty('expansionIsLowerBound');
    } else {
      expect(f.properties.expansionAreaM2).toBe(expansion);
      expect(f.properties.expansionIsLowerBound).toBe(true);
    }
  });

  it('floor areas sum to 3,716,200 m²', () => {
    expect(parks.reduce((s, f) => s + f.properties.floorAreaM2, 0)).toBe(3716200);
  });

  it('seq runs 1..18 in order', () => {
    expect(parks.map((f) => f.properties.seq)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('ids are unique kebab-case', () => {
    const ids = parks.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every industry id exists in industries.json and each park has at least one', () => {
    const known = new Set(industries.map((i) => i.id));
    expect(known.size).toBe(industries.length);
    for (const f of parks) {
      expect(f.properties.industries.length).toBeGreaterThan(0);
      expect(new Set(f.properties.industries).size).toBe(f.properties.industries.length);
      for (const id of f.properties.industries) expect(known.has(id), `${f.properties.id}: ${id}`).toBe(true);
    }
  });

  it('industries.json holds the required ids', () => {
    const known = new Set(industries.map((i) => i.id));
    for (const id of [
      'ai',
      'ic',
      'biomed',
      'smart-manufacturing',
      'new-materials',
      'next-gen-it',
      'digital-economy',
      'aerospace',
      'autonomous-systems',
      'cybersecurity',
      'quantum',
      'fintech',
      'future-energy',
      'tech-services',
    ])
      expect(known.has(id), id).toBe(true);
    for (const i of industries) {
      expect(i.zh.length).toBeGreaterThan(0);
      expect(i.en.length).toBeGreaterThan(0);
    }
  });

  it('floor area >= 200,000 m² gives exactly 8 parks', () => {
    expect(parks.filter((f) => f.properties.floorAreaM2 >= 200000)).toHaveLength(8);
  });

  it('the park at 清华东路38号 is within 600 m of 北沙滩 station', () => {
    const f = parks.find((p) => p.properties.location.zh.startsWith('清华东路38号'));
    expect(f).toBeDefined();
    const d = distance(f!.geometry.coordinates, BEISHATAN, { units: 'meters' });
    expect(d).toBeLessThanOrEqual(600);
  });

  it('coordinates are rounded to 6 decimals and inside the Haidian bounding box', () => {
    for (const f of parks) {
      const [lng, lat] = f.geometry.coordinates;
      expect(Math.round(lng * 1e6) / 1e6).toBe(lng);
      expect(Math.round(lat * 1e6) / 1e6).toBe(lat);
      expect(lng).toBeGreaterThan(116.03);
      expect(lng).toBeLessThan(116.42);
      expect(lat).toBeGreaterThan(39.88);
      expect(lat).toBeLessThan(40.17);
    }
  });

  it('no two parks share a point', () => {
    for (let a = 0; a < parks.length; a++)
      for (let b = a + 1; b < parks.length; b++) {
        const d = distance(parks[a]!.geometry.coordinates, parks[b]!.geometry.coordinates, { units: 'meters' });
        expect(d, `${parks[a]!.properties.id} / ${parks[b]!.properties.id}`).toBeGreaterThan(150);
      }
  });

  it('towns, texts and geocode metadata are filled in', () => {
    for (const f of parks) {
      const p = f.properties;
      for (const t of [p.name, p.location, p.scale, p.positioning]) {
        expect(t.zh.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
      }
      expect(p.town.zh).toMatch(/(镇|街道)$/);
      expect(p.town.en).toMatch(/ (Town|Subdistrict)$/);
      expect(['plan', 'location']).toContain(p.town.basis);
      if (p.town.basis === 'plan') expect(p.location.zh).toContain(p.town.zh);
      expect(['address', 'landmark', 'area', 'town']).toContain(p.geocode.precision);
      expect(p.geocode.basis.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.geocode.basis.zh.length).toBeGreaterThan(20);
      expect(p.geocode.basis.en.length).toBeGreaterThan(20);
      expect(p.geocode.source.length).toBeGreaterThan(0);
      expect(p.geocode.accuracyM).toBeGreaterThan(0);
    }
  });

  it('a town-level park that may lie anywhere in its town has a disc covering the whole town polygon', () => {
    const wholeTown = parks.filter((f) => /covers the whole town/.test(f.properties.geocode.basis.en));
    expect(wholeTown.map((f) => f.properties.seq)).toEqual([1, 3, 4, 6, 13]);
    for (const f of wholeTown) {
      const p = f.properties;
      expect(p.geocode.precision).toBe('town');
      expect(p.geocode.basis.zh, p.id).toContain('覆盖全镇');
      const far = farthestVertexM(f.geometry.coordinates, p.town.zh);
      // accuracyM is that distance rounded up to 500 m.
      expect(p.geocode.accuracyM, p.id).toBe(Math.ceil(far / 500) * 500);
    }
  });

  it('park 8 (东升科技园三期) has the block NW of 北沙滩桥 as its region, containing the point and reached by accuracyM', () => {
    const f = parks[7]!;
    const region = f.properties.geocode.region;
    expect(region).toBeDefined();
    const ring = region!.coordinates[0]!;
    expect(region!.coordinates).toHaveLength(1);
    expect(ring.length - 1).toBeGreaterThanOrEqual(4);
    expect(ring.length - 1).toBeLessThanOrEqual(12);
    expect(ring.at(-1)).toEqual(ring[0]);
    expect(booleanPointInPolygon(f.geometry.coordinates, region!)).toBe(true);
    // Every vertex lies within 2 km of 北沙滩 station (the block is at the NW corner of 北沙滩桥; the west side is generous).
    for (const v of ring) expect(distance(v, BEISHATAN, { units: 'meters' })).toBeLessThan(2000);
    const far = Math.max(...ring.map((v) => distance(f.geometry.coordinates, v, { units: 'meters' })));
    expect(f.properties.geocode.accuracyM).toBeGreaterThanOrEqual(far);
    expect(f.properties.geocode.accuracyM).toBeLessThanOrEqual(Math.ceil(far / 50) * 50);
    for (const road of ['京藏高速', '清华东路', '石板房南路', '小月河东路', '学清路']) {
      expect(f.properties.geocode.basis.en).toContain(road);
      expect(f.properties.geocode.basis.zh).toContain(road);
    }
  });

  it('uses the plan town names verbatim where the plan gives one', () => {
    const byTown: Record<number, string> = {
      1: '温泉镇',
      3: '温泉镇',
      6: '东升镇',
      7: '东升镇',
      9: '四季青镇',
      10: '西北旺镇',
      11: '西北旺镇',
      12: '温泉镇',
      13: '苏家坨镇',
      14: '上庄镇',
      15: '四季青镇',
      17: '西北旺镇',
    };
    for (const [seq, town] of Object.entries(byTown)) {
      const p = parks[Number(seq) - 1]!.properties;
      expect(p.town).toMatchObject({ zh: town, basis: 'plan' });
    }
  });
});
