/**
 * What the app loads at start, in parallel (issue 15: start fast):
 * - index.html gets a `<link rel="modulepreload">` for the chunks the entry imports on demand at once: the map pane
 *   (app.tsx renders the shell first, then the map) and maplibre-gl (src/map/maplibre.ts), with their static imports.
 *   They download alongside the entry instead of after it has run. The MapLibre worker is started by the maplibre
 *   chunk itself (src/map/maplibre-lib.ts `prewarm`).
 * - index.html preloads the app's data file (`virtual:app-data`, scripts/vite-plugin-data.ts), which the entry fetches
 *   with a top-level await before anything renders: it downloads alongside the entry's scripts.
 * - react-map-gl's own fallback `import('maplibre-gl')` (used only without a `mapLib`, which the app always passes)
 *   resolves to src/map/maplibre-lib.ts, so that no `import('maplibre-gl')` namespace keeps every maplibre-gl export.
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { APP_DATA_ASSET } from './vite-plugin-data.ts';

/** The source modules whose chunks load at start though the entry imports them with `import()`. */
export const STARTUP_DYNAMIC_IMPORTS = ['src/map/MapPane.tsx', 'src/map/maplibre-lib.ts'] as const;
const MAPLIBRE_LIB = 'src/map/maplibre-lib.ts';

type ChunkLike = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[] };
type BundleLike = Record<string, ChunkLike | { type: 'asset'; fileName: string }>;

/** The emitted data file's name (`assets/app-data-<hash>.json`), or undefined. */
export function appDataFile(bundle: BundleLike): string | undefined {
  const [stem, ext] = APP_DATA_ASSET.split('.');
  const re = new RegExp(`(^|/)${stem}-[\\w-]+\\.${ext}$`);
  return Object.values(bundle).find((f) => f.type === 'asset' && re.test(f.fileName))?.fileName;
}

/**
 * The files to preload for the given source modules: each one's chunk and its static imports, minus those of the
 * entry's own static closure (`skip`, which Vite preloads itself). In bundle order of discovery.
 */
export function preloadFiles(
  bundle: BundleLike,
  root: string,
  modules: readonly string[],
  skip: ReadonlySet<string>,
): string[] {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const out: string[] = [];
  const visit = (file: string) => {
    if (out.includes(file) || skip.has(file)) return;
    out.push(file);
    for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
  };
  for (const m of modules) {
    const chunk = chunks.find((c) => c.facadeModuleId && path.resolve(c.facadeModuleId) === path.resolve(root, m));
    if (!chunk) throw new Error(`startup plugin: no chunk for ${m} (is it still imported with import()?)`);
    visit(chunk.fileName);
  }
  return out;
}

export function startupPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'haidian-startup',
    enforce: 'pre',
    configResolved(c) {
      config = c;
    },
    resolveId(source, importer) {
      if (source === 'maplibre-gl' && importer && /[\\/]@vis\.gl[\\/]react-maplibre[\\/]/.test(importer))
        return path.resolve(config.root, MAPLIBRE_LIB);
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return [];
        const bundle = ctx.bundle as unknown as BundleLike;
        const entry = new Set<string>();
        const closure = (file: string) => {
          if (entry.has(file)) return;
          entry.add(file);
          const c = bundle[file];
          if (c?.type === 'chunk') c.imports.forEach(closure);
        };
        closure(ctx.chunk.fileName);
        const data = appDataFile(bundle);
        return [
          // fetch() asks in CORS mode with same-origin credentials: a preload `as="fetch"` with crossorigin matches it.
          ...(data
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `${config.base}${data}` },
                },
              ]
            : []),
          ...preloadFiles(bundle, config.root, STARTUP_DYNAMIC_IMPORTS, entry).map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${config.base}${file}` },
          })),
        ].map((tag) => ({ ...tag, injectTo: 'head' as const }));
      },
    },
  };
}
