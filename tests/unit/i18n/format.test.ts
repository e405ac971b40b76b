import { describe, it, expect } from 'vitest';
import {
  csvText,
  formatAreaM2,
  formatDistanceAndWalk,
  formatDistanceKm,
  formatKmRange,
  formatMinutes,
  formatWalkRange,
  joinList,
  stationInSentence,
  stationLabel,
} from '../../../src/i18n/format.ts';

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

describe('formatKmRange and formatWalkRange: one formatter for every stated distance', () => {
  const walk = (km: number) => (km * 1.3 * 60) / 4.8; // lib/transit.ts walkMinutes
  it.each([
    // A range narrower than 300 m: one figure (its middle) and a walking time.
    [{ nearKm: 0.34, farKm: 0.36 }, 'zh', '350 米', '步行约 6 分钟'],
    [{ nearKm: 0.34, farKm: 0.36 }, 'en', '350 m', 'about a 6-minute walk'],
    // Up to 1 km wide: both as ranges, rounded outward.
    [{ nearKm: 0.153, farKm: 0.647 }, 'zh', '约 150–650 米', '步行 2–11 分钟'],
    [{ nearKm: 0.153, farKm: 0.647 }, 'en', '150–650 m', 'a 2–11 min walk'],
    // Wider than 1 km: km, no walking time anywhere.
    [{ nearKm: 0.43, farKm: 3.04 }, 'zh', '约 0.4–3.1 公里', null],
    [{ nearKm: 0.43, farKm: 3.04 }, 'en', '0.4–3.1 km', null],
    // A station may lie inside the region: only the far end, never "0 米".
    [{ nearKm: 0, farKm: 2.75 }, 'zh', '最远约 2.8 公里', null],
    [{ nearKm: 0, farKm: 2.75 }, 'en', 'up to 2.8 km', null],
    [{ nearKm: 0, farKm: 0.6 }, 'zh', '最远约 600 米', '步行 1–10 分钟'],
  ] as const)('%o in %s → "%s", walk %s', (r, lang, text, walkText) => {
    expect(formatKmRange(r, lang)).toBe(text);
    expect(formatWalkRange(r, lang, walk)).toBe(walkText);
  });
  it('joins distance and walk, and never prints NaN or 0 m', () => {
    expect(formatDistanceAndWalk({ nearKm: 0.153, farKm: 0.647 }, 'zh', walk)).toBe('约 150–650 米，步行 2–11 分钟');
    expect(formatDistanceAndWalk({ nearKm: 0.43, farKm: 3.04 }, 'en', walk)).toBe('0.4–3.1 km');
    expect(formatKmRange({ nearKm: NaN, farKm: 1 }, 'en')).toBe('—');
    expect(formatWalkRange({ nearKm: 0, farKm: Infinity }, 'en', walk)).toBeNull();
    for (const far of [0.3, 0.9, 1.5, 4])
      expect(formatKmRange({ nearKm: 0, farKm: far }, 'zh')).not.toMatch(/(^|\D)0 米/);
  });
});

describe('stationLabel and stationInSentence', () => {
  it.each([
    [{ zh: '北沙滩', en: 'Beishatan' }, 'zh', '北沙滩站'],
    [{ zh: '清河站', en: 'Qinghezhan' }, 'zh', '清河站'],
    [{ zh: '北沙滩', en: 'Beishatan' }, 'en', 'Beishatan'],
  ] as const)('stationLabel(%j, %s) = %s', (name, lang, label) => {
    expect(stationLabel(name, lang)).toBe(label);
  });
  it.each([
    [{ zh: '北沙滩', en: 'Beishatan' }, 'zh', '北沙滩站'],
    [{ zh: '北沙滩', en: 'Beishatan' }, 'en', 'Beishatan station'],
    [{ zh: '清河站', en: 'Qinghe Railway Station' }, 'en', 'Qinghe Railway Station'],
  ] as const)('stationInSentence(%j, %s) = %s', (name, lang, text) => {
    expect(stationInSentence(name, lang)).toBe(text);
  });
});

describe('joinList and csvText', () => {
  it('joins a list in running text per language', () => {
    expect(joinList(['2027', '2029'], 'zh')).toBe('2027、2029');
    expect(joinList(['2027', '2029'], 'en')).toBe('2027, 2029');
    expect(joinList([], 'zh')).toBe('');
  });
  it('gives the CSV its source cell and industry joiners in both languages', () => {
    expect(csvText()).toEqual({
      source: '《海淀区2025年重点工作》 / Haidian District 2025 work plan (《海淀区2025年重点工作》)',
      join: { zh: '、', en: '; ' },
    });
  });
});
