/**
 * Hooks for the map's own life, used inside <Map> (MapPane.tsx), each removing what it adds when the map goes:
 * the first-load fit of the district and the handling of a lost WebGL context.
 */
import { useEffect, useRef } from 'react';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { useMap } from 'react-map-gl/maplibre';
import { useAppStore } from '../store/index.ts';
import { selectSelectedParkId } from '../store/selection-slice.ts';
import { PARK_BY_ID } from '../data/index.ts';
import { toDisplay } from '../lib/crs.ts';
import { useDisplayCrs } from './display-crs.ts';
import { mapCoverOffset, mapCoverPadding } from './cover-padding.ts';
import { whenStyleParsed } from './use-map-image.ts';

/**
 * Fits `bounds` once, when the first map's style is parsed (before any tile is asked for, so the first tiles are the
 * ones shown), unless the page was opened with its own `#map=` camera (read before MapLibre writes the hash). The
 * panels over the map are known only then (lib/cover-padding.ts), so the fit of `initialViewState` alone can be off. A link that opens a park (`?park=`) is centred on that
 * park instead (zoom 13 or closer), so the park a visitor was sent is in view, not the whole district. A map rebuilt
 * later (after a lost context) keeps its camera.
 */
let fitPending = typeof location !== 'undefined' && !location.hash.includes('map=');

export function useFitOnFirstLoad(bounds: [number, number, number, number], paddingPx: number): void {
  const { current } = useMap();
  const crs = useDisplayCrs();
  useEffect(() => {
    const map = current?.getMap?.();
    if (!map || !fitPending) return;
    const fit = () => {
      if (!fitPending) return;
      fitPending = false;
      const id = selectSelectedParkId(useAppStore.getState());
      const park = id ? PARK_BY_ID.get(id) : undefined;
      // Either way clear of the panels over the map (on a phone, the sheet).
      if (park) {
        const zoom = Math.max(map.getZoom(), 13);
        map.easeTo({ center: toDisplay(park.coordinates, crs), zoom, offset: mapCoverOffset(map), duration: 0 });
      } else {
        const padding = mapCoverPadding(map, paddingPx);
        // The district's box (WGS-84) as drawn: over a GCJ-02 basemap its corners are shifted like everything else.
        const [w, so, e, n] = bounds;
        const drawn: LngLatBoundsLike = [toDisplay([w, so], crs), toDisplay([e, n], crs)];
        // The view the map was built with is often this one already: a no-op move would still end in `moveend`,
        // and everything that follows the camera (the edge boxes) would redo its work before the first idle.
        const target = map.cameraForBounds(drawn, { padding });
        const c = map.getCenter();
        const same =
          target?.center &&
          target.zoom !== undefined &&
          Math.abs(target.zoom - map.getZoom()) < 1e-6 &&
          map.project(target.center).dist(map.project(c)) < 0.5;
        if (!same) map.fitBounds(drawn, { padding, duration: 0 });
      }
    };
    return whenStyleParsed(map, fit);
  }, [current, bounds, paddingPx, crs]);
}

/**
 * A lost WebGL context (GPU reset, too many contexts) blanks the canvas: `onLost` runs, and `onRestored` when the
 * browser gives the context back (MapPane then rebuilds the map from the current props).
 */
export function useContextLoss(onLost: () => void, onRestored: () => void): void {
  const { current } = useMap();
  const handlers = useRef({ onLost, onRestored });
  handlers.current = { onLost, onRestored };
  useEffect(() => {
    const map = current?.getMap?.();
    if (!map) return;
    const lost = () => handlers.current.onLost();
    const restored = () => handlers.current.onRestored();
    map.on('webglcontextlost', lost);
    map.on('webglcontextrestored', restored);
    return () => {
      map.off('webglcontextlost', lost);
      map.off('webglcontextrestored', restored);
    };
  }, [current]);
}
