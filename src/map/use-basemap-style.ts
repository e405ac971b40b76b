/** The style object for the map: the embedded basemap, or an online style with the app's layers on top. */
import { useEffect, useMemo, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import roadsUrl from '../../geo/roads.geojson?map-url';
import waterUrl from '../../geo/water.geojson?map-url';
import greenUrl from '../../geo/green.geojson?map-url';
import { useAppStore } from '../store/index.ts';
import { buildBasemapStyle, glyphsUrl, mergeOnlineStyle } from './basemap-style.ts';
import { MAP_DATA } from './basemap-data.ts';
import { geojsonToDisplay, type Crs } from '../lib/crs.ts';

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
 * The style and the CRS the map is drawn in: GCJ-02 only while a GCJ-02 online basemap is actually shown
 * (the embedded basemap, including the fallback after a failure, is WGS-84 like the data).
 */
export function useBasemapStyle(): { style: StyleSpecification; crs: Crs } {
  const lang = useAppStore((s) => s.lang);
  const basemapUrl = useAppStore((s) => s.basemapUrl);
  const basemapCrs = useAppStore((s) => s.basemapCrs);
  const [online, setOnline] = useState<StyleSpecification | null>(null);

  useEffect(() => {
    if (!basemapUrl) return;
    let live = true;
    fetchStyle(basemapUrl).then(
      (style) => live && setOnline(style),
      () => {
        if (!live) return;
        setOnline(null);
        useAppStore.getState().addNotice('notice.basemapFailed');
      },
    );
    return () => {
      live = false;
    };
  }, [basemapUrl]);

  const crs: Crs = online ? basemapCrs : 'wgs84';
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
    });
    return online ? mergeOnlineStyle(online, embedded) : embedded;
  }, [lang, online, data]);
  return { style, crs };
}
