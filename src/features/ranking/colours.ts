/** Each criterion's colour in the ranking's stacked bars (always with its name beside it: the legend, the details). */
import type { CriterionId } from '../../lib/ranking/types.ts';

export const CRITERION_COLOUR: Readonly<Record<CriterionId, string>> = {
  transit: '#0072b2',
  commute: '#009e73',
  size: '#e69f00',
  industry: '#cc79a7',
  cluster: '#56b4e9',
  amenities: '#d55e00',
};
