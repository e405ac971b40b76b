/** The map: uncontrolled, fitted to Haidian, camera in the #map= hash; parks as circle and symbol layers. */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Map,
  Source,
  Layer,
  NavigationControl,
  useMap,
  ScaleControl,
  AttributionControl,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { ExpressionSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useTranslation } from '../i18n/react.ts';
import { useAppStore } from '../store/index.ts';
import { selectSelectedParkId } from '../store/selection-slice.ts';
import { CAMERA_LIMITS } from '../data/camera.ts';
import { useTransitMatches, useVisibleParkIds } from '../store/hooks.ts';
import { DISTRICT_BBOX } from '../data/index.ts';
import { loadMaplibre } from './maplibre.ts';
import { paintInputFirst } from './paint-input-first.ts';
import { afterNextFrame } from '../lib/after-next-frame.ts';
import { useBasemapStyle } from './use-basemap-style.ts';
import { MAP_DATA } from './basemap-data.ts';
import { LAYER, MAP_ID, SRC } from './ids.ts';
import { useContextLoss, useFitOnFirstLoad } from './use-map-lifecycle.ts';
import {
  POSSIBLE_RING,
  parkCircleRadius,
  parksCircle,
  parksHover,
  parksLabel,
  parksPossible,
  parksSelected,
} from './layers.ts';
import { bilingualLabel, idFilter, parkOpacity, unlessOut, visibleFilter } from './expressions.ts';
import { isDrawn, useParkStates } from './use-park-states.ts';
import { outIds } from '../lib/park-states.ts';
import { IMAGE_PIXEL_RATIO, useMapImage } from './use-map-image.ts';
import { dashedRingImage } from '../lib/ring-image.ts';
import { useOnceNeeded } from './use-once-needed.ts';
import { useLayerVisibility } from './layer-visibility.ts';
import { usePresentationText } from './use-presentation-text.ts';
import { RegionsMapLayer } from './RegionsMapLayer.tsx';
import { ReachMapLayer } from './ReachMapLayer.tsx';
import { lazyNamed } from '../ui/Deferred.tsx';

/** The ranking on the map (issue 23): its code loads only when the ranking shows ranks on the map. */
const RankMapLayer = lazyNamed(() => import('./RankMapLayer.tsx').then((m) => m.RankMapLayer));
import { useFlyToSelection } from './use-fly-to-selection.ts';
import { useFlyToPlace } from './use-fly-to-place.ts';
import { handleMapClick } from './map-click.ts';
import { DisplayCrsContext } from './display-crs.ts';
import { fromDisplay, geojsonToDisplay, type Crs } from '../lib/crs.ts';
import type { OnlinePreset } from '../lib/basemaps.ts';
import { transformTileRequest, useBasemapFallback } from './basemaps.ts';
import { BasemapCredit } from './BasemapCredit.tsx';
import { hashCamera, hashViewState, useCameraHash } from './use-camera-hash.ts';
import { TransitMapLayers } from './TransitMapLayers.tsx';
import { ProjectsMapLayer } from './ProjectsMapLayer.tsx';
import { EditorMapLayer } from './EditorMapLayer.tsx';

const [W, S, E, N] = DISTRICT_BBOX;
/** This chunk runs after the first paint (app.tsx): maplibre-gl starts now, not with the entry. */
// User Timing marks of the start (app-start, app-committed: main.tsx, app.tsx; map-code, map-load, map-idle here),
// for `npm run bench` and the README's account of where the start-up time goes.
performance.mark('map-code');
const maplibrePromise = loadMaplibre();
/** Users cannot pan far from Haidian; a `#map=` camera outside these limits is refused before the map reads it (url-sync.ts). */
const LIMITS = CAMERA_LIMITS;
const MAX_BOUNDS: [number, number, number, number] = [...LIMITS.bbox];
const INITIAL_VIEW = { bounds: [W, S, E, N] as [number, number, number, number], fitBoundsOptions: { padding: 24 } };
/** Keeps the last frame readable so the print sheets and the PNG export can copy the canvas (use-map-snapshot.ts). */
const CANVAS_ATTRS = { preserveDrawingBuffer: true };
/** Layers whose features react to hover and click (map-click.ts decides what a click does). */
export const INTERACTIVE: string[] = [LAYER.parksCircle, LAYER.projectsCircle];
/** Opacity of parks filtered out, in the "dim" mode. */
const DIMMED = 0.18;
/** Parks only possibly within the transit distance are drawn fainter, inside a dashed ring. */
const POSSIBLE = 0.6;

/** The dashed ring image (POSSIBLE_RING): dark dashes on a pale solid ring, readable on any ground. */
const possibleRing = () =>
  dashedRingImage(
    {
      sizePx: POSSIBLE_RING.sizePx,
      radiusPx: POSSIBLE_RING.ringRadiusPx,
      lineWidthPx: POSSIBLE_RING.lineWidthPx,
      haloExtraPx: 1.5,
      dashPx: 4,
      gapPx: 3,
      halo: [255, 255, 255, 0.85],
      dash: [0x1f, 0x1d, 0x1a, 1],
    },
    IMAGE_PIXEL_RATIO,
  );

/**
 * The dashed rings around parks only possibly within the transit distance. A child of <Map> (the image needs the map),
 * drawn from the names' source (layers.ts parksPossible) just under the selection ring.
 */
function PossibleRings({ ids }: { ids: ReadonlySet<string> }) {
  const ready = useMapImage(POSSIBLE_RING.image, possibleRing);
  const filter = useMemo(() => idFilter([...ids]), [ids]);
  // No layer that shows nothing (no transit filter yet): it would still be laid out with every tile.
  const needed = useOnceNeeded(ids.size > 0);
  // Under the selection ring, or under the names while no park has been chosen (the ring's source comes then).
  const { current: ref } = useMap();
  const under = ref?.getMap?.().getLayer(LAYER.parksSelected) ? LAYER.parksSelected : LAYER.parksLabel;
  return ready && needed ? <Layer {...parksPossible} source={SRC.parkLabels} filter={filter} beforeId={under} /> : null;
}

/** The parks the transit filter marks as only possibly within its distance. */
function usePossibleIds(): ReadonlySet<string> {
  const matches = useTransitMatches();
  return useMemo(() => new Set([...matches].filter(([, w]) => w === 'possible').map(([id]) => id)), [matches]);
}

const ALL_PARK_IDS = MAP_DATA.parks.features.map((f) => f.properties.id);

/**
 * The parks' flags as feature-state (lib/park-states.ts, use-park-states.ts): which parks are filtered out and which
 * only possibly within the distance. Each set keeps its identity until it changes.
 */
function ParkStates({ out, possible }: { out: ReadonlySet<string>; possible: ReadonlySet<string> }) {
  const sets = useMemo(() => ({ out, possible }), [out, possible]);
  useParkStates(SRC.parks, sets);
  return null;
}

type ParkFeature = (typeof MAP_DATA.parks.features)[number];
/** The selected and the hovered park as their own little collection (layers.ts parksSelected, parksHover: `role`). */
function focusData(features: readonly ParkFeature[], selectedId: string | null, hoveredId: string | null) {
  const pick = (id: string | null, role: string) =>
    features.filter((f) => f.properties.id === id).map((f) => ({ ...f, properties: { ...f.properties, role } }));
  return {
    type: 'FeatureCollection' as const,
    features: [...pick(selectedId, 'selected'), ...pick(hoveredId, 'hover')],
  };
}

/**
 * What the map does by itself inside <Map>: layer toggles, projector-sized text, the first-load fit, flying to what is
 * chosen, the camera in the address, and leaving an online basemap that fails.
 */
function MapEffects({ crs, preset }: { crs: Crs; preset: OnlinePreset | null }) {
  useLayerVisibility();
  useCameraHash(crs);
  useBasemapFallback(preset);
  usePresentationText();
  useFitOnFirstLoad(INITIAL_VIEW.bounds, INITIAL_VIEW.fitBoundsOptions.padding);
  useFlyToSelection();
  useFlyToPlace();
  return null;
}

/**
 * While the WebGL context is lost the app shows the list (the store's `mapLost`); when it is restored the map is
 * rebuilt (`onRestored`), camera kept by the hash.
 */
function ContextLoss({ onLost, onRestored }: { onLost: () => void; onRestored: () => void }) {
  useContextLoss(onLost, onRestored);
  return null;
}

export function MapPane({ onFatal }: { onFatal: (reason: 'mapError') => void }) {
  const { t } = useTranslation();
  const mapRef = useRef<MapRef>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const { style, crs, preset } = useBasemapStyle();
  const parksData = useMemo(() => geojsonToDisplay(MAP_DATA.parks, crs), [crs]);
  const lang = useAppStore((s) => s.lang);
  const selectedId = useAppStore(selectSelectedParkId);
  const hoveredId = useAppStore((s) => s.hoveredParkId);
  const dim = useAppStore((s) => s.dimFiltered);
  const rankMap = useAppStore((s) => s.rankOpen && s.rankMap);
  const visibleIds = useVisibleParkIds();
  const possible = usePossibleIds();
  const focus = useMemo(
    () => focusData(parksData.features as ParkFeature[], selectedId, hoveredId),
    [parksData, selectedId, hoveredId],
  );
  // The selection and hover rings' source, from the first park chosen or hovered on (none laid out before).
  const focusNeeded = useOnceNeeded(focus.features.length > 0);
  // Bumped when a lost WebGL context is restored: a fresh map is built from the current props, because MapLibre's
  // restored style snapshot would miss every filter and layout change made while the context was gone.
  const [generation, setGeneration] = useState(0);
  // The camera a map is built with: the address's `#map=` (WGS-84, drawn in the map's CRS), else the district
  // (useFitOnFirstLoad fits it clear of the panels). Read again for a map rebuilt after a lost context.
  // `generation` is a dependency though unread: a rebuilt map reads the hash again.
  const initialView = useMemo(() => {
    const camera = hashCamera();
    return camera ? hashViewState(camera, crs) : INITIAL_VIEW;
  }, [generation, crs]);

  const label = useMemo(() => bilingualLabel(lang), [lang]);
  const out = useMemo(() => outIds(ALL_PARK_IDS, visibleIds), [visibleIds]);
  // Only the names follow the filter by a layer filter (layers.ts parksLabel); the circles and rings by feature-state.
  const labelFilter = useMemo(() => visibleFilter(visibleIds, out), [visibleIds, out]);
  const circlePaint = useMemo(() => {
    const opts = { outOpacity: dim ? DIMMED : 0, possible: POSSIBLE };
    const width = parksCircle.paint['circle-stroke-width'];
    return {
      ...parksCircle.paint,
      'circle-opacity': parkOpacity(parksCircle.paint['circle-opacity'], opts),
      'circle-stroke-opacity': parkOpacity(1, opts),
      // Hidden (not dimmed): radius and stroke 0 as well, so the filtered-out parks cost the GPU nothing.
      ...(dim
        ? {}
        : {
            'circle-radius': parkCircleRadius(unlessOut),
            'circle-stroke-width': ['*', unlessOut, width] as ExpressionSpecification,
          }),
    };
  }, [dim]);
  const labelLayout = useMemo(() => ({ ...parksLabel.layout, 'text-field': label }), [label]);

  const setIdle = (idle: boolean) => {
    if (wrapRef.current) wrapRef.current.dataset.mapIdle = String(idle);
  };
  // MapLibre reports idle from the end of a frame, but a tile that answers 404 finishes without asking for one (it
  // only falls back to its parent): while the map is busy, look every 250 ms and ask for a frame once all is in.
  const idleCheck = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(idleCheck.current), []);
  const watchIdle = (map: { loaded: () => boolean; isMoving: () => boolean; triggerRepaint: () => void }) => {
    clearTimeout(idleCheck.current);
    idleCheck.current = setTimeout(() => {
      if (wrapRef.current?.dataset.mapIdle !== 'false') return;
      if (map.loaded() && !map.isMoving()) map.triggerRepaint();
      else watchIdle(map);
    }, 250);
  };

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      // A filtered-out park is transparent but still in the map's features: it is not there to click. A plan
      // project's icon is a small target drawn beside or within a park's large circle: a tap that hits it means it.
      const drawn = e.features?.filter(isDrawn) ?? [];
      const f = drawn.find((d) => d.layer.id === LAYER.projectsCircle) ?? drawn[0];
      const id = f?.properties?.id;
      // Positions leave the map in WGS-84, whatever CRS it is drawn in.
      const lngLat = fromDisplay([e.lngLat.lng, e.lngLat.lat], crs);
      const click = {
        lngLat,
        layerId: f?.layer.id ?? null,
        featureId: typeof id === 'string' ? id : null,
        surface: preset?.surface ?? null,
      };
      // What the click opens (a card, a radius query: a render and a layout) follows the frame the tap lands in, so
      // the tap is answered within a frame and the map does not hold it (issue 24).
      afterNextFrame(window, () => handleMapClick(click));
    },
    [crs, preset],
  );
  const onMouseMove = useCallback((e: MapLayerMouseEvent) => {
    const id = e.features?.find(isDrawn)?.properties?.id;
    const next = typeof id === 'string' ? id : null;
    if (useAppStore.getState().hoveredParkId !== next) useAppStore.getState().setHoveredPark(next);
  }, []);
  const onMouseLeave = useCallback(() => useAppStore.getState().setHoveredPark(null), []);

  return (
    <div ref={wrapRef} className="map-wrap" data-map-idle="false" role="region" aria-label={t('map.label')}>
      <Map
        key={generation}
        id={MAP_ID}
        ref={mapRef}
        mapLib={maplibrePromise}
        initialViewState={initialView}
        maxBounds={MAX_BOUNDS}
        minZoom={LIMITS.minZoom}
        maxZoom={LIMITS.maxZoom}
        maxPitch={LIMITS.maxPitch}
        transformRequest={transformTileRequest}
        mapStyle={style}
        attributionControl={false}
        canvasContextAttributes={CANVAS_ATTRS}
        // Chinese labels come from the build's glyph files (basemap-style.ts `glyphs`), not the system's fonts.
        localIdeographFontFamily={false}
        interactiveLayerIds={INTERACTIVE}
        cursor={hoveredId ? 'pointer' : 'grab'}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onLoad={(e) => {
          // A tap's or a key's answer paints first; the map redraws in the frame after (paint-input-first.ts).
          paintInputFirst(e.target);
          performance.mark('map-load');
          // The end-to-end tests read the map through this handle; only a browser driven by automation (WebDriver,
          // Playwright: navigator.webdriver) gets it, never a user's.
          if (navigator.webdriver) (window as unknown as { __haidianMap?: unknown }).__haidianMap = e.target;
        }}
        onIdle={() => {
          setIdle(true);
          // For `npm run bench`: time from navigation to the first idle.
          if (!performance.getEntriesByName('map-idle').length) performance.mark('map-idle');
        }}
        onMoveStart={() => setIdle(false)}
        onSourceData={(e) => {
          if (e.isSourceLoaded) return;
          setIdle(false);
          watchIdle(e.target);
        }}
        onError={(e) => {
          // A tile of an online basemap: useBasemapFallback decides (its URL may carry a key: never logged).
          if ((e as { sourceId?: string }).sourceId) return;
          // A failed map construction (no WebGL2, lost context) leaves no map: fall back to the list.
          const msg = String((e as { error?: Error }).error?.message ?? '');
          if (!mapRef.current || /webgl|context/i.test(msg)) onFatal('mapError');
        }}
        {...({ fadeDuration: 0 } as object)}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" />
        <BasemapCredit preset={preset} />
        <AttributionControl position="bottom-right" compact customAttribution={t('map.attribution')} />
        <ContextLoss
          onLost={() => {
            setIdle(false);
            useAppStore.getState().setMapLost(true);
          }}
          onRestored={() => {
            setGeneration((g) => g + 1);
            useAppStore.getState().setMapLost(false);
          }}
        />
        <Source id={SRC.parks} type="geojson" data={parksData} promoteId="id">
          <Layer {...parksCircle} paint={circlePaint} />
        </Source>
        <Source id={SRC.parkLabels} type="geojson" data={parksData}>
          <Layer {...parksLabel} layout={labelLayout} filter={labelFilter} />
        </Source>
        {/* Under the names (added after them, so they exist to go under). */}
        {focusNeeded ? (
          <Source id={SRC.parkFocus} type="geojson" data={focus}>
            <Layer {...parksSelected} beforeId={LAYER.parksLabel} />
            <Layer {...parksHover} beforeId={LAYER.parksLabel} />
          </Source>
        ) : null}
        <ParkStates out={out} possible={possible} />
        <DisplayCrsContext.Provider value={crs}>
          <ReachMapLayer />
          {rankMap ? (
            <Suspense fallback={null}>
              <RankMapLayer />
            </Suspense>
          ) : null}
          <RegionsMapLayer />
          <PossibleRings ids={possible} />
          <TransitMapLayers />
          <ProjectsMapLayer />
          <EditorMapLayer />
          <MapEffects crs={crs} preset={preset} />
        </DisplayCrsContext.Provider>
      </Map>
    </div>
  );
}
