/**
 * Inside <Map>: the radius query's circle and centre, the measure tool's path and points, and the measure control
 * (a small panel over the map: toggle, running total, undo, clear). Map clicks are routed by map-click.ts.
 * Also the labels that must win (issue 14), added here after the park layers so they are placed first: station
 * names, then the chosen place's name and its dot on top, and the edge frame that keeps labels inside the map.
 */
import { useMemo } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import { useTranslation } from '../i18n/react.ts';
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { useAppStore } from '../store/index.ts';
import { circlePolygon } from '../lib/spatial.ts';
import { usePlaceIndex } from '../store/use-place-index.ts';
import { MY_LOCATION } from '../store/place-slice.ts';
import type { LngLat } from '../lib/schema.ts';
import { LAYER, SRC } from './ids.ts';
import { measureLine, measurePoint, radiusCentre, radiusFill, radiusLabel, radiusLine } from './layers.ts';
import { stationsLabelLayer } from './basemap-style.ts';
import { EdgeFrameLayer } from './EdgeFrameLayer.tsx';
import { geojsonToDisplay } from '../lib/crs.ts';
import { useDisplayCrs } from './display-crs.ts';
import { Deferred, lazyNamed } from '../ui/Deferred.tsx';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The measure read-out and its shortcuts load the first time the tool is switched on (MeasureReadout.tsx). */
const MeasureReadout = lazyNamed(() => import('./MeasureReadout.tsx').then((m) => m.MeasureReadout));

export function MeasureControl() {
  const { t } = useTranslation();
  const measuring = useAppStore((s) => s.measuring);
  return (
    <div className="measure-control map-panel">
      <button
        type="button"
        className="button"
        aria-pressed={measuring}
        onClick={() => useAppStore.getState().setMeasuring(!measuring)}
      >
        {measuring ? t('transit.measure.done') : t('transit.measure.toggle')}
      </button>
      {measuring ? (
        <Deferred pending={t('common.loading')} failed={t('common.loadFailed')} className="measure-readout">
          <MeasureReadout />
        </Deferred>
      ) : null}
    </div>
  );
}

const sameOrigin = (a: LngLat, b: LngLat) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

/**
 * The chosen place while it is still the radius origin: its name in both languages ("my location" for the user's
 * position) and, for a station, its id. Null without one, or once the centre has moved off it.
 */
function useChosenPlace(): { name: { zh: string; en: string }; stationId: string | null } | null {
  const { i18n } = useTranslation();
  const place = useAppStore((s) => s.place);
  const origin = useAppStore((s) => s.radius?.origin ?? null);
  // The gazetteer names the place: loaded on first use (already there when the place was chosen in the search).
  const index = usePlaceIndex(place !== null && place.key !== MY_LOCATION);
  return useMemo(() => {
    if (!place || !origin || !sameOrigin(place.origin, origin)) return null;
    if (place.key === MY_LOCATION) {
      const me = (lang: string) => i18n.getFixedT(lang)('search.myLocation');
      return { name: { zh: me('zh'), en: me('en') }, stationId: null };
    }
    const found = index?.placeByKey(place.key);
    if (!found) return null;
    return { name: found.name, stationId: found.kind === 'station' ? found.id : null };
  }, [place, origin, i18n, index]);
}

export function TransitMapLayers() {
  const lang = useAppStore((s) => s.lang);
  const radius = useAppStore((s) => s.radius);
  const points = useAppStore((s) => s.measurePoints);
  const crs = useDisplayCrs();
  const chosen = useChosenPlace();
  // The radius and measure layers come and go with what they draw; the edge boxes stay the topmost symbol layer, so
  // the place's name too moves inward at an edge (EdgeFrameLayer.tsx).
  const { current: ref } = useMap();
  const underEdge = ref?.getMap?.().getLayer(LAYER.edgeFrame) ? LAYER.edgeFrame : undefined;

  const circle = useMemo<FeatureCollection>(() => {
    if (!radius) return EMPTY;
    const named = chosen ? { name_zh: chosen.name.zh, name_en: chosen.name.en } : {};
    return geojsonToDisplay(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { role: 'circle' }, geometry: circlePolygon(radius.origin, radius.radiusKm) },
          {
            type: 'Feature',
            properties: { role: 'centre', ...named },
            geometry: { type: 'Point', coordinates: radius.origin },
          },
        ],
      } satisfies FeatureCollection,
      crs,
    );
  }, [radius, chosen, crs]);

  // The chosen station's name is the place label: its own station label stands aside, so it is not named twice.
  const chosenStation = chosen?.stationId ?? '';
  const stations = useMemo(() => {
    const spec = stationsLabelLayer(lang);
    return { ...spec, filter: ['!=', ['get', 'id'], chosenStation] as FilterSpecification };
  }, [lang, chosenStation]);
  const placeLayout = useMemo(
    () => ({ ...radiusLabel.layout, 'text-field': ['get', `name_${lang}`] as ExpressionSpecification }),
    [lang],
  );

  const measure = useMemo<FeatureCollection>(
    () =>
      geojsonToDisplay(
        {
          type: 'FeatureCollection',
          features: [
            ...(points.length >= 2
              ? [
                  {
                    type: 'Feature' as const,
                    properties: {},
                    geometry: { type: 'LineString' as const, coordinates: points },
                  },
                ]
              : []),
            ...points.map((p) => ({
              type: 'Feature' as const,
              properties: {},
              geometry: { type: 'Point' as const, coordinates: p },
            })),
          ],
        } satisfies FeatureCollection,
        crs,
      ),
    [points, crs],
  );

  return (
    <>
      <Layer {...stations} />
      {/* Only while there is something to draw: an empty source still costs the first load a round of tiles. */}
      {circle.features.length ? (
        <Source id={SRC.radius} type="geojson" data={circle}>
          <Layer {...radiusFill} filter={POLYGONS} beforeId={LAYER.parksCircle} />
          <Layer {...radiusLine} filter={POLYGONS} beforeId={LAYER.parksCircle} />
          <Layer {...radiusCentre} filter={POINTS} beforeId={underEdge} />
          <Layer {...radiusLabel} layout={placeLayout} filter={POINTS} beforeId={underEdge} />
        </Source>
      ) : null}
      {measure.features.length ? (
        <Source id={SRC.measure} type="geojson" data={measure}>
          <Layer {...measureLine} filter={LINES} beforeId={underEdge} />
          <Layer {...measurePoint} filter={POINTS} beforeId={underEdge} />
        </Source>
      ) : null}
      <EdgeFrameLayer />
      <MeasureControl />
    </>
  );
}

const POLYGONS: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const LINES: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const POINTS: FilterSpecification = ['==', ['geometry-type'], 'Point'];
