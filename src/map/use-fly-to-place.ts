/**
 * Moves the camera when the user chooses a place (search or "use my location"): fits the radius circle,
 * clear of the panels over the map (the phone's bottom sheet, an open legend); a jump under prefers-reduced-motion.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { useAppStore } from '../store/index.ts';
import { prefersReducedMotion } from './use-fly-to-selection.ts';
import { toDisplay } from '../lib/crs.ts';
import { useDisplayCrsRef } from './display-crs.ts';
import { mapCoverPadding } from './cover-padding.ts';

/** km per degree of latitude (mean); good to 0.5 % for framing a view. */
const KM_PER_DEG = 111.32;

export function useFlyToPlace(): void {
  const { current: map } = useMap();
  const nonce = useAppStore((s) => s.place?.nonce ?? 0);
  // Read when the camera moves; a change of CRS alone moves the camera by itself (use-camera-hash.ts).
  const crs = useDisplayCrsRef();
  useEffect(() => {
    const s = useAppStore.getState();
    if (!map || !nonce || !s.place) return;
    const [lng, lat] = toDisplay(s.place.origin, crs.current);
    const km = s.radius?.radiusKm ?? 2;
    const dLat = km / KM_PER_DEG;
    const dLng = km / (KM_PER_DEG * Math.cos((lat * Math.PI) / 180));
    // Clear of every panel over the map: on a phone the sheet covers its lower half.
    const padding = mapCoverPadding(map);
    map.fitBounds(
      [
        [lng - dLng, lat - dLat],
        [lng + dLng, lat + dLat],
      ],
      { padding, maxZoom: 15, duration: prefersReducedMotion() ? 0 : 1000 },
    );
  }, [map, nonce, crs]);
}
