import { describe, it, expect } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import {
  parksCircle,
  parksHover,
  parksLabel,
  parksPossible,
  parksSelected,
  regionsFill,
  regionsLine,
  PARK_STYLE,
} from '../../../src/map/layers.ts';
import { MAP_DATA } from '../../../src/map/basemap-data.ts';
import { isRoughlyPlaced } from '../../../src/map/placement.ts';
import { PARKS } from '../../../src/data/index.ts';

const paintOf = (expr: unknown, property: string, properties: Record<string, unknown>) => {
  const parsed = createExpression(expr, {
    type: property.endsWith('color') ? 'color' : 'number',
    'property-type': 'data-driven',
    expression: { interpolated: true, parameters: ['zoom', 'feature'] },
  } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 11 }, { type: 'Point', properties, geometry: [] } as never);
};

describe('park and region layer specs', () => {
  it('form a valid style over the parks and regions sources', () => {
    const style = {
      version: 8,
      sources: {
        parks: { type: 'geojson', data: MAP_DATA.parks },
        regions: { type: 'geojson', data: MAP_DATA.regions },
      },
      layers: [
        { ...regionsFill, source: 'regions' },
        { ...regionsLine, source: 'regions' },
        ...[
          parksCircle,
          parksPossible,
          parksSelected,
          parksHover,
          { ...parksLabel, layout: { ...parksLabel.layout, 'text-field': ['get', 'name_zh'] } },
        ].map((l) => ({ ...l, source: 'parks' })),
      ],
    } as unknown as StyleSpecification;
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws a rough park as a ring in its colour and a precise one as a filled disc', () => {
    const rough = { rough: true, colour: '#0072B2' };
    const precise = { rough: false, colour: '#0072B2' };
    expect(paintOf(parksCircle.paint['circle-stroke-width'], 'circle-stroke-width', rough)).toBe(
      PARK_STYLE.rough.strokeWidthPx,
    );
    expect(paintOf(parksCircle.paint['circle-stroke-width'], 'circle-stroke-width', precise)).toBe(
      PARK_STYLE.precise.strokeWidthPx,
    );
    expect(String(paintOf(parksCircle.paint['circle-stroke-color'], 'circle-stroke-color', rough))).toMatch(
      /#0072B2|0,114,178/i,
    );
    expect(String(paintOf(parksCircle.paint['circle-stroke-color'], 'circle-stroke-color', precise))).toMatch(
      /#ffffff|255,255,255/i,
    );
    expect(paintOf(parksCircle.paint['circle-opacity'], 'circle-opacity', rough)).toBeLessThan(0.3);
    expect(paintOf(parksCircle.paint['circle-opacity'], 'circle-opacity', precise)).toBeGreaterThan(0.8);
  });
});

describe('map data for placement', () => {
  it('flags a park rough when only its area or town is known, or its error is 1 km or more', () => {
    expect(isRoughlyPlaced({ precision: 'address', accuracyM: 300 })).toBe(false);
    expect(isRoughlyPlaced({ precision: 'landmark', accuracyM: 999 })).toBe(false);
    expect(isRoughlyPlaced({ precision: 'address', accuracyM: 1000 })).toBe(true);
    expect(isRoughlyPlaced({ precision: 'area', accuracyM: 800 })).toBe(true);
    expect(isRoughlyPlaced({ precision: 'town', accuracyM: 6500 })).toBe(true);
  });

  it('carries the rough flag on every park feature and a region polygon for every placed park', () => {
    expect(MAP_DATA.parks.features.map((f) => f.properties.rough)).toEqual(
      PARKS.map((p) => isRoughlyPlaced(p.geocode)),
    );
    expect(MAP_DATA.parks.features.filter((f) => f.properties.rough).length).toBeGreaterThanOrEqual(13);
    const withRegion = PARKS.filter((p) => p.region.radiusKm > 0 || p.region.rings).map((p) => p.id);
    expect(MAP_DATA.regions.features.map((f) => f.properties.id)).toEqual(withRegion);
    for (const f of MAP_DATA.regions.features) expect(f.geometry.type).toBe('MultiPolygon');
  });
});
