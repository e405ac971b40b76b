/**
 * The parts of maplibre-gl the app uses, by name, so the bundler keeps only what they need (a namespace import or
 * `import('maplibre-gl')` keeps every export). react-map-gl takes MAPLIBRE as its `mapLib` (maplibre.ts), and
 * scripts/vite-plugin-startup.ts points react-map-gl's own fallback `import('maplibre-gl')` (unused: the app always
 * passes `mapLib`) here too, so that it keeps nothing more. Loading it points MapLibre at
 * the bundled worker (PLATFORM.md: needed after `vite build`) and starts the worker at once (`prewarm`), so the worker
 * script downloads and starts while the map pane's code is still loading.
 */
import { AttributionControl, Map, Marker, NavigationControl, ScaleControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
prewarm();

/** What react-map-gl's components construct (<Map>, <Marker>, the three controls) and what it may set (setWorkerUrl). */
export const MAPLIBRE = { AttributionControl, Map, Marker, NavigationControl, ScaleControl, setWorkerUrl };
