/* eslint-disable @typescript-eslint/no-explicit-any -- the raw JSON of the data files, checked field by field against the contract */
/** The data contract, checked through the same schemas the build uses (src/lib/schema.ts DATASETS). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { bbox, booleanPointInPolygon, distance, kinks, pointToPolygonDistance, polygon } from '@turf/turf';
import { DATASETS, validateDataset, type DatasetPath } from '../../../src/lib/schema.ts';
import { validateAll } from '../../../scripts/vite-plugin-data.ts';

const ROOT = new URL('../../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, ROOT), 'utf8');
const json = <T = any>(file: string): T => JSON.parse(read(file));

describe('every dataset validates', () => {
  it('passes the build-time check with no problem', () => {
    expect(validateAll(new URL('.', ROOT).pathname).errors).toEqual([]);
  });
  it.each(Object.keys(DATASETS) as DatasetPath[])('%s has provenance on every feature', (file) => {
    const data = json(file);
    if (!('features' in data)) return;
    for (const f of data.features) {
      const p = f.properties;
      const prov = p.provenance ?? p.geocode;
      expect(prov, `${file} ${p.id}`).toBeDefined();
      if (p.geocode) {
        // A hand-placed point says in both languages what it was placed from.
        expect(p.geocode.basis.zh.length, `${file} ${p.id} basis.zh`).toBeGreaterThan(9);
        expect(p.geocode.basis.en.length, `${file} ${p.id} basis.en`).toBeGreaterThan(9);
      } else {
        expect(String(prov.basis).length, `${file} ${p.id} basis`).toBeGreaterThan(9);
      }
    }
  });
});

describe('parks', () => {
  const parks = json('data/parks.geojson').features;
  const district = json('geo/boundary.geojson').features[0];
  const towns = json('geo/towns.geojson').features;

  it('has exactly 18 parks with unique ids and seq 1–18', () => {
    expect(parks).toHaveLength(18);
    expect(new Set(parks.map((f: any) => f.properties.id)).size).toBe(18);
    expect(parks.map((f: any) => f.properties.seq).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });
  it('lists floor areas that add up to 3,716,200 m² (the plan says "about 368万")', () => {
    expect(parks.reduce((s: number, f: any) => s + f.properties.floorAreaM2, 0)).toBe(3716200);
  });
  it('places every park inside the district', () => {
    for (const f of parks) expect(booleanPointInPolygon(f.geometry, district), f.properties.id).toBe(true);
  });
  it('puts each park whose town the plan names inside that town, or explains the enclave', () => {
    for (const f of parks.filter((x: any) => x.properties.town.basis === 'plan')) {
      const town = towns.find((t: any) => t.properties.name.zh === f.properties.town.zh);
      expect(town, `town ${f.properties.town.zh}`).toBeDefined();
      const inside = booleanPointInPolygon(f.geometry, town);
      if (!inside) {
        expect(f.properties.geocode.basis.en, f.properties.id).toMatch(/enclave/i);
        expect(f.properties.geocode.basis.zh, f.properties.id).toMatch(/飞地/);
      }
    }
  });
  it('gives location-based towns that really contain the point', () => {
    for (const f of parks.filter((x: any) => x.properties.town.basis === 'location')) {
      const town = towns.find((t: any) => t.properties.name.zh === f.properties.town.zh);
      expect(town && booleanPointInPolygon(f.geometry, town), f.properties.id).toBe(true);
    }
  });
});

describe('placement of parks and plan projects (geocode)', () => {
  const district = json('geo/boundary.geojson').features[0];
  const [minLng, minLat, maxLng, maxLat] = bbox(district);
  const items = ['data/parks.geojson', 'data/plan-projects.geojson'].flatMap((file) =>
    json(file).features.map((f: any) => [`${file} ${f.properties.id}`, f] as [string, any]),
  );
  const withRegion = items.filter(([, f]) => f.properties.geocode.region);

  it.each(items)('%s: basis in both languages, accuracyM > 0', (_name, f) => {
    const g = f.properties.geocode;
    expect(g.basis.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(g.basis.zh.length).toBeGreaterThan(20);
    expect(g.basis.en.length).toBeGreaterThan(40);
    expect(g.basis.en).not.toBe(g.basis.zh);
    expect(g.accuracyM).toBeGreaterThan(0);
  });
  it('has at least the region of park 8 (东升科技园三期)', () => {
    expect(withRegion.map(([, f]) => f.properties.id)).toContain('zgc-dongsheng-phase-3-dongpan');
  });
  it.each(withRegion)('%s: the region is one closed ring that contains the point, inside the district bbox', (_name, f) => {
    const g = f.properties.geocode;
    expect(g.region.type).toBe('Polygon');
    expect(g.region.coordinates).toHaveLength(1);
    const ring: [number, number][] = g.region.coordinates[0];
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring.at(-1)).toEqual(ring[0]);
    expect(kinks(polygon(g.region.coordinates)).features).toHaveLength(0);
    expect(booleanPointInPolygon(f.geometry, g.region)).toBe(true);
    for (const [lng, lat] of ring) {
      expect(lng).toBeGreaterThanOrEqual(minLng);
      expect(lng).toBeLessThanOrEqual(maxLng);
      expect(lat).toBeGreaterThanOrEqual(minLat);
      expect(lat).toBeLessThanOrEqual(maxLat);
    }
    // The basis says how the region was drawn, and accuracyM reaches the region's farthest vertex.
    expect(g.basis.en).toMatch(/Region:/);
    expect(g.basis.zh).toMatch(/范围多边形/);
    const farthest = Math.max(...ring.map((v) => distance(f.geometry.coordinates, v, { units: 'meters' })));
    expect(farthest).toBeLessThanOrEqual(g.accuracyM);
  });
});

describe('transit', () => {
  const stations = json('geo/transit-stations.geojson').features;
  const lines = json('geo/transit-lines.geojson').features;
  const district = json('geo/boundary.geojson').features[0];
  it('has every station with a position inside the district or within 3 km of it', () => {
    for (const s of stations.filter((x: any) => x.geometry)) {
      const inside = booleanPointInPolygon(s.geometry, district);
      const km = inside ? 0 : Math.abs(pointToPolygonDistance(s.geometry, district, { units: 'kilometers' }));
      expect(km, s.properties.id).toBeLessThanOrEqual(3);
    }
  });
  it('gives every line a status, and marks the Line 19 northern extension as indicative and planned', () => {
    for (const l of lines) expect(['open', 'under-construction', 'planned']).toContain(l.properties.status);
    const l19n = lines.find((l: any) => l.properties.id === 'L19N').properties;
    expect(l19n).toMatchObject({ status: 'planned', indicative: true });
    const l18 = lines.find((l: any) => l.properties.id === 'L18').properties;
    expect(l18).toMatchObject({ status: 'open', openingYear: 2025 });
  });
  it('puts 北沙滩 station within 600 m of the park at 清华东路38号', () => {
    const park = json('data/parks.geojson').features.find((f: any) => f.properties.location.zh.startsWith('清华东路38号'));
    const station = stations.find((s: any) => s.properties.name.zh === '北沙滩');
    expect(distance(park.geometry, station.geometry, { units: 'meters' })).toBeLessThan(600);
  });
  it('keeps geo/ under about 1 MB', () => {
    const total = Object.keys(DATASETS).filter((f) => f.startsWith('geo/')).reduce((s, f) => s + read(f).length, 0);
    expect(total).toBeLessThan(1_100_000);
  });
});

describe('a corrupted data file fails with file, feature and field named', () => {
  const parksText = read('data/parks.geojson');
  const mutate = (fn: (d: any) => void) => {
    const d = JSON.parse(parksText);
    fn(d);
    return JSON.stringify(d);
  };
  it.each<[string, string, RegExp]>([
    ['missing field', mutate((d) => delete d.features[2].properties.floorAreaM2), /^data\/parks\.geojson › feature #2 \(zgc-wenquan-science-park-phase-2\) › floorAreaM2: /],
    ['wrong type', mutate((d) => (d.features[0].properties.floorAreaM2 = '12.1万')), /feature #0 \(zgc-bonded-zone-phase-1\) › floorAreaM2: .*number/],
    ['coordinates out of range', mutate((d) => (d.features[4].geometry.coordinates = [40.0, 116.3])), /feature #4 \(ic-design-park-phase-2\) › geometry\.coordinates: position out of range/],
    ['duplicate id', mutate((d) => (d.features[5].properties.id = d.features[1].properties.id)), /feature #5 \(beijing-agi-innovation-park-pilot-zone\) › id: duplicate id, first used by #1/],
    ['broken geometry', mutate((d) => (d.features[7].geometry = { type: 'Point' })), /feature #7 \(zgc-dongsheng-phase-3-dongpan\) › geometry\.coordinates/],
    ['bad bilingual name', mutate((d) => (d.features[9].properties.name = { zh: '永丰' })), /feature #9 \(yongfeng-digital-tech-center\) › name\.en/],
    ['not JSON', parksText.slice(0, 500), /^data\/parks\.geojson › \(file\): invalid JSON/],
    ['wrong encoding', parksText.replace('温泉镇', '\uFFFD\uFFFD'), /^data\/parks\.geojson › \(file\): not valid UTF-8/],
    ['English-only basis', mutate((d) => (d.features[2].properties.geocode.basis = d.features[2].properties.geocode.basis.en)), /feature #2 \(zgc-wenquan-science-park-phase-2\) › geocode\.basis: /],
    ['missing accuracyM', mutate((d) => delete d.features[3].properties.geocode.accuracyM), /feature #3 \(zgc-xibeiwang-science-park-phase-1\) › geocode\.accuracyM: /],
    ['region with a hole', mutate((d) => (d.features[7].properties.geocode.region.coordinates.push(d.features[7].properties.geocode.region.coordinates[0]))), /feature #7 \(zgc-dongsheng-phase-3-dongpan\) › geocode\.region\.coordinates: /],
  ])('%s', (_n, text, message) => {
    const result = validateDataset('data/parks.geojson', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('names an unknown industry id', () => {
    const text = mutate((d) => (d.features[17].properties.industries = ['quantum', 'teleportation']));
    const result = validateDataset('data/parks.geojson', text, { industryIds: new Set(json<{ id: string }[]>('data/industries.json').map((i) => i.id)) });
    expect(result.ok ? '' : result.errors.join('\n')).toMatch(/feature #17 \(zgc-haidian-quantum-future-industry-park\) › industries\.1: unknown industry "teleportation"/);
  });

  it('data/plan-projects.geojson: a missing category and an out-of-range point are named', () => {
    const d = json('data/plan-projects.geojson');
    delete d.features[3].properties.category;
    d.features[0].geometry.coordinates = [216.2, 40.05];
    const result = validateDataset('data/plan-projects.geojson', JSON.stringify(d));
    const errors = result.ok ? '' : result.errors.join('\n');
    expect(errors).toMatch(/^data\/plan-projects\.geojson › feature #0 \(haidian-north-medical-center\) › geometry\.coordinates: position out of range/m);
    expect(errors).toMatch(/^data\/plan-projects\.geojson › feature #3 \(shangdi-industrial-base-demo-block\) › category: /m);
  });

  it('data/industries.json: a wrong type is named with its entry and field', () => {
    const d = json<{ id: string; zh: string; en: unknown }[]>('data/industries.json');
    d[2]!.en = 42;
    const result = validateDataset('data/industries.json', JSON.stringify(d));
    expect(result.ok ? '' : result.errors.join('\n')).toMatch(/^data\/industries\.json › entry #2 \(biomed\) › en: .*string/);
  });

  // (The metro network is not a feature collection: tests/unit/data/metro-network.test.ts corrupts it line by line.)
  it.each(Object.keys(DATASETS).filter((f) => f.startsWith('geo/') && f.endsWith('.geojson')) as DatasetPath[])('%s: a missing name is reported with its feature', (file) => {
    const d = json(file);
    delete d.features[0].properties.name;
    const result = validateDataset(file, JSON.stringify(d));
    expect(result.ok ? '' : result.errors[0]).toMatch(new RegExp(`^${file.replace(/[./]/g, '\\$&')} › feature #0 \\(.+\\) › name: `));
  });
});
