/** Moves the camera when the selected park changes: a short fly-to, or a jump under prefers-reduced-motion. */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { useAppStore } from '../store/index.ts';
import { selectSelectedParkId } from '../store/selection-slice.ts';
import { PARK_BY_ID } from '../data/index.ts';
import { toDisplay } from '../lib/crs.ts';
import { useDisplayCrs } from './display-crs.ts';

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

export function useFlyToSelection(): void {
  const { current: map } = useMap();
  const selectedId = useAppStore(selectSelectedParkId);
  const crs = useDisplayCrs();
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
    const center = toDisplay(park.coordinates, crs);
    if (prefersReducedMotion()) map.jumpTo({ center, zoom });
    else map.flyTo({ center, zoom, duration: 1000 });
  }, [map, selectedId, crs]);
}
