/** Typed specs of the app's own layers (parks, plan projects, radius query); dynamic parts come from expressions.ts. */
import type {
  ExpressionSpecification,
  CircleLayerSpecification,
  SymbolLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { FONT_BOLD, LAYER, maxWidthEms } from './ids.ts';

type NoSource<T> = Omit<T, 'source'>;

/**
 * Park circle sizes: the radius grows with the square root of floor area (√m²: 148 → 6 px, 900 → 24 px, i.e. 2.2万㎡ →
 * 6 px and 81万㎡ → 24 px), times a zoom factor (0.7 at zoom 9, 1.3 at zoom 13, linear between, held outside).
 * The layer expression below and parkRadiusPx (the legend's size key) are both built from these numbers.
 */
const PARK_RADIUS = {
  sqrtStops: [
    [148, 6],
    [900, 24],
  ],
  zoomStops: [
    [9, 0.7],
    [13, 1.3],
  ],
} as const;

const [[s0, r0], [s1, r1]] = PARK_RADIUS.sqrtStops;
const [[z0, k0], [z1, k1]] = PARK_RADIUS.zoomStops;
const radius = ['interpolate', ['linear'], ['sqrt', ['get', 'floor']], s0, r0, s1, r1] as const;

/** Linear interpolation between two stops, held at the ends (MapLibre's `interpolate linear`). */
const lerp = (x: number, xa: number, ya: number, xb: number, yb: number) =>
  x <= xa ? ya : x >= xb ? yb : ya + ((x - xa) / (xb - xa)) * (yb - ya);

/** A park circle's radius in CSS px for a floor area (m²) at a zoom: what the parks-circle layer draws. */
export function parkRadiusPx(floorM2: number, zoom: number): number {
  return lerp(zoom, z0, k0, z1, k1) * lerp(Math.sqrt(Math.max(0, floorM2)), s0, r0, s1, r1);
}

/** A park placed only at area or town level (map/placement.ts): drawn as a ring, not a filled disc. */
const rough = ['==', ['get', 'rough'], true] as const;

/** Park markers: precise parks a filled disc with a white edge; rough parks a pale disc inside a thick ring of their colour. */
export const PARK_STYLE = {
  precise: { fillOpacity: 0.85, strokeColour: '#ffffff', strokeWidthPx: 1.5 },
  rough: { fillOpacity: 0.2, strokeWidthPx: 3 },
} as const;

/**
 * The park circle radius expression; `factor` (e.g. 0 for a filtered-out park, from its feature-state) multiplies it.
 * A circle of radius 0 and stroke 0 draws no pixel, so a hidden park costs no fill work.
 */
export function parkCircleRadius(factor?: ExpressionSpecification): ExpressionSpecification {
  const f = factor ? [factor] : [];
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    z0,
    ['*', k0, radius as never, ...f],
    z1,
    ['*', k1, radius as never, ...f],
  ];
}

/** A ring around a park circle: the circle's radius at every zoom plus `extraPx`. */
function parkRingRadius(extraPx: number): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    z0,
    ['+', extraPx, ['*', k0, radius as never]],
    z1,
    ['+', extraPx, ['*', k1, radius as never]],
  ];
}

export const parksCircle = {
  id: LAYER.parksCircle,
  type: 'circle',
  paint: {
    'circle-radius': parkCircleRadius(),
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
 * straddles the limit), picked by a layer filter; drawn from the names' source (SRC.parkLabels), which is laid out
 * again on a filter change anyway, so the parks' circles are not. Sized to follow the park circle's radius.
 */
export const parksPossible = {
  id: LAYER.parksPossible,
  type: 'symbol',
  layout: {
    'icon-image': POSSIBLE_RING.image,
    'icon-size': ['interpolate', ['linear'], ['zoom'], z0, ringScale(k0) as never, z1, ringScale(k1) as never],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
} satisfies NoSource<SymbolLayerSpecification>;

/**
 * A dot on the hovered park and a ring round the selected one, from a source holding just those two (SRC.parkFocus,
 * property `role`): hovering re-sends one or two points, never the parks.
 */
export const parksHover = {
  id: LAYER.parksHover,
  type: 'circle',
  filter: ['==', ['get', 'role'], 'hover'],
  paint: { 'circle-radius': 4, 'circle-color': '#1f1d1a', 'circle-opacity': 0.9 },
} satisfies NoSource<CircleLayerSpecification>;

/** A dark ring around the selected park (SRC.parkFocus), shown whether or not the park is filtered out. */
export const parksSelected = {
  id: LAYER.parksSelected,
  type: 'circle',
  filter: ['==', ['get', 'role'], 'selected'],
  paint: {
    'circle-radius': parkRingRadius(4),
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': '#1f1d1a',
    'circle-stroke-width': 3,
  },
} satisfies NoSource<CircleLayerSpecification>;

/**
 * Park names, from a source of their own (SRC.parkLabels) with a layer filter of the visible parks: a label drawn
 * transparent would still take its place from other labels, so filtered-out names must leave the layout, and a filter
 * change then lays out only the names, not the circles.
 */
export const parksLabel = {
  id: LAYER.parksLabel,
  type: 'symbol',
  layout: {
    'text-font': [FONT_BOLD],
    'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 14, 14],
    // Eight places to try: a station label or the map's edge (EdgeFrameLayer.tsx) placed first moves the name around.
    'text-variable-anchor': ['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
    'text-radial-offset': 1.4,
    'text-justify': 'auto',
    'text-max-width': maxWidthEms(12),
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

/**
 * The chosen place's name (a search result, "my location") beside its dot: the first label placed (the top symbol
 * layer under the edge frame), so nothing hides it.
 */
export const radiusLabel = {
  id: LAYER.radiusLabel,
  type: 'symbol',
  layout: {
    'text-font': [FONT_BOLD],
    'text-size': 13,
    'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
    'text-radial-offset': 0.9,
    'text-max-width': maxWidthEms(12),
  },
  paint: { 'text-color': '#0b4f7a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
} satisfies NoSource<SymbolLayerSpecification>;

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

/**
 * The reach layer (issue 22): cells from which the destination is certainly (state 2) or possibly (1) within the
 * chosen minutes (purple: the basemap's green is parks and campuses); after the plan, the cells certainly within only
 * with the planned works in their own colour. Colour never alone: the legend names each, and certain cells are darker.
 */
export const REACH_STYLE = {
  certain: { colour: '#5e3c99', opacity: 0.32 },
  possible: { colour: '#5e3c99', opacity: 0.12 },
  added: { colour: '#d95f02', opacity: 0.45 },
} as const;

export const reachFill = {
  id: LAYER.reachFill,
  type: 'fill',
  paint: {
    'fill-color': ['case', ['==', ['get', 'added'], true], REACH_STYLE.added.colour, REACH_STYLE.certain.colour],
    'fill-opacity': [
      'case',
      ['==', ['get', 'added'], true],
      REACH_STYLE.added.opacity,
      ['==', ['get', 'state'], 2],
      REACH_STYLE.certain.opacity,
      REACH_STYLE.possible.opacity,
    ],
    'fill-antialias': false,
  },
} satisfies NoSource<FillLayerSpecification>;

/* ---- the ranking on the map (issue 23): a ring in the tier's colour and the rank range beside each ranked park ---- */

/** Tier colours of the ranking's rings (never alone: each label names the rank range and the tier). */
export const RANK_TIER_COLOUR = { high: '#3f007d', mid: '#807dba', low: '#bcbddc' } as const;

/** The ring: around the park circle, in the colour of the tier of the score's lower end. */
export const rankRing = {
  id: LAYER.rankRing,
  type: 'circle',
  paint: {
    'circle-radius': parkRingRadius(5),
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': ['get', 'tierColour'],
    'circle-stroke-width': 4,
  },
} satisfies NoSource<CircleLayerSpecification>;

/**
 * The rank range and tier ("#1–#3 · 高"), above the park: added after the park names, so placed before them (a name
 * moves aside for it).
 */
export const rankLabel = {
  id: LAYER.rankLabel,
  type: 'symbol',
  layout: {
    'text-field': ['get', 'label'],
    'text-font': [FONT_BOLD],
    'text-size': 13,
    'text-anchor': 'bottom',
    'text-offset': [0, -1.2],
    // One line ("#2–#9 · medium–high" would wrap at the default 10 ems and sit on the park's name).
    'text-max-width': 30,
    'text-padding': 1,
  },
  paint: { 'text-color': '#1f1d1a', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
} satisfies NoSource<SymbolLayerSpecification>;
