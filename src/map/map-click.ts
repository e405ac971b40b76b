/**
 * What a click on the map does. In measure mode every click adds a measure point. In the site editor, with a park
 * chosen, a click moves that park's draft point there (an undoable edit). Otherwise a park selects it, and
 * anywhere else starts a radius query there (closing an open park or project card, so the sidebar shows the query's results).
 */
import type { Bilingual, LngLat } from '../lib/schema.ts';
import { useAppStore } from '../store/index.ts';
import { LAYER } from './ids.ts';

/**
 * A click, its position in WGS-84; `surface`: the online basemap it was made on (lib/basemaps.ts), or null for the
 * embedded map, so a site placed by a click says what it was placed on.
 */
export type MapClick = { lngLat: LngLat; layerId: string | null; featureId: string | null; surface: Bilingual | null };

export function handleMapClick(click: MapClick): void {
  const s = useAppStore.getState();
  if (s.measuring) {
    s.addMeasurePoint(click.lngLat);
    return;
  }
  if (s.editorOpen && s.editorParkId) {
    s.moveDraftPoint(s.editorParkId, click.lngLat, click.surface);
    return;
  }
  if (click.layerId === LAYER.projectsCircle && click.featureId) return s.selectProject(click.featureId);
  if (click.layerId === LAYER.parksCircle && click.featureId) {
    s.selectPark(click.featureId);
    return;
  }
  if (s.selection) s.selectPark(null);
  s.setRadiusOrigin(click.lngLat);
}
