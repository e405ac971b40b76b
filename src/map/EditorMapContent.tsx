/**
 * Inside <Map>: the site editor's park (issue 13), loaded with the editor (EditorMapLayer.tsx). A draggable marker at the draft point, the draft's placement region
 * drawn like a selected park's (RegionsMapLayer), and a dotted line from the park's point in the data. Positions
 * leave the map in WGS-84 (fromDisplay), whatever CRS the map is drawn in.
 */
import { useCallback, useMemo, type CSSProperties } from 'react';
import { Layer, Marker, Source, type MarkerDragEvent } from 'react-map-gl/maplibre';
import { useTranslation } from '../i18n/react.ts';
import { useAppStore } from '../store/index.ts';
import { useEditorTarget } from '../store/editor-hooks.ts';
import { selectDrawnPreset } from '../store/basemap-slice.ts';
import { fromDisplay, geojsonToDisplay, toDisplay } from '../lib/crs.ts';
import { regionGeometry } from '../lib/region.ts';
import { FIRST_OVERLAY_LAYER, LAYER, SRC } from './ids.ts';
import { EDITOR_COLOUR, editorFill, editorLine, editorMove, editorOrigin } from './layers.ts';
import { useDisplayCrs } from './display-crs.ts';
import { useFollowDraft } from './use-follow-draft.ts';
import '../i18n/later/editor.ts';

/** The handle: a disc centred on the point (the marker's anchor), dark-edged with a white halo on any ground. */
const HANDLE: CSSProperties = {
  width: 18,
  height: 18,
  borderRadius: '50%',
  background: EDITOR_COLOUR,
  border: '3px solid #1f1d1a',
  boxShadow: '0 0 0 2px #ffffff',
  cursor: 'grab',
};

/** The editor's marker, region and move line (EditorMapLayer loads it when the editor opens). */
export function EditorMapContent() {
  const { t } = useTranslation();
  const crs = useDisplayCrs();
  const target = useEditorTarget();
  const parkId = target?.park.id ?? null;
  const point = target?.draft.point ?? null;
  useFollowDraft(point);

  const data = useMemo(() => {
    if (!target) return null;
    const { park, draft, region } = target;
    const geometry = regionGeometry(region);
    const features = [
      ...(geometry ? [{ type: 'Feature' as const, properties: { role: 'region' }, geometry }] : []),
      {
        type: 'Feature' as const,
        properties: { role: 'move' },
        geometry: { type: 'LineString' as const, coordinates: [park.coordinates, draft.point] },
      },
      {
        type: 'Feature' as const,
        properties: { role: 'origin' },
        geometry: { type: 'Point' as const, coordinates: park.coordinates },
      },
    ];
    return geojsonToDisplay({ type: 'FeatureCollection' as const, features }, crs);
  }, [target, crs]);

  // The basemap the marker is dragged on: an online one is named in the draft's source.
  const surface = useAppStore((s) => selectDrawnPreset(s)?.surface ?? null);
  const onDragEnd = useCallback(
    (e: MarkerDragEvent) => {
      if (parkId)
        useAppStore.getState().moveDraftPoint(parkId, fromDisplay([e.lngLat.lng, e.lngLat.lat], crs), surface);
    },
    [parkId, crs, surface],
  );

  if (!target || !data || !point) return null;
  const [longitude, latitude] = toDisplay(point, crs);
  return (
    <>
      <Source id={SRC.editor} type="geojson" data={data}>
        <Layer {...editorFill} beforeId={FIRST_OVERLAY_LAYER} />
        <Layer {...editorLine} beforeId={LAYER.parksCircle} />
        <Layer {...editorMove} />
        <Layer {...editorOrigin} />
      </Source>
      <Marker longitude={longitude} latitude={latitude} anchor="center" draggable onDragEnd={onDragEnd}>
        <div
          className="editor-marker"
          role="img"
          aria-label={t('editor.point.current', { lon: point[0].toFixed(6), lat: point[1].toFixed(6) })}
          title={t('editor.point.hint')}
          style={HANDLE}
        />
      </Marker>
    </>
  );
}
