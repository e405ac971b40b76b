/** Typed specs of the app's own layers (parks, plan projects, radius query); dynamic parts come from expressions.ts. */
import type { CircleLayerSpecification, SymbolLayerSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, LAYER, SRC } from './ids.ts';

type NoSource<T> = Omit<T, 'source'>;

/** Circle radius grows with the square root of floor area: 2.2万㎡ → 6 px, 80.7万㎡ → 24 px at zoom 11. */
const radius = ['interpolate', ['linear'], ['sqrt', ['get', 'floor']], 148, 6, 900, 24] as const;

export const parksCircle = {
  id: LAYER.parksCircle,
  type: 'circle',
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['*', 0.7, radius as never], 13, ['*', 1.3, radius as never]],
    'circle-color': ['get', 'colour'],
    'circle-opacity': 0.85,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
  },
} satisfies NoSource<CircleLayerSpecification>;

export const parksHover = {
  id: LAYER.parksHover,
  type: 'circle',
  paint: { 'circle-radius': 4, 'circle-color': '#1f1d1a', 'circle-opacity': 0.9 },
} satisfies NoSource<CircleLayerSpecification>;

export const parksSelected = {
  id: LAYER.parksSelected,
  type: 'circle',
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['+', 4, ['*', 0.7, radius as never]], 13, ['+', 4, ['*', 1.3, radius as never]]],
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

export { SRC };

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
  paint: { 'circle-radius': 4.5, 'circle-color': '#ffffff', 'circle-stroke-color': '#D55E00', 'circle-stroke-width': 2.5 },
} satisfies NoSource<CircleLayerSpecification>;
