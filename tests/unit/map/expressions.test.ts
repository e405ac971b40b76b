import { describe, it, expect } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { bilingualLabel, idFilter, visibleOpacity } from '../../../src/map/expressions.ts';

/** Evaluates an expression against one feature with the style-spec's own evaluator. */
function evaluate(expr: unknown, properties: Record<string, unknown>) {
  const parsed = createExpression(expr, 'layers[0].paint.circle-opacity');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 11 }, { type: 'Point', properties, geometry: [] } as never);
}

describe('map expressions', () => {
  it('idFilter keeps exactly the listed ids', () => {
    const f = idFilter(['a', 'b']);
    expect(evaluate(f, { id: 'a' })).toBe(true);
    expect(evaluate(f, { id: 'c' })).toBe(false);
  });
  it('idFilter with no ids matches nothing, and duplicates are harmless', () => {
    expect(evaluate(idFilter([]), { id: 'a' })).toBe(false);
    expect(evaluate(idFilter(['a', 'a']), { id: 'a' })).toBe(true);
  });
  it('visibleOpacity dims the others', () => {
    const e = visibleOpacity(['a'], 0.2);
    expect(evaluate(e, { id: 'a' })).toBe(1);
    expect(evaluate(e, { id: 'z' })).toBe(0.2);
  });
  it('bilingualLabel puts the chosen language first', () => {
    const text = (lang: 'zh' | 'en') => JSON.stringify(evaluate(bilingualLabel(lang), { name_zh: '温泉', name_en: 'Wenquan' }));
    expect(text('zh').indexOf('温泉')).toBeLessThan(text('zh').indexOf('Wenquan'));
    expect(text('en').indexOf('Wenquan')).toBeLessThan(text('en').indexOf('温泉'));
  });
});
