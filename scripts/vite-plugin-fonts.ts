/**
 * The map's label glyphs, from Noto Sans (Latin) and Noto Sans SC (Chinese) of the @fontsource packages, so labels
 * render offline in both scripts whatever fonts the user's machine has.
 * - `glyphs/<stack>/<range>.pbf`: MapLibre SDF glyph files (map-glyphs.ts) for exactly the characters the app can
 *   show (all text in data/, geo/, src/ and index.html, plus Latin-1), drawn at build time, written to the build and
 *   served by the dev server. Stack "Noto Sans Regular" is Noto Sans 400 for what its Latin subsets cover, then
 *   Noto Sans SC 400 (as the fonts' unicode-ranges pick); "Noto Sans Bold" the same at 700.
 * - No font file ships to the browser: the UI's text uses the system's fonts (styles.css), with no render-blocking
 *   font CSS, and the map needs only the glyph files.
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
type SourceFamily = { family: string; weight: number; subsets: FontSubset[]; dir: string };

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** Reads a @fontsource package's subsets for one weight. */
function readFamily(pkg: string, family: string, weight: number, only?: string[]): SourceFamily {
  const dir = path.join(packageDir(pkg), 'files');
  const unicode = JSON.parse(readFileSync(path.join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const base = path.basename(pkg);
  const subsets: FontSubset[] = [];
  for (const [key, range] of Object.entries(unicode)) {
    const subset = key.replace(/^\[(\d+)\]$/, '$1');
    if (only && !only.includes(subset)) continue;
    const file = `${base}-${subset}-${weight}-normal.woff2`;
    if (!existsSync(path.join(dir, file))) continue;
    subsets.push({ file, unicodeRange: range.split(',').map((r) => r.trim()) });
  }
  return { family, weight, subsets, dir };
}

function sourceFamilies(): SourceFamily[] {
  return [
    readFamily('@fontsource/noto-sans', 'Noto Sans', 400, ['latin', 'latin-ext']),
    readFamily('@fontsource/noto-sans', 'Noto Sans', 700, ['latin', 'latin-ext']),
    readFamily('@fontsource/noto-sans-sc', 'Noto Sans SC', 400),
    readFamily('@fontsource/noto-sans-sc', 'Noto Sans SC', 700),
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

export function fontsPlugin(): Plugin {
  let config: ResolvedConfig;
  let glyphs: Promise<Map<string, Uint8Array>> | null = null;
  return {
    name: 'haidian-fonts',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      if (config.command !== 'build') return;
      glyphs ??= mapGlyphs(config.root);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const base = config.base === './' ? '/' : config.base;
        const url = (req.url ?? '').split('?')[0]!;
        if (!url.startsWith(`${base}${GLYPHS_DIR}/`)) return next();
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
      });
    },
    async generateBundle() {
      if (!glyphs) return;
      for (const [name, source] of await glyphs)
        this.emitFile({ type: 'asset', fileName: `${GLYPHS_DIR}/${name}`, source });
    },
  };
}
