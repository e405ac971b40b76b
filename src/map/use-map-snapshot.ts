/**
 * The current map view as a PNG data URL, for the print sheets and the PNG export.
 * The map is created with `preserveDrawingBuffer` (MapPane.tsx), so its canvas can be read between frames; where the
 * copy is taken in a fresh `render` event. The header and the print sheets live outside <Map>: they reach the map
 * through the app's MapProvider (map-context.ts).
 */
import { useCallback } from 'react';
import { useAppMap } from './map-context.ts';

type Capturable = {
  getCanvas: () => HTMLCanvasElement;
  once: (type: 'render', listener: () => void) => unknown;
  triggerRepaint: () => void;
};

const RENDER_WAIT_MS = 1000;

function copy(canvas: HTMLCanvasElement | null | undefined): string | null {
  if (!canvas || canvas.width === 0 || canvas.height === 0) return null;
  try {
    return canvas.toDataURL('image/png');
  } catch {
    // A tainted canvas (tiles from a basemap server without CORS) cannot be read.
    return null;
  }
}

function captureInRender(map: Capturable): Promise<string | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(copy(map.getCanvas())), RENDER_WAIT_MS);
    map.once('render', () => {
      clearTimeout(timer);
      resolve(copy(map.getCanvas()));
    });
    map.triggerRepaint();
  });
}

/** Returns a function that resolves to the map view as `data:image/png;base64,…`, or null when there is no readable map. */
export function useMapSnapshot(): () => Promise<string | null> {
  const ref = useAppMap();
  return useCallback(async () => {
    const map = (ref as { getMap?: () => Capturable } | undefined)?.getMap?.();
    return map ? captureInRender(map) : null;
  }, [ref]);
}
