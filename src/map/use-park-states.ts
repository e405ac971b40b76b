/**
 * Inside <Map>: keeps the parks' feature-state (lib/park-states.ts: filtered out, possibly within the distance,
 * selected, hovered) in step with the app, updating only the parks whose flags change. A source added again (a basemap
 * or projection switch rebuilds the style, a restored WebGL context rebuilds the map) starts with no state: every flag
 * is set again.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { flagChanges, type ParkFlagSets } from '../lib/park-states.ts';

export function useParkStates(source: string, sets: ParkFlagSets): void {
  const { current: ref } = useMap();
  /** The source object the flags were last written to, and those flags. */
  const applied = useRef<{ src: unknown; sets: ParkFlagSets | null }>({ src: null, sets: null });
  const latest = useRef(sets);
  latest.current = sets;

  useEffect(() => {
    const map = ref?.getMap?.();
    if (!map) return;
    const sync = () => {
      const src = map.getSource(source);
      if (!src) return;
      const was = applied.current;
      const prev = was.src === src ? was.sets : null;
      const next = latest.current;
      if (prev === next) return;
      for (const [id, state] of flagChanges(prev, next)) map.setFeatureState({ source, id }, state);
      applied.current = { src, sets: next };
    };
    sync();
    map.on('styledata', sync);
    map.on('sourcedata', sync);
    return () => {
      map.off('styledata', sync);
      map.off('sourcedata', sync);
    };
  }, [ref, source, sets]);
}

/** Paint properties that make a feature invisible when they evaluate to 0. */
const OPACITIES = ['circle-opacity', 'icon-opacity', 'text-opacity', 'fill-opacity', 'line-opacity'];

/**
 * Whether a feature from queryRenderedFeatures (or a map mouse event) is drawn: MapLibre returns features whose
 * feature-state paints them transparent, such as filtered-out parks (opacity 0, lib/park-states.ts); those must not be
 * hovered or clicked. The feature's `layer.paint` is evaluated for it, feature-state included.
 */
export function isDrawn(f: Pick<MapGeoJSONFeature, 'layer'>): boolean {
  const paint = (f.layer.paint ?? {}) as Record<string, unknown>;
  const ops = OPACITIES.filter((k) => typeof paint[k] === 'number');
  const strokeShown = typeof paint['circle-stroke-opacity'] === 'number' && Number(paint['circle-stroke-opacity']) > 0;
  return !ops.length || ops.some((k) => Number(paint[k]) > 0) || strokeShown;
}
