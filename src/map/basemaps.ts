/**
 * The MapLibre side of the online basemap presets (issue 21; the registry is src/lib/basemaps.ts): the raster
 * sources and layers of a preset, the request transform that adds the Tianditu key to its tiles at request time, and
 * the watch that falls back to the embedded map when its tiles fail or do not come.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { RasterLayerSpecification, RasterSourceSpecification, RequestParameters } from 'maplibre-gl';
import {
  TILE_TIMEOUT_MS,
  classifyTileError,
  parseProxyOrigin,
  tileRequestUrl,
  tileUrls,
  type FallbackReason,
  type OnlinePreset,
} from '../lib/basemaps.ts';
import type { Lang } from '../lib/format.ts';
import { useAppStore } from '../store/index.ts';
import { selectDrawnPreset, selectTiandituKey } from '../store/basemap-slice.ts';

/** The tile host of every preset, from VITE_TILE_PROXY at build time (an office's tile cache, an intranet proxy, the tests). */
export const TILE_PROXY: string | null = parseProxyOrigin(import.meta.env.VITE_TILE_PROXY as string | undefined);

/** Source and layer ids of a preset's rasters (each source has one layer of the same id). */
export const BASEMAP_RASTER = { base: 'basemap-base', labels: 'basemap-labels' } as const;
const RASTER_IDS = new Set<string>(Object.values(BASEMAP_RASTER));

/** A preset as style pieces: its sources, the base layer (the ground) and its label overlay, if it has one. */
export type RasterPieces = {
  sources: Record<string, RasterSourceSpecification>;
  base: RasterLayerSpecification;
  labels: RasterLayerSpecification | null;
};

/** The raster sources and layers of a preset in the UI's language; no key in them (transformTileRequest adds it). */
export function presetPieces(preset: OnlinePreset, lang: Lang, proxy: string | null = TILE_PROXY): RasterPieces {
  const source = (layer: 'base' | 'labels'): RasterSourceSpecification => ({
    type: 'raster',
    tiles: tileUrls(preset, layer, lang, proxy),
    tileSize: preset.tileSize,
    minzoom: preset.minzoom,
    maxzoom: preset.maxzoom,
  });
  const layer = (id: string): RasterLayerSpecification => ({ id, type: 'raster', source: id });
  return {
    sources: {
      [BASEMAP_RASTER.base]: source('base'),
      ...(preset.labels ? { [BASEMAP_RASTER.labels]: source('labels') } : {}),
    },
    base: layer(BASEMAP_RASTER.base),
    labels: preset.labels ? layer(BASEMAP_RASTER.labels) : null,
  };
}

/**
 * MapLibre's `transformRequest`: a tile of the preset being drawn gets the Tianditu key here, when it is requested, so
 * the key is in no style, link or log of the app. Read from the store at each request: always the current key.
 */
export function transformTileRequest(url: string): RequestParameters {
  const s = useAppStore.getState();
  const preset = selectDrawnPreset(s);
  return { url: tileRequestUrl(url, preset, { lang: s.lang, proxy: TILE_PROXY, key: selectTiandituKey(s) }) };
}

/** What MapLibre reports of a failed tile: an AJAXError carries the status and the body; a decoding error neither. */
async function tileErrorReason(error: unknown): Promise<FallbackReason | null> {
  const e = error as { status?: unknown; body?: unknown; name?: unknown } | null;
  if (e?.name === 'AbortError') return null;
  const status = typeof e?.status === 'number' ? e.status : null;
  let body = '';
  if (e?.body instanceof Blob && e.body.size)
    body =
      (await e.body
        .slice(0, 2048)
        .text()
        .catch(() => '')) ?? '';
  return classifyTileError({ status, body });
}

type SourceEvent = { sourceId?: string; tile?: { state?: string }; error?: unknown };

/**
 * Inside <Map>, while a preset is drawn: leaves it for the embedded map (store.failBasemap, with its notice) when any
 * of its tiles fails with an error that is not a 404, or when none has arrived TILE_TIMEOUT_MS after it was chosen.
 */
export function useBasemapFallback(preset: OnlinePreset | null): void {
  const { current } = useMap();
  useEffect(() => {
    const map = current?.getMap?.();
    if (!map || !preset) return;
    let settled = false;
    const fail = (reason: FallbackReason) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      useAppStore.getState().failBasemap(preset.id, reason);
    };
    const timer = setTimeout(() => fail('timeout'), TILE_TIMEOUT_MS);
    const onError = (e: SourceEvent) => {
      if (!e.sourceId || !RASTER_IDS.has(e.sourceId)) return;
      void tileErrorReason(e.error).then((reason) => reason && fail(reason));
    };
    const onData = (e: SourceEvent) => {
      if (e.sourceId && RASTER_IDS.has(e.sourceId) && e.tile?.state === 'loaded') clearTimeout(timer);
    };
    map.on('error', onError);
    map.on('sourcedata', onData);
    return () => {
      settled = true;
      clearTimeout(timer);
      map.off('error', onError);
      map.off('sourcedata', onData);
    };
  }, [current, preset]);
}
