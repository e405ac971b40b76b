// The same-content baseline for `npm run bench` (issue 15): a bare MapLibre page (same maplibre-gl) drawing exactly
// the app's start-up style — every layer, source (inlined as GeoJSON) and font face, captured from the built app by
// scripts/bench.mjs with map.getStyle() — at the app's camera and map size, with the app's map options. No app code.
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

const input = JSON.parse(document.getElementById('bench-style').textContent);
const el = document.getElementById('map');
el.style.left = `${input.box.left}px`;
el.style.top = `${input.box.top}px`;
el.style.width = `${input.box.width}px`;
el.style.height = `${input.box.height}px`;
setWorkerUrl(workerUrl);
const map = new Map({
  container: el,
  style: input.style,
  center: input.camera.center,
  zoom: input.camera.zoom,
  bearing: input.camera.bearing,
  pitch: input.camera.pitch,
  fadeDuration: 0,
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
map.once('idle', () => performance.mark('map-idle'));
