/**
 * Loads the project's data files through their zod schemas (src/lib/schema.ts DATASETS).
 * - Every dataset is validated when the build or dev server starts, and again when a file changes;
 *   a missing or malformed file fails with `file › feature #i (id) › field: message`.
 * - `import x from '…/data/parks.geojson'` gives the validated data as a module.
 * - `import url from '…/geo/roads.geojson?map-url'` emits a flattened copy for MapLibre and gives its URL,
 *   so geometry that is only drawn stays out of the JavaScript bundle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { DATASETS, validateDataset, type DatasetPath } from '../src/lib/schema.ts';
import { toMapCollection, type FeatureLike } from '../src/lib/geojson.ts';
import { pinyin } from 'pinyin-pro';

const MAP_URL = '?map-url';
const PINYIN = 'virtual:pinyin';
const PINYIN_RESOLVED = `\0${PINYIN}`;

/** Every Chinese string in the data's bilingual fields, for the search index. */
function chineseStrings(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => chineseStrings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'zh' && typeof v === 'string' && v.length <= 60) out.add(v);
      else if (k !== 'planText' && k !== 'positioning' && k !== 'geocode' && k !== 'provenance') chineseStrings(v, out);
    }
  }
  return out;
}

/** Toneless pinyin without spaces, computed at build time so the pinyin dictionary stays out of the bundle. */
export function pinyinTable(data: Map<DatasetPath, unknown>): Record<string, string> {
  const all = new Set<string>();
  for (const value of data.values()) chineseStrings(value, all);
  const table: Record<string, string> = {};
  for (const zh of [...all].sort())
    table[zh] = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
  return table;
}

export function validateAll(root: string): { errors: string[]; data: Map<DatasetPath, unknown> } {
  const errors: string[] = [];
  const data = new Map<DatasetPath, unknown>();
  let industryIds: Set<string> | undefined;
  for (const file of Object.keys(DATASETS) as DatasetPath[]) {
    let text: string;
    try {
      text = readFileSync(path.join(root, file), 'utf8');
    } catch {
      errors.push(`${file} › (file): missing; every dataset in DATASETS must exist`);
      continue;
    }
    const result = validateDataset(file, text, { industryIds });
    if (result.ok) {
      data.set(file, result.data);
      if (file === 'data/industries.json') industryIds = new Set((result.data as { id: string }[]).map((x) => x.id));
    } else errors.push(...result.errors);
  }
  return { errors, data };
}

export function dataPlugin(): Plugin {
  let config: ResolvedConfig;
  let cache = new Map<DatasetPath, unknown>();
  const datasetOf = (id: string): DatasetPath | undefined => {
    const rel = path.relative(config.root, id.split('?')[0]!).split(path.sep).join('/');
    return rel in DATASETS ? (rel as DatasetPath) : undefined;
  };
  const check = () => {
    const { errors, data } = validateAll(config.root);
    if (errors.length) {
      throw new Error(
        `Invalid data (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n  ${errors.slice(0, 50).join('\n  ')}`,
      );
    }
    cache = data;
  };
  return {
    name: 'haidian-data',
    enforce: 'pre',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      check();
      for (const file of Object.keys(DATASETS)) this.addWatchFile(path.join(config.root, file));
    },
    async resolveId(source, importer) {
      if (source === PINYIN) return PINYIN_RESOLVED;
      if (!source.endsWith(MAP_URL)) return null;
      const resolved = await this.resolve(source.slice(0, -MAP_URL.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${MAP_URL}` : null;
    },
    load(id) {
      if (id === PINYIN_RESOLVED) {
        if (!cache.size) check();
        return `export default ${JSON.stringify(pinyinTable(cache))};`;
      }
      const file = datasetOf(id);
      if (!file) return null;
      if (!cache.has(file)) check();
      const data = cache.get(file);
      if (id.endsWith(MAP_URL)) {
        const flat = JSON.stringify(toMapCollection((data as { features: FeatureLike[] }).features));
        if (config.command === 'serve') {
          return `export default ${JSON.stringify(`data:application/geo+json;base64,${Buffer.from(flat).toString('base64')}`)};`;
        }
        const ref = this.emitFile({
          type: 'asset',
          name: path.basename(file).replace('.geojson', '.json'),
          source: flat,
        });
        return `export default new URL(import.meta.ROLLUP_FILE_URL_${ref}, document.baseURI).href;`;
      }
      // Vite's own JSON plugin turns .json into a module; .geojson is ours to turn.
      return file.endsWith('.json') ? JSON.stringify(data) : `export default ${JSON.stringify(data)};`;
    },
    handleHotUpdate(ctx) {
      if (datasetOf(ctx.file)) {
        try {
          check();
        } catch (e) {
          ctx.server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
          return [];
        }
      }
      return undefined;
    },
  };
}
