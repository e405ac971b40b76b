/**
 * Keeps the site editor's draft point in view: when it moves off the map (typed coordinates, a place picked from the
 * gazetteer), the camera eases to it. A point moved on the map (dragged, clicked) is in view already.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { LngLat } from '../lib/schema.ts';
import { toDisplay } from '../lib/crs.ts';
import { useDisplayCrsRef } from './display-crs.ts';
import { prefersReducedMotion } from './use-fly-to-selection.ts';

export function useFollowDraft(point: LngLat | null): void {
  const { current: map } = useMap();
  // Read when the camera moves; a change of CRS alone moves the camera by itself (use-camera-hash.ts).
  const crs = useDisplayCrsRef();
  const lng = point?.[0];
  const lat = point?.[1];
  useEffect(() => {
    if (!map || lng === undefined || lat === undefined || typeof map.getBounds !== 'function') return;
    const at = toDisplay([lng, lat], crs.current);
    if (map.getBounds().contains(at)) return;
    if (prefersReducedMotion()) map.jumpTo({ center: at });
    else map.easeTo({ center: at, duration: 600 });
  }, [map, lng, lat, crs]);
}
