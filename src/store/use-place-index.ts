/** The search's gazetteer for components: null until loaded; asked for only while `wanted` (src/data/gazetteer-data.ts). */
import { useEffect, useState } from 'react';
import { loadPlaceIndex, placeIndexNow, type PlaceIndex } from '../data/gazetteer-data.ts';

/** The gazetteer once loaded (at once if it already is); starts the load when `wanted` turns true. A failed load is retried when `wanted` turns true again. */
export function usePlaceIndex(wanted: boolean): PlaceIndex | null {
  const [index, setIndex] = useState(placeIndexNow);
  useEffect(() => {
    if (!wanted || index) return;
    let live = true;
    loadPlaceIndex().then(
      (m) => {
        if (live) setIndex(m);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, index]);
  return index;
}
