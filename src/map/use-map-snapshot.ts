/**
 * Pictures of the map, for the print sheets (a PNG data URL) and the PNG export (a canvas copy with what a scale bar
 * and a size key need). The map is created with `preserveDrawingBuffer` (MapPane.tsx), so its canvas can be read
 * between frames; the copy is taken in a fresh `render` event. Given points to show, the camera is fitted to them for
 * the picture and put back where the user left it afterwards. The header and the print sheets live outside <Map>:
 * they reach the map through the app's MapProvider (map-context.ts).
 *
 * The picture shows the basemap on screen (issue 21). Over an online basemap its credit and approval number (审图号)
 * are written into the picture's bottom-left corner, where the map shows them; where the browser will not let the
 * canvas be read, the picture is taken again on the embedded basemap, and its credit says so.
 */
import { useCallback } from 'react';
import { useAppMap } from './map-context.ts';
import type { LngLat } from '../lib/schema.ts';
import { attributionOf, displayCrsOf } from '../lib/basemaps.ts';
import { toDisplay } from '../lib/crs.ts';
import { useAppStore } from '../store/index.ts';
import { selectDrawnPreset } from '../store/basemap-slice.ts';
import { i18n } from '../i18n/index.ts';
import '../i18n/later/basemap.ts';

type Camera = { center: { lng: number; lat: number }; zoom: number; bearing: number; pitch: number };
type Padding = { top: number; bottom: number; left: number; right: number };
type Capturable = {
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
    options: { padding: number | Padding; maxZoom: number; duration: number },
  ) => unknown;
};

/** What the picture must show: these points (WGS-84), with room around them, no closer than `maxZoom`. */
export type SnapshotFrame = {
  points: readonly LngLat[];
  paddingPx: number | Padding;
  maxZoom: number;
  /** Fit only when a point lies outside the current view less `paddingPx` (the export keeps a view that shows all). */
  onlyIfNeeded?: boolean;
};

export type MapPicture = {
  /** A copy of the map canvas, device pixels. */
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
  centerLat: number;
  zoom: number;
  /** Whether the camera was fitted to the points for the picture (and then put back). */
  fitted: boolean;
  /** Each point's position in the picture, CSS px. */
  pointsPx: { x: number; y: number }[];
  /**
   * The basemap's credit written into the picture, in the UI's language: an online basemap's attribution and
   * approval number, or the note that the picture was drawn on the embedded basemap instead; null for the embedded map.
   */
  basemapCredit: string | null;
};

const RENDER_WAIT_MS = 1000;
/** Longest wait for the map to draw a fitted frame before the picture is taken anyway. */
const FIT_WAIT_MS = 5000;

/** Writes `text` into the canvas's bottom-left corner on a pale backdrop, as the map shows its basemap credit. */
function stampCredit(canvas: HTMLCanvasElement, text: string, pixelRatio: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const u = pixelRatio;
  const family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
  ctx.save();
  ctx.font = `${11 * u}px ${family}`;
  ctx.textBaseline = 'alphabetic';
  const pad = 4 * u;
  const width = Math.min(ctx.measureText(text).width, canvas.width - 2 * pad);
  const h = 16 * u;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillRect(0, canvas.height - h, width + 2 * pad, h);
  ctx.fillStyle = '#333333';
  ctx.fillText(text, pad, canvas.height - 4.5 * u, canvas.width - 2 * pad);
  ctx.restore();
}

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

function captureInRender(map: Capturable): Promise<HTMLCanvasElement | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(copyCanvas(map.getCanvas())), RENDER_WAIT_MS);
    map.once('render', () => {
      clearTimeout(timer);
      resolve(copyCanvas(map.getCanvas()));
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

/** The frame's padding per side, at most a quarter of the view (a small screen still has a middle to fit into). */
function sides(p: number | Padding, box: { width: number; height: number }): Padding {
  const { top, bottom, left, right } = typeof p === 'number' ? { top: p, bottom: p, left: p, right: p } : p;
  const x = (v: number) => Math.min(v, box.width / 4);
  const y = (v: number) => Math.min(v, box.height / 4);
  return { top: y(top), bottom: y(bottom), left: x(left), right: x(right) };
}

/** Waits until the store change has reached the map (a style switch) and it has drawn it, or `ms` at most. */
async function redrawn(map: Capturable, ms: number): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await settled(map, ms);
}

async function takePicture(map: Capturable, frame?: SnapshotFrame): Promise<MapPicture | null> {
  const box = map.getContainer().getBoundingClientRect();
  const preset = selectDrawnPreset(useAppStore.getState());
  // The points as drawn: over a GCJ-02 basemap the app's drawing is shifted, and so is the frame.
  const crs = preset ? displayCrsOf(preset.datum) : 'wgs84';
  const points = (frame?.points ?? []).map((p) => toDisplay(p, crs));
  const room = sides(frame?.paddingPx ?? 0, box);
  let fit = points.length > 0;
  if (fit && frame?.onlyIfNeeded) {
    const inside = ({ x, y }: { x: number; y: number }) =>
      x >= room.left && x <= box.width - room.right && y >= room.top && y <= box.height - room.bottom;
    fit = !points.every((p) => inside(map.project(p)));
  }
  const before: Camera = {
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
  if (fit && frame) {
    const lngs = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    map.fitBounds(
      [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
      { padding: room, maxZoom: frame.maxZoom, duration: 0 },
    );
    await settled(map, FIT_WAIT_MS);
  }
  // What the picture shows, read right after it is taken (the embedded basemap draws the points unshifted).
  const shoot = async (drawn: readonly LngLat[]) => {
    const canvas = await captureInRender(map);
    const pointsPx = drawn.map((p) => map.project(p)).map(({ x, y }) => ({ x, y }));
    return canvas ? { canvas, pointsPx, centerLat: map.getCenter().lat, zoom: map.getZoom() } : null;
  };
  let shot = await shoot(points);
  let instead = false;
  if (!shot && preset) {
    // The browser will not let the online basemap's picture be read: draw this one on the embedded basemap.
    useAppStore.setState({ basemapSuspended: true });
    await redrawn(map, FIT_WAIT_MS);
    shot = await shoot(frame?.points ?? []);
    instead = shot !== null;
    useAppStore.setState({ basemapSuspended: false });
    await redrawn(map, FIT_WAIT_MS);
  }
  const lang = useAppStore.getState().lang;
  const t = i18n.getFixedT(lang);
  const credit = instead
    ? t('basemap.offlineInstead')
    : preset
      ? t('basemap.credit', { attribution: attributionOf(preset, lang) })
      : null;
  const pixelRatio = box.width > 0 && shot ? shot.canvas.width / box.width : 1;
  if (shot && credit) stampCredit(shot.canvas, credit, pixelRatio);
  const picture: MapPicture | null = shot ? { ...shot, pixelRatio, fitted: fit, basemapCredit: credit } : null;
  if (fit) map.jumpTo(before);
  return picture;
}

/** Returns a function that resolves to the map picture (showing `frame`'s points), or null with no readable map. */
export function useMapPicture(): (frame?: SnapshotFrame) => Promise<MapPicture | null> {
  const ref = useAppMap();
  return useCallback(
    async (frame?: SnapshotFrame) => {
      const map = (ref as { getMap?: () => Capturable } | undefined)?.getMap?.();
      return map ? takePicture(map, frame) : null;
    },
    [ref],
  );
}

/**
 * The same picture as `data:image/png;base64,…` (the print sheets) with the basemap's credit written into it (also
 * given apart, for a caption), or null.
 */
export function useMapSnapshot(): (frame?: SnapshotFrame) => Promise<{ png: string; credit: string | null } | null> {
  const picture = useMapPicture();
  return useCallback(
    async (frame?: SnapshotFrame) => {
      const shot = await picture(frame);
      return shot ? { png: shot.canvas.toDataURL('image/png'), credit: shot.basemapCredit } : null;
    },
    [picture],
  );
}
