import { describe, it, expect } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { bilingualLabel, idCase, idFilter, parkOpacity, visibleOpacity } from '../../../src/map/expressions.ts';
import { parksCircle, PARK_STYLE } from '../../../src/map/layers.ts';

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
    const text = (lang: 'zh' | 'en') =>
      JSON.stringify(evaluate(bilingualLabel(lang), { name_zh: '温泉', name_en: 'Wenquan' }));
    expect(text('zh').indexOf('温泉')).toBeLessThan(text('zh').indexOf('Wenquan'));
    expect(text('en').indexOf('Wenquan')).toBeLessThan(text('en').indexOf('温泉'));
  });
  it('idCase gives one value inside the list and another outside, and the outside one for an empty list', () => {
    expect(evaluate(idCase(['a'], 0.12, 0.05), { id: 'a' })).toBe(0.12);
    expect(evaluate(idCase(['a'], 0.12, 0.05), { id: 'b' })).toBe(0.05);
    expect(evaluate(idCase([], 0.12, 0.05), { id: 'a' })).toBe(0.05);
  });
});

describe('parkOpacity', () => {
  const base = parksCircle.paint['circle-opacity'];
  const opts: { visibleIds: string[] | null; dimmed: number; possibleIds: string[]; possible: number } = {
    visibleIds: null,
    dimmed: 0.18,
    possibleIds: [],
    possible: 0.6,
  };
  it.each<[string, Partial<typeof opts>, Record<string, unknown>, number]>([
    ['a precise park is a solid disc', {}, { id: 'a', rough: false }, PARK_STYLE.precise.fillOpacity],
    ['a rough park is a pale ring', {}, { id: 'a', rough: true }, PARK_STYLE.rough.fillOpacity],
    [
      'a park only possibly within the distance is fainter',
      { possibleIds: ['a'] },
      { id: 'a', rough: false },
      PARK_STYLE.precise.fillOpacity * 0.6,
    ],
    [
      'dimming leaves a visible park alone',
      { visibleIds: ['a'] },
      { id: 'a', rough: true },
      PARK_STYLE.rough.fillOpacity,
    ],
    [
      'dimming fades a filtered-out park',
      { visibleIds: ['b'] },
      { id: 'a', rough: false },
      PARK_STYLE.precise.fillOpacity * 0.18,
    ],
    [
      'both factors multiply',
      { visibleIds: ['b'], possibleIds: ['a'] },
      { id: 'a', rough: true },
      PARK_STYLE.rough.fillOpacity * 0.18 * 0.6,
    ],
  ])('%s', (_n, o, feature, want) => {
    expect(evaluate(parkOpacity(base, { ...opts, ...o }), feature)).toBeCloseTo(want, 9);
  });
  it('scales a constant base (the stroke) the same way', () => {
    expect(evaluate(parkOpacity(1, { ...opts, possibleIds: ['a'] }), { id: 'a' })).toBeCloseTo(0.6, 9);
    expect(evaluate(parkOpacity(1, { ...opts, possibleIds: ['a'] }), { id: 'b' })).toBe(1);
  });
});
