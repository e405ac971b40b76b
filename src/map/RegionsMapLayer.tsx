/**
 * Inside <Map>: the parks' placement regions (where each park's true site lies; lib/region.ts). The fill lies under the
 * basemap's linework and labels; the dashed outline above them (a region clipped to its town would otherwise hide under
 * the town boundary) but under the park circles. The hovered and selected parks always show theirs; the 'regions'
 * layer switch (off by default) shows those of all visible parks, fainter.
 */
import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/index.ts';
import { selectSelectedParkId } from '../store/selection-slice.ts';
import { useVisibleParkIds } from '../store/hooks.ts';
import { geojsonToDisplay } from '../lib/crs.ts';
import { MAP_DATA } from './basemap-data.ts';
import { FIRST_OVERLAY_LAYER, LAYER, SRC } from './ids.ts';
import { REGION_STYLE, regionsFill, regionsLine } from './layers.ts';
import { idCase, idFilter } from './expressions.ts';
import { useDisplayCrs } from './display-crs.ts';
import { useOnceNeeded } from './use-once-needed.ts';

export function RegionsMapLayer() {
  const crs = useDisplayCrs();
  const data = useMemo(() => geojsonToDisplay(MAP_DATA.regions, crs), [crs]);
  const focusIds = useAppStore(
    useShallow((s) => [selectSelectedParkId(s), s.hoveredParkId].filter((id): id is string => id !== null)),
  );
  const showAll = useAppStore((s) => !s.hiddenLayers.includes('regions'));
  const visibleIds = useVisibleParkIds();

  const filter = useMemo(
    () => idFilter(showAll ? [...visibleIds, ...focusIds] : focusIds),
    [showAll, visibleIds, focusIds],
  );
  const fillPaint = useMemo(
    () => ({
      ...regionsFill.paint,
      'fill-opacity': idCase(focusIds, REGION_STYLE.focus.fillOpacity, REGION_STYLE.all.fillOpacity),
    }),
    [focusIds],
  );
  const linePaint = useMemo(
    () => ({
      ...regionsLine.paint,
      'line-opacity': idCase(focusIds, REGION_STYLE.focus.lineOpacity, REGION_STYLE.all.lineOpacity),
    }),
    [focusIds],
  );

  // No source until a region is first shown (the switch on, a park chosen or hovered).
  if (!useOnceNeeded(showAll || focusIds.length > 0)) return null;
  return (
    <Source id={SRC.regions} type="geojson" data={data}>
      <Layer {...regionsFill} paint={fillPaint} filter={filter} beforeId={FIRST_OVERLAY_LAYER} />
      <Layer {...regionsLine} paint={linePaint} filter={filter} beforeId={LAYER.parksCircle} />
    </Source>
  );
}
