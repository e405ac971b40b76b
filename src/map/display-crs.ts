/** The CRS the map is drawn in (GCJ-02 only under a GCJ-02 online basemap), for map children that place things. */
import { createContext, useContext } from 'react';
import type { Crs } from '../lib/crs.ts';

export const DisplayCrsContext = createContext<Crs>('wgs84');

export function useDisplayCrs(): Crs {
  return useContext(DisplayCrsContext);
}
