import { describe, it, expect } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { editorFill, editorLine, editorMove, editorOrigin } from '../../../src/map/layers.ts';
import { SRC } from '../../../src/map/ids.ts';

describe('site editor layer specs', () => {
  it('form a valid style over the editor source', () => {
    const style = {
      version: 8,
      sources: { [SRC.editor]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [editorFill, editorLine, editorMove, editorOrigin].map((l) => ({ ...l, source: SRC.editor })),
    } as unknown as StyleSpecification;
    expect(validateStyleMin(style)).toEqual([]);
  });
  it('each draws one role of the editor source', () => {
    expect([editorFill, editorLine, editorMove, editorOrigin].map((l) => l.filter[2])).toEqual([
      'region',
      'region',
      'move',
      'origin',
    ]);
  });
});
