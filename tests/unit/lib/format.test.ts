import { describe, it, expect } from 'vitest';
import { areaFromInput, areaInputValue, formatAreaM2, formatDistanceKm, formatMinutes } from '../../../src/lib/format.ts';

describe('format', () => {
  it.each([
    [121000, 'zh', '12.1万平方米'],
    [3716200, 'zh', '371.62万平方米'],
    [22000, 'zh', '2.2万平方米'],
    [121000, 'en', '121,000 m²'],
    [807000, 'en', '807,000 m²'],
  ] as const)('formatAreaM2(%d, %s) = %s', (m2, lang, text) => {
    expect(formatAreaM2(m2, lang)).toBe(text);
  });
  it('has a short zh form', () => {
    expect(formatAreaM2(304000, 'zh', { short: true })).toBe('30.4万㎡');
  });
  it('converts size inputs per language', () => {
    expect(areaInputValue(121000, 'zh')).toBe(12.1);
    expect(areaFromInput(12.1, 'zh')).toBe(121000);
    expect(areaInputValue(121000, 'en')).toBe(121000);
  });
  it.each([
    [0.354, 'zh', '350 米'],
    [0.354, 'en', '350 m'],
    [1.26, 'en', '1.3 km'],
    [12.04, 'zh', '12 公里'],
  ] as const)('formatDistanceKm(%d, %s) = %s', (km, lang, text) => {
    expect(formatDistanceKm(km, lang)).toBe(text);
  });
  it('never prints NaN', () => {
    expect(formatDistanceKm(NaN, 'en')).toBe('—');
    expect(formatAreaM2(Infinity, 'zh')).toBe('—');
    expect(formatMinutes(0.2, 'en')).toBe('1 min');
  });
});
