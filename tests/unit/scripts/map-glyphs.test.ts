import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeGlyphs, encodeGlyphs, verticalForm, SDF, type Glyph } from '../../../scripts/map-glyphs.ts';
import { mapGlyphs } from '../../../scripts/vite-plugin-fonts.ts';
import { FONT_BOLD, FONT_REGULAR } from '../../../src/map/ids.ts';

const ROOT = path.resolve(__dirname, '../../..');
const border = SDF.buffer;

/** Every string value in a JSON document. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * The characters map labels can show: every string of data/ and geo/ (names, statuses), and the UI text (src/i18n,
 * which words the labels' suffixes and units). Controls and spaces other than U+0020 are not drawn.
 */
function labelCharacters(): Set<number> {
  const chars = new Set<number>();
  const add = (text: string) => {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && cp !== 0x7f) chars.add(cp);
    }
  };
  for (const dir of ['data', 'geo'])
    for (const f of readdirSync(path.join(ROOT, dir)).filter((n) => /\.(geo)?json$/.test(n)))
      for (const s of strings(JSON.parse(readFileSync(path.join(ROOT, dir, f), 'utf8')))) add(s);
  for (const f of readdirSync(path.join(ROOT, 'src/i18n')).filter((n) => n.endsWith('.ts')))
    for (const m of readFileSync(path.join(ROOT, 'src/i18n', f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) add(m[1]!);
  return chars;
}

describe('glyph PBF encoding', () => {
  it('decodes what it encodes, with MapLibre’s bitmap size', () => {
    const glyph: Glyph = {
      id: 0x6d77,
      bitmap: Uint8Array.from({ length: (20 + 2 * border) * (22 + 2 * border) }, (_, i) => i % 256),
      width: 20,
      height: 22,
      left: -1,
      top: -7,
      advance: 24,
    };
    const space: Glyph = { id: 0x20, width: 0, height: 0, left: 0, top: -27, advance: 6 };
    const [stack, ...rest] = decodeGlyphs(encodeGlyphs('Noto Sans Regular', 0x6d00, [space, glyph]));
    expect(rest).toEqual([]);
    expect(stack!.name).toBe('Noto Sans Regular');
    expect(stack!.range).toBe('27904-28159');
    expect(stack!.glyphs).toEqual([space, glyph]);
  });
});

describe('vertical forms', () => {
  // A 2 × 1 ink box (bitmap 8 × 7) at the bottom left of the em.
  const g: Glyph = {
    id: 0xff0c,
    bitmap: Uint8Array.from({ length: 8 * 7 }, (_, i) => i),
    width: 2,
    height: 1,
    left: 3,
    top: -26,
    advance: 24,
  };
  it('moves a comma to the top right of the em', () => {
    const v = verticalForm(g, 0xfe10, 'move');
    expect(v).toMatchObject({ id: 0xfe10, width: 2, height: 1, left: 24 - 3 - 2, advance: 24, bitmap: g.bitmap });
    // Ink from 0 to 1 above the baseline becomes 17 to 18 (mirrored about 9).
    expect(v.top + 27).toBe(18);
  });
  it('turns a glyph a quarter clockwise, bitmap included', () => {
    const v = verticalForm(g, 0xfe32, 'turn');
    expect(v).toMatchObject({ width: 1, height: 2 });
    expect(v.bitmap!.length).toBe(7 * 8);
    // The source's bottom-left pixel (row 6, column 0) becomes the top-left one.
    expect(v.bitmap![0]).toBe(g.bitmap![6 * 8 + 0]);
    // The source's top-left pixel becomes the top-right one.
    expect(v.bitmap![6]).toBe(g.bitmap![0]);
  });
});

describe('generated glyphs', () => {
  const byStack = new Map<string, Map<number, Glyph>>();
  let files: Map<string, Uint8Array>;
  beforeAll(async () => {
    files = await mapGlyphs(ROOT);
    for (const [name, data] of files) {
      const [stack, file] = name.split('/');
      const [decoded] = decodeGlyphs(data);
      expect(`${decoded!.name}/${decoded!.range}.pbf`).toBe(`${stack}/${file}`);
      const glyphs = byStack.get(stack!) ?? new Map<number, Glyph>();
      for (const g of decoded!.glyphs) {
        const start = Number(file!.split('-')[0]);
        expect(g.id >= start && g.id < start + 256, `U+${g.id.toString(16)} in ${name}`).toBe(true);
        glyphs.set(g.id, g);
      }
      byStack.set(stack!, glyphs);
    }
  }, 300_000);

  it('has both stacks, and only them', () => {
    expect([...byStack.keys()].sort()).toEqual([FONT_BOLD, FONT_REGULAR].sort());
  });

  it.each([FONT_REGULAR, FONT_BOLD])('%s has a glyph for every character map labels use', (stack) => {
    const glyphs = byStack.get(stack)!;
    // Chinese along a line gets MapLibre's vertical punctuation, e.g. （ → ︵ (U+FE35), ， → ︐ (U+FE10).
    const vertical = [...'︵︶︐︑︒︓︔︕︖︙︲﹇﹈'].map((c) => c.codePointAt(0)!);
    const missing = [...labelCharacters(), ...vertical].filter((cp) => !glyphs.has(cp));
    expect(missing.map((cp) => `${String.fromCodePoint(cp)} U+${cp.toString(16).padStart(4, '0')}`)).toEqual([]);
  });

  it('draws SDF bitmaps of (width + 6) × (height + 6) with metrics on one baseline', () => {
    const regular = byStack.get(FONT_REGULAR)!;
    for (const g of regular.values())
      expect(g.bitmap?.length ?? 0, `U+${g.id.toString(16)}`).toBe(
        g.width && g.height ? (g.width + 2 * border) * (g.height + 2 * border) : 0,
      );
    const hai = regular.get('海'.codePointAt(0)!)!;
    const a = regular.get('A'.codePointAt(0)!)!;
    const x = regular.get('x'.codePointAt(0)!)!;
    const space = regular.get(0x20)!;
    // A 24 px em: a CJK glyph advances one em; Latin capitals are about 0.7 em high, x-height about 0.55 em.
    expect(hai.advance).toBe(24);
    expect(a.height).toBeGreaterThanOrEqual(16);
    expect(a.height).toBeLessThanOrEqual(18);
    expect(space.bitmap).toBeUndefined();
    expect(space.advance).toBeGreaterThan(4);
    // `top` is the ink's top above the baseline less 27 (MapLibre's ascender convention): capitals and x-height
    // letters sit on the baseline (ink bottom = top - height ≈ -27), CJK descends a little below it.
    expect(a.top - a.height).toBe(-27);
    expect(x.top - x.height).toBe(-27);
    expect(hai.top - hai.height).toBeGreaterThanOrEqual(-30);
    expect(hai.top - hai.height).toBeLessThanOrEqual(-27);
    // Bold is wider than regular.
    expect(byStack.get(FONT_BOLD)!.get('A'.codePointAt(0)!)!.advance).toBeGreaterThanOrEqual(a.advance);
    // Each byte is a signed distance: some inside (above 191 at the cutoff of 0.25), some outside (0).
    expect(Math.max(...hai.bitmap!)).toBeGreaterThan(191);
    expect(Math.min(...hai.bitmap!)).toBe(0);
  });
});
