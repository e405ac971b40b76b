/**
 * Inside <Map>: the radius query's circle and centre, the measure tool's path and points, and the measure control
 * (a small panel over the map: toggle, running total, undo, clear). Map clicks are routed by map-click.ts.
 */
import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { useAppStore } from '../store/index.ts';
import { circlePolygon, pathLengthKm } from '../lib/spatial.ts';
import { formatCount } from '../lib/format.ts';
import { formatDistanceKm } from '../i18n/format.ts';
import { LAYER, SRC } from './ids.ts';
import { measureLine, measurePoint, radiusCentre, radiusFill, radiusLine } from './layers.ts';
import { geojsonToDisplay } from '../lib/crs.ts';
import { useDisplayCrs } from './display-crs.ts';
import { SHORTCUT_LEVEL, useShortcuts } from '../ui/use-shortcuts.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function MeasureControl() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const measuring = useAppStore((s) => s.measuring);
  const points = useAppStore((s) => s.measurePoints);
  const s = useAppStore.getState();
  const km = useMemo(() => pathLengthKm(points), [points]);

  // Escape leaves measure mode.
  useShortcuts(SHORTCUT_LEVEL.tool, measuring, { Escape: () => useAppStore.getState().setMeasuring(false) });

  return (
    <div className="measure-control map-panel">
      <button type="button" className="button" aria-pressed={measuring} onClick={() => s.setMeasuring(!measuring)}>
        {measuring ? t('transit.measure.done') : t('transit.measure.toggle')}
      </button>
      {measuring ? (
        <div className="measure-readout" aria-live="polite">
          {points.length < 2 ? (
            <span>{t('transit.measure.hint')}</span>
          ) : (
            <strong className="figure" data-testid="measure-total">
              {t('transit.measure.total', { distance: formatDistanceKm(km, lang) })}
            </strong>
          )}
          {points.length ? (
            <span className="muted"> · {t('transit.measure.points', { count: formatCount(points.length, lang) })}</span>
          ) : null}
          {points.length ? (
            <span className="measure-actions">
              <button type="button" className="link-button" onClick={() => s.undoMeasurePoint()}>
                {t('transit.measure.undo')}
              </button>
              <button type="button" className="link-button" onClick={() => s.clearMeasure()}>
                {t('transit.measure.clear')}
              </button>
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function TransitMapLayers() {
  const radius = useAppStore((s) => s.radius);
  const points = useAppStore((s) => s.measurePoints);
  const crs = useDisplayCrs();

  const circle = useMemo<FeatureCollection>(() => {
    if (!radius) return EMPTY;
    return geojsonToDisplay(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { role: 'circle' }, geometry: circlePolygon(radius.origin, radius.radiusKm) },
          { type: 'Feature', properties: { role: 'centre' }, geometry: { type: 'Point', coordinates: radius.origin } },
        ],
      } satisfies FeatureCollection,
      crs,
    );
  }, [radius, crs]);

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
      <Source id={SRC.radius} type="geojson" data={circle}>
        <Layer {...radiusFill} filter={POLYGONS} beforeId={LAYER.parksCircle} />
        <Layer {...radiusLine} filter={POLYGONS} beforeId={LAYER.parksCircle} />
        <Layer {...radiusCentre} filter={POINTS} />
      </Source>
      <Source id={SRC.measure} type="geojson" data={measure}>
        <Layer {...measureLine} filter={LINES} />
        <Layer {...measurePoint} filter={POINTS} />
      </Source>
      <MeasureControl />
    </>
  );
}

const POLYGONS: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const LINES: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const POINTS: FilterSpecification = ['==', ['geometry-type'], 'Point'];
