import { describe, expect, it } from 'vitest';
import { countWithin, regionsInRadius } from '../../../src/lib/radius.ts';
import { radiusQuery } from '../../../src/lib/spatial.ts';
import { pointRegion } from '../../../src/lib/region.ts';
import type { Region } from '../../../src/lib/interval.ts';
import type { LngLat } from '../../../src/lib/schema.ts';
import { PARK_BY_ID, PARKS, STATIONS } from '../../../src/data/index.ts';

const KM_LAT = (Math.PI * 6371.0088) / 180; // km per degree of latitude (turf's R)
const O: LngLat = [116.3, 40];
const at = (northKm: number, eastKm = 0): LngLat => [
  O[0] + eastKm / (KM_LAT * Math.cos((O[1] * Math.PI) / 180)),
  O[1] + northKm / KM_LAT,
];
const disc = (northKm: number, radiusKm: number): Region => ({ center: at(northKm), radiusKm, rings: null });

type Item = { id: string; region: Region | null };
const ids = (hits: { item: Item; within: string }[]) => hits.map((h) => [h.item.id, h.within]);

describe('regionsInRadius', () => {
  it.each([
    // [case, region, expected within at 2 km, near km, far km]
    ['a surveyed point inside', pointRegion(at(1.5)), 'certain', 1.5, 1.5],
    ['a disc wholly inside', disc(1, 0.5), 'certain', 0.5, 1.5],
    ['a disc around the origin', disc(0.3, 1), 'certain', 0, 1.3],
    ['a disc across the edge', disc(2, 0.5), 'possible', 1.5, 2.5],
    ['a wide disc reaching in', disc(2.6, 1), 'possible', 1.6, 3.6],
  ] as const)('places %s (tolerance 5 m)', (_, region, within, nearKm, farKm) => {
    const [hit] = regionsInRadius(O, 2, [{ id: 'x', region }], (i) => i.region);
    expect(hit?.within).toBe(within);
    expect(hit!.range.nearKm).toBeCloseTo(nearKm, 2);
    expect(hit!.range.farKm).toBeCloseTo(farKm, 2);
  });

  it.each([
    ['a disc wholly outside', disc(3, 0.5)],
    ['a surveyed point outside', pointRegion(at(2.2))],
    ['no position', null],
  ] as const)('leaves out %s', (_, region) => {
    expect(regionsInRadius(O, 2, [{ id: 'x', region }], (i) => i.region)).toEqual([]);
  });

  it('honours a region clipped to a polygon: only the clipped part counts', () => {
    // A 5 km disc around a point 1 km north, clipped to the square 2.5–3.5 km north, ±0.5 km east: near 2.5 km, far √(3.5² + 0.5²).
    const square = [at(2.5, -0.5), at(2.5, 0.5), at(3.5, 0.5), at(3.5, -0.5), at(2.5, -0.5)];
    const region: Region = { center: at(1), radiusKm: 5, rings: [square] };
    const items = [{ id: 'clipped', region }];
    expect(regionsInRadius(O, 2, items, (i) => i.region)).toEqual([]);
    const [hit] = regionsInRadius(O, 3, items, (i) => i.region);
    expect(hit?.within).toBe('possible');
    expect(hit!.range.nearKm).toBeCloseTo(2.5, 1);
    expect(hit!.range.farKm).toBeCloseTo(Math.hypot(3.5, 0.5), 1);
    expect(regionsInRadius(O, 3.6, items, (i) => i.region)[0]?.within).toBe('certain');
  });

  it('sorts by the far end, so certain hits come first', () => {
    const items: Item[] = [
      { id: 'wide', region: disc(1.5, 1.2) }, // 0.3–2.7: possible
      { id: 'point', region: pointRegion(at(1.45)) }, // 1.45–1.45
      { id: 'small', region: disc(1, 0.4) }, // 0.6–1.4
      { id: 'edge', region: disc(1.9, 0.3) }, // 1.6–2.2: possible
    ];
    expect(ids(regionsInRadius(O, 2, items, (i) => i.region))).toEqual([
      ['small', 'certain'],
      ['point', 'certain'],
      ['edge', 'possible'],
      ['wide', 'possible'],
    ]);
  });

  it.each([
    ['a zero radius', 0],
    ['a negative radius', -1],
    ['NaN', Number.NaN],
  ])('gives nothing for %s', (_, km) => {
    expect(regionsInRadius(O, km, [{ id: 'x', region: disc(0, 1) }], (i) => i.region)).toEqual([]);
  });

  it('agrees with a plain radius query for surveyed points (the stations around Beishatan, 2 km)', () => {
    const beishatan = STATIONS.features.find((f) => f.properties.id === 'beishatan')!.geometry!.coordinates as LngLat;
    const placed = STATIONS.features.flatMap((f) =>
      f.geometry ? [{ id: f.properties.id, at: f.geometry.coordinates as LngLat }] : [],
    );
    const plain = radiusQuery(beishatan, 2, placed, (s) => s.at).map((h) => h.item.id);
    const hits = regionsInRadius(beishatan, 2, placed, (s) => pointRegion(s.at));
    expect(hits.map((h) => h.item.id)).toEqual(plain);
    expect(hits.every((h) => h.within === 'certain' && h.range.nearKm === h.range.farKm)).toBe(true);
  });

  it('never counts a town-level park as certainly near its own placed point (yongfeng-digital-tech-center, 1 km)', () => {
    const park = PARK_BY_ID.get('yongfeng-digital-tech-center')!;
    const [hit] = regionsInRadius(park.coordinates, 1, [park], (p) => p.region);
    expect(hit?.within).toBe('possible');
    expect(hit!.range.nearKm).toBe(0);
    expect(hit!.range.farKm).toBeGreaterThan(1);
    expect(hit!.range.farKm).toBeLessThanOrEqual(park.geocode.accuracyM / 1000 + 0.02);
  });

  it('gives finite ranges, near ≤ far, for every park from the district centre (10 km)', () => {
    const hits = regionsInRadius([116.27, 40.0], 10, PARKS, (p) => p.region);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(Number.isFinite(h.range.nearKm) && Number.isFinite(h.range.farKm)).toBe(true);
      expect(h.range.nearKm).toBeLessThanOrEqual(h.range.farKm);
    }
  });
});

describe('countWithin', () => {
  it('counts certain and possible hits', () => {
    expect(countWithin([{ within: 'certain' }, { within: 'possible' }, { within: 'possible' }])).toEqual({
      certain: 1,
      possible: 2,
    });
    expect(countWithin([])).toEqual({ certain: 0, possible: 0 });
  });
});
