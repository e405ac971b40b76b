import { describe, it, expect } from 'vitest';
import {
  areaFigure,
  areaFromInput,
  areaInputValue,
  distanceFigure,
  formatFigure,
  kmRangeFigures,
  rangeStyle,
  walkMinutesOf,
  wholeMinutes,
} from '../../../src/lib/format.ts';

// The words around these figures are tested with src/i18n/format.ts (tests/unit/i18n/format.test.ts).
describe('format: figures', () => {
  it('measures area in 万m² in zh and m² in en', () => {
    expect(areaFigure(3716200, 'zh')).toBe('371.62');
    expect(areaFigure(121000, 'en')).toBe('121,000');
    expect(areaFigure(NaN, 'en')).toBeNull();
  });
  it('converts size inputs per language', () => {
    expect(areaInputValue(121000, 'zh')).toBe(12.1);
    expect(areaFromInput(12.1, 'zh')).toBe(121000);
    expect(areaInputValue(121000, 'en')).toBe(121000);
  });
  it('states a distance in m below 1 km (to 10 m), else km to 0.1', () => {
    expect(distanceFigure(0.354, 'zh')).toEqual({ value: '350', unit: 'm' });
    expect(distanceFigure(1.26, 'en')).toEqual({ value: '1.3', unit: 'km' });
    expect(distanceFigure(Infinity, 'en')).toBeNull();
  });
  it("states a model's figure as given, to 2 decimals", () => {
    expect(formatFigure(1.25, 'zh')).toBe('1.25');
    expect(formatFigure(0.5, 'en')).toBe('0.5');
    expect(formatFigure(5, 'en')).toBe('5');
  });
  it('states at least one whole minute', () => {
    expect(wholeMinutes(0.2)).toBe(1);
    expect(wholeMinutes(6.5)).toBe(7);
  });
});

describe('kmRangeFigures and walkMinutesOf', () => {
  const walk = (km: number) => (km * 1.3 * 60) / 4.8; // lib/transit.ts walkMinutes
  it('names the style of each range', () => {
    expect(rangeStyle({ nearKm: 0.3, farKm: 0.5 })).toBe('single');
    expect(rangeStyle({ nearKm: 0.3, farKm: 0.9 })).toBe('range');
    expect(rangeStyle({ nearKm: 0.3, farKm: 1.5 })).toBe('wide');
    expect(rangeStyle({ nearKm: 0, farKm: 1.5 })).toBe('upTo');
  });
  it('rounds the ends of a range outward', () => {
    expect(kmRangeFigures({ nearKm: 0.153, farKm: 0.647 }, 'en')).toEqual({
      style: 'range',
      near: '150',
      far: '650',
      unit: 'm',
    });
    expect(kmRangeFigures({ nearKm: 0, farKm: 2.75 }, 'zh')).toEqual({ style: 'upTo', far: '2.8', unit: 'km' });
    expect(kmRangeFigures({ nearKm: NaN, farKm: 1 }, 'zh')).toBeNull();
  });
  it('gives walking minutes only for a range up to 1 km wide', () => {
    expect(walkMinutesOf({ nearKm: 0.34, farKm: 0.36 }, walk)).toEqual({ kind: 'about', minutes: 6 });
    expect(walkMinutesOf({ nearKm: 0.153, farKm: 0.647 }, walk)).toEqual({ kind: 'span', lo: 2, hi: 11 });
    expect(walkMinutesOf({ nearKm: 0.43, farKm: 3.04 }, walk)).toBeNull();
    expect(walkMinutesOf({ nearKm: 0.3, farKm: 0.9 }, () => null)).toBeNull();
  });
  it('gives no walking minutes where the walk reaches beyond about 2.5 km (not a walk to a metro)', () => {
    expect(walkMinutesOf({ nearKm: 2.7, farKm: 3.7 }, walk)).toBeNull();
    expect(walkMinutesOf({ nearKm: 2.55, farKm: 2.55 }, walk)).toBeNull();
    expect(walkMinutesOf({ nearKm: 2.0, farKm: 2.5 }, walk)).toEqual({ kind: 'span', lo: 32, hi: 41 });
  });
});
