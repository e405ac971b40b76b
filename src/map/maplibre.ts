/**
 * Loads maplibre-gl (its own chunk, maplibre-lib.ts) for the map pane. index.html preloads the chunk, so it downloads
 * alongside the entry; it is run only after the first frame (afterFirstPaint), so that running a megabyte of MapLibre
 * never holds up the first paint of the header and the park list.
 */
import type { MapLib } from 'react-map-gl/maplibre';

/** Resolves after the next frame has been painted (a frame, then a task). */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export const maplibrePromise: Promise<MapLib> = afterFirstPaint()
  .then(() => import('./maplibre-lib.ts'))
  .then(
    // It holds the classes of the components the app renders (<Map>, <Marker>, three controls), not Popup, Fullscreen,
    // Geolocate, Terrain or Logo: react-map-gl constructs a class only when its component is rendered.
    (m) => m.MAPLIBRE as unknown as MapLib,
  );

/** True when the browser can create a WebGL2 context (MapLibre 6 needs it). */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return Boolean(canvas.getContext('webgl2'));
  } catch {
    return false;
  }
}
