/**
 * Ships Noto Sans (Latin) and Noto Sans SC (Chinese) from the @fontsource packages with the app,
 * so labels and UI text render offline in both scripts.
 * - Copies the woff2 subsets to `fonts/` in the build (served from node_modules in dev).
 * - `virtual:map-fonts` exports the subset list (file, unicode-range) for MapLibre's `font-faces`.
 * - Injects `fonts/fonts.css` (@font-face rules with the same files) into index.html for the UI.
 * The browser and MapLibre fetch a subset only when a character in its range is drawn.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const VIRTUAL = 'virtual:map-fonts';
const RESOLVED = `\0${VIRTUAL}`;

export type FontSubset = { file: string; unicodeRange: string[] };
export type FontFamily = { family: string; weight: number; subsets: FontSubset[] };

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** Reads a @fontsource package's subsets for one weight. */
function readFamily(pkg: string, family: string, weight: number, only?: string[]): FontFamily & { dir: string } {
  const dir = path.join(packageDir(pkg), 'files');
  const unicode = JSON.parse(readFileSync(path.join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<string, string>;
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

function families() {
  return [
    readFamily('@fontsource/noto-sans', 'Noto Sans', 400, ['latin', 'latin-ext']),
    readFamily('@fontsource/noto-sans', 'Noto Sans', 700, ['latin', 'latin-ext']),
    readFamily('@fontsource/noto-sans-sc', 'Noto Sans SC', 400),
    readFamily('@fontsource/noto-sans-sc', 'Noto Sans SC', 700),
  ];
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

export function fontsPlugin(): Plugin {
  const fams = families();
  const byFile = new Map(fams.flatMap((f) => f.subsets.map((s) => [s.file, path.join(f.dir, s.file)] as const)));
  let base = '/';
  return {
    name: 'haidian-fonts',
    configResolved(c) {
      base = c.base;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const list = fams.map(({ family, weight, subsets }) => ({ family, weight, subsets }));
      return `export const FONT_FAMILIES = ${JSON.stringify(list)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!;
        if (!url.startsWith(`${base}fonts/`)) return next();
        const name = url.slice(`${base}fonts/`.length);
        if (name === 'fonts.css') {
          res.setHeader('Content-Type', 'text/css');
          return res.end(css(fams));
        }
        const file = byFile.get(name);
        if (!file) return next();
        res.setHeader('Content-Type', 'font/woff2');
        return res.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'fonts/fonts.css', source: css(fams) });
      for (const [name, file] of byFile) this.emitFile({ type: 'asset', fileName: `fonts/${name}`, source: readFileSync(file) });
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'stylesheet', href: `${base}fonts/fonts.css` }, injectTo: 'head' }];
    },
  };
}

