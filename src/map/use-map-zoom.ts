/** The map's zoom for code outside <Map> (the legend's size key), updated when a zoom ends; null before the map exists. */
import { useEffect, useState } from 'react';
import { useAppMap } from './map-context.ts';

export function useMapZoom(): number | null {
  const ref = useAppMap();
  const [zoom, setZoom] = useState<number | null>(null);
  useEffect(() => {
    const map = ref?.getMap?.();
    if (!map) return;
    const update = () => setZoom(map.getZoom());
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [ref]);
  return zoom;
}
