/**
 * Loads maplibre-gl (its own chunk, maplibre-lib.ts) for the map pane. index.html preloads the chunk, so it downloads
 * alongside the entry; it is run only when the map pane's chunk runs, after the first paint (app.tsx, afterFirstPaint),
 * so that running a megabyte of MapLibre never holds up the first paint of the header and the park list.
 */
import type { MapLib } from 'react-map-gl/maplibre';

/**
 * Resolves once the page's first contentful paint has reached the screen (its paint timing entry), or after a frame
 * and a task where the browser reports no paint timing. A frame and a task alone are too early on a slow machine: the
 * frame is still being rasterised, and a megabyte of MapLibre run then delays what it shows by as long.
 */
export function afterFirstPaint(): Promise<void> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint'))
    return frame();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    observer.observe({ type: 'paint', buffered: true });
    // A page that never paints content (a background tab) still gets its map.
    const timer = setTimeout(done, 2000);
  });
}

let loading: Promise<MapLib> | null = null;

/**
 * maplibre-gl, run on first call (the map pane's module calls it; app.tsx loads that after the first paint). Not at
 * this module's start: app.tsx imports this module in the entry, which runs before the park data has arrived, so a
 * "first frame" then would be a blank one, and a megabyte of MapLibre would run before the list is painted.
 */
export function loadMaplibre(): Promise<MapLib> {
  loading ??= import('./maplibre-lib.ts').then(
    // It holds the classes of the components the app renders (<Map>, <Marker>, three controls), not Popup, Fullscreen,
    // Geolocate, Terrain or Logo: react-map-gl constructs a class only when its component is rendered.
    (m) => m.MAPLIBRE as unknown as MapLib,
  );
  return loading;
}

/**
 * False when the browser has no WebGL2 at all (MapLibre 6 needs it): the app then starts as a list. A cheap test on
 * purpose: creating a context to find out took a quarter of a second before the first paint under software WebGL,
 * and the map creates its own anyway. Where WebGL2 exists but no context can be made (a blocklisted GPU), the map's
 * construction fails and the app falls back to the list then (MapPane `onError`).
 */
export function hasWebGL2(doc: Document | undefined = globalThis.document): boolean {
  // The build's prerender has no document: it renders the map's place, and main.tsx checks again before hydrating.
  if (!doc) return true;
  return typeof doc.defaultView?.WebGL2RenderingContext === 'function';
}
