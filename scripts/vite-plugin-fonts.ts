/**
 * Ships Noto Sans (Latin) and Noto Sans SC (Chinese) from the @fontsource packages with the app,
 * so labels and UI text render offline in both scripts.
 * - In the build, every Chinese subset file is trimmed (subset-font, HarfBuzz) to the characters the app can show:
 *   all text in data/, geo/, src/ and index.html. Subsets with none of them are left out. This turns ~2 MB in ~60
 *   files into a few kB per file, which is what makes the first map `idle` fast. Latin files ship whole (user input).
 *   A subset that would keep no glyph but .notdef (its range lists characters the font does not draw) is left out.
 *   A character outside the trimmed set (e.g. typed in the search box) falls back to the next font in the CSS stack.
 * - The dev server serves the untrimmed files.
 * - Injects `fonts/fonts.css` (@font-face rules for the same files) into index.html for the UI.
 * - The map's labels do not use these files in the browser: they come from pre-rendered SDF glyphs (map-glyphs.ts),
 *   `glyphs/<stack>/<range>.pbf`, drawn from the same source files for the same characters (plus Latin-1), written to
 *   the build and served by the dev server. Stack "Noto Sans Regular" is Noto Sans 400 for what its Latin subsets
 *   cover, then Noto Sans SC 400 (as the CSS unicode-ranges pick); "Noto Sans Bold" the same at 700.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin, ResolvedConfig } from 'vite';
import { glyphFiles, type GlyphStack } from './map-glyphs.ts';
import { FONT_BOLD, FONT_REGULAR } from '../src/map/ids.ts';

const require = createRequire(import.meta.url);

/** The font stacks the map's `text-font` names, and the glyph folder (src/map/use-basemap-style.ts). */
const STACKS = [
  { name: FONT_REGULAR, weight: 400 },
  { name: FONT_BOLD, weight: 700 },
] as const;
const GLYPHS_DIR = 'glyphs';

type FontSubset = { file: string; unicodeRange: string[] };
type FontFamily = { family: string; weight: number; subsets: FontSubset[] };
type SourceFamily = FontFamily & { dir: string; trim: boolean };

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** Reads a @fontsource package's subsets for one weight. */
function readFamily(
  pkg: string,
  family: string,
  weight: number,
  opts: { only?: string[]; trim: boolean },
): SourceFamily {
  const dir = path.join(packageDir(pkg), 'files');
  const unicode = JSON.parse(readFileSync(path.join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const base = path.basename(pkg);
  const subsets: FontSubset[] = [];
  for (const [key, range] of Object.entries(unicode)) {
    const subset = key.replace(/^\[(\d+)\]$/, '$1');
    if (opts.only && !opts.only.includes(subset)) continue;
    const file = `${base}-${subset}-${weight}-normal.woff2`;
    if (!existsSync(path.join(dir, file))) continue;
    subsets.push({ file, unicodeRange: range.split(',').map((r) => r.trim()) });
  }
  return { family, weight, subsets, dir, trim: opts.trim };
}

function sourceFamilies(): SourceFamily[] {
  return [
    readFamily('@fontsource/noto-sans', 'Noto Sans', 400, { only: ['latin', 'latin-ext'], trim: false }),
    readFamily('@fontsource/noto-sans', 'Noto Sans', 700, { only: ['latin', 'latin-ext'], trim: false }),
    readFamily('@fontsource/noto-sans-sc', 'Noto Sans SC', 400, { trim: true }),
    readFamily('@fontsource/noto-sans-sc', 'Noto Sans SC', 700, { trim: true }),
  ];
}

/** Parses "U+4e00-9fff" / "U+3001" into [start, end]. */
function parseRange(r: string): [number, number] {
  const [a, b] = r.replace(/^U\+/i, '').split('-');
  const start = parseInt(a!, 16);
  return [start, b ? parseInt(b, 16) : start];
}

/** The glyph stacks: Latin subsets of Noto Sans first, then Noto Sans SC, each face for its unicode-range. */
export function glyphStacks(): GlyphStack[] {
  const sources = sourceFamilies();
  return STACKS.map(({ name, weight }) => ({
    name,
    weight,
    faces: ['Noto Sans', 'Noto Sans SC'].flatMap((family) =>
      sources
        .filter((f) => f.family === family && f.weight === weight)
        .flatMap((f) =>
          f.subsets.map((s) => ({ file: path.join(f.dir, s.file), ranges: s.unicodeRange.map(parseRange) })),
        ),
    ),
  }));
}

/** The map's glyph files (`<stack>/<range>.pbf`) for the app's characters, cached in node_modules/.cache. */
export function mapGlyphs(root: string): Promise<Map<string, Uint8Array>> {
  return glyphFiles(glyphStacks(), usedCharacters(root), path.join(root, 'node_modules/.cache/haidian-glyphs'));
}

function textFiles(dir: string, exts: RegExp, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) textFiles(p, exts, out);
    else if (exts.test(name)) out.push(p);
  }
  return out;
}

/** Every character the app can display: the text of data/, geo/, src/ and index.html. */
export function usedCharacters(root: string): Set<number> {
  const files = [
    ...textFiles(path.join(root, 'data'), /\.(geo)?json$/),
    ...textFiles(path.join(root, 'geo'), /\.(geo)?json$/),
    ...textFiles(path.join(root, 'src'), /\.(ts|tsx)$/),
    path.join(root, 'index.html'),
  ];
  const chars = new Set<number>();
  for (const f of files) for (const ch of readFileSync(f, 'utf8')) chars.add(ch.codePointAt(0)!);
  return chars;
}

function css(fams: FontFamily[]): string {
  return fams
    .flatMap((f) =>
      f.subsets.map(
        (s) =>
          `@font-face{font-family:'${f.family}';font-style:normal;font-display:swap;font-weight:${f.weight};src:url(./${s.file}) format('woff2');unicode-range:${s.unicodeRange.join(',')}}`,
      ),
    )
    .join('\n');
}

type Shipped = { families: FontFamily[]; files: Map<string, Buffer> };

/** The glyph count of an OpenType/TrueType font (its `maxp` table), or 0 if it has none. */
export function glyphCount(sfnt: Uint8Array): number {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
    if (tag === 'maxp') return view.getUint16(view.getUint32(at + 8) + 4);
  }
  return 0;
}

/** Trims the Chinese subsets to the used characters; drops subsets with none. */
async function buildShipped(sources: SourceFamily[], root: string): Promise<Shipped> {
  const { default: subsetFont } = await import('subset-font');
  const used = usedCharacters(root);
  const files = new Map<string, Buffer>();
  const families: FontFamily[] = [];
  for (const fam of sources) {
    const subsets: FontSubset[] = [];
    for (const s of fam.subsets) {
      const source = readFileSync(path.join(fam.dir, s.file));
      if (!fam.trim) {
        files.set(s.file, source);
        subsets.push(s);
        continue;
      }
      const ranges = s.unicodeRange.map(parseRange);
      const inRange = [...used].filter((cp) => ranges.some(([a, b]) => cp >= a && cp <= b));
      if (!inRange.length) continue;
      const text = String.fromCodePoint(...inRange);
      // A subset whose range names characters the font has no glyph for (▸ ▾ in subset 88) would keep only
      // .notdef: an empty glyph table that browsers refuse to decode. Leave it out; those characters fall back.
      if (glyphCount(await subsetFont(source, text, { targetFormat: 'sfnt' })) <= 1) continue;
      files.set(s.file, Buffer.from(await subsetFont(source, text, { targetFormat: 'woff2' })));
      subsets.push(s);
    }
    families.push({ family: fam.family, weight: fam.weight, subsets });
  }
  return { families, files };
}

export function fontsPlugin(): Plugin {
  const sources = sourceFamilies();
  const untrimmed = new Map(sources.flatMap((f) => f.subsets.map((s) => [s.file, path.join(f.dir, s.file)] as const)));
  let config: ResolvedConfig;
  let shipped: Promise<Shipped> | null = null;
  let glyphs: Promise<Map<string, Uint8Array>> | null = null;
  const plain = (): FontFamily[] => sources.map(({ family, weight, subsets }) => ({ family, weight, subsets }));
  return {
    name: 'haidian-fonts',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      if (config.command !== 'build') return;
      shipped ??= buildShipped(sources, config.root);
      glyphs ??= mapGlyphs(config.root);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const base = config.base === './' ? '/' : config.base;
        const url = (req.url ?? '').split('?')[0]!;
        if (url.startsWith(`${base}${GLYPHS_DIR}/`)) {
          // Drawn (or read from the cache) on the first request, for the characters of the files at that time.
          glyphs ??= mapGlyphs(config.root);
          const name = url.slice(`${base}${GLYPHS_DIR}/`.length);
          glyphs.then((files) => {
            const data = files.get(name.replaceAll('%20', ' '));
            if (!data) {
              // No glyph of this range is used: MapLibre then draws any such character with the browser's fonts.
              res.statusCode = 404;
              return res.end();
            }
            res.setHeader('Content-Type', 'application/x-protobuf');
            res.end(data);
          }, next);
          return;
        }
        if (!url.startsWith(`${base}fonts/`)) return next();
        const name = url.slice(`${base}fonts/`.length);
        if (name === 'fonts.css') {
          res.setHeader('Content-Type', 'text/css');
          return res.end(css(plain()));
        }
        const file = untrimmed.get(name);
        if (!file) return next();
        res.setHeader('Content-Type', 'font/woff2');
        return res.end(readFileSync(file));
      });
    },
    async generateBundle() {
      if (!shipped || !glyphs) return;
      for (const [name, source] of await glyphs)
        this.emitFile({ type: 'asset', fileName: `${GLYPHS_DIR}/${name}`, source });
      const { families, files } = await shipped;
      this.emitFile({ type: 'asset', fileName: 'fonts/fonts.css', source: css(families) });
      for (const [name, source] of files) this.emitFile({ type: 'asset', fileName: `fonts/${name}`, source });
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'stylesheet', href: './fonts/fonts.css' }, injectTo: 'head' }];
    },
  };
}
