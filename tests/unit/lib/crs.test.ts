import { beforeAll, describe, it, expect } from 'vitest';
import { distance } from '@turf/turf';
import { crsReady, fromDisplay, geojsonToDisplay, loadCrs, toDisplay } from '../../../src/lib/crs.ts';
import type { LngLat } from '../../../src/lib/schema.ts';

// 北沙滩 station: OSM (WGS-84) and its AMap position converted; SOURCES.md reports them 3 m apart after conversion
// and 553 m apart raw.
const beishatan: LngLat = [116.3620432, 40.0001238];

describe('display CRS before a GCJ-02 basemap', () => {
  it('leaves WGS-84 alone, and needs nothing loaded for it', () => {
    expect(crsReady('wgs84')).toBe(true);
    expect(toDisplay(beishatan, 'wgs84')).toBe(beishatan);
    expect(fromDisplay(beishatan, 'wgs84')).toBe(beishatan);
  });
  it('refuses GCJ-02 until its shift has loaded (loaded on first use, issue 24)', async () => {
    expect(crsReady('gcj02')).toBe(false);
    expect(() => toDisplay(beishatan, 'gcj02')).toThrow(/loadCrs/);
    await loadCrs('gcj02');
    expect(crsReady('gcj02')).toBe(true);
  });
});

describe('display CRS in GCJ-02', () => {
  beforeAll(() => loadCrs('gcj02'));

  it('shifts into GCJ-02 by the usual Beijing offset (≈ 500–600 m)', () => {
    const m = distance(beishatan, toDisplay(beishatan, 'gcj02'), { units: 'meters' });
    expect(m).toBeGreaterThan(450);
    expect(m).toBeLessThan(650);
  });
  it('round-trips to well under a metre', () => {
    const back = fromDisplay(toDisplay(beishatan, 'gcj02'), 'gcj02');
    expect(distance(beishatan, back, { units: 'meters' })).toBeLessThan(0.5);
  });
  it('shifts GeoJSON without changing the input', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'x' }, geometry: { type: 'Point', coordinates: [...beishatan] } },
      ],
    };
    const shifted = geojsonToDisplay(fc, 'gcj02');
    expect(fc.features[0]!.geometry.coordinates).toEqual(beishatan);
    expect(shifted.features[0]!.geometry.coordinates).toEqual(toDisplay(beishatan, 'gcj02'));
    expect(shifted.features[0]!.properties).toEqual({ id: 'x' });
  });

  it('shifts a position shared by two features once each (the editor draws the park point in a line and a dot)', () => {
    const at: LngLat = [116.3, 40.05];
    const moved: LngLat = [116.31, 40.06];
    const fc = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: { type: 'LineString' as const, coordinates: [at, moved] },
        },
        { type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: at } },
      ],
    };
    const shifted = geojsonToDisplay(fc, 'gcj02');
    const once = toDisplay(at, 'gcj02');
    expect(shifted.features[0]!.geometry.coordinates[0]).toEqual(once);
    expect(shifted.features[1]!.geometry.coordinates).toEqual(once);
    expect(at).toEqual([116.3, 40.05]);
  });
});
