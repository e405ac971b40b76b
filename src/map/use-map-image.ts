/**
 * Registers one image with the map (the offline style has no sprite) and reports when it is in: a symbol layer added
 * before its image keeps no icon for the tiles laid out meanwhile. A basemap switch drops images; they are added again
 * on 'styleimagemissing'. The pixels are computed (lib/ring-image.ts), not drawn on a canvas (issue 24: on the phone
 * profile the ring's drawing, with the canvas machinery it started, took about 160 ms of the map's start-up; the
 * project icons, ProjectsMapLayer.tsx, still start that machinery, about 90 ms now).
 */
import { useEffect, useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RgbaImage } from '../lib/ring-image.ts';

/** Made at this many device pixels per CSS pixel, for sharp edges on dense screens. */
export const IMAGE_PIXEL_RATIO = 2;

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

/**
 * Adds the image `id` (its pixels at IMAGE_PIXEL_RATIO from `pixels`, stable across renders) once the style is parsed;
 * true once it is in.
 */
export function useMapImage(id: string, pixels: () => RgbaImage): boolean {
  const { current: ref } = useMap();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const map = ref?.getMap?.();
    if (!map) return;
    const add = () => {
      if (map.hasImage(id)) return;
      map.addImage(id, pixels(), { pixelRatio: IMAGE_PIXEL_RATIO });
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
  }, [ref, id, pixels]);
  return ready;
}
