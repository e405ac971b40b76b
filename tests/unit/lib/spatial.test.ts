import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildPointIndex,
  circlePolygon,
  nearest,
  nearestIndexed,
  pathLengthKm,
  pointToLineKm,
  radiusQuery,
  radiusQueryIndexed,
  straightLineKm,
  type LineGeometry,
} from '../../../src/lib/spatial.ts';
import type { LngLat } from '../../../src/lib/schema.ts';

type Fc = { features: { properties: { id: string }; geometry: { type: string; coordinates: unknown } | null }[] };
const fixture = (name: string): Fc =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as Fc;
const pointOf = (fc: Fc, id: string) =>
  fc.features.find((f) => f.properties.id === id)!.geometry!.coordinates as LngLat;

// Hand-computed with turf's Earth radius R = 6371.0088 km:
// - on a meridian, distance = R·Δφ; 1 km is Δφ = 1/R rad = 0.00899320363724538°.
// - a point Δλ east of a meridian line at latitude φ lies R·asin(sin Δλ · cos φ) from it: Δλ = 0.01°, φ = 40° → 0.851804 km.
// - 0.02° of latitude = R · 0.02 · π/180 = 2.223902 km.
const meridian = fixture('meridian-1km.geojson');
const beside = fixture('point-beside-line.geojson');

describe('straightLineKm', () => {
  it.each([
    ['two points 1 km apart on a meridian', pointOf(meridian, 'south'), pointOf(meridian, 'north'), 1.0],
    ['the same point', [116.3, 40] as LngLat, [116.3, 40] as LngLat, 0],
    ['0.02° of latitude', [116.3, 40] as LngLat, [116.3, 39.98] as LngLat, 2.223902],
    ['0.01° of longitude at 40°N', [116.3, 40] as LngLat, [116.31, 40] as LngLat, 0.851804],
  ])('%s (±0.001 km)', (_name, a, b, km) => {
    expect(straightLineKm(a, b)).toBeCloseTo(km, 3);
  });
});

describe('pointToLineKm', () => {
  const line = beside.features[0]!.geometry as LineGeometry;
  it.each([
    ['a point 0.01° east of a meridian line at 40°N', pointOf(beside, 'beside'), 0.851804],
    ['a point on the line', [116.3, 40.05] as LngLat, 0],
    ['a point beyond the line end: distance to the end vertex', [116.3, 40.10899320363725] as LngLat, 1.0],
  ])('%s (±0.001 km)', (_name, p, km) => {
    expect(pointToLineKm(p, line)).toBeCloseTo(km, 3);
  });

  it('takes the nearest part of a MultiLineString', () => {
    const multi: LineGeometry = {
      type: 'MultiLineString',
      coordinates: [
        [
          [116.5, 39.9],
          [116.5, 40.1],
        ],
        line.coordinates as number[][],
      ],
    };
    expect(pointToLineKm(pointOf(beside, 'beside'), multi)).toBeCloseTo(0.851804, 3);
  });

  it('gives null for a line without geometry, never NaN', () => {
    expect(pointToLineKm([116.3, 40], null)).toBeNull();
    expect(pointToLineKm([116.3, 40], { type: 'MultiLineString', coordinates: [[[116.3, 40]]] })).toBeNull();
  });
});

describe('pathLengthKm', () => {
  it.each([
    ['no points', [] as LngLat[], 0],
    ['one point', [[116.3, 40]] as LngLat[], 0],
    ['1 km north then back', [[116.3, 40], pointOf(meridian, 'north'), [116.3, 40]] as LngLat[], 2.0],
    [
      '1 km north then 0.02° south',
      [[116.3, 40], pointOf(meridian, 'north'), [116.3, 39.98]] as LngLat[],
      1 + 1 + 2.223902,
    ],
  ])('%s (±0.001 km)', (_name, pts, km) => {
    expect(pathLengthKm(pts)).toBeCloseTo(km, 3);
  });
});

describe('circlePolygon', () => {
  it('puts every vertex radiusKm from the centre (±0.001 km) and closes the ring', () => {
    const c: LngLat = [116.3, 40];
    const ring = circlePolygon(c, 2, 32).coordinates[0]!;
    expect(ring).toHaveLength(33);
    expect(ring[0]).toEqual(ring[32]);
    for (const v of ring) expect(straightLineKm(c, v as LngLat)).toBeCloseTo(2, 3);
  });
});

type Site = { id: string; at: LngLat | null };
const sites: Site[] = [
  { id: 'north-1km', at: pointOf(meridian, 'north') },
  { id: 'no-position', at: null },
  { id: 'south-2.2km', at: [116.3, 39.98] },
  { id: 'east-0.85km', at: [116.31, 40] },
];
const origin: LngLat = [116.3, 40];

describe('nearestIndexed / radiusQueryIndexed agree with the naive functions', () => {
  const index = buildPointIndex(sites, (s) => s.at);

  it.each([
    [0.5, []],
    [0.9, ['east-0.85km']],
    [1.001, ['east-0.85km', 'north-1km']],
    [3, ['east-0.85km', 'north-1km', 'south-2.2km']],
  ])('radius %f km lists %j, nearest first, skipping items without a position', (km, ids) => {
    expect(radiusQuery(origin, km, sites, (s) => s.at).map((h) => h.item.id)).toEqual(ids);
    expect(radiusQueryIndexed(origin, km, sites, index).map((h) => h.item.id)).toEqual(ids);
  });

  it('finds the same nearest item with the same distance (±1e-9 km)', () => {
    const naive = nearest(origin, sites, (s) => s.at)!;
    const [indexed] = nearestIndexed(index, origin, { maxResults: 1 });
    expect(sites[indexed!.index]!.id).toBe(naive.item.id);
    expect(indexed!.distanceKm).toBeCloseTo(naive.distanceKm, 9);
  });

  it('honours a predicate on the input index', () => {
    const [h] = nearestIndexed(index, origin, { maxResults: 1, keep: (i) => sites[i]!.id.startsWith('south') });
    expect(h).toEqual({ index: 2, distanceKm: expect.closeTo(2.223902, 3) });
  });

  it('answers [] (or null) for empty input, a non-positive radius, or only unpositioned items', () => {
    const empty = buildPointIndex([] as Site[], (s) => s.at);
    expect(nearestIndexed(empty, origin)).toEqual([]);
    expect(radiusQueryIndexed(origin, 5, [], empty)).toEqual([]);
    expect(
      nearestIndexed(
        buildPointIndex([{ id: 'x', at: null }], (s: Site) => s.at),
        origin,
      ),
    ).toEqual([]);
    expect(radiusQuery(origin, 0, sites, (s) => s.at)).toEqual([]);
    expect(radiusQueryIndexed(origin, -1, sites, index)).toEqual([]);
    expect(nearest(origin, [], (s: Site) => s.at)).toBeNull();
  });
});
