import { describe, it, expect } from 'vitest';
import { distance } from '@turf/turf';
import { fromWgs84, parseTypedCoordinates, toWgs84 } from '../../../src/lib/datum.ts';
import type { LngLat } from '../../../src/lib/schema.ts';

const metres = (a: LngLat, b: LngLat) => distance(a, b, { units: 'meters' });

// gcoord's README: this WGS-84 point near Tiananmen is BD-09 [116.41661560068297, 39.92196580126834]; its GCJ-02
// position (AMap, Tencent) is [116.410232, 39.915670] (the same as eviltransform's, to 1e-6).
const TIANANMEN_WGS: LngLat = [116.403988, 39.914266];
const TIANANMEN_BD: LngLat = [116.41661560068297, 39.92196580126834];
const TIANANMEN_GCJ: LngLat = [116.410232, 39.91567];

describe('datum conversions', () => {
  it('converts a known GCJ-02 point in Beijing to WGS-84, about 500 m away', () => {
    const wgs = toWgs84(TIANANMEN_GCJ, 'gcj02');
    expect(metres(wgs, TIANANMEN_WGS)).toBeLessThan(1);
    expect(metres(wgs, TIANANMEN_GCJ)).toBeGreaterThan(450);
    expect(metres(wgs, TIANANMEN_GCJ)).toBeLessThan(650);
  });
  it('converts a known BD-09 point to WGS-84 (gcoord README pair), about 1.2 km away', () => {
    const wgs = toWgs84(TIANANMEN_BD, 'bd09');
    expect(metres(wgs, TIANANMEN_WGS)).toBeLessThan(1);
    expect(metres(TIANANMEN_BD, TIANANMEN_WGS)).toBeGreaterThan(900);
    expect(metres(TIANANMEN_BD, TIANANMEN_WGS)).toBeLessThan(1500);
  });
  it.each(['wgs84', 'cgcs2000'] as const)('takes %s as it is', (datum) => {
    expect(toWgs84(TIANANMEN_WGS, datum)).toEqual(TIANANMEN_WGS);
    expect(fromWgs84(TIANANMEN_WGS, datum)).toEqual(TIANANMEN_WGS);
  });
  it.each(['gcj02', 'bd09'] as const)('round-trips %s within 1 m across Haidian', (datum) => {
    for (const p of [
      [116.3105, 40.0373],
      [116.1585, 40.0615],
      [116.2186, 39.9398],
    ] as LngLat[])
      expect(metres(toWgs84(fromWgs84(p, datum), datum), p)).toBeLessThan(1);
  });
});

describe('parseTypedCoordinates', () => {
  it.each<[string, LngLat, boolean]>([
    ['116.3105, 40.0373', [116.3105, 40.0373], false],
    ['116.3105,40.0373', [116.3105, 40.0373], false],
    ['116.3105 40.0373', [116.3105, 40.0373], false],
    ['  [116.3105, 40.0373]  ', [116.3105, 40.0373], false],
    ['116.3105，40.0373', [116.3105, 40.0373], false],
    ['１１６.３１０５，４０.０３７３', [116.3105, 40.0373], false],
    ['116.3105; 40.0373', [116.3105, 40.0373], false],
    ['40.0373, 116.3105', [116.3105, 40.0373], true],
    ['-0.5, 51.5', [-0.5, 51.5], false],
  ])('reads %j', (text, lngLat, latFirst) => {
    expect(parseTypedCoordinates(text)).toEqual({ ok: true, lngLat, latFirst });
  });
  it.each<[string, 'empty' | 'format' | 'range']>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['116.3105', 'format'],
    ['116.3105, 40.0373, 12', 'format'],
    ['abc, def', 'format'],
    ['116°18′38″E 40°02′14″N', 'format'],
    ['12958160.97, 4825923.77', 'range'],
    ['116.3, 95', 'range'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseTypedCoordinates(text)).toEqual({ ok: false, reason });
  });
});
