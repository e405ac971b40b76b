import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { shortRoadNameEn } from '../../../src/lib/road-names.ts';

describe('shortRoadNameEn', () => {
  it.each([
    ['North 6th Ring Road', 'N 6th Ring'],
    ['West 4th Ring Road', 'W 4th Ring'],
    ['Beijing–Tibet Expressway (Badaling Expressway)', 'Beijing–Tibet Expy'],
    ['Shangdi East Road', 'Shangdi E Rd'],
    ['Fuxingmenwai Street', 'Fuxingmenwai St'],
    ['Suzhou Street', 'Suzhou St'],
    ['Xierqi North Road', 'Xierqi N Rd'],
    // streets (class street)
    ['Shangdi 7th Street', 'Shangdi 7th St'],
    ['Zhongguancun North 2nd Street', 'Zhongguancun N 2nd St'],
    ['Xierqi Middle Road', 'Xierqi Middle Rd'],
    ['Gaoliangqiao Xiejie', 'Gaoliangqiao Xiejie'],
  ])('%s → %s', (full, short) => {
    expect(shortRoadNameEn(full)).toBe(short);
  });

  it('leaves a name with nothing to shorten as it is, and never returns an empty name', () => {
    expect(shortRoadNameEn('Zhongguancun')).toBe('Zhongguancun');
    expect(shortRoadNameEn('(Badaling)')).toBe('(Badaling)');
  });

  it('makes every ring road and expressway of geo/roads.geojson shorter, keeping the ring number', () => {
    const roads = JSON.parse(readFileSync('geo/roads.geojson', 'utf8')) as {
      features: { properties: { class: string; name: { en: string } } }[];
    };
    const major = roads.features.filter((f) => ['ring', 'expressway'].includes(f.properties.class));
    expect(major.length).toBeGreaterThan(5);
    for (const f of major) {
      const { en } = f.properties.name;
      expect(shortRoadNameEn(en).length, en).toBeLessThan(en.length);
      expect(shortRoadNameEn(en), en).toContain(en.match(/\d+\w\w/)?.[0] ?? '');
    }
  });
});

describe("the map's copy of the roads (scripts/vite-plugin-data.ts mapCopy)", () => {
  it('carries the short English name where it is shorter, and only for roads', async () => {
    const { mapCopy, validateAll } = await import('../../../scripts/vite-plugin-data.ts');
    const { data } = validateAll(process.cwd());
    const roads = mapCopy('geo/roads.geojson', (data.get('geo/roads.geojson') as { features: never[] }).features);
    const ring = roads.features.find((f) => f.properties.name_en === 'North 4th Ring Road');
    expect(ring?.properties.name_en_short).toBe('N 4th Ring');
    const street = roads.features.find((f) => f.properties.name_zh === '上地七街');
    expect(street?.properties).toMatchObject({ class: 'street', name_en_short: 'Shangdi 7th St' });
    const water = mapCopy('geo/water.geojson', (data.get('geo/water.geojson') as { features: never[] }).features);
    expect(water.features.some((f) => 'name_en_short' in f.properties)).toBe(false);
  });
});
