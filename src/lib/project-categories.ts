/**
 * How plan-project categories look, wherever they appear (map, legend, cards): a colour (Paul Tol's "vibrant"
 * colour-blind-safe set, chosen apart from the parks' Okabe–Ito colours) and a glyph drawn white on it, as an SVG path
 * in a 24 × 24 box filled with the even-odd rule. The colour never stands alone: the legend and cards name the category.
 */
import type { ProjectCategory } from './schema.ts';

export type CategoryStyle = { colour: string; glyph: string };

export const PROJECT_CATEGORY_STYLE: Readonly<Record<ProjectCategory, CategoryStyle>> = {
  // A cross.
  health: { colour: '#CC3311', glyph: 'M9.5 4h5v5.5H20v5h-5.5V20h-5v-5.5H4v-5h5.5z' },
  // A house.
  housing: { colour: '#EE7733', glyph: 'M12 3 2.5 11.5H6V20h4.5v-5.5h3V20H18v-8.5h3.5z' },
  // A fir tree.
  green: { colour: '#228833', glyph: 'M12 2 5.5 11h3.5L5 17h6v5h2v-5h6l-4-6h3.5z' },
  // A train, seen from the front.
  transit: {
    colour: '#0077BB',
    glyph:
      'M8 3h8a3 3 0 0 1 3 3v9a3 3 0 0 1-2.5 3l2 3h-2.4l-2-3H9.9l-2 3H5.5l2-3A3 3 0 0 1 5 15V6a3 3 0 0 1 3-3zM7 6.5V11h10V6.5zm1.5 7a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  },
  // Two arrows in a circle: renewal.
  renewal: {
    colour: '#AA3377',
    glyph:
      'M12 3.5a8.5 8.5 0 0 1 7.8 5.1L22 7.5 21 14l-5.6-3.3 2.2-1.1A6 6 0 0 0 6.1 11H3.6A8.5 8.5 0 0 1 12 3.5zm8.4 9.5A8.5 8.5 0 0 1 4.2 15.4L2 16.5 3 10l5.6 3.3-2.2 1.1A6 6 0 0 0 17.9 13z',
  },
  // A factory with a chimney.
  industry: { colour: '#555555', glyph: 'M3 21V11l5.5 3.5V11l5.5 3.5V3h4.5L19.5 21z' },
};
