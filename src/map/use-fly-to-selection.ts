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

/**
 * The presentation card's right edge, px from the map's left (common/views.css .present-card: left 24 + width 580).
 * While presenting, the camera centres parks in the map to the right of it, so the card covers neither the park nor
 * its label and nearest station.
 */
const PRESENT_CARD_RIGHT_PX = 24 + 580;
const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

/** Padding that keeps the selected park clear of the presentation card (at most half the map's width). */
function presentPadding(width: number) {
  return { ...NO_PADDING, left: Math.min(PRESENT_CARD_RIGHT_PX + 24, Math.round(width / 2)) };
}

export function useFlyToSelection(): void {
  const { current: map } = useMap();
  const selectedId = useAppStore(selectSelectedParkId);
  const presenting = useAppStore((s) => s.presenting);
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
    const padding = presenting ? presentPadding(map.getContainer().clientWidth) : NO_PADDING;
    if (prefersReducedMotion()) map.jumpTo({ center, zoom, padding });
    else map.flyTo({ center, zoom, padding, duration: 1000 });
  }, [map, selectedId, crs, presenting]);
}
