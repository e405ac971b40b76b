/** Loads maplibre-gl on demand (its own chunk) and points it at the bundled worker (PLATFORM.md: needed after `vite build`). */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export const maplibrePromise = import('maplibre-gl').then((m) => {
  m.setWorkerUrl(workerUrl);
  return m;
});

/** True when the browser can create a WebGL2 context (MapLibre 6 needs it). */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return Boolean(canvas.getContext('webgl2'));
  } catch {
    return false;
  }
}
