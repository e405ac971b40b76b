/** Map source and layer ids, each declared once (`<source>-<role>`). */
export const SRC = {
  parks: 'parks',
  projects: 'projects',
  regions: 'regions',
  radius: 'radius',
  measure: 'measure',
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
  projectsLabel: 'projects-label',
  radiusFill: 'radius-fill',
  radiusLine: 'radius-line',
  measureLine: 'measure-line',
  measurePoint: 'measure-point',
  radiusCentre: 'radius-centre',
} as const;

/** The lowest overlay layer of the basemap (basemap-style.ts): the placement regions' fill is drawn just under it, above the ground. */
export const FIRST_OVERLAY_LAYER = 'towns-line';

/** Font stacks named in the style's font-faces. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
