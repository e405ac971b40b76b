/**
 * The style object for the map: the embedded basemap, an online preset's rasters under the app's layers (issue 21), or
 * a custom online style with the app's layers on top.
 */
import { useEffect, useMemo, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import roadsUrl from '../../geo/roads.geojson?map-url';
import waterUrl from '../../geo/water.geojson?map-url';
import greenUrl from '../../geo/green.geojson?map-url';
import { useAppStore } from '../store/index.ts';
import { buildBasemapStyle, glyphsUrl, mergeOnlineStyle } from './basemap-style.ts';
import { MAP_DATA } from './basemap-data.ts';
import { crsReady, geojsonToDisplay, loadCrs, type Crs } from '../lib/crs.ts';
import { displayCrsOf, type OnlinePreset } from '../lib/basemaps.ts';
import { selectCustomStyleUrl, selectDrawnPreset } from '../store/basemap-slice.ts';
import { presetPieces } from './basemaps.ts';

/** The pre-rendered label glyphs in the build (scripts/vite-plugin-fonts.ts). */
const GLYPHS = glyphsUrl(new URL('glyphs/', document.baseURI).href);
const ONLINE_TIMEOUT_MS = 6000;

/** Fetches an online style; rejects on network error, a non-JSON answer or after a timeout. */
async function fetchStyle(url: string): Promise<StyleSpecification> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), ONLINE_TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: ctrl.signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const style = (await res.json()) as StyleSpecification;
    if (style.version !== 8 || !Array.isArray(style.layers)) throw new Error('not a MapLibre style');
    return style;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether the map can be drawn in `crs` now; if not, loads what it needs and renders again when loaded. If that code
 * cannot load (offline before the app was ever cached), the basemap falls back to the embedded map with the usual
 * notice.
 */
function useCrsLoaded(crs: Crs, preset: OnlinePreset | null): boolean {
  const [, loaded] = useState(0);
  const ready = crsReady(crs);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadCrs(crs).then(
      () => live && loaded((n) => n + 1),
      () => {
        if (!live) return;
        const s = useAppStore.getState();
        if (preset) s.failBasemap(preset.id, 'network');
        else s.addNotice('notice.basemapFailed');
      },
    );
    return () => {
      live = false;
    };
  }, [crs, ready, preset]);
  return ready;
}

/**
 * The style, the CRS the map is drawn in and the preset drawn (null for the embedded map and a custom style). GCJ-02
 * only while a GCJ-02 basemap is actually shown (the embedded basemap, including the fallback after a failure, is
 * WGS-84 like the data; Tianditu's CGCS2000 is drawn as WGS-84).
 */
export function useBasemapStyle(): { style: StyleSpecification; crs: Crs; preset: OnlinePreset | null } {
  const lang = useAppStore((s) => s.lang);
  const chosenPreset = useAppStore(selectDrawnPreset);
  const basemapUrl = useAppStore(selectCustomStyleUrl);
  const basemapCrs = useAppStore((s) => s.basemapCrs);
  // The fetched custom style, with the URL it came from: used only while that URL is the one chosen.
  const [fetched, setFetched] = useState<{ url: string; style: StyleSpecification } | null>(null);
  const chosenOnline = fetched && fetched.url === basemapUrl ? fetched.style : null;

  useEffect(() => {
    if (!basemapUrl) return;
    let live = true;
    fetchStyle(basemapUrl).then(
      (style) => live && setFetched({ url: basemapUrl, style }),
      () => {
        if (!live) return;
        setFetched(null);
        useAppStore.getState().addNotice('notice.basemapFailed');
      },
    );
    return () => {
      live = false;
    };
  }, [basemapUrl]);

  const wanted: Crs = chosenPreset ? displayCrsOf(chosenPreset.datum) : chosenOnline ? basemapCrs : 'wgs84';
  // A GCJ-02 basemap waits for its shift's code (loaded on first use, issue 24): the embedded map stays meanwhile.
  const ready = useCrsLoaded(wanted, chosenPreset);
  const preset = ready ? chosenPreset : null;
  const online = ready ? chosenOnline : null;
  const crs: Crs = ready ? wanted : 'wgs84';
  // The overlay data in the display CRS (a copy only when shifted).
  const data = useMemo(() => {
    const { boundary, towns, townLabels, landmarkLabels, lines, stations } = MAP_DATA;
    return {
      boundary: geojsonToDisplay(boundary, crs),
      towns: geojsonToDisplay(towns, crs),
      townLabels: geojsonToDisplay(townLabels, crs),
      // A URL, drawn only on the embedded basemap (an online one has its own landmarks: mergeOnlineStyle).
      landmarkLabels,
      lines: geojsonToDisplay(lines, crs),
      stations: geojsonToDisplay(stations, crs),
    };
  }, [crs]);
  const style = useMemo(() => {
    const embedded = buildBasemapStyle({
      lang,
      glyphs: GLYPHS,
      urls: { roads: roadsUrl, water: waterUrl, green: greenUrl },
      data,
      raster: preset ? presetPieces(preset, lang) : null,
    });
    return online && !preset ? mergeOnlineStyle(online, embedded) : embedded;
  }, [lang, online, data, preset]);
  return { style, crs, preset };
}
