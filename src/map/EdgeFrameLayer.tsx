/**
 * Keeps labels inside the map (issue 14). MapLibre places a label that runs past the canvas edge and lets the edge
 * cut it. Here a row of invisible boxes lines each edge, just outside it, in the collision index: they are placed
 * before every label (this layer is the topmost symbol layer), so a label that would cross an edge tries its other
 * anchors (text-variable-anchor) and moves inward, or gives way. The boxes follow the camera: their points are
 * recomputed when a move ends and when the map is resized, before the map reports idle.
 */
import { useEffect, useMemo } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MaplibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { LAYER, SRC } from './ids.ts';
import { IMAGE_PIXEL_RATIO, useMapImage } from './use-map-image.ts';
import { transparentImage } from '../lib/ring-image.ts';

type NoSource<T> = Omit<T, 'source'>;

/** Box spacing along an edge and the box half-size (px); a label may come this close to an edge: INSET_PX. */
const STEP_PX = 48;
const HALF_PX = 28;
const INSET_PX = 3;
const IMAGE = 'edge-frame-dot';

/** Each box's centre lies HALF_PX − INSET_PX beyond its edge; its point sits just inside (tiles hold it), offset out. */
const OUT = HALF_PX - INSET_PX;

const edgeFrame = {
  id: LAYER.edgeFrame,
  type: 'symbol',
  layout: {
    'icon-image': IMAGE,
    'icon-allow-overlap': true,
    'icon-padding': HALF_PX,
    'icon-offset': [
      'match',
      ['get', 'side'],
      'n',
      ['literal', [0, -OUT]],
      's',
      ['literal', [0, OUT]],
      'e',
      ['literal', [OUT, 0]],
      ['literal', [-OUT, 0]],
    ],
  },
  paint: { 'icon-opacity': 0 },
} satisfies NoSource<SymbolLayerSpecification>;

/** Points 1 px inside the edges of a `w` × `h` canvas, every STEP_PX, each with the side it guards. */
function edgePoints(w: number, h: number): { x: number; y: number; side: 'n' | 's' | 'e' | 'w' }[] {
  const along = (len: number) => {
    const n = Math.max(1, Math.ceil(len / STEP_PX));
    return Array.from({ length: n + 1 }, (_, i) => (i * len) / n);
  };
  return [
    ...along(w).flatMap((x) => [
      { x, y: 1, side: 'n' as const },
      { x, y: h - 1, side: 's' as const },
    ]),
    ...along(h).flatMap((y) => [
      { x: 1, y, side: 'w' as const },
      { x: w - 1, y, side: 'e' as const },
    ]),
  ];
}

const EMPTY: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
/** The boxes' image: nothing to see (one CSS pixel, transparent). */
const nothing = () => transparentImage(IMAGE_PIXEL_RATIO);

/** The boxes for the map's current camera and canvas size. */
function frameData(map: MaplibreMap): FeatureCollection<Point> {
  const canvas = map.getCanvas();
  const features = edgePoints(canvas.clientWidth, canvas.clientHeight).map(({ x, y, side }) => {
    const { lng, lat } = map.unproject([x, y]);
    return {
      type: 'Feature' as const,
      properties: { side },
      geometry: { type: 'Point' as const, coordinates: [lng, lat] },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** A key that changes only when the boxes would move (coordinates to ~1 cm). */
const frameKey = (fc: FeatureCollection<Point>) =>
  fc.features.map((f) => f.geometry.coordinates.map((c) => c.toFixed(7)).join(',')).join(';');

export function EdgeFrameLayer() {
  const { current: ref } = useMap();
  const ready = useMapImage(IMAGE, nothing);
  const map = ref?.getMap?.();
  // The source starts with the boxes of the camera at hand, so the first tiles hold them; later moves set new ones,
  // and a move that changes nothing (the first-load fit to the same view) sets none: each setData reloads the tiles.
  const initial = useMemo(() => (ready && map ? frameData(map) : EMPTY), [ready, map]);
  useEffect(() => {
    if (!map || !ready) return;
    let filled: GeoJSONSource | undefined;
    let key = frameKey(initial);
    const update = () => {
      const source = map.getSource<GeoJSONSource>(SRC.edgeFrame);
      if (!source) return;
      const data = frameData(map);
      const next = frameKey(data);
      if (source === filled && next === key) return;
      filled = source;
      key = next;
      source.setData(data);
    };
    // A style change (the language switch) re-creates the source with the first boxes: set the current ones.
    const refill = () => {
      if (map.getSource(SRC.edgeFrame) !== filled) update();
    };
    filled = map.getSource<GeoJSONSource>(SRC.edgeFrame);
    update();
    // moveend comes before the frame that fires idle, so the map reports idle only once the boxes are in place.
    map.on('moveend', update);
    map.on('resize', update);
    map.on('styledata', refill);
    return () => {
      map.off('moveend', update);
      map.off('resize', update);
      map.off('styledata', refill);
    };
  }, [map, ready, initial]);
  return ready ? (
    <Source id={SRC.edgeFrame} type="geojson" data={initial}>
      <Layer {...edgeFrame} />
    </Source>
  ) : null;
}
