/**
 * The current map view as a PNG data URL, for the print sheets and the PNG export.
 * The map is created with `preserveDrawingBuffer` (MapPane.tsx), so its canvas can be read between frames; where the
 * copy is taken in a fresh `render` event. The header and the print sheets live outside <Map>: they reach the map
 * through the app's MapProvider (map-context.ts).
 */
import { useCallback } from 'react';
import { useAppMap } from './map-context.ts';
import type { LngLat } from '../lib/schema.ts';

type Camera = { center: { lng: number; lat: number }; zoom: number; bearing: number; pitch: number };
type Capturable = {
  getCanvas: () => HTMLCanvasElement;
  once: (type: 'render' | 'idle', listener: () => void) => unknown;
  triggerRepaint: () => void;
  getCenter: () => Camera['center'];
  getZoom: () => number;
  getBearing: () => number;
  getPitch: () => number;
  jumpTo: (camera: Camera) => unknown;
  fitBounds: (
    bounds: [[number, number], [number, number]],
    options: { padding: number; maxZoom: number; duration: number },
  ) => unknown;
};

/** What the picture must show: these points (WGS-84), with room around them, no closer than `maxZoom`. */
export type SnapshotFrame = { points: readonly LngLat[]; paddingPx: number; maxZoom: number };

const RENDER_WAIT_MS = 1000;
/** Longest wait for the map to draw a fitted frame before the picture is taken anyway. */
const FIT_WAIT_MS = 5000;

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

/** Resolves once the map is idle after a camera change, or after `ms` (a busy map still gets its picture). */
function settled(map: Capturable, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Returns a function that resolves to the map as `data:image/png;base64,…`, or null when there is no readable map.
 * Given a frame, the picture shows those points (the print sheets: every shortlisted park, or one park centred): the
 * camera is fitted to them for the picture and put back where the user left it afterwards.
 */
export function useMapSnapshot(): (frame?: SnapshotFrame) => Promise<string | null> {
  const ref = useAppMap();
  return useCallback(
    async (frame?: SnapshotFrame) => {
      const map = (ref as { getMap?: () => Capturable } | undefined)?.getMap?.();
      if (!map) return null;
      if (!frame || frame.points.length === 0) return captureInRender(map);
      const before: Camera = {
        center: map.getCenter(),
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      };
      // WGS-84 points: over a GCJ-02 online basemap the parks are drawn ~500 m off them, well inside the padding.
      const shown = frame.points;
      const lngs = shown.map((p) => p[0]),
        lats = shown.map((p) => p[1]);
      map.fitBounds(
        [
          [Math.min(...lngs), Math.min(...lats)],
          [Math.max(...lngs), Math.max(...lats)],
        ],
        { padding: frame.paddingPx, maxZoom: frame.maxZoom, duration: 0 },
      );
      await settled(map, FIT_WAIT_MS);
      const png = await captureInRender(map);
      map.jumpTo(before);
      return png;
    },
    [ref],
  );
}
