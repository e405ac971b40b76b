/** Typed specs of the app's own layers (parks, plan projects, radius query); dynamic parts come from expressions.ts. */
import type {
  CircleLayerSpecification,
  SymbolLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { FONT_BOLD, LAYER } from './ids.ts';

type NoSource<T> = Omit<T, 'source'>;

/** Circle radius grows with the square root of floor area: 2.2万㎡ → 6 px, 80.7万㎡ → 24 px at zoom 11. */
const radius = ['interpolate', ['linear'], ['sqrt', ['get', 'floor']], 148, 6, 900, 24] as const;

/** A park placed only at area or town level (map/placement.ts): drawn as a ring, not a filled disc. */
const rough = ['==', ['get', 'rough'], true] as const;

/** Park markers: precise parks a filled disc with a white edge; rough parks a pale disc inside a thick ring of their colour. */
export const PARK_STYLE = {
  precise: { fillOpacity: 0.85, strokeColour: '#ffffff', strokeWidthPx: 1.5 },
  rough: { fillOpacity: 0.2, strokeWidthPx: 3 },
} as const;

export const parksCircle = {
  id: LAYER.parksCircle,
  type: 'circle',
  paint: {
    'circle-radius': [
      'interpolate',
      ['linear'],
      ['zoom'],
      9,
      ['*', 0.7, radius as never],
      13,
      ['*', 1.3, radius as never],
    ],
    'circle-color': ['get', 'colour'],
    'circle-opacity': ['case', rough as never, PARK_STYLE.rough.fillOpacity, PARK_STYLE.precise.fillOpacity],
    'circle-stroke-color': ['case', rough as never, ['get', 'colour'], PARK_STYLE.precise.strokeColour],
    'circle-stroke-width': ['case', rough as never, PARK_STYLE.rough.strokeWidthPx, PARK_STYLE.precise.strokeWidthPx],
  },
} satisfies NoSource<CircleLayerSpecification>;

/** The dashed ring image around a park only possibly within the transit distance (drawn by use-map-image.ts). */
export const POSSIBLE_RING = {
  image: 'park-possible-ring',
  /** Image size in CSS px, and the ring's radius and line width in it. */
  sizePx: 48,
  ringRadiusPx: 22,
  lineWidthPx: 2,
  /** Gap between the park's circle and the ring: clear of a rough park's ring and the selection ring (+4 px, 3 px wide). */
  gapPx: 9,
} as const;
const ringScale = (k: number) => [
  '/',
  ['+', ['*', k, radius as never], POSSIBLE_RING.gapPx],
  POSSIBLE_RING.ringRadiusPx,
];

/**
 * A dashed ring around each park that is only possibly within the transit filter's distance (its placement region
 * straddles the limit); the filter from expressions.ts picks those parks. Sized to follow the park circle's radius.
 */
export const parksPossible = {
  id: LAYER.parksPossible,
  type: 'symbol',
  layout: {
    'icon-image': POSSIBLE_RING.image,
    'icon-size': ['interpolate', ['linear'], ['zoom'], 9, ringScale(0.7) as never, 13, ringScale(1.3) as never],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
} satisfies NoSource<SymbolLayerSpecification>;

export const parksHover = {
  id: LAYER.parksHover,
  type: 'circle',
  paint: { 'circle-radius': 4, 'circle-color': '#1f1d1a', 'circle-opacity': 0.9 },
} satisfies NoSource<CircleLayerSpecification>;

export const parksSelected = {
  id: LAYER.parksSelected,
  type: 'circle',
  paint: {
    'circle-radius': [
      'interpolate',
      ['linear'],
      ['zoom'],
      9,
      ['+', 4, ['*', 0.7, radius as never]],
      13,
      ['+', 4, ['*', 1.3, radius as never]],
    ],
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': '#1f1d1a',
    'circle-stroke-width': 3,
  },
} satisfies NoSource<CircleLayerSpecification>;

export const parksLabel = {
  id: LAYER.parksLabel,
  type: 'symbol',
  layout: {
    'text-font': [FONT_BOLD],
    'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 14, 14],
    'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
    'text-radial-offset': 1.4,
    'text-justify': 'auto',
    'text-max-width': 12,
    'text-padding': 2,
  },
  paint: { 'text-color': '#1f1d1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
} satisfies NoSource<SymbolLayerSpecification>;

export const radiusFill = {
  id: LAYER.radiusFill,
  type: 'fill',
  paint: { 'fill-color': '#0072B2', 'fill-opacity': 0.08 },
} satisfies NoSource<FillLayerSpecification>;

export const radiusLine = {
  id: LAYER.radiusLine,
  type: 'line',
  paint: { 'line-color': '#0072B2', 'line-width': 2, 'line-dasharray': [3, 2] },
} satisfies NoSource<LineLayerSpecification>;

/* ---- placement regions: where a park's true site lies (issue 11, item 5) ---- */

/** Region opacities: strong for the hovered or selected park, faint for the rest when all regions are shown. */
export const REGION_STYLE = {
  focus: { fillOpacity: 0.12, lineOpacity: 0.9 },
  all: { fillOpacity: 0.05, lineOpacity: 0.45 },
} as const;

export const regionsFill = {
  id: LAYER.regionsFill,
  type: 'fill',
  paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': REGION_STYLE.focus.fillOpacity },
} satisfies NoSource<FillLayerSpecification>;

export const regionsLine = {
  id: LAYER.regionsLine,
  type: 'line',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': ['get', 'colour'],
    'line-width': 2,
    'line-dasharray': [3, 2],
    'line-opacity': REGION_STYLE.focus.lineOpacity,
  },
} satisfies NoSource<LineLayerSpecification>;

/* ---- transit feature: radius centre and the measure tool ---- */

export const radiusCentre = {
  id: LAYER.radiusCentre,
  type: 'circle',
  paint: { 'circle-radius': 5, 'circle-color': '#0072B2', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
} satisfies NoSource<CircleLayerSpecification>;

export const measureLine = {
  id: LAYER.measureLine,
  type: 'line',
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: { 'line-color': '#D55E00', 'line-width': 2.5, 'line-dasharray': [2, 1] },
} satisfies NoSource<LineLayerSpecification>;

export const measurePoint = {
  id: LAYER.measurePoint,
  type: 'circle',
  paint: {
    'circle-radius': 4.5,
    'circle-color': '#ffffff',
    'circle-stroke-color': '#D55E00',
    'circle-stroke-width': 2.5,
  },
} satisfies NoSource<CircleLayerSpecification>;

/* ---- site editor: the draft's placement region, and the move from the data's point ---- */

/** The editor's colour (Okabe–Ito orange): the draft marker, its region and the line from the data's point. */
export const EDITOR_COLOUR = '#E69F00';

export const editorFill = {
  id: LAYER.editorFill,
  type: 'fill',
  filter: ['==', ['get', 'role'], 'region'],
  paint: { 'fill-color': EDITOR_COLOUR, 'fill-opacity': REGION_STYLE.focus.fillOpacity },
} satisfies NoSource<FillLayerSpecification>;

export const editorLine = {
  id: LAYER.editorLine,
  type: 'line',
  filter: ['==', ['get', 'role'], 'region'],
  layout: { 'line-join': 'round' },
  paint: { 'line-color': EDITOR_COLOUR, 'line-width': 2, 'line-dasharray': [3, 2] },
} satisfies NoSource<LineLayerSpecification>;

export const editorMove = {
  id: LAYER.editorMove,
  type: 'line',
  filter: ['==', ['get', 'role'], 'move'],
  layout: { 'line-cap': 'round' },
  paint: { 'line-color': '#1f1d1a', 'line-width': 1.5, 'line-dasharray': [1, 2] },
} satisfies NoSource<LineLayerSpecification>;

/** The park's point in the data, where the draft moved from: a small hollow dark ring. */
export const editorOrigin = {
  id: LAYER.editorOrigin,
  type: 'circle',
  filter: ['==', ['get', 'role'], 'origin'],
  paint: {
    'circle-radius': 5,
    'circle-color': 'rgba(255,255,255,0.6)',
    'circle-stroke-color': '#1f1d1a',
    'circle-stroke-width': 2,
  },
} satisfies NoSource<CircleLayerSpecification>;
