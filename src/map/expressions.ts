/** Pure builders for the dynamic parts of the park layers. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Lang } from '../lib/format.ts';
import type { ParkFlag } from '../lib/park-states.ts';

/**
 * True for features whose `id` is in the list. Uses `match`, a hash lookup per feature, so it stays fast with
 * thousands of ids (`in` over a literal array would scan the list for every feature). An empty list matches nothing.
 */
export function idMatch(ids: readonly string[]): ExpressionSpecification | boolean {
  if (!ids.length) return false;
  return ['match', ['get', 'id'], [...new Set(ids)], true, false];
}

/** A layer filter keeping only the features whose `id` is in the list. */
export function idFilter(ids: readonly string[]): FilterSpecification {
  return idMatch(ids) as FilterSpecification;
}

/** `inside` for features whose `id` is in the list, `outside` for the rest (all of them when the list is empty). */
export function idCase(ids: readonly string[], inside: number, outside: number): ExpressionSpecification {
  return ['case', idMatch(ids) as ExpressionSpecification, inside, outside];
}

/** True while the feature's boolean feature-state `flag` is on (parks: lib/park-states.ts). */
export function stateFlag(flag: ParkFlag): ExpressionSpecification {
  return ['boolean', ['feature-state', flag], false];
}

/** `on` while the feature's feature-state `flag` is on, `off` otherwise. */
export function stateCase(flag: ParkFlag, on: number, off: number): ExpressionSpecification {
  return ['case', stateFlag(flag), on, off];
}

/**
 * A park's paint opacity: `base` (a number or a per-feature expression), times `outOpacity` for a park filtered out
 * (feature-state `out`; 0 hides it, the "dim" mode gives a faint value), times `possible` for a park only possibly within
 * the transit filter's distance (feature-state `possible`). Reads only feature-state, so a filter change does not
 * change the layer: the map rewrites the paint of the parks that changed instead of laying out the source again.
 */
export function parkOpacity(
  base: number | ExpressionSpecification,
  opts: { outOpacity: number; possible: number },
): ExpressionSpecification {
  return ['*', base, stateCase('out', opts.outOpacity, 1), stateCase('possible', opts.possible, 1)];
}

/** 0 for a park filtered out (feature-state `out`), else 1: multiplies its circle's radius and stroke in the hide mode. */
export const unlessOut: ExpressionSpecification = stateCase('out', 0, 1);

/**
 * A layer filter keeping the visible parks, given them and the filtered-out ones: whichever list is shorter goes into
 * the expression (`true` when none is out), so the filter the map compiles stays small either way.
 */
export function visibleFilter(visibleIds: readonly string[], outIds: Iterable<string>): FilterSpecification {
  const out = [...outIds];
  if (!out.length) return true;
  if (visibleIds.length <= out.length) return idFilter(visibleIds);
  return ['!', idMatch(out) as ExpressionSpecification] as FilterSpecification;
}

/** A two-line label: the name in `lang` first, the other language smaller beneath. */
export function bilingualLabel(lang: Lang): ExpressionSpecification {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return [
    'format',
    ['get', `name_${lang}`],
    { 'font-scale': 1 },
    '\n',
    {},
    ['get', `name_${other}`],
    { 'font-scale': 0.8 },
  ];
}
