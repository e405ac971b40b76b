/**
 * The plan projects of data/plan-projects.geojson, inside <Map>: a circle in the category colour with the category's
 * glyph drawn on it (canvas-drawn images, since the offline style has no sprite), names from zoom 12.5. Drawn under
 * the parks and after station and park names in label priority (basemap-style.ts, BASEMAP_LABEL_ORDER).
 * Toggled with the 'projects' layer switch; the selected project gets a dark ring.
 */
import { useEffect, useMemo, useState } from 'react';
import { Source, Layer, useMap } from 'react-map-gl/maplibre';
import type { CircleLayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { useAppStore } from '../store/index.ts';
import { selectSelectedProjectId } from '../store/selection-slice.ts';
import { PROJECT_CATEGORIES } from '../lib/vocab.ts';
import { PROJECT_CATEGORY_STYLE } from '../lib/project-categories.ts';
import { MAP_DATA } from './basemap-data.ts';
import { FONT_REGULAR, LAYER, SRC, maxWidthEms } from './ids.ts';
import { geojsonToDisplay } from '../lib/crs.ts';
import { useDisplayCrs } from './display-crs.ts';
import { whenStyleParsed } from './use-map-image.ts';

type NoSource<T> = Omit<T, 'source'>;

const ICON_PREFIX = 'project-glyph-';
/** Glyph size on screen (CSS px); drawn at 2× for sharp edges on dense screens. */
const ICON_PX = 16;
const RATIO = 2;

const categoryColour = [
  'match',
  ['get', 'category'],
  ...PROJECT_CATEGORIES.flatMap((c) => [c, PROJECT_CATEGORY_STYLE[c].colour]),
  '#555555',
] as unknown as ExpressionSpecification;

export const projectsCircle = {
  id: LAYER.projectsCircle,
  type: 'circle',
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 8, 14, 12],
    'circle-color': categoryColour,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
  },
} satisfies NoSource<CircleLayerSpecification>;

/**
 * The category glyph on each project circle: always drawn (allow overlap) and never in the way of a label (ignore
 * placement). The layers lie under the parks (beforeId), so park, station and chosen-place names draw over them.
 */
export const projectsLabel = {
  id: LAYER.projectsLabel,
  type: 'symbol',
  layout: {
    'icon-image': ['concat', ICON_PREFIX, ['get', 'category']],
    'icon-size': ['interpolate', ['linear'], ['zoom'], 9, 0.75, 14, 1.1],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
} satisfies NoSource<SymbolLayerSpecification>;

/** Below this zoom project names are not laid out at all (a transparent name would still push other labels away). */
const PROJECT_NAME_MINZOOM = 12.5;

/** Project names, after station and park names in priority: placed only where they fit. */
export const projectsName = {
  id: LAYER.projectsName,
  type: 'symbol',
  minzoom: PROJECT_NAME_MINZOOM,
  layout: {
    'text-font': [FONT_REGULAR],
    'text-size': 12,
    'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
    'text-radial-offset': 1.1,
    'text-max-width': maxWidthEms(10),
  },
  paint: { 'text-color': '#3d3a36', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
} satisfies NoSource<SymbolLayerSpecification>;

/** One category's glyph, white on transparent, as raw RGBA for map.addImage. */
function drawGlyph(glyph: string): { width: number; height: number; data: Uint8Array } | null {
  const size = ICON_PX * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // willReadFrequently keeps the canvas on the CPU: getImageData from a GPU canvas is slow (a read-back).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx || typeof Path2D === 'undefined') return null;
  ctx.scale(size / 24, size / 24);
  ctx.fillStyle = '#ffffff';
  ctx.fill(new Path2D(glyph), 'evenodd');
  const img = ctx.getImageData(0, 0, size, size);
  return { width: size, height: size, data: new Uint8Array(img.data.buffer) };
}

/**
 * Registers the glyph images and reports when they are in. The symbol layer waits for them: a tile laid out while
 * an image is missing keeps no icon. Later misses (a basemap switch drops images) are answered on 'styleimagemissing'.
 */
function useProjectGlyphs(): boolean {
  const { current: ref } = useMap();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const map = ref?.getMap?.();
    if (!map) return;
    const add = (id: string) => {
      const category = id.slice(ICON_PREFIX.length) as keyof typeof PROJECT_CATEGORY_STYLE;
      const style = PROJECT_CATEGORY_STYLE[category];
      if (!style || map.hasImage(id)) return;
      const img = drawGlyph(style.glyph);
      if (img) map.addImage(id, img, { pixelRatio: RATIO });
    };
    const addAll = () => {
      PROJECT_CATEGORIES.forEach((c) => add(`${ICON_PREFIX}${c}`));
      setReady(true);
    };
    const onMissing = (e: { id: string }) => {
      if (e.id.startsWith(ICON_PREFIX)) add(e.id);
    };
    map.on('styleimagemissing', onMissing);
    const cancel = whenStyleParsed(map, addAll);
    return () => {
      map.off('styleimagemissing', onMissing);
      cancel();
    };
  }, [ref]);
  return ready;
}

export function ProjectsMapLayer() {
  const lang = useAppStore((s) => s.lang);
  const selectedId = useAppStore(selectSelectedProjectId);
  const glyphsReady = useProjectGlyphs();
  const circlePaint = useMemo(
    () => ({
      ...projectsCircle.paint,
      'circle-stroke-color': [
        'case',
        ['==', ['get', 'id'], selectedId ?? ''],
        '#1f1d1a',
        '#ffffff',
      ] as ExpressionSpecification,
      'circle-stroke-width': ['case', ['==', ['get', 'id'], selectedId ?? ''], 3.5, 1.5] as ExpressionSpecification,
    }),
    [selectedId],
  );
  const crs = useDisplayCrs();
  const data = useMemo(() => geojsonToDisplay(MAP_DATA.projects, crs), [crs]);
  const nameLayout = useMemo(
    () => ({ ...projectsName.layout, 'text-field': ['get', `name_${lang}`] as ExpressionSpecification }),
    [lang],
  );
  // Under the parks: see projectsLabel.
  return (
    <Source id={SRC.projects} type="geojson" data={data}>
      <Layer {...projectsCircle} paint={circlePaint} beforeId={LAYER.parksCircle} />
      <Layer {...projectsName} layout={nameLayout} beforeId={LAYER.parksCircle} />
      {glyphsReady ? <Layer {...projectsLabel} beforeId={LAYER.parksCircle} /> : null}
    </Source>
  );
}
