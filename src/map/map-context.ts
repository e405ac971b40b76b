/**
 * The map for code outside <Map>: app.tsx wraps the whole app in react-map-gl's MapProvider, and <Map id={MAP_ID}>
 * registers itself there, so the header and the print sheets reach the map through `useAppMap()` (the snapshot for
 * print and PNG) instead of querying the DOM for its canvas. Inside <Map> the same hook returns the map directly.
 */
import { useMap, type MapRef } from 'react-map-gl/maplibre';
import { MAP_ID } from './ids.ts';

export { MapProvider } from 'react-map-gl/maplibre';

/** The app's map, or undefined before it is created (or while WebGL is unavailable). */
export function useAppMap(): MapRef | undefined {
  const maps = useMap();
  return maps.current ?? maps[MAP_ID];
}
