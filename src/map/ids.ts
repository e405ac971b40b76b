/** Map source and layer ids, each declared once (`<source>-<role>`). */
import type { LayerId } from '../lib/domain.ts';

export const SRC = {
  parks: 'parks',
  /** The same parks again, for their names alone (layers.ts parksLabel: a filter there lays out only the names). */
  parkLabels: 'park-labels',
  /** The selected and the hovered park alone (layers.ts parksSelected, parksHover). */
  parkFocus: 'park-focus',
  projects: 'projects',
  regions: 'regions',
  radius: 'radius',
  measure: 'measure',
  editor: 'editor',
  edgeFrame: 'edge-frame',
  /** The reach layer's cells (issue 22: ReachMapLayer.tsx). */
  reach: 'reach',
  /** The ranked parks' rings and rank labels (issue 23: RankMapLayer.tsx). */
  rank: 'rank',
  /** A basemap source (basemap-style.ts) that the app's station labels also draw from. */
  stations: 'transit-stations',
} as const;

export const LAYER = {
  parksCircle: 'parks-circle',
  parksSelected: 'parks-selected',
  parksHover: 'parks-hover',
  parksLabel: 'parks-label',
  parksPossible: 'parks-possible',
  regionsFill: 'regions-fill',
  regionsLine: 'regions-line',
  projectsCircle: 'projects-circle',
  /** The category glyphs on the project circles (named before the names moved to their own layer). */
  projectsLabel: 'projects-label',
  projectsName: 'projects-name',
  /** Station names: an app layer over the parks (TransitMapLayers.tsx), so a park's name moves aside for a station's. */
  stationsLabel: 'stations-label',
  /** The chosen place's name (a search result, "my location") beside the radius centre. */
  radiusLabel: 'radius-label',
  /** Invisible boxes just outside the map's edges that push labels inward (EdgeFrameLayer.tsx). */
  edgeFrame: 'edge-frame',
  radiusFill: 'radius-fill',
  radiusLine: 'radius-line',
  measureLine: 'measure-line',
  measurePoint: 'measure-point',
  radiusCentre: 'radius-centre',
  editorFill: 'editor-fill',
  editorLine: 'editor-line',
  editorMove: 'editor-move',
  editorOrigin: 'editor-origin',
  reachFill: 'reach-fill',
  rankRing: 'rank-ring',
  rankLabel: 'rank-label',
} as const;

/** The lowest overlay layer of the basemap (basemap-style.ts): the placement regions' fill is drawn just under it, above the ground. */
export const FIRST_OVERLAY_LAYER = 'towns-line';

/** Font stacks of the labels: each has pre-rendered glyph files, `glyphs/<stack>/<range>.pbf` (scripts/map-glyphs.ts). */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

/**
 * A `text-max-width` of `ems`, a hair under it. The glyph files hold whole-pixel advances (a Chinese character is
 * exactly 24 px, one em) where the browser measured 24.00005 px: without the hair, a name exactly as wide as the
 * limit (10 Chinese characters in 10 ems) would now fit on one line where it has always wrapped.
 */
export const maxWidthEms = (ems: number) => ems - 0.001;

/** The app's one map, registered under this id with react-map-gl's MapProvider (map-context.ts). */
export const MAP_ID = 'haidian-map';

/**
 * The map layers each layer toggle (Layers panel, `hide=`/`show=` in the link) shows and hides: basemap layers of
 * basemap-style.ts and the app's own layers alike, all through one hook (layer-visibility.ts). The placement regions
 * toggle is not a visibility: off, the selected or hovered park's region still shows (RegionsMapLayer.tsx filters).
 */
export const LAYER_MEMBERS: Readonly<Record<LayerId, readonly string[]>> = {
  towns: ['towns-line', 'towns-label'],
  roads: [
    'roads-street-casing',
    'roads-street-line',
    'roads-casing',
    'roads-line',
    'roads-street-label',
    'roads-label',
    'roads-major-label',
  ],
  'transit-now': ['transit-now-line', 'stations-circle', LAYER.stationsLabel],
  'transit-planned': ['transit-planned-line', 'transit-planned-label', 'stations-planned-circle'],
  parks: [LAYER.parksCircle, LAYER.parksLabel, LAYER.parksPossible],
  regions: [],
  projects: [LAYER.projectsCircle, LAYER.projectsLabel, LAYER.projectsName],
};
