/**
 * The embedded basemap: a MapLibre style built from the project's own geo/ files, with label glyphs shipped in the
 * build (pre-rendered SDF glyph files, scripts/map-glyphs.ts).
 * Pure: it takes the data and URLs and returns a style object; no request leaves the page's origin.
 */
import type {
  StyleSpecification,
  LayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Lang } from '../lib/format.ts';
import { FIRST_OVERLAY_LAYER, FONT_REGULAR, LAYER, SRC, maxWidthEms } from './ids.ts';
import type { RasterPieces } from './basemaps.ts';

export type BasemapInput = {
  lang: Lang;
  /** The style's `glyphs` template: absolute, with `{fontstack}` and `{range}` (see glyphsUrl). */
  glyphs: string;
  /** URLs (or inline data) of the drawn-only sources. */
  urls: { roads: string; water: string; green: string };
  /** GeoJSON objects (flattened properties) for the sources the app also reasons about. */
  data: {
    boundary: unknown;
    towns: unknown;
    townLabels: unknown;
    landmarkLabels: unknown;
    lines: unknown;
    stations: unknown;
  };
  /**
   * An online preset's rasters (map/basemaps.ts presetPieces), or null for the embedded ground. With a preset, the
   * embedded ground (land, water, green, roads and their labels, landmarks) is left out, so nothing is drawn twice;
   * the district, towns and transit stay. Its label overlay goes above the app's areas (placement regions, drawn
   * under the town lines) and the district and town lines, and under the transit lines and every label of the app.
   */
  raster?: RasterPieces | null;
};

/** The sources of the embedded ground: an online basemap (a preset or a custom style) replaces their layers. */
const GROUND_SOURCES = new Set(['roads', 'water', 'green', 'landmark-labels']);

/** A layer of the embedded ground: the background, or any layer drawn from a ground source. */
export function isGroundLayer(layer: LayerSpecification): boolean {
  return layer.type === 'background' || ('source' in layer && GROUND_SOURCES.has(layer.source as string));
}

/** The overlay layer the preset's label raster goes just under: the first transit line. */
const RASTER_LABELS_BEFORE = 'transit-planned-line';

export const BASEMAP_COLOURS = {
  ground: '#f5f3ef',
  water: '#b9d7ea',
  waterLine: '#8fbfdd',
  green: '#d7e4cc',
  road: '#ffffff',
  roadCasing: '#c9c5bd',
  /** Streets: lighter than the other roads' casing, so the main network still reads first. */
  streetCasing: '#dcd8d0',
  streetLabel: '#857f75',
  major: '#f6e7a8',
  majorCasing: '#d9c57a',
  townLine: '#9a958c',
  district: '#4a4640',
  label: '#6b665e',
  /** Town names: large and faint, a backdrop the other labels read over. */
  townLabel: '#948e83',
  landmarkLabel: '#5d7a4c',
  halo: '#f5f3ef',
} as const;

/**
 * Label priorities, highest first. MapLibre places the symbols of the topmost layer first and a later label gives way
 * to an earlier one, so the drawing order is the priority order: the chosen place's name (radius-label), station names
 * and park names (app layers, TransitMapLayers.tsx and MapPane.tsx, drawn over the basemap), plan-project names (drawn
 * under the parks, ProjectsMapLayer.tsx), then these basemap labels from planned-line names down to water.
 */
const BASEMAP_LABEL_ORDER = [
  'transit-planned-label',
  'landmarks-label',
  'towns-label',
  'roads-major-label',
  'roads-label',
  'roads-street-label',
  'water-label',
  'water-line-label',
] as const;

/** The zoom from which main roads (ring roads, expressways) are named: the district view (about 10.4 at 1280 × 800). */
export const MAJOR_ROAD_LABEL_MINZOOM = 9.5;
/** The zoom from which the streets (class `street`, the named roads below the arterials) are drawn; they fade in by 13. */
export const STREET_MINZOOM = 12;
/** The zoom from which streets are named: street level, where a park's surroundings are read street by street. */
export const STREET_LABEL_MINZOOM = 13.5;
/** The zoom from which landmarks (campuses, 颐和园, 圆明园, parks) are named. */
export const LANDMARK_LABEL_MINZOOM = 9.5;

/** The text of a label in the chosen language. */
export function nameExpr(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_zh']];
}

/** A road's label: in English its short form ("N 6th Ring", scripts/vite-plugin-data.ts mapCopy), so it fits along the road. */
export function roadNameExpr(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', ['get', 'name_en_short'], nameExpr(lang)] : nameExpr(lang);
}

/**
 * The `glyphs` URL template for the folder holding `<stack>/<start>-<end>.pbf` (written by the fonts plugin).
 * Concatenated as a string: `new URL()` would escape the braces.
 */
export function glyphsUrl(baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}{fontstack}/{range}.pbf`;
}

const isStatus = (status: string): FilterSpecification => ['==', ['get', 'status'], status];

/**
 * Style layers of the basemap, bottom to top. Exported for tests and the online-basemap merge. No layer sets its
 * visibility: the layer toggles reach the map through layer-visibility.ts.
 */
export function basemapLayers(lang: Lang): { ground: LayerSpecification[]; overlay: LayerSpecification[] } {
  const c = BASEMAP_COLOURS;
  // MapLibre's default text-max-width of 10 ems, with the glyph files' hair (ids.ts); line labels ignore it.
  const text = { 'text-font': [FONT_REGULAR] as string[], 'text-max-width': maxWidthEms(10) };
  const halo = { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 1.5 } as const;
  const major: FilterSpecification = ['in', ['get', 'class'], ['literal', ['ring', 'expressway']]];
  const street: FilterSpecification = ['==', ['get', 'class'], 'street'];
  const notStreet: FilterSpecification = ['!=', ['get', 'class'], 'street'];
  // Streets fade in over a zoom level rather than appear at once.
  const streetOpacity: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], STREET_MINZOOM, 0, 13, 1];
  const lineLabel: ExpressionSpecification = [
    'case',
    ['==', ['get', 'status'], 'open'],
    nameExpr(lang),
    // basemap-data.ts words the status (and its brackets) for each language.
    ['concat', nameExpr(lang), ['get', `status_suffix_${lang}`]],
  ];
  const ground: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': c.ground } },
    {
      id: 'green-fill',
      type: 'fill',
      source: 'green',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': c.green, 'fill-opacity': 0.9 },
    },
    {
      id: 'water-fill',
      type: 'fill',
      source: 'water',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': c.water },
    },
    {
      id: 'water-line',
      type: 'line',
      source: 'water',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': c.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 15, 4] },
    },
    // Streets under every other road, thinner and with a lighter casing.
    {
      id: 'roads-street-casing',
      type: 'line',
      source: 'roads',
      minzoom: STREET_MINZOOM,
      filter: street,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': c.streetCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1, 15, 4.2],
        'line-opacity': streetOpacity,
      },
    },
    {
      id: 'roads-street-line',
      type: 'line',
      source: 'roads',
      minzoom: STREET_MINZOOM,
      filter: street,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': c.road,
        'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.4, 15, 2.8],
        'line-opacity': streetOpacity,
      },
    },
    {
      id: 'roads-casing',
      type: 'line',
      source: 'roads',
      filter: notStreet,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', major, c.majorCasing, c.roadCasing],
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, ['case', major, 2.5, 1.2], 15, ['case', major, 9, 6]],
      },
    },
    {
      id: 'roads-line',
      type: 'line',
      source: 'roads',
      filter: notStreet,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', major, c.major, c.road],
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, ['case', major, 1.5, 0.6], 15, ['case', major, 7, 4.5]],
      },
    },
  ];
  const overlay: LayerSpecification[] = [
    {
      id: FIRST_OVERLAY_LAYER,
      type: 'line',
      source: 'towns',
      paint: { 'line-color': c.townLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    { id: 'boundary-line', type: 'line', source: 'boundary', paint: { 'line-color': c.district, 'line-width': 2.2 } },
    {
      id: 'transit-planned-line',
      type: 'line',
      source: 'transit-lines',
      filter: ['!=', ['get', 'status'], 'open'],
      layout: { 'line-cap': 'butt' },
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': 3,
        'line-opacity': ['case', ['==', ['get', 'indicative'], true], 0.55, 0.9],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'transit-now-line',
      type: 'line',
      source: 'transit-lines',
      filter: isStatus('open'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ['get', 'colour'], 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 15, 4] },
    },
    {
      id: 'water-label',
      type: 'symbol',
      source: 'water',
      minzoom: 12,
      filter: ['!=', ['geometry-type'], 'LineString'],
      layout: { ...text, 'text-field': nameExpr(lang), 'text-size': 11 },
      paint: { ...halo, 'text-color': '#3f79a3' },
    },
    {
      id: 'water-line-label',
      type: 'symbol',
      source: 'water',
      minzoom: 12,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { ...text, 'text-field': nameExpr(lang), 'text-size': 11, 'symbol-placement': 'line' },
      paint: { ...halo, 'text-color': '#3f79a3' },
    },
    {
      id: 'roads-label',
      type: 'symbol',
      source: 'roads',
      minzoom: 12.5,
      filter: ['==', ['get', 'class'], 'arterial'],
      layout: {
        ...text,
        'text-field': roadNameExpr(lang),
        'text-size': 11,
        'symbol-placement': 'line',
      },
      paint: halo,
    },
    {
      // Street names: no larger than the arterials' and fainter, last of the road names (BASEMAP_LABEL_ORDER), so they
      // give way to park, station, landmark and road names.
      id: 'roads-street-label',
      type: 'symbol',
      source: 'roads',
      minzoom: STREET_LABEL_MINZOOM,
      filter: street,
      layout: {
        ...text,
        'text-field': roadNameExpr(lang),
        'text-size': ['interpolate', ['linear'], ['zoom'], 13.5, 10, 16, 11],
        'symbol-placement': 'line',
        'symbol-spacing': 350,
        'text-padding': 2,
      },
      paint: { ...halo, 'text-color': c.streetLabel },
    },
    {
      // Main roads are named from the district view on, sparsely: they are how people find their way.
      id: 'roads-major-label',
      type: 'symbol',
      source: 'roads',
      minzoom: MAJOR_ROAD_LABEL_MINZOOM,
      filter: major,
      layout: {
        ...text,
        'text-field': roadNameExpr(lang),
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 10, 14, 12],
        'symbol-placement': 'line',
        'symbol-spacing': ['interpolate', ['linear'], ['zoom'], 10, 260, 14, 500],
        'text-padding': 4,
      },
      paint: { ...halo, 'text-color': '#7a7468' },
    },
    {
      id: 'towns-label',
      type: 'symbol',
      source: 'town-labels',
      maxzoom: 14,
      layout: {
        ...text,
        'text-field': nameExpr(lang),
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 12, 13, 15],
        'text-letter-spacing': 0.04,
        'text-max-width': maxWidthEms(7),
        'text-padding': 1,
      },
      paint: { ...halo, 'text-color': c.townLabel, 'text-halo-width': 1.2 },
    },
    {
      // Landmarks small, under towns in size and under parks and stations in priority.
      id: 'landmarks-label',
      type: 'symbol',
      source: 'landmark-labels',
      minzoom: LANDMARK_LABEL_MINZOOM,
      layout: {
        ...text,
        'text-field': nameExpr(lang),
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 10, 14, 12],
        'text-max-width': maxWidthEms(7),
        'text-padding': 2,
      },
      paint: { ...halo, 'text-color': c.landmarkLabel },
    },
    {
      id: 'transit-planned-label',
      type: 'symbol',
      source: 'transit-lines',
      filter: ['!=', ['get', 'status'], 'open'],
      layout: {
        ...text,
        'text-field': lineLabel,
        'text-size': 11,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
      },
      paint: { ...halo, 'text-color': '#3d3a36' },
    },
    {
      id: 'stations-circle',
      type: 'circle',
      source: 'transit-stations',
      minzoom: 10.5,
      filter: ['any', ['==', ['get', 'status'], 'open'], ['has', 'plannedLines']],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2, 15, 5],
        'circle-color': '#ffffff',
        'circle-stroke-color': '#3d3a36',
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: 'stations-planned-circle',
      type: 'circle',
      source: 'transit-stations',
      minzoom: 10.5,
      filter: ['!=', ['get', 'status'], 'open'],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2, 15, 5],
        'circle-color': '#ffffff',
        'circle-stroke-color': '#7a7570',
        'circle-stroke-width': 1.2,
        'circle-opacity': 0.8,
      },
    },
  ];
  // Symbol layers in priority order (see BASEMAP_LABEL_ORDER); the linework and station circles keep their places.
  const rank = (l: LayerSpecification) => BASEMAP_LABEL_ORDER.indexOf(l.id as (typeof BASEMAP_LABEL_ORDER)[number]);
  const labels = overlay.filter((l) => rank(l) >= 0).sort((a, b) => rank(b) - rank(a));
  const firstStation = overlay.findIndex((l) => l.id === 'stations-circle');
  const lines = overlay.slice(0, firstStation).filter((l) => rank(l) < 0);
  const stations = overlay.slice(firstStation).filter((l) => rank(l) < 0);
  return { ground, overlay: [...lines, ...labels, ...stations] };
}

/**
 * Station names, drawn from the basemap's station source but added by the app (TransitMapLayers.tsx) above the park
 * layers, so they are placed before the parks' names: a park's name moves to another side of its circle rather than
 * hide a station's. Each name tries four sides of its station.
 */
export function stationsLabelLayer(lang: Lang): SymbolLayerSpecification {
  return {
    id: LAYER.stationsLabel,
    type: 'symbol',
    source: SRC.stations,
    minzoom: 12,
    layout: {
      'text-font': [FONT_REGULAR],
      'text-field': nameExpr(lang),
      'text-size': 11,
      'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
      'text-radial-offset': 0.8,
      'text-max-width': maxWidthEms(10),
      'text-padding': 1,
      // Stations in service before planned ones.
      'symbol-sort-key': ['case', ['==', ['get', 'status'], 'open'], 0, 1],
    },
    paint: { 'text-color': '#4a463f', 'text-halo-color': BASEMAP_COLOURS.halo, 'text-halo-width': 1.5 },
  };
}

/** The whole embedded style. */
export function buildBasemapStyle(input: BasemapInput): StyleSpecification {
  const { ground, overlay } = basemapLayers(input.lang);
  const gj = (data: unknown) => ({ type: 'geojson' as const, data: data as GeoJSON.GeoJSON });
  const raster = input.raster ?? null;
  const own = {
    boundary: gj(input.data.boundary),
    towns: gj(input.data.towns),
    'town-labels': gj(input.data.townLabels),
    'transit-lines': gj(input.data.lines),
    'transit-stations': gj(input.data.stations),
  };
  if (raster) {
    const kept = overlay.filter((l) => !isGroundLayer(l));
    const at = kept.findIndex((l) => l.id === RASTER_LABELS_BEFORE);
    const labels = raster.labels ? [raster.labels] : [];
    return {
      version: 8,
      name: 'Haidian online preset',
      glyphs: input.glyphs,
      sources: { ...raster.sources, ...own },
      layers: [raster.base, ...kept.slice(0, at), ...labels, ...kept.slice(at)],
    };
  }
  return {
    version: 8,
    name: 'Haidian embedded basemap',
    glyphs: input.glyphs,
    sources: {
      roads: { type: 'geojson', data: input.urls.roads },
      water: { type: 'geojson', data: input.urls.water },
      green: { type: 'geojson', data: input.urls.green },
      ...own,
      'landmark-labels': gj(input.data.landmarkLabels),
    },
    layers: [...ground, ...overlay],
  };
}

/**
 * An online style with the app's overlay layers (district, towns, transit, labels) on top.
 * The online style's own ground replaces the embedded ground layers.
 *
 * A style has one `glyphs` URL: ours is kept, since the app's labels need our stacks (and the app works offline).
 * The online style's own labels then ask our URL for their stacks; where we have no file for a stack, MapLibre
 * draws those labels with the browser's fonts instead (one console warning), so they still show. An online
 * style's `font-faces` are kept for its stacks.
 */
export function mergeOnlineStyle(online: StyleSpecification, embedded: StyleSpecification): StyleSpecification {
  const ownSources = Object.fromEntries(
    Object.entries(embedded.sources).filter(([id]) => !(id in online.sources) && !GROUND_SOURCES.has(id)),
  );
  const taken = new Set(online.layers.map((l) => l.id));
  return {
    ...online,
    ...(embedded.glyphs ? { glyphs: embedded.glyphs } : {}),
    sources: { ...online.sources, ...ownSources },
    layers: [...online.layers, ...embedded.layers.filter((l) => !isGroundLayer(l) && !taken.has(l.id))],
  };
}
