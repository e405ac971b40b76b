/** Pure builders for the dynamic parts of the park layers. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Lang } from '../lib/format.ts';

/** Only the features whose `id` is in the list. */
export function idFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/** Circle opacity: 1 for visible ids, `dimmed` for the rest. */
export function visibleOpacity(ids: readonly string[], dimmed: number): ExpressionSpecification {
  return ['case', ['in', ['get', 'id'], ['literal', [...ids]]], 1, dimmed];
}

/** A two-line label: the name in `lang` first, the other language smaller beneath. */
export function bilingualLabel(lang: Lang): ExpressionSpecification {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return ['format', ['get', `name_${lang}`], { 'font-scale': 1 }, '\n', {}, ['get', `name_${other}`], { 'font-scale': 0.8 }];
}
