/** Pure builders for the dynamic parts of the park layers. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Lang } from '../lib/format.ts';

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

/** Circle opacity: 1 for visible ids, `dimmed` for the rest. */
export function visibleOpacity(ids: readonly string[], dimmed: number): ExpressionSpecification {
  return idCase(ids, 1, dimmed);
}

/**
 * A park's paint opacity: `base` (a number or a per-feature expression), times `dimmed` for parks outside
 * `visibleIds` when that is given (the "dim filtered-out parks" mode; null = filtered-out parks are not drawn at all),
 * times `possible` for parks in `possibleIds` (only possibly within the transit filter's distance).
 */
export function parkOpacity(
  base: number | ExpressionSpecification,
  opts: { visibleIds: readonly string[] | null; dimmed: number; possibleIds: readonly string[]; possible: number },
): ExpressionSpecification {
  const factors = [
    ...(opts.visibleIds ? [visibleOpacity(opts.visibleIds, opts.dimmed)] : []),
    idCase(opts.possibleIds, opts.possible, 1),
  ];
  return ['*', base, ...factors] as ExpressionSpecification;
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
