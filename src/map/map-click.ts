/**
 * What a click on the map does. In measure mode every click adds a measure point. In the site editor, with a park
 * chosen, a click moves that park's draft point there (an undoable edit). Otherwise a park selects it, and
 * anywhere else starts a radius query there (closing an open park or project card, so the sidebar shows the query's results).
 */
import type { LngLat } from '../lib/schema.ts';
import { useAppStore } from '../store/index.ts';
import { LAYER } from './ids.ts';

export type MapClick = { lngLat: LngLat; layerId: string | null; featureId: string | null };

export function handleMapClick(click: MapClick): void {
  const s = useAppStore.getState();
  if (s.measuring) {
    s.addMeasurePoint(click.lngLat);
    return;
  }
  if (s.editorOpen && s.editorParkId) {
    s.editDraft(s.editorParkId, { point: click.lngLat }, 'point');
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
