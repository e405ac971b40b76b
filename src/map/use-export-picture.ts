/**
 * The map picture for the PNG export (features/export/png-export.ts): a copy of the map canvas plus what a scale bar
 * and a size key need (centre latitude, zoom, device pixels per CSS pixel). The picture shows every park the export's
 * title counts, with room for its label: when one of them lies outside the current view, or so near its edge that its
 * label could be cut, the camera is fitted to them for the picture and put back afterwards (as use-map-snapshot.ts
 * does for print). Otherwise the user's view is kept as it is.
 */
import { useCallback } from 'react';
import { useAppMap } from './map-context.ts';
import type { LngLat } from '../lib/schema.ts';

type Camera = { center: { lng: number; lat: number }; zoom: number; bearing: number; pitch: number };
type Padding = { top: number; bottom: number; left: number; right: number };
type Exportable = {
  getCanvas: () => HTMLCanvasElement;
  getContainer: () => HTMLElement;
  once: (type: 'render' | 'idle', listener: () => void) => unknown;
  triggerRepaint: () => void;
  getCenter: () => Camera['center'];
  getZoom: () => number;
  getBearing: () => number;
  getPitch: () => number;
  project: (p: LngLat) => { x: number; y: number };
  jumpTo: (camera: Camera) => unknown;
  fitBounds: (
    bounds: [[number, number], [number, number]],
    options: { padding: Padding; maxZoom: number; duration: number },
  ) => unknown;
};

export type MapPicture = {
  /** A copy of the map canvas, device pixels. */
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
  centerLat: number;
  zoom: number;
  /** Whether the camera was fitted to the parks for the picture (and then put back). */
  fitted: boolean;
  /** Each park's position in the picture, CSS px. */
  parksPx: { x: number; y: number }[];
};

/**
 * Room kept between a park and the picture's edge, CSS px: a park label (bold 11–14 px, up to 12 em wide, set below,
 * above or beside its circle of up to 31 px radius) fits inside it. Capped at a quarter of the view on small screens.
 */
const LABEL_ROOM = { x: 110, y: 64 };
/** Fitting never zooms closer than this (one park alone). */
const MAX_ZOOM = 14;
const RENDER_WAIT_MS = 1000;
const FIT_WAIT_MS = 5000;

function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement | null {
  if (source.width === 0 || source.height === 0) return null;
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0);
  try {
    // A tainted canvas (tiles from a basemap server without CORS) cannot be read: fail here, not at export.
    ctx.getImageData(0, 0, 1, 1);
  } catch {
    return null;
  }
  return out;
}

function captureInRender(map: Exportable): Promise<HTMLCanvasElement | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(copyCanvas(map.getCanvas())), RENDER_WAIT_MS);
    map.once('render', () => {
      clearTimeout(timer);
      resolve(copyCanvas(map.getCanvas()));
    });
    map.triggerRepaint();
  });
}

function settled(map: Exportable, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Returns a function that resolves to the map picture showing `points` (WGS-84; over a GCJ-02 online basemap the parks
 * are drawn ~500 m off them, well inside LABEL_ROOM), or null when there is no readable map.
 */
export function useExportPicture(): (points: readonly LngLat[]) => Promise<MapPicture | null> {
  const ref = useAppMap();
  return useCallback(
    async (points: readonly LngLat[]) => {
      const map = (ref as { getMap?: () => Exportable } | undefined)?.getMap?.();
      if (!map) return null;
      const box = map.getContainer().getBoundingClientRect();
      const room = { x: Math.min(LABEL_ROOM.x, box.width / 4), y: Math.min(LABEL_ROOM.y, box.height / 4) };
      const inside = (p: { x: number; y: number }) =>
        p.x >= room.x && p.x <= box.width - room.x && p.y >= room.y && p.y <= box.height - room.y;
      const before: Camera = {
        center: map.getCenter(),
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      };
      const fit = points.length > 0 && !points.every((p) => inside(map.project([p[0], p[1]])));
      if (fit) {
        const lngs = points.map((p) => p[0]);
        const lats = points.map((p) => p[1]);
        map.fitBounds(
          [
            [Math.min(...lngs), Math.min(...lats)],
            [Math.max(...lngs), Math.max(...lats)],
          ],
          { padding: { top: room.y, bottom: room.y, left: room.x, right: room.x }, maxZoom: MAX_ZOOM, duration: 0 },
        );
        await settled(map, FIT_WAIT_MS);
      }
      const canvas = await captureInRender(map);
      const picture: MapPicture | null = canvas
        ? {
            canvas,
            pixelRatio: box.width > 0 ? canvas.width / box.width : 1,
            centerLat: map.getCenter().lat,
            zoom: map.getZoom(),
            fitted: fit,
            parksPx: points.map((p) => map.project([p[0], p[1]])).map(({ x, y }) => ({ x, y })),
          }
        : null;
      if (fit) map.jumpTo(before);
      return picture;
    },
    [ref],
  );
}
