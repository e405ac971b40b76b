/** What a click on the map does: a park selects it; elsewhere starts a radius query there (transit feature owns this). */
import type { LngLat } from '../lib/schema.ts';
import { useAppStore } from '../store/index.ts';
import { LAYER } from './ids.ts';

export type MapClick = { lngLat: LngLat; layerId: string | null; featureId: string | null };

export function handleMapClick(click: MapClick): void {
  const s = useAppStore.getState();
  if (click.layerId === LAYER.parksCircle && click.featureId) {
    s.selectPark(click.featureId);
    return;
  }
  s.setRadiusOrigin(click.lngLat);
}
