/** Map source and layer ids, each declared once (`<source>-<role>`). */
export const SRC = {
  parks: 'parks',
  projects: 'projects',
  radius: 'radius',
  measure: 'measure',
} as const;

export const LAYER = {
  parksCircle: 'parks-circle',
  parksSelected: 'parks-selected',
  parksHover: 'parks-hover',
  parksLabel: 'parks-label',
  projectsCircle: 'projects-circle',
  projectsLabel: 'projects-label',
  radiusFill: 'radius-fill',
  radiusLine: 'radius-line',
  measureLine: 'measure-line',
  measurePoint: 'measure-point',
  radiusCentre: 'radius-centre',
} as const;

/** Font stacks named in the style's font-faces. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
