import { describe, expect, it } from 'vitest';
import {
  compareRanges,
  rangeFromPoint,
  rangeToNearest,
  withinKm,
  TOLERANCE_KM,
  type KmRange,
  type Region,
  type Site,
} from '../../../src/lib/interval.ts';
import { straightLineKm } from '../../../src/lib/spatial.ts';
import type { LngLat } from '../../../src/lib/schema.ts';

const KM_LAT = (Math.PI * 6371.0088) / 180; // km per degree of latitude
const at = (c: LngLat, eastKm: number, northKm: number): LngLat => [
  c[0] + eastKm / (KM_LAT * Math.cos((c[1] * Math.PI) / 180)),
  c[1] + northKm / KM_LAT,
];

/** Brute force on the sphere: every point of a `stepKm` grid inside the region, plus 720 points of the disc's edge. */
function brute(region: Region, sites: readonly Site[], stepKm = 0.025): KmRange {
  const c = region.center;
  const pts: LngLat[] = [];
  const r = region.radiusKm;
  const ext = r > 0 ? r : 5;
  for (let x = -ext; x <= ext + 1e-9; x += stepKm)
    for (let y = -ext; y <= ext + 1e-9; y += stepKm) pts.push(at(c, x, y));
  for (let k = 0; k < 720; k++)
    pts.push(at(c, Math.cos((k * Math.PI) / 360) * r * 0.99999, Math.sin((k * Math.PI) / 360) * r * 0.99999));
  const inside = (p: LngLat) => {
    if (r > 0 && straightLineKm(c, p) > r) return false;
    if (!region.rings) return true;
    const ring = region.rings[0]!;
    let inn = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as number[];
      const [xj, yj] = ring[j] as number[];
      if (yi! > p[1] !== yj! > p[1] && p[0] < ((xj! - xi!) * (p[1] - yi!)) / (yj! - yi!) + xi!) inn = !inn;
    }
    return inn;
  };
  let near = Infinity,
    far = -Infinity;
  for (const p of pts.filter(inside)) {
    let fNear = Infinity,
      fFar = Infinity;
    for (const s of sites) {
      const d = straightLineKm(p, s.at);
      const u = s.uncertaintyKm ?? 0;
      fNear = Math.min(fNear, Math.max(0, d - u));
      fFar = Math.min(fFar, d + u);
    }
    near = Math.min(near, fNear);
    far = Math.max(far, fFar);
  }
  return { nearKm: near, farKm: far };
}

const HAIDIAN: LngLat = [116.3, 40.03];
/** A deterministic pseudo-random sequence (LCG), so failures repeat. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('rangeToNearest', () => {
  it('gives a disc its exact near end and the far side for a lone station', () => {
    const station = at(HAIDIAN, 3, 0);
    const r = rangeToNearest({ center: HAIDIAN, radiusKm: 1, rings: null }, [{ at: station }])!;
    const d = straightLineKm(HAIDIAN, station);
    expect(r.nearKm).toBeCloseTo(d - 1, 3);
    expect(r.farKm).toBeCloseTo(d + 1, 3);
  });

  it('gives 0 as the near end when a station lies inside the region, and the worst case as the far end', () => {
    const inside = at(HAIDIAN, 0.3, 0.2);
    const r = rangeToNearest({ center: HAIDIAN, radiusKm: 1.5, rings: null }, [{ at: inside }])!;
    expect(r.nearKm).toBe(0);
    expect(r.farKm).toBeCloseTo(straightLineKm(HAIDIAN, inside) + 1.5, 3);
  });

  it('gives a surveyed point (radius 0) one figure: near = far = the point distance', () => {
    const s = at(HAIDIAN, 0.4, 0.3);
    const r = rangeToNearest({ center: HAIDIAN, radiusKm: 0, rings: null }, [{ at: s }])!;
    expect(r.nearKm).toBeCloseTo(0.5, 3);
    expect(r.farKm).toBeCloseTo(0.5, 3);
  });

  it('gives null with no stations at all', () => {
    expect(rangeToNearest({ center: HAIDIAN, radiusKm: 2, rings: null }, [])).toBeNull();
  });

  it('handles a region with no station within 5 km (both ends beyond it, finite)', () => {
    const sites = [{ at: at(HAIDIAN, 8, 0) }, { at: at(HAIDIAN, -7, 6) }];
    const r = rangeToNearest({ center: HAIDIAN, radiusKm: 2, rings: null }, sites)!;
    const b = brute({ center: HAIDIAN, radiusKm: 2, rings: null }, sites, 0.05);
    expect(r.nearKm).toBeGreaterThan(5);
    expect(Number.isFinite(r.farKm)).toBe(true);
    expect(Math.abs(r.nearKm - b.nearKm)).toBeLessThan(0.005);
    expect(Math.abs(r.farKm - b.farKm)).toBeLessThan(TOLERANCE_KM + 0.05);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    'agrees with brute force for a 1–4 km disc among random stations (seed %i, ±15 m)',
    (seed) => {
      const rand = rng(seed);
      const sites: Site[] = Array.from({ length: 12 }, () => ({
        at: at(HAIDIAN, (rand() - 0.5) * 12, (rand() - 0.5) * 12),
      }));
      const region: Region = { center: HAIDIAN, radiusKm: 1 + rand() * 3, rings: null };
      const r = rangeToNearest(region, sites)!;
      const b = brute(region, sites, 0.02);
      // The grid can only overstate the near end (by up to half a cell diagonal, 14 m); the formula is exact.
      expect(r.nearKm).toBeLessThanOrEqual(b.nearKm + 0.002);
      expect(r.nearKm).toBeGreaterThan(b.nearKm - 0.015);
      // The answer is a value attained in the region (≤ true max) and within the tolerance of it; the grid is 20 m.
      expect(r.farKm).toBeGreaterThan(b.farKm - TOLERANCE_KM - 0.005);
      expect(r.farKm).toBeLessThan(b.farKm + 0.015);
    },
  );

  it.each([7, 8, 9, 10])('agrees with brute force among 40 stations, some of them indicative (seed %i)', (seed) => {
    const rand = rng(seed);
    const sites: Site[] = Array.from({ length: 40 }, () => ({
      at: at(HAIDIAN, (rand() - 0.5) * 14, (rand() - 0.5) * 14),
      uncertaintyKm: rand() < 0.2 ? rand() * 1.5 : 0,
    }));
    const region: Region = { center: HAIDIAN, radiusKm: 1 + rand() * 3, rings: null };
    const r = rangeToNearest(region, sites)!;
    const b = brute(region, sites, 0.025);
    expect(r.nearKm).toBeLessThanOrEqual(b.nearKm + 0.002);
    expect(r.nearKm).toBeGreaterThan(b.nearKm - 0.02);
    expect(r.farKm).toBeGreaterThan(b.farKm - 0.025);
    expect(r.farKm).toBeLessThan(b.farKm + 0.02);
  });

  it('agrees with brute force for a polygon region (disc clipped to a block), stations inside and outside', () => {
    const ring = [
      at(HAIDIAN, -1, -0.5),
      at(HAIDIAN, 1.2, -0.6),
      at(HAIDIAN, 0.8, 0.9),
      at(HAIDIAN, -0.7, 0.7),
      at(HAIDIAN, -1, -0.5),
    ];
    const region: Region = { center: HAIDIAN, radiusKm: 1.1, rings: [ring] };
    const outside = [{ at: at(HAIDIAN, 2.5, 0) }, { at: at(HAIDIAN, -2, 2) }];
    const r1 = rangeToNearest(region, outside)!;
    const b1 = brute(region, outside, 0.02);
    expect(Math.abs(r1.nearKm - b1.nearKm)).toBeLessThan(0.02);
    expect(Math.abs(r1.farKm - b1.farKm)).toBeLessThan(0.02);
    const withInside = [...outside, { at: at(HAIDIAN, 0.1, 0.1) }];
    const r2 = rangeToNearest(region, withInside)!;
    expect(r2.nearKm).toBe(0);
    expect(Math.abs(r2.farKm - brute(region, withInside, 0.02).farKm)).toBeLessThan(0.02);
  });

  it('widens by a station’s own uncertainty (an indicative planned station)', () => {
    const s = at(HAIDIAN, 2, 0);
    const sure = rangeToNearest({ center: HAIDIAN, radiusKm: 0.5, rings: null }, [{ at: s }])!;
    const vague = rangeToNearest({ center: HAIDIAN, radiusKm: 0.5, rings: null }, [{ at: s, uncertaintyKm: 0.4 }])!;
    expect(vague.nearKm).toBeCloseTo(sure.nearKm - 0.4, 3);
    expect(vague.farKm).toBeCloseTo(sure.farKm + 0.4, 3);
  });

  it('measures to a segment (a line) as well as to points', () => {
    const line: Site = { at: at(HAIDIAN, 1, -5), to: at(HAIDIAN, 1, 5) };
    const r = rangeToNearest({ center: HAIDIAN, radiusKm: 0.5, rings: null }, [line])!;
    expect(r.nearKm).toBeCloseTo(0.5, 2);
    expect(r.farKm).toBeCloseTo(1.5, 2);
  });
});

describe('rangeFromPoint', () => {
  it('gives the near and far sides of a disc seen from a radius origin', () => {
    const origin = at(HAIDIAN, 0, 2);
    const r = rangeFromPoint(origin, { center: HAIDIAN, radiusKm: 0.5, rings: null });
    expect(r.nearKm).toBeCloseTo(1.5, 2);
    expect(r.farKm).toBeCloseTo(2.5, 2);
  });
});

describe('withinKm', () => {
  it.each([
    [{ nearKm: 0.1, farKm: 0.4 }, 0.5, 'certain'],
    [{ nearKm: 0.1, farKm: 0.5 }, 0.5, 'certain'],
    [{ nearKm: 0.3, farKm: 2.1 }, 0.5, 'possible'],
    [{ nearKm: 0.6, farKm: 2.1 }, 0.5, 'no'],
    [null, 0.5, 'no'],
  ] as const)('%o within %f km is %s', (range, km, want) => {
    expect(withinKm(range, km)).toBe(want);
  });
});

describe('compareRanges', () => {
  it('orders by the far end, then the near end, and missing last', () => {
    const wide = { nearKm: 0, farKm: 3.2 };
    const tight = { nearKm: 0.2, farKm: 0.7 };
    const tight2 = { nearKm: 0.1, farKm: 0.7 };
    const sorted = [wide, null, tight, tight2].sort(compareRanges);
    expect(sorted).toEqual([tight2, tight, wide, null]);
  });
});
