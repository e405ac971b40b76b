import { describe, it, expect } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { parksCircle, parkRadiusPx } from '../../../src/map/layers.ts';
import { buildBasemapStyle } from '../../../src/map/basemap-style.ts';
import { MAP_DATA } from '../../../src/map/basemap-data.ts';
import { landmarkLabels, validateAll } from '../../../scripts/vite-plugin-data.ts';

const radiusAt = (zoom: number, floor: number) => {
  const parsed = createExpression(parksCircle.paint['circle-radius'], {
    type: 'number',
    'property-type': 'data-driven',
    expression: { interpolated: true, parameters: ['zoom', 'feature'] },
  } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, { type: 'Point', properties: { floor }, geometry: [] } as never) as number;
};

describe('parkRadiusPx (the legend size key)', () => {
  it.each([
    [8, 50_000],
    [10.4, 200_000],
    [12, 800_000],
    [14, 22_000],
  ])('matches the parks-circle radius at zoom %s for %s m²', (zoom, floor) => {
    expect(parkRadiusPx(floor, zoom)).toBeCloseTo(radiusAt(zoom, floor), 6);
  });
});

describe('basemap label priority', () => {
  const style = buildBasemapStyle({
    lang: 'zh',
    glyphs: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf',
    urls: { roads: 'r', water: 'w', green: 'g' },
    data: MAP_DATA,
  });
  const layers = style.layers.map((l) => l.id);
  it('draws (so places first) planned-line names, then landmarks, towns, main roads, other roads', () => {
    const order = ['roads-label', 'roads-major-label', 'towns-label', 'landmarks-label', 'transit-planned-label'];
    expect(order.map((id) => layers.indexOf(id))).toEqual(
      [...order.map((id) => layers.indexOf(id))].sort((a, b) => a - b),
    );
    expect(layers).not.toContain('stations-label');
  });
  it('names the streets from street zoom (13–14), under every other road name', () => {
    const street = style.layers.find((l) => l.id === 'roads-street-label') as SymbolLayerSpecification;
    expect(street.type).toBe('symbol');
    expect(street.minzoom).toBeGreaterThanOrEqual(13);
    expect(street.minzoom).toBeLessThanOrEqual(14);
    expect(JSON.stringify(street.filter)).toContain('street');
    // drawn before (under) the other road names, so it is placed after them and gives way to them
    expect(layers.indexOf('roads-street-label')).toBeGreaterThan(-1);
    expect(layers.indexOf('roads-street-label')).toBeLessThan(layers.indexOf('roads-label'));
    expect(layers.indexOf('roads-street-label')).toBeLessThan(layers.indexOf('roads-major-label'));
  });
  it('labels each landmark of geo/green.geojson once, at a point', () => {
    const labels = landmarkLabels(validateAll(process.cwd()).data);
    expect(labels.features.length).toBe(10);
    expect(labels.features.every((f) => (f.geometry as { type: string }).type === 'Point')).toBe(true);
    expect(labels.features.map((f) => f.properties.name_zh)).toContain('颐和园');
  });
});
