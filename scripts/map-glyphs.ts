/**
 * Pre-rendered SDF glyphs for the map labels, in MapLibre's glyph format: one PBF per font stack and 256-codepoint
 * range (`<stack>/<start>-<end>.pbf`), drawn in Node at build time (no browser) with TinySDF on @napi-rs/canvas from
 * the same @fontsource files the fonts plugin ships. Only the characters the app can show (the fonts plugin's set)
 * plus printable ASCII and Latin-1 (typed text, English labels) are drawn.
 *
 * Metrics follow MapLibre's own TinySDF path (glyph_manager: font size 24, buffer 3, radius 8, cutoff 0.25) so the
 * labels sit where today's in-browser glyphs sat: `top = glyphTop - 27` (MapLibre uses 27.5 at double resolution;
 * a PBF holds integers) and `left = glyphLeft` (MapLibre adds 0.5); `advance` is rounded to a whole pixel at 24 px.
 *
 * Results are cached in node_modules/.cache/haidian-glyphs, keyed by the font files, the characters and GENERATOR.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { PbfReader, PbfWriter } from 'pbf';

/** Bump when the output changes for the same inputs. */
const GENERATOR = 'haidian-glyphs-3';
export const SDF = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 } as const;
const TOP_ADJUSTMENT = 27;

/** One face the stack draws from: a font file and the codepoints it is used for (unicode-range, as in CSS). */
export type GlyphFace = { file: string; ranges: [number, number][] };
/** A font stack: its name (as in the style's `text-font`), weight, and faces in order of preference. */
export type GlyphStack = { name: string; weight: number; faces: GlyphFace[] };

export type Glyph = {
  id: number;
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
};

/**
 * The vertical forms MapLibre substitutes for punctuation in Chinese text along a line (its
 * verticalizedCharacterMap): without them it asks for ranges we would not have, e.g. 65024-65279.
 */
const VERTICAL_FORMS =
  '︕＃＄％＆︵︶＊＋︐︲・／︓︔︿＝﹀︖＠﹇＼﹈＾︳｀︷―︸～￠￡￥￤￢￣︱﹃﹄﹁﹂︙￦︑︒︽︾︻︼︹︺︗︘';

/** Printable ASCII and Latin-1, and the vertical forms of punctuation: always drawn. */
export function baseCharacters(): number[] {
  const out: number[] = [];
  for (let c = 0x20; c <= 0x7e; c++) out.push(c);
  for (let c = 0xa0; c <= 0xff; c++) out.push(c);
  for (const ch of VERTICAL_FORMS) out.push(ch.codePointAt(0)!);
  return out;
}

/** The codepoints to draw: the app's characters and Latin-1, without controls and outside the Basic Multilingual Plane. */
export function glyphCodepoints(used: Iterable<number>): number[] {
  const set = new Set(baseCharacters());
  for (const c of used)
    if (c >= 0x20 && c <= 0xffff && !(c >= 0x7f && c < 0xa0) && !(c >= 0xd800 && c <= 0xdfff)) set.add(c);
  return [...set].sort((a, b) => a - b);
}

/**
 * Vertical forms the @fontsource subsets do not carry, made from the horizontal character: moved to the top right
 * of the em (comma, enumeration comma, full stop), as they are (！？), or turned a quarter clockwise (a distance field
 * turns exactly), as vertical fonts draw them.
 */
const SYNTHESISED: Record<number, { from: string; how: 'move' | 'same' | 'turn' }> = {
  0xfe10: { from: '，', how: 'move' },
  0xfe11: { from: '、', how: 'move' },
  0xfe12: { from: '。', how: 'move' },
  0xfe15: { from: '！', how: 'same' },
  0xfe16: { from: '？', how: 'same' },
  0xfe13: { from: '：', how: 'turn' },
  0xfe14: { from: '；', how: 'turn' },
  0xfe17: { from: '〖', how: 'turn' },
  0xfe18: { from: '〗', how: 'turn' },
  0xfe19: { from: '…', how: 'turn' },
  0xfe32: { from: '–', how: 'turn' },
  0xfe47: { from: '[', how: 'turn' },
  0xfe48: { from: ']', how: 'turn' },
};

/** The em box of a glyph, in pixels at 24 px: x from 0 to 24, y (up) from the baseline's -3 to 21; its centre. */
const EM_CENTRE = { x: 12, y: 9 };

/** A glyph (metrics in PBF convention) moved or turned into its vertical form. */
export function verticalForm(g: Glyph, id: number, how: 'move' | 'same' | 'turn'): Glyph {
  const inkTop = g.top + TOP_ADJUSTMENT; // above the baseline
  const { x: cx, y: cy } = EM_CENTRE;
  if (how === 'same') return { ...g, id };
  if (how === 'move')
    return {
      ...g,
      id,
      left: 2 * cx - g.left - g.width,
      top: 2 * cy - inkTop + g.height - TOP_ADJUSTMENT,
      advance: 24,
    };
  // A quarter turn clockwise about the em's centre: (x, y) → (cx + y - cy, cy - x + cx).
  const w = g.width + 2 * SDF.buffer;
  const h = g.height + 2 * SDF.buffer;
  let bitmap: Uint8Array | undefined;
  if (g.bitmap) {
    bitmap = new Uint8Array(w * h);
    // Image rows run down: the turned image is h wide and w high; its (x, y) is the source's (y, h - 1 - x).
    for (let y = 0; y < w; y++) for (let x = 0; x < h; x++) bitmap[y * h + x] = g.bitmap[(h - 1 - x) * w + y]!;
  }
  return {
    id,
    ...(bitmap ? { bitmap } : {}),
    width: g.height,
    height: g.width,
    left: cx + inkTop - g.height - cy,
    top: cy - g.left + cx - TOP_ADJUSTMENT,
    advance: 24,
  };
}

export const rangeName = (start: number) => `${start}-${start + 255}`;

/** Encodes one range of one stack (glyphs.proto: glyphs { fontstack stacks = 1 { name = 1, range = 2, glyph glyphs = 3 } }). */
export function encodeGlyphs(stack: string, start: number, glyphs: Glyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (_: null, p: PbfWriter) => {
      p.writeStringField(1, stack);
      p.writeStringField(2, rangeName(start));
      for (const g of glyphs)
        p.writeMessage(
          3,
          (glyph: Glyph, q: PbfWriter) => {
            q.writeVarintField(1, glyph.id);
            if (glyph.bitmap) q.writeBytesField(2, glyph.bitmap);
            q.writeVarintField(3, glyph.width);
            q.writeVarintField(4, glyph.height);
            q.writeSVarintField(5, glyph.left);
            q.writeSVarintField(6, glyph.top);
            q.writeVarintField(7, glyph.advance);
          },
          g,
        );
    },
    null,
  );
  return pbf.finish();
}

/** Decodes a glyph PBF (as MapLibre's parseGlyphPbf does): for the tests. */
export function decodeGlyphs(data: Uint8Array): { name: string; range: string; glyphs: Glyph[] }[] {
  const readGlyph = (tag: number, g: Glyph, p: PbfReader) => {
    if (tag === 1) g.id = p.readVarint();
    else if (tag === 2) g.bitmap = p.readBytes();
    else if (tag === 3) g.width = p.readVarint();
    else if (tag === 4) g.height = p.readVarint();
    else if (tag === 5) g.left = p.readSVarint();
    else if (tag === 6) g.top = p.readSVarint();
    else if (tag === 7) g.advance = p.readVarint();
  };
  type Stack = { name: string; range: string; glyphs: Glyph[] };
  const readStack = (tag: number, s: Stack, p: PbfReader) => {
    if (tag === 1) s.name = p.readString();
    else if (tag === 2) s.range = p.readString();
    else if (tag === 3)
      s.glyphs.push(p.readMessage(readGlyph, { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 }));
  };
  return new PbfReader(data).readFields((tag, out: Stack[], p) => {
    if (tag === 1) out.push(p.readMessage(readStack, { name: '', range: '', glyphs: [] }));
  }, []);
}

type Sdf = { draw(char: string): ReturnType<InstanceType<typeof import('@mapbox/tiny-sdf').default>['draw']> };

/** Draws every codepoint of every stack; returns the files by path (`<stack>/<range>.pbf`). */
async function render(stacks: GlyphStack[], codepoints: number[]): Promise<Map<string, Uint8Array>> {
  const { GlobalFonts, createCanvas } = await import('@napi-rs/canvas');
  const { default: TinySDF } = await import('@mapbox/tiny-sdf');
  // TinySDF makes an OffscreenCanvas or a DOM canvas; in Node it gets a Skia one.
  class NodeSDF extends TinySDF {
    _createCanvas(size: number) {
      return createCanvas(size, size);
    }
  }
  const families = new Map<string, string>();
  const family = (file: string) => {
    let name = families.get(file);
    if (!name) {
      name = `haidian-glyph-${families.size}`;
      if (!GlobalFonts.registerFromPath(file, name)) throw new Error(`cannot load font ${file}`);
      families.set(file, name);
    }
    return name;
  };
  const files = new Map<string, Uint8Array>();
  for (const stack of stacks) {
    const sdfs = new Map<string, Sdf>();
    const sdfFor = (file: string): Sdf => {
      let sdf = sdfs.get(file);
      if (!sdf) {
        sdf = new NodeSDF({ ...SDF, fontFamily: `"${family(file)}"`, fontWeight: String(stack.weight) });
        sdfs.set(file, sdf);
      }
      return sdf;
    };
    const draw = (cp: number): Glyph | null => {
      const face = stack.faces.find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (!face) return null;
      const g = sdfFor(face.file).draw(String.fromCodePoint(cp));
      return {
        id: cp,
        ...(g.glyphWidth && g.glyphHeight ? { bitmap: Uint8Array.from(g.data) } : {}),
        width: g.glyphWidth,
        height: g.glyphHeight,
        left: g.glyphLeft,
        top: g.glyphTop - TOP_ADJUSTMENT,
        advance: Math.round(g.glyphAdvance),
      };
    };
    const byRange = new Map<number, Glyph[]>();
    for (const cp of codepoints) {
      let glyph = draw(cp);
      const synth = SYNTHESISED[cp];
      if (!glyph && synth) {
        const source = draw(synth.from.codePointAt(0)!);
        if (source) glyph = verticalForm(source, cp, synth.how);
      }
      if (!glyph) continue;
      const start = cp - (cp % 256);
      const list = byRange.get(start) ?? [];
      list.push(glyph);
      byRange.set(start, list);
    }
    for (const [start, glyphs] of byRange)
      files.set(`${stack.name}/${rangeName(start)}.pbf`, encodeGlyphs(stack.name, start, glyphs));
  }
  return files;
}

function readTree(dir: string, prefix = '', out = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) readTree(path.join(dir, entry.name), rel, out);
    else if (entry.name.endsWith('.pbf')) out.set(rel, readFileSync(path.join(dir, entry.name)));
  }
  return out;
}

/**
 * The glyph files for these stacks and characters, from the cache when the font files, the characters and the
 * generator are unchanged, otherwise drawn and cached.
 */
export async function glyphFiles(
  stacks: GlyphStack[],
  used: Iterable<number>,
  cacheRoot: string,
): Promise<Map<string, Uint8Array>> {
  const codepoints = glyphCodepoints(used);
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ GENERATOR, SDF, TOP_ADJUSTMENT, codepoints, stacks }));
  for (const file of new Set(stacks.flatMap((s) => s.faces.map((f) => f.file)))) hash.update(readFileSync(file));
  const key = hash.digest('hex').slice(0, 16);
  const dir = path.join(cacheRoot, key);
  if (existsSync(path.join(dir, 'complete'))) return readTree(dir);
  const files = await render(stacks, codepoints);
  // Written to a temporary folder and renamed, so a build stopped half-way leaves no partial cache; older keys go.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [rel, data] of files) {
    mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    writeFileSync(path.join(tmp, rel), data);
  }
  writeFileSync(path.join(tmp, 'complete'), '');
  if (existsSync(cacheRoot))
    for (const old of readdirSync(cacheRoot))
      if (old !== path.basename(tmp)) rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
  mkdirSync(cacheRoot, { recursive: true });
  renameSync(tmp, dir);
  return files;
}
