// The baseline for `npm run bench`: the same maplibre-gl version, a minimal local style, no app.
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
const map = new Map({
  container: 'map',
  style: {
    version: 8,
    sources: {
      box: {
        type: 'geojson',
        data: {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [116.05, 39.89],
                [116.39, 39.89],
                [116.39, 40.16],
                [116.05, 40.16],
                [116.05, 39.89],
              ],
            ],
          },
        },
      },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f5f3ef' } },
      { id: 'box', type: 'line', source: 'box', paint: { 'line-color': '#333' } },
    ],
  },
  bounds: [116.05, 39.89, 116.39, 40.16],
  fadeDuration: 0,
});
map.once('idle', () => performance.mark('map-idle'));
