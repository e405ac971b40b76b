/**
 * Loads the project's data files through their zod schemas (src/lib/schema.ts DATASETS).
 * - Every dataset is validated when the build or dev server starts, and again when a file changes;
 *   a missing or malformed file fails with `file › feature #i (id) › field: message`.
 * - `import x from '…/data/parks.geojson'` gives the validated data as a module.
 * - `import url from '…/geo/roads.geojson?map-url'` emits a flattened copy for MapLibre and gives its URL,
 *   so geometry that is only drawn stays out of the JavaScript bundle.
 * - `import url from '…/geo/metro-network.json?data-url'` emits the validated file as it is and gives its URL, for
 *   data fetched on first use (the metro network: src/data/metro.ts).
 * - `virtual:gazetteer` is the search's list of places (src/lib/places.ts gazetteerPlaces), built here from the
 *   validated data: one point and the pinyin of each name, so the geometry it is taken from (roads, green, water)
 *   never reaches the bundle. The search loads it on first use (src/data/gazetteer-data.ts).
 * - `virtual:app-data` is what the app reasons about from the start (parks, projects, industries, boundary, towns,
 *   lines, stations, and the pinyin of the parks' names, locations and towns for the list's text filter). In the
 *   build it is one JSON file, preloaded from index.html and fetched by a top-level `await`, so the data is parsed
 *   as JSON, not as JavaScript, and downloads alongside the entry chunk; if it cannot be fetched, the page says so.
 *   The dev server and the tests get it inline.
 * - `virtual:landmark-labels` is the URL of one label point per landmark of geo/green.geojson, for the map.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';

import { DATASETS, validateDataset, type DatasetPath } from '../src/lib/schema.ts';
import { toMapCollection, type FeatureLike } from '../src/lib/geojson.ts';
import { shortRoadNameEn } from '../src/lib/road-names.ts';
import { FIRST_VIEW_EN, FIRST_VIEW_EN_ID, FIRST_VIEW_STALE } from '../src/lib/first-view.ts';
import { pinyin, polyphonic } from 'pinyin-pro';
import { CURATED_LANDMARKS, PLACE_ALIASES } from '../src/data/landmarks.ts';
import { gazetteerPlaces, representativePoint, type GazetteerSources, type Place } from '../src/lib/places.ts';
import type {
  GreenFile,
  ParksFile,
  PlanProjectsFile,
  RoadsFile,
  StationsFile,
  TownsFile,
  WaterFile,
} from '../src/lib/schema.ts';

const MAP_URL = '?map-url';
const DATA_URL = '?data-url';
const APP_DATA = 'virtual:app-data';
const APP_DATA_RESOLVED = `\0${APP_DATA}`;
const LANDMARK_LABELS = 'virtual:landmark-labels';
const LANDMARK_LABELS_RESOLVED = `\0${LANDMARK_LABELS}`;
/** The file name of the emitted data (hashed), which index.html preloads (the startup plugin). */
export const APP_DATA_ASSET = 'app-data.json';
const PINYIN_CHARS = 'virtual:pinyin-chars';
const PINYIN_CHARS_RESOLVED = `\0${PINYIN_CHARS}`;
const GAZETTEER = 'virtual:gazetteer';
const GAZETTEER_RESOLVED = `\0${GAZETTEER}`;

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

/** Toneless pinyin without spaces, lower case: computed at build time so the pinyin dictionary stays out of the bundle. */
const tonelessPinyin = (zh: string) =>
  pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();

/**
 * Toneless pinyin of the parks' short Chinese strings (names, locations, towns: what the park list's text filter
 * matches by pinyin), by the Chinese text. The search's places carry their own (gazetteerTable).
 */
export function pinyinTable(data: Map<DatasetPath, unknown>): Record<string, string> {
  const all = chineseStrings(data.get('data/parks.geojson'), new Set());
  const table: Record<string, string> = {};
  for (const zh of [...all].sort()) table[zh] = tonelessPinyin(zh);
  return table;
}

/**
 * The map's copy of a dataset drawn from a URL: flattened properties (name_zh, name_en…), and for roads the short
 * English name the labels use (`name_en_short`, src/lib/road-names.ts) where it is shorter.
 */
export function mapCopy(file: DatasetPath, features: readonly FeatureLike[]) {
  const flat = toMapCollection(features);
  if (file !== 'geo/roads.geojson') return flat;
  for (const f of flat.features) {
    const en = f.properties.name_en;
    const short = typeof en === 'string' ? shortRoadNameEn(en) : '';
    if (short && short !== en) f.properties.name_en_short = short;
  }
  return flat;
}

/** The data the app needs from the start: `virtual:app-data` (src/data/index.ts). */
export function appDataTable(data: Map<DatasetPath, unknown>) {
  return {
    parks: data.get('data/parks.geojson'),
    projects: data.get('data/plan-projects.geojson'),
    industries: data.get('data/industries.json'),
    boundary: data.get('geo/boundary.geojson'),
    towns: data.get('geo/towns.geojson'),
    lines: data.get('geo/transit-lines.geojson'),
    stations: data.get('geo/transit-stations.geojson'),
    pinyin: pinyinTable(data),
  };
}

/**
 * One label point per landmark of geo/green.geojson (campuses, 颐和园, 圆明园, parks): its own point, or the vertex
 * average of its outline. A polygon labelled as such would be labelled once per tile it crosses (PLATFORM.md).
 */
export function landmarkLabels(data: Map<DatasetPath, unknown>) {
  const green = (data.get('geo/green.geojson') as GreenFile).features;
  return toMapCollection(
    green.flatMap((f) => {
      const at = f.geometry ? representativePoint(f.geometry) : null;
      if (!at) return [];
      const properties = { id: f.properties.id, name: f.properties.name, kind: f.properties.kind };
      return [{ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: at } }];
    }),
  );
}

/** Rounds a coordinate to 6 decimals (about 0.1 m), which is all a search result's point needs. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The search's places from the validated data (src/lib/places.ts gazetteerPlaces), points rounded to 6 decimals. */
export function gazetteerTable(data: Map<DatasetPath, unknown>): Place[] {
  const features = <T>(file: DatasetPath) => (data.get(file) as { features: T[] }).features;
  const at = (c: number[]): [number, number] => [c[0]!, c[1]!];
  const parks = features<ParksFile['features'][number]>('data/parks.geojson')
    .map((f) => ({ ...f.properties, coordinates: at(f.geometry.coordinates) }))
    .sort((a, b) => a.seq - b.seq);
  const projects = features<PlanProjectsFile['features'][number]>('data/plan-projects.geojson').map((f) => ({
    ...f.properties,
    coordinates: at(f.geometry.coordinates),
  }));
  const sources: GazetteerSources = {
    stations: features<StationsFile['features'][number]>('geo/transit-stations.geojson'),
    parks,
    projects,
    towns: features<TownsFile['features'][number]>('geo/towns.geojson'),
    green: features<GreenFile['features'][number]>('geo/green.geojson'),
    water: features<WaterFile['features'][number]>('geo/water.geojson'),
    roads: features<RoadsFile['features'][number]>('geo/roads.geojson'),
    pinyinOf: tonelessPinyin,
    curated: CURATED_LANDMARKS,
    aliases: PLACE_ALIASES,
  };
  return gazetteerPlaces(sources).map((p) => ({ ...p, lngLat: [round6(p.lngLat[0]), round6(p.lngLat[1])] }));
}

const HAN = /^\p{Script=Han}$/u;

/** The 6763 Chinese characters of GB 2312 (levels 1 and 2, rows 0xB0–0xF7): the set every Chinese input method offers first. */
export function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder('gb2312');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = decoder.decode(new Uint8Array([hi, lo]));
      if (HAN.test(c)) out.push(c);
    }
  }
  return out;
}

/** The Chinese names the search matches by sound: every feature's name.zh in the datasets, and src/data/landmarks.ts. */
function gazetteerNames(data: Map<DatasetPath, unknown>): string[] {
  const names: string[] = [];
  for (const value of data.values()) {
    const features = (value as { features?: { properties?: { name?: { zh?: unknown } } }[] }).features;
    for (const f of Array.isArray(features) ? features : []) {
      const zh = f.properties?.name?.zh;
      if (typeof zh === 'string') names.push(zh);
    }
  }
  for (const l of CURATED_LANDMARKS) names.push(l.name.zh, ...(l.aliases ?? []));
  for (const aliases of Object.values(PLACE_ALIASES)) names.push(...aliases);
  return names;
}

/**
 * The toneless readings (ü written v) of the characters a user may type, grouped by reading: `{ qi: '七其奇旗…', … }`.
 * The search loads it lazily (src/data/gazetteer-data.ts loadCharPinyin) to match a query typed with a homophone
 * (西二其 → 西二旗). Characters: GB 2312's and those of the names searched by sound. Only the readings of those names'
 * characters are kept, and characters left with none are dropped: a typed character can match a name only through a
 * reading the name has, so nothing that could match is lost (about 11 KiB gzip instead of 18; pinyin-pro's own
 * dictionary is about 140).
 */
export function charPinyinTable(data: Map<DatasetPath, unknown>): Record<string, string> {
  const nameChars = new Set([...gazetteerNames(data).join('')].filter((c) => HAN.test(c)));
  const list = [...new Set([...gb2312Hanzi(), ...nameChars])].sort();
  const polyphones = polyphonic(list.join(''), { toneType: 'none', type: 'array' });
  const readingsOf = new Map(
    list.map((c, i) => [c, [...new Set((polyphones[i] ?? []).map((r) => r.toLowerCase().replace(/ü/g, 'v')))]]),
  );
  const used = new Set([...nameChars].flatMap((c) => readingsOf.get(c) ?? []));
  const by = new Map<string, string[]>();
  for (const [c, readings] of readingsOf) {
    for (const r of readings) {
      if (!used.has(r) || !/^[a-z]+$/.test(r)) continue;
      const group = by.get(r) ?? [];
      group.push(c);
      by.set(r, group);
    }
  }
  return Object.fromEntries([...by.keys()].sort().map((r) => [r, by.get(r)!.join('')]));
}

/**
 * The module that fetches the app's data (build only): top-level `await`, so every importer sees the data as if it
 * were inlined. A failed fetch replaces the page with a message in both languages naming the file and the reason
 * (no blank page), then rejects, so the app does not start on missing data.
 */
function fetchedModule(urlExpr: string): string {
  return `const url = new URL(${urlExpr}, document.baseURI).href;
let data;
try {
  const res = await fetch(url);
  if (!res.ok) throw new Error('HTTP ' + res.status);
  data = await res.json();
} catch (e) {
  const file = url.split('/').pop();
  const reason = e instanceof Error ? e.message : String(e);
  // first-view.js may have left only the English view (src/lib/first-view.ts): the notice takes whichever is there.
  const root = document.getElementById('root') || document.getElementById(${JSON.stringify(FIRST_VIEW_EN_ID)});
  if (root) {
    root.id = 'root';
    root.hidden = false;
    const box = document.createElement('div');
    box.className = 'fatal';
    box.setAttribute('role', 'alert');
    for (const text of [
      '无法加载园区数据（' + file + '：' + reason + '）。请检查网络连接后刷新页面。',
      'The park data could not be loaded (' + file + ': ' + reason + '). Check the connection and reload the page.',
    ]) {
      const p = document.createElement('p');
      p.textContent = text;
      box.append(p);
    }
    root.replaceChildren(box);
  }
  // The prerendered English view and the marks for the first paint (src/lib/first-view.ts) go: the notice shows.
  document.getElementById(${JSON.stringify(FIRST_VIEW_EN_ID)})?.remove();
  document.documentElement.classList.remove(${JSON.stringify(FIRST_VIEW_STALE)}, ${JSON.stringify(FIRST_VIEW_EN)});
  throw new Error('app data ' + url + ': ' + reason);
}
export default data;
`;
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
  /** A module whose default export is the URL of a JSON file: emitted in the build, a data: URL in the dev server. */
  function urlModule(this: Rollup.PluginContext, name: string, json: string): string {
    if (config.command === 'serve')
      return `export default ${JSON.stringify(`data:application/geo+json;base64,${Buffer.from(json).toString('base64')}`)};`;
    const ref = this.emitFile({ type: 'asset', name, source: json });
    return `export default new URL(import.meta.ROLLUP_FILE_URL_${ref}, document.baseURI).href;`;
  }
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
      if (source === APP_DATA) return APP_DATA_RESOLVED;
      if (source === LANDMARK_LABELS) return LANDMARK_LABELS_RESOLVED;
      if (source === PINYIN_CHARS) return PINYIN_CHARS_RESOLVED;
      if (source === GAZETTEER) return GAZETTEER_RESOLVED;
      const suffix = [MAP_URL, DATA_URL].find((x) => source.endsWith(x));
      if (!suffix) return null;
      const resolved = await this.resolve(source.slice(0, -suffix.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${suffix}` : null;
    },
    load(id) {
      if (id === APP_DATA_RESOLVED) {
        if (!cache.size) check();
        const json = JSON.stringify(appDataTable(cache));
        // JSON.parse of a string literal parses faster than the same object literal (V8).
        if (config.command === 'serve') return `export default JSON.parse(${JSON.stringify(json)});`;
        const ref = this.emitFile({ type: 'asset', name: APP_DATA_ASSET, source: json });
        return fetchedModule(`import.meta.ROLLUP_FILE_URL_${ref}`);
      }
      if (id === LANDMARK_LABELS_RESOLVED) {
        if (!cache.size) check();
        return urlModule.call(this, 'landmark-labels.json', JSON.stringify(landmarkLabels(cache)));
      }
      if (id === GAZETTEER_RESOLVED) {
        if (!cache.size) check();
        // JSON.parse of a string literal parses faster than the same object literal (V8).
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(gazetteerTable(cache)))});`;
      }
      if (id === PINYIN_CHARS_RESOLVED) {
        if (!cache.size) check();
        return `export default ${JSON.stringify(charPinyinTable(cache))};`;
      }
      const file = datasetOf(id);
      if (!file) return null;
      if (!cache.has(file)) check();
      const data = cache.get(file);
      if (id.endsWith(DATA_URL)) return urlModule.call(this, path.basename(file), JSON.stringify(data));
      if (id.endsWith(MAP_URL)) {
        const flat = JSON.stringify(mapCopy(file, (data as { features: FeatureLike[] }).features));
        return urlModule.call(this, path.basename(file).replace('.geojson', '.json'), flat);
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
