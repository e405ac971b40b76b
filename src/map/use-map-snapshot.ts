/**
 * The current map view as a PNG data URL, for the print sheets and the PNG export.
 * The map is created with `preserveDrawingBuffer` (MapPane.tsx), so its canvas can be read between frames; where the
 * map instance is reachable (inside <Map> or a MapProvider) the copy is taken in a fresh `render` event instead.
 * The header and print sheets live outside <Map>, so they fall back to the map's canvas element.
 */
import { useCallback } from 'react';
import { useMap } from 'react-map-gl/maplibre';

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
  const maps = useMap();
  const ref = maps.current ?? maps.default;
  return useCallback(async () => {
    const map = (ref as { getMap?: () => Capturable } | undefined)?.getMap?.();
    if (map) return captureInRender(map);
    return copy(document.querySelector<HTMLCanvasElement>('.map-wrap canvas.maplibregl-canvas'));
  }, [ref]);
}
