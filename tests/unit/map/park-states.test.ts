import { describe, it, expect } from 'vitest';
import { flagChanges, outIds, type ParkFlagSets } from '../../../src/lib/park-states.ts';
import { isDrawn } from '../../../src/map/use-park-states.ts';

const sets = (o: Partial<Record<keyof ParkFlagSets, string[]>>): ParkFlagSets => ({
  out: new Set(o.out ?? []),
  possible: new Set(o.possible ?? []),
});
const plain = (m: Map<string, unknown>) => Object.fromEntries(m);

describe('park flags as feature-state', () => {
  it('outIds: the parks not visible, in data order', () => {
    expect([...outIds(['a', 'b', 'c', 'd'], ['c', 'a'])]).toEqual(['b', 'd']);
    expect([...outIds(['a'], ['a'])]).toEqual([]);
  });
  it('a fresh source gets every flag that is on, and nothing else', () => {
    const next = sets({ out: ['b', 'c'], possible: ['a', 'b'] });
    expect(plain(flagChanges(null, next))).toEqual({
      b: { out: true, possible: true },
      c: { out: true },
      a: { possible: true },
    });
  });
  it('only the parks whose flags change are updated, with only those flags', () => {
    const prev = sets({ out: ['b', 'c'], possible: ['a'] });
    const next = { ...prev, out: new Set(['c', 'd']), possible: new Set<string>() };
    expect(plain(flagChanges(prev, next))).toEqual({
      d: { out: true },
      b: { out: false },
      a: { possible: false },
    });
  });
  it('a set kept by identity is not looked into', () => {
    const prev = sets({ out: ['x', 'y', 'z'], possible: ['a'] });
    const next = { ...prev, possible: new Set(['b']) };
    expect(plain(flagChanges(prev, next))).toEqual({ b: { possible: true }, a: { possible: false } });
    expect(flagChanges(next, next).size).toBe(0);
  });
  it('isDrawn: a feature painted with opacity 0 (fill and stroke) is not drawn', () => {
    const f = (paint: Record<string, unknown>) => ({ layer: { paint } }) as never;
    expect(isDrawn(f({ 'circle-opacity': 0, 'circle-stroke-opacity': 0 }))).toBe(false);
    expect(isDrawn(f({ 'circle-opacity': 0.85 * 0.18, 'circle-stroke-opacity': 0.18 }))).toBe(true);
    expect(isDrawn(f({ 'circle-opacity': 0, 'circle-stroke-opacity': 1 }))).toBe(true);
    expect(isDrawn(f({ 'icon-opacity': 0 }))).toBe(false);
    expect(isDrawn(f({ 'circle-color': '#000' }))).toBe(true);
  });
});
