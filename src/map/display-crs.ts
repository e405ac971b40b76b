/** The CRS the map is drawn in (GCJ-02 only under a GCJ-02 online basemap), for map children that place things. */
import { createContext, useContext, useRef, type RefObject } from 'react';
import type { Crs } from '../lib/crs.ts';

export const DisplayCrsContext = createContext<Crs>('wgs84');

export function useDisplayCrs(): Crs {
  return useContext(DisplayCrsContext);
}

/**
 * The display CRS as a ref that follows it, for camera effects that place things (a fly-to, a fit) and must not run
 * again when only the CRS changes: the camera moves with a CRS change by itself (use-camera-hash.ts).
 */
export function useDisplayCrsRef(): RefObject<Crs> {
  const crs = useDisplayCrs();
  const ref = useRef(crs);
  ref.current = crs;
  return ref;
}
