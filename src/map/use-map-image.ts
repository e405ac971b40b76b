/**
 * Registers one canvas-drawn image with the map (the offline style has no sprite) and reports when it is in: a symbol
 * layer added before its image keeps no icon for the tiles laid out meanwhile. A basemap switch drops images; they are
 * drawn again on 'styleimagemissing'.
 */
import { useEffect, useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';

/** Drawn at this many device pixels per CSS pixel, for sharp edges on dense screens. */
const RATIO = 2;

/** Draws `sizePx` × `sizePx` CSS pixels (the context is already scaled) and returns the RGBA pixels, or null without a canvas. */
function render(
  sizePx: number,
  draw: (ctx: CanvasRenderingContext2D) => void,
): { width: number; height: number; data: Uint8Array } | null {
  const size = sizePx * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // willReadFrequently keeps the canvas on the CPU: getImageData from a GPU canvas is a slow read-back.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.scale(RATIO, RATIO);
  draw(ctx);
  const img = ctx.getImageData(0, 0, size, size);
  return { width: size, height: size, data: new Uint8Array(img.data.buffer) };
}

/**
 * Runs `fn` once the map's style is parsed ('style.load'), or now if it is; returns the cleanup. Not after the first
 * full render ('load'): a layer that waits for its images until then is added after every tile was laid out, and
 * they are all laid out again before the map is idle.
 */
export function whenStyleParsed(map: MaplibreMap, fn: () => void): () => void {
  if ((map as unknown as { style?: { _loaded?: boolean } }).style?._loaded) {
    fn();
    return () => {};
  }
  map.once('style.load', fn);
  return () => {
    map.off('style.load', fn);
  };
}

/** Adds the image `id` (drawn by `draw`, stable across renders) once the style is parsed; true once it is in. */
export function useMapImage(id: string, sizePx: number, draw: (ctx: CanvasRenderingContext2D) => void): boolean {
  const { current: ref } = useMap();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const map = ref?.getMap?.();
    if (!map) return;
    const add = () => {
      if (map.hasImage(id)) return;
      const img = render(sizePx, draw);
      if (img) map.addImage(id, img, { pixelRatio: RATIO });
    };
    const onLoad = () => {
      add();
      setReady(true);
    };
    const onMissing = (e: { id: string }) => {
      if (e.id === id) add();
    };
    map.on('styleimagemissing', onMissing);
    const cancel = whenStyleParsed(map, onLoad);
    return () => {
      map.off('styleimagemissing', onMissing);
      cancel();
    };
  }, [ref, id, sizePx, draw]);
  return ready;
}
