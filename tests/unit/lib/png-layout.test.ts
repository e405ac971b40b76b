import { describe, expect, it } from 'vitest';
import {
  evaluateNumber,
  metresPerPixel,
  niceScaleBar,
  pngLayout,
  wrapText,
  type Measure,
  type PngContent,
} from '../../../src/lib/png-layout.ts';
import { parksCircle } from '../../../src/map/layers.ts';

/** A stand-in for measureText: CJK characters one em wide, anything else 0.55 em. */
const measure: Measure = (text, font) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55), 0) * font.sizePx;
const FONT = { sizePx: 10, bold: false };

describe('metresPerPixel', () => {
  it.each([
    // [lat, zoom, metres per px]: 40075016.686 · cos φ / (512 · 2^z)
    [0, 0, 78271.517],
    [0, 10, 76.437],
    [60, 10, 38.219],
    [40, 11, 29.277],
  ])('at %f° zoom %f is %f m', (lat, zoom, m) => {
    expect(metresPerPixel(lat, zoom)).toBeCloseTo(m, 2);
  });
});

describe('niceScaleBar', () => {
  it('picks the longest 1, 2 or 5 × 10^n length that fits', () => {
    expect(niceScaleBar(10, 120)).toEqual({ metres: 1000, lengthPx: 100 }); // 1200 m fit: 1 km
    expect(niceScaleBar(30, 120)).toEqual({ metres: 2000, lengthPx: 2000 / 30 }); // 3600 m: 2 km
    expect(niceScaleBar(50, 120)).toEqual({ metres: 5000, lengthPx: 100 }); // 6000 m: 5 km
    expect(niceScaleBar(1, 100)).toEqual({ metres: 100, lengthPx: 100 }); // exactly 100 m
  });
  it('gives null for a scale it cannot draw', () => {
    expect(niceScaleBar(0, 100)).toBeNull();
    expect(niceScaleBar(Number.NaN, 100)).toBeNull();
    expect(niceScaleBar(10, 0)).toBeNull();
  });
});

describe('evaluateNumber', () => {
  const radius = parksCircle.paint['circle-radius'];
  it('evaluates the park circle radius as MapLibre does', () => {
    // sqrt(22000) = 148.3 → 6 px at the middle zoom 11 (factor 1.0), 0.7 × at zoom 9, 1.3 × at zoom 13 and beyond.
    const at = (zoom: number, floor: number) => evaluateNumber(radius, { zoom, properties: { floor } })!;
    expect(at(11, 148 ** 2)).toBeCloseTo(6, 6);
    expect(at(11, 900 ** 2)).toBeCloseTo(24, 6);
    expect(at(9, 900 ** 2)).toBeCloseTo(0.7 * 24, 6);
    expect(at(15, 900 ** 2)).toBeCloseTo(1.3 * 24, 6);
    expect(at(11, 100)).toBeCloseTo(6, 6); // clamped below the first stop
  });
  it('gives null for what it does not know', () => {
    expect(evaluateNumber(['case', true, 1, 2], { zoom: 10, properties: {} })).toBeNull();
    expect(evaluateNumber(['get', 'missing'], { zoom: 10, properties: {} })).toBeNull();
    expect(
      evaluateNumber(['interpolate', ['exponential', 2], ['zoom'], 0, 1, 10, 2], { zoom: 5, properties: {} }),
    ).toBeNull();
  });
});

describe('wrapText', () => {
  it('breaks Latin at spaces and keeps each line within the width', () => {
    const lines = wrapText('Filled disc: placed from an address or landmark', 120, FONT, measure);
    expect(lines.join(' ')).toBe('Filled disc: placed from an address or landmark');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => measure(l, FONT) <= 120)).toBe(true);
  });
  it('breaks Chinese between characters but never before closing punctuation', () => {
    const lines = wrapText('实心圆：按地址或地标定位，误差 1 公里以内', 60, FONT, measure);
    // A break at a space takes the space.
    expect(lines.join('').replace(/ /g, '')).toBe('实心圆：按地址或地标定位，误差1公里以内');
    expect(lines.every((l) => !/^[，。、：）]/.test(l))).toBe(true);
    expect(lines.every((l) => measure(l, FONT) <= 60 + 10)).toBe(true); // punctuation may hang by one em
  });
  it('breaks a word longer than the line between characters, and gives no lines for no text', () => {
    expect(wrapText('abcdefghij', 22, FONT, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('  ', 100, FONT, measure)).toEqual([]);
  });
});

const CONTENT: PngContent = {
  mapWidthPx: 1000,
  mapHeightPx: 700,
  unitPx: 1,
  title: '海淀选址地图',
  subtitle: '《海淀区2025年重点工作》产业园区 · 18 / 18 个园区 · 交通：现状',
  filters: '筛选：医药健康',
  date: '导出日期：2025年6月1日',
  legendTitle: '图例',
  legend: [
    { symbol: null, text: '产业园区（圆圈大小表示总建筑面积）' },
    { symbol: { kind: 'disc', colour: '#0072B2' }, text: '人工智能与算力' },
    { symbol: { kind: 'rough' }, text: '圆环：只知道大致片区或镇街，或误差 1 公里以上' },
    { symbol: { kind: 'size', radiusPx: 20 }, text: '80万平方米' },
    { symbol: { kind: 'line', style: 'open' }, text: '运营线路' },
  ],
  scaleBar: { lengthPx: 100, label: '2 公里' },
  attribution: [
    '© OpenStreetMap 贡献者（轨道交通）；园区与规划项目点位为本项目手工标注',
    '来源：《海淀区2025年重点工作》',
  ],
};
const inside = (r: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }) =>
  r.x >= box.x && r.x <= box.x + box.width && r.y >= box.y && r.y <= box.y + box.height;

describe('pngLayout', () => {
  const l = pngLayout(CONTENT, measure);

  it('frames the picture with the title band above, the legend beside and the footer below', () => {
    expect(l.map).toEqual({ x: 16, y: l.titleBand.height, width: 1000, height: 700 });
    expect(l.widthPx).toBe(16 + 1000 + 16 + 280 + 16);
    expect(l.legend.x).toBe(16 + 1000 + 16);
    expect(l.footer.y).toBe(l.map.y + 700);
    expect(l.heightPx).toBeGreaterThan(l.map.y + l.map.height + 30);
  });

  it('puts every word inside the page and none on the picture', () => {
    for (const r of l.texts) {
      const left = r.align === 'left' ? r.x : r.x - measure(r.text, r.font);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + measure(r.text, r.font)).toBeLessThanOrEqual(l.widthPx);
      expect(r.y - r.font.sizePx).toBeGreaterThanOrEqual(0);
      expect(r.y).toBeLessThanOrEqual(l.heightPx);
      const overlapsX = left < l.map.x + l.map.width && left + measure(r.text, r.font) > l.map.x;
      const overlapsY = r.y > l.map.y && r.y - r.font.sizePx < l.map.y + l.map.height;
      expect(overlapsX && overlapsY, r.text).toBe(false);
    }
  });

  it('places each legend symbol in the legend column, in order, with its words beside it', () => {
    expect(l.symbols.map((s) => s.symbol.kind)).toEqual(['disc', 'rough', 'size', 'line']);
    expect(l.symbols.every((s) => inside({ x: s.cx, y: s.cy }, l.legend))).toBe(true);
    const ys = l.symbols.map((s) => s.cy);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    // The size disc's row is tall enough for the disc.
    const size = l.symbols[2]!;
    expect(size.cy - 20).toBeGreaterThan(l.symbols[1]!.cy);
  });

  it('puts the date at the right of the title line and the scale bar under the picture', () => {
    const date = l.texts.find((r) => r.text === CONTENT.date)!;
    expect(date.align).toBe('right');
    expect(date.x).toBe(l.widthPx - 16);
    expect(l.scaleBar).toEqual({ x: 16, y: expect.any(Number), lengthPx: 100 });
    expect(l.scaleBar!.y).toBeGreaterThan(l.map.y + l.map.height);
  });

  it('grows the body when the legend is taller than the picture', () => {
    const short = pngLayout({ ...CONTENT, mapHeightPx: 80 }, measure);
    expect(short.legend.height).toBeGreaterThan(80);
    expect(short.footer.y).toBe(short.legend.y + short.legend.height);
  });

  it('scales margins and type with the pixel ratio, and leaves out what is absent', () => {
    const hi = pngLayout(
      { ...CONTENT, mapWidthPx: 2000, mapHeightPx: 1400, unitPx: 2, filters: null, scaleBar: null },
      measure,
    );
    expect(hi.map.x).toBe(32);
    expect(hi.widthPx).toBe(32 + 2000 + 32 + 560 + 32);
    expect(hi.texts.find((r) => r.text === CONTENT.title)!.font.sizePx).toBe(44);
    expect(hi.texts.some((r) => r.text.startsWith('筛选'))).toBe(false);
    expect(hi.scaleBar).toBeNull();
  });
});
