/**
 * Moves the camera when the selected park changes: a short fly-to, or a jump under prefers-reduced-motion, centring
 * the park in the part of the map that no panel covers (src/map/cover-padding.ts).
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { useAppStore } from '../store/index.ts';
import { selectSelectedParkId } from '../store/selection-slice.ts';
import { PARK_BY_ID } from '../data/index.ts';
import { toDisplay } from '../lib/crs.ts';
import { useDisplayCrsRef } from './display-crs.ts';
import { mapCoverOffset } from './cover-padding.ts';

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

export function useFlyToSelection(): void {
  const { current: map } = useMap();
  const selectedId = useAppStore(selectSelectedParkId);
  const presenting = useAppStore((s) => s.presenting);
  // Read when the camera moves; a change of CRS alone moves the camera by itself (use-camera-hash.ts).
  const crs = useDisplayCrsRef();
  // A shared link's camera (#map=…) wins over the selection on first load.
  const first = useRef(typeof location !== 'undefined' && location.hash.includes('map='));
  useEffect(() => {
    if (!map) return;
    const skip = first.current;
    first.current = false;
    if (skip || !selectedId) return;
    const park = PARK_BY_ID.get(selectedId);
    if (!park) return;
    const zoom = Math.max(map.getZoom(), 13);
    const center = toDisplay(park.coordinates, crs.current);
    // Centred in the part of the map no panel covers (the presentation card, an open legend, the phone's sheet).
    const offset = mapCoverOffset(map);
    if (prefersReducedMotion()) map.easeTo({ center, zoom, offset, duration: 0 });
    else map.flyTo({ center, zoom, offset, duration: 1000 });
  }, [map, selectedId, crs, presenting]);
}
