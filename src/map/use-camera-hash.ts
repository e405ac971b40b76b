/**
 * The camera in the address, `#map=zoom/lat/lng[/bearing[/pitch]]` in MapLibre's format, but always WGS-84 like every
 * position the app gives out (issue 21): over an AMap preset the map is drawn in GCJ-02, and MapLibre's own hash would
 * write the drawn centre, 550 m off. Written after each move, read when the hash changes (url-sync.ts has refused a
 * bad one first); and when the drawing's CRS changes, the camera moves with it, so the same ground stays in the middle.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { formatCameraHash, parseCameraHash, type CameraHash } from '../lib/camera-hash.ts';
import { fromDisplay, toDisplay, type Crs } from '../lib/crs.ts';
import { CAMERA_LIMITS } from '../data/camera.ts';

/** The camera of the page's `#map=` hash (WGS-84), or null. */
export function hashCamera(hash: string = location.hash): CameraHash | null {
  const r = parseCameraHash(hash, CAMERA_LIMITS);
  return r.ok ? r.camera : null;
}

/** The camera a hash asks for, drawn in `crs`: react-map-gl's initial view state. */
export function hashViewState(camera: CameraHash, crs: Crs) {
  const [longitude, latitude] = toDisplay([camera.lng, camera.lat], crs);
  return { longitude, latitude, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
}

export function useCameraHash(crs: Crs): void {
  const { current } = useMap();
  const crsRef = useRef(crs);

  useEffect(() => {
    const map = current?.getMap?.();
    if (!map) return;
    const write = () => {
      const c = map.getCenter();
      const [lng, lat] = fromDisplay([c.lng, c.lat], crsRef.current);
      const hash = `#${formatCameraHash({ zoom: map.getZoom(), lat, lng, bearing: map.getBearing(), pitch: map.getPitch() })}`;
      if (location.hash !== hash)
        history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    };
    const read = () => {
      const camera = hashCamera();
      if (camera) map.jumpTo(hashViewStateCamera(camera, crsRef.current));
    };
    map.on('moveend', write);
    window.addEventListener('hashchange', read);
    return () => {
      map.off('moveend', write);
      window.removeEventListener('hashchange', read);
    };
  }, [current]);

  useEffect(() => {
    const map = current?.getMap?.();
    const previous = crsRef.current;
    crsRef.current = crs;
    if (!map || previous === crs) return;
    const c = map.getCenter();
    map.jumpTo({ center: toDisplay(fromDisplay([c.lng, c.lat], previous), crs) });
  }, [current, crs]);
}

/** The same as hashViewState, as MapLibre's jumpTo takes it. */
function hashViewStateCamera(camera: CameraHash, crs: Crs) {
  const v = hashViewState(camera, crs);
  return { center: [v.longitude, v.latitude] as [number, number], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch };
}
