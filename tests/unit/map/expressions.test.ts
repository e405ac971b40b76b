import { describe, it, expect } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import {
  bilingualLabel,
  idCase,
  idFilter,
  parkOpacity,
  stateCase,
  unlessOut,
  visibleFilter,
} from '../../../src/map/expressions.ts';
import {
  parkCircleRadius,
  parkRadiusPx,
  parksCircle,
  parksHover,
  parksSelected,
  PARK_STYLE,
} from '../../../src/map/layers.ts';

/** Evaluates an expression against one feature (and its feature-state) with the style-spec's own evaluator. */
function evaluate(expr: unknown, properties: Record<string, unknown>, state: Record<string, unknown> = {}) {
  const parsed = createExpression(expr, 'layers[0].paint.circle-opacity');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 11 }, { type: 'Point', properties, geometry: [] } as never, state);
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
  it('visibleFilter keeps the visible parks, from whichever list is shorter', () => {
    const few = visibleFilter(['a'], ['b', 'c']);
    const most = visibleFilter(['a', 'b'], ['c']);
    for (const f of [few, most]) {
      expect(evaluate(f, { id: 'a' })).toBe(true);
      expect(evaluate(f, { id: 'c' })).toBe(false);
    }
    expect(JSON.stringify(few)).not.toContain('"c"');
    expect(JSON.stringify(most)).not.toContain('"a"');
    expect(visibleFilter(['a', 'b'], [])).toBe(true);
    expect(evaluate(visibleFilter([], ['a']), { id: 'a' })).toBe(false);
  });
  it('stateCase reads a boolean feature-state, off when unset', () => {
    expect(evaluate(stateCase('out', 0, 1), { id: 'a' }, { out: true })).toBe(0);
    expect(evaluate(stateCase('out', 0, 1), { id: 'a' }, { out: false })).toBe(1);
    expect(evaluate(stateCase('out', 0, 1), { id: 'a' })).toBe(1);
  });
  it('the hidden radius is 0 for a filtered-out park and the usual one otherwise', () => {
    const r = parkCircleRadius(unlessOut);
    const props = { floor: 100 * 100 };
    expect(evaluate(r, props, { out: true })).toBe(0);
    expect(evaluate(r, props, {})).toBeCloseTo(evaluate(parksCircle.paint['circle-radius'], props), 9);
    expect(evaluate(r, props, {})).toBeCloseTo(parkRadiusPx(100 * 100, 11), 9);
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
  it('the selection ring and the hover dot pick their park by role', () => {
    expect(evaluate(parksSelected.filter, { role: 'selected' })).toBe(true);
    expect(evaluate(parksSelected.filter, { role: 'hover' })).toBe(false);
    expect(evaluate(parksHover.filter, { role: 'hover' })).toBe(true);
  });
});

describe('parkOpacity', () => {
  const base = parksCircle.paint['circle-opacity'];
  const hide = { outOpacity: 0, possible: 0.6 };
  const dim = { outOpacity: 0.18, possible: 0.6 };
  it.each<[string, typeof hide, Record<string, unknown>, Record<string, unknown>, number]>([
    ['a precise park is a solid disc', hide, { rough: false }, {}, PARK_STYLE.precise.fillOpacity],
    ['a rough park is a pale ring', hide, { rough: true }, {}, PARK_STYLE.rough.fillOpacity],
    [
      'a park only possibly within the distance is fainter',
      hide,
      { rough: false },
      { possible: true },
      PARK_STYLE.precise.fillOpacity * 0.6,
    ],
    ['a filtered-out park is not drawn', hide, { rough: false }, { out: true }, 0],
    ['dimming leaves a visible park alone', dim, { rough: true }, { out: false }, PARK_STYLE.rough.fillOpacity],
    ['dimming fades a filtered-out park', dim, { rough: false }, { out: true }, PARK_STYLE.precise.fillOpacity * 0.18],
    [
      'both factors multiply',
      dim,
      { rough: true },
      { out: true, possible: true },
      PARK_STYLE.rough.fillOpacity * 0.18 * 0.6,
    ],
  ])('%s', (_n, opts, feature, state, want) => {
    expect(evaluate(parkOpacity(base, opts), feature, state)).toBeCloseTo(want, 9);
  });
  it('scales a constant base (the stroke) the same way', () => {
    expect(evaluate(parkOpacity(1, hide), {}, { possible: true })).toBeCloseTo(0.6, 9);
    expect(evaluate(parkOpacity(1, hide), {}, {})).toBe(1);
    expect(evaluate(parkOpacity(1, hide), {}, { out: true })).toBe(0);
  });
});
