/**
 * Online basemaps for China (issue 21): the one registry of presets, and the pure functions around it — tile URLs
 * (one per subdomain, in the UI's language, through an optional proxy origin), the Tianditu key added at request
 * time, key checks, and the classification of tile errors into the reasons the app falls back to its embedded map.
 *
 * The registry is here, not in src/map, because the store and the link codec need the ids and whether a preset needs a
 * key, and they may not import src/map (STYLE §1). src/map/basemaps.ts turns a preset into MapLibre sources and layers.
 * Facts (templates, datums, key error codes, approval numbers) are from shared/BASEMAPS.md; see the README's
 * "Online basemaps" section.
 */
import type { Bilingual } from './schema.ts';
import type { Lang } from './format.ts';
import type { Crs } from './crs.ts';

export const BASEMAP_IDS = ['offline', 'tianditu-vec', 'tianditu-img', 'amap-road', 'amap-img'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
export type OnlineBasemapId = Exclude<BasemapId, 'offline'>;
export const DEFAULT_BASEMAP: BasemapId = 'offline';

export const DATUMS = ['wgs84', 'cgcs2000', 'gcj02'] as const;
export type Datum = (typeof DATUMS)[number];

export type ProviderId = 'tianditu' | 'amap';

export type Provider = {
  name: Bilingual;
  /**
   * The map's approval number (审图号), which a map published on the internet in China must show. One value per
   * provider, used by the map, print and PNG export alike. CONFIRM AT RELEASE: take the current number from the
   * provider's site (see `approvalSeen`).
   */
  approvalNumber: string;
  /** Where the approval number was last seen, for whoever confirms it at release. */
  approvalSeen: string;
  /** The copyright line, without the approval number. */
  copyright: Bilingual;
  /** The query parameter that carries the key (added at request time, never in the style), if the provider takes one. */
  keyParam: string | null;
  /** Where a key is obtained and its allowed domains set. */
  consoleUrl: string | null;
};

export const PROVIDERS: Readonly<Record<ProviderId, Provider>> = {
  tianditu: {
    name: { zh: '天地图', en: 'Tianditu' },
    // CONFIRM AT RELEASE (tianditu.gov.cn home page, `mapdrawingApprovalNumber`).
    approvalNumber: 'GS(2025)1508号',
    approvalSeen:
      'public code citing tianditu.gov.cn, checked there 2026-08-11; GS(2024)0650号 was the previous number (shared/BASEMAPS.md)',
    copyright: { zh: '© 天地图', en: '© Tianditu' },
    keyParam: 'tk',
    consoleUrl: 'https://console.tianditu.gov.cn/',
  },
  amap: {
    name: { zh: '高德地图', en: 'AMap' },
    // CONFIRM AT RELEASE (the copyright line AMap's own JS API map shows).
    approvalNumber: 'GS(2025)5996号',
    approvalSeen: "AMap JS API's copyright line '© 2026 AutoNavi - GS(2025)5996号' in public code (2026)",
    copyright: { zh: '© 高德地图 AutoNavi', en: '© AMap (AutoNavi)' },
    keyParam: null,
    consoleUrl: null,
  },
};

/** A raster tile layer: its URL template with `{sub}` (one URL per subdomain), `{lang}` and `{z}`/`{x}`/`{y}`. */
export type TileLayer = {
  template: string;
  /** What `{lang}` becomes in each UI language; null when the template has none. */
  lang: Readonly<Record<Lang, string>> | null;
};

export type OnlinePreset = {
  id: OnlineBasemapId;
  name: Bilingual;
  provider: ProviderId;
  /** A road map, or imagery. */
  kind: 'map' | 'imagery';
  /** What a site is placed on over this preset, for the editor's draft source: "天地图影像" / "Tianditu imagery". */
  surface: Bilingual;
  subdomains: readonly string[];
  base: TileLayer;
  /** The provider's label overlay, drawn above the app's areas and under its own labels; null when the base has labels. */
  labels: TileLayer | null;
  tileSize: 256;
  minzoom: number;
  maxzoom: number;
  datum: Datum;
  needsKey: boolean;
};

const TDT_SUBDOMAINS = ['0', '1', '2', '3', '4', '5', '6', '7'] as const;
const AMAP_SUBDOMAINS = ['1', '2', '3', '4'] as const;
/** Tianditu's Web-Mercator WMTS tile URL (tile matrix set `w`) for a layer; the key (`tk`) is added at request time. */
const tianditu = (layer: string) =>
  `https://t{sub}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
  '&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';
/** Tianditu's label layers by UI language: Chinese (`c…a`) or English (`e…a`). */
const tdtLabels = (zh: string, en: string): TileLayer => ({ template: tianditu('{lang}'), lang: { zh, en } });

/** The online presets, in the order the chooser lists them. */
export const ONLINE_PRESETS: readonly OnlinePreset[] = [
  {
    id: 'tianditu-vec',
    name: { zh: '天地图 · 地图', en: 'Tianditu · Map' },
    provider: 'tianditu',
    kind: 'map',
    surface: { zh: '天地图地图', en: 'the Tianditu map' },
    subdomains: TDT_SUBDOMAINS,
    base: { template: tianditu('vec'), lang: null },
    labels: tdtLabels('cva', 'eva'),
    tileSize: 256,
    minzoom: 1,
    maxzoom: 18,
    datum: 'cgcs2000',
    needsKey: true,
  },
  {
    id: 'tianditu-img',
    name: { zh: '天地图 · 影像', en: 'Tianditu · Imagery' },
    provider: 'tianditu',
    kind: 'imagery',
    surface: { zh: '天地图影像', en: 'Tianditu imagery' },
    subdomains: TDT_SUBDOMAINS,
    base: { template: tianditu('img'), lang: null },
    labels: tdtLabels('cia', 'eia'),
    tileSize: 256,
    minzoom: 1,
    maxzoom: 18,
    datum: 'cgcs2000',
    needsKey: true,
  },
  {
    id: 'amap-road',
    name: { zh: '高德 · 地图', en: 'AMap · Map' },
    provider: 'amap',
    kind: 'map',
    surface: { zh: '高德地图', en: 'the AMap road map' },
    subdomains: AMAP_SUBDOMAINS,
    base: {
      template: 'https://webrd0{sub}.is.autonavi.com/appmaptile?lang={lang}&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
      lang: { zh: 'zh_cn', en: 'en' },
    },
    labels: null,
    tileSize: 256,
    minzoom: 3,
    maxzoom: 18,
    datum: 'gcj02',
    needsKey: false,
  },
  {
    id: 'amap-img',
    name: { zh: '高德 · 卫星', en: 'AMap · Satellite' },
    provider: 'amap',
    kind: 'imagery',
    surface: { zh: '高德卫星影像', en: 'AMap satellite imagery' },
    subdomains: AMAP_SUBDOMAINS,
    base: { template: 'https://webst0{sub}.is.autonavi.com/appmaptile?style=6&x={x}&y={y}&z={z}', lang: null },
    // Roads and labels over the imagery (style=8 on the satellite hosts); the template known to work takes no language.
    labels: { template: 'https://webst0{sub}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}', lang: null },
    tileSize: 256,
    minzoom: 3,
    maxzoom: 18,
    datum: 'gcj02',
    needsKey: false,
  },
];

/** The embedded basemap's names (the default, drawn from the project's own geo/ files). */
export const OFFLINE_NAME: Bilingual = { zh: '内置底图（离线）', en: 'Built-in map (offline)' };

const BY_ID = new Map(ONLINE_PRESETS.map((p) => [p.id, p]));

/** The online preset with this id, or null (for 'offline' and anything unknown). */
export function onlinePreset(id: string): OnlinePreset | null {
  return BY_ID.get(id as OnlineBasemapId) ?? null;
}

export function isBasemapId(value: string): value is BasemapId {
  return (BASEMAP_IDS as readonly string[]).includes(value);
}

/** The CRS the app draws in over a preset: GCJ-02 for GCJ-02 tiles; CGCS2000 equals WGS-84 to well under a metre. */
export function displayCrsOf(datum: Datum): Crs {
  return datum === 'gcj02' ? 'gcj02' : 'wgs84';
}

/** The attribution of a preset in one language, with its provider's approval number: "© 天地图… · 审图号 GS(2025)1508号". */
export function attributionOf(preset: OnlinePreset, lang: Lang): string {
  const p = PROVIDERS[preset.provider];
  return `${p.copyright[lang]} · ${lang === 'zh' ? '审图号' : 'Approval No.'} ${p.approvalNumber}`;
}

/* ---- URLs ---- */

/** The scheme and host (and port) of a URL template, or null. Templates hold `{…}` only after the origin's scheme. */
function originOf(url: string): string | null {
  const m = /^(https?:\/\/[^/?#]+)/.exec(url);
  return m ? m[1]! : null;
}

/**
 * A proxy origin from VITE_TILE_PROXY: `scheme://host[:port]` with nothing after it (a trailing slash is allowed), or
 * null when unset or malformed (the caller reports a malformed one).
 */
export function parseProxyOrigin(raw: string | undefined): string | null {
  const value = (raw ?? '').trim().replace(/\/$/, '');
  return /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(value) ? value : null;
}

/** The URL with its scheme and host replaced by `proxy` (path and query kept), or the URL itself without a proxy. */
export function throughProxy(url: string, proxy: string | null): string {
  const origin = originOf(url);
  return proxy && origin ? `${proxy}${url.slice(origin.length)}` : url;
}

/**
 * The tile URLs of one layer of a preset, for MapLibre's `tiles`: one per subdomain (MapLibre has no `{s}` token and
 * picks one per tile), `{lang}` filled for the UI's language, through the proxy when one is set (then the subdomains
 * collapse into one URL). The key is not in them: tileRequestUrl adds it at request time.
 */
export function tileUrls(preset: OnlinePreset, layer: 'base' | 'labels', lang: Lang, proxy: string | null): string[] {
  const spec = layer === 'base' ? preset.base : preset.labels;
  if (!spec) return [];
  const withLang = spec.lang ? spec.template.replaceAll('{lang}', spec.lang[lang]) : spec.template;
  const urls = preset.subdomains.map((s) => throughProxy(withLang.replaceAll('{sub}', s), proxy));
  return [...new Set(urls)];
}

/** Every origin a preset's tiles may come from (for the Content-Security-Policy), or the proxy's alone. */
export function presetOrigins(proxy: string | null): string[] {
  if (proxy) return [proxy];
  const origins = new Set<string>();
  for (const preset of ONLINE_PRESETS)
    for (const layer of ['base', 'labels'] as const)
      for (const lang of ['zh', 'en'] as const)
        for (const url of tileUrls(preset, layer, lang, null)) origins.add(originOf(url)!);
  return [...origins].sort();
}

/** The part of a tile URL before its query: what identifies a preset's tiles whatever the tile. */
const prefixOf = (url: string) => url.split('?')[0]!;

/**
 * The URL to request for `url` (MapLibre's transformRequest): a tile of `preset` that needs a key gets the key
 * appended here, at request time, so the key is never in the style. Any other URL is returned unchanged.
 */
export function tileRequestUrl(
  url: string,
  preset: OnlinePreset | null,
  opts: { lang: Lang; proxy: string | null; key: string | null },
): string {
  const param = preset ? PROVIDERS[preset.provider].keyParam : null;
  if (!preset || !preset.needsKey || !param || !opts.key) return url;
  const prefixes = new Set(
    (['base', 'labels'] as const).flatMap((l) =>
      (['zh', 'en'] as const).flatMap((lang) => tileUrls(preset, l, lang, opts.proxy).map(prefixOf)),
    ),
  );
  if (!prefixes.has(prefixOf(url))) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${param}=${encodeURIComponent(opts.key)}`;
}

/** `text` with every occurrence of each key replaced by a mask, for anything that may show or log a request URL. */
export function redactKeys(text: string, keys: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const k of keys) if (k && k.length >= 4) out = out.split(k).join('…');
  return out.replace(/([?&]tk=)[^&#\s]+/g, '$1…');
}

/* ---- Keys ---- */

export type KeyCheck = { ok: true; key: string } | { ok: false; problem: 'empty' | 'characters' | 'length' };

/** Length bounds for a Tianditu key: its keys are 32 hexadecimal characters; the bounds leave room for a new format. */
export const KEY_LENGTH = [16, 64] as const;

/**
 * A typed Tianditu key, trimmed and checked: letters and digits only (a key is hexadecimal; a space, a quote or a
 * pasted URL inside it is refused), 16–64 characters.
 */
export function checkTiandituKey(raw: string): KeyCheck {
  const key = raw.trim();
  if (!key) return { ok: false, problem: 'empty' };
  if (!/^[A-Za-z0-9]+$/.test(key)) return { ok: false, problem: 'characters' };
  if (key.length < KEY_LENGTH[0] || key.length > KEY_LENGTH[1]) return { ok: false, problem: 'length' };
  return { ok: true, key };
}

/** A key as shown: bullets and its last four characters ("••••••••3f2a"). */
export function maskKey(key: string): string {
  return `${'•'.repeat(8)}${key.slice(-4)}`;
}

/* ---- Errors ---- */

/**
 * Why the app left an online basemap: the key was refused (its Tianditu code says how), the provider refused the
 * request, suspected an attack, the quota is spent, the server failed, the network or CORS failed, the tiles were not
 * images, or no tile arrived in time.
 */
export const FALLBACK_REASONS = [
  'keyInvalid',
  'keyDomain',
  'keyServer',
  'keyAgent',
  'forbidden',
  'attack',
  'quota',
  'server',
  'network',
  'notImage',
  'timeout',
] as const;
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

/** The reasons that mean the key itself was refused: it stays stored but is marked refused. */
export const KEY_REASONS: readonly FallbackReason[] = ['keyInvalid', 'keyDomain', 'keyServer', 'keyAgent'];

/** Tianditu's error codes (in a 403's JSON body) and what each means. */
const TIANDITU_CODES: Readonly<Record<number, FallbackReason>> = {
  1: 'keyInvalid',
  7: 'keyDomain',
  12: 'keyServer',
  301007: 'keyDomain',
  301012: 'keyAgent',
};

/** No tile of the preset within this long after choosing it means the service is not answering. */
export const TILE_TIMEOUT_MS = 8000;

/** A tile error as MapLibre reports it: an HTTP status (0 for a network or CORS failure) and the body's text. */
export type TileError = { status: number | null; body: string };

/** The Tianditu code in an error body (`{"msg":"域名不匹配","code":7}`), or null. */
function codeIn(body: string): number | null {
  const m = /"code"\s*:\s*"?(\d{1,7})"?/.exec(body);
  return m ? Number(m[1]) : null;
}

/**
 * The fallback reason for a tile error, or null when it is not one: a 404 is a missing tile (MapLibre tries the
 * parent tiles), not a failure. A 403 with a Tianditu key code is about the key; any other 403 is a refusal.
 * `status: null` is an error with no HTTP answer at all that is not a network failure: an image that cannot be decoded.
 */
export function classifyTileError(e: TileError): FallbackReason | null {
  const { status } = e;
  if (status === 404) return null;
  if (status === null) return 'notImage';
  if (status === 0) return 'network';
  const code = codeIn(e.body);
  if (status === 403) return (code !== null ? TIANDITU_CODES[code] : undefined) ?? 'forbidden';
  if (status === 418) return 'attack';
  if (status === 429) return 'quota';
  if (status >= 500) return 'server';
  // Another 4xx with a key code (some deployments answer 401 or 400).
  if (code !== null && TIANDITU_CODES[code]) return TIANDITU_CODES[code]!;
  return status >= 400 ? 'forbidden' : null;
}

/* ---- Validation ---- */

/**
 * The problems of a preset, as `field: message` lines (empty when it is sound): an id of the list, names in both
 * languages, 256-px tiles, a zoom range within 0–22, a known datum, `{z}`/`{x}`/`{y}` and `{sub}` in every
 * template, `{lang}` exactly where a language table is given, https, no key in a template, and a key parameter for
 * a preset that needs a key.
 */
export function presetProblems(p: OnlinePreset): string[] {
  const out: string[] = [];
  if (!isBasemapId(p.id) || (p.id as string) === 'offline') out.push(`id: unknown preset id "${p.id}"`);
  if (!p.name.zh.trim() || !p.name.en.trim()) out.push('name: needs Chinese and English');
  if (!p.surface.zh.trim() || !p.surface.en.trim()) out.push('surface: needs Chinese and English');
  if (p.tileSize !== 256) out.push('tileSize: must be 256');
  if (!(p.minzoom >= 0 && p.maxzoom <= 22 && p.minzoom < p.maxzoom)) out.push('zoom: needs 0 ≤ minzoom < maxzoom ≤ 22');
  if (!(DATUMS as readonly string[]).includes(p.datum)) out.push(`datum: unknown "${p.datum}"`);
  if (!p.subdomains.length) out.push('subdomains: at least one');
  if (!PROVIDERS[p.provider]) out.push(`provider: unknown "${p.provider}"`);
  if (p.needsKey && !PROVIDERS[p.provider]?.keyParam) out.push('needsKey: the provider has no key parameter');
  for (const [field, layer] of [
    ['base', p.base],
    ['labels', p.labels],
  ] as const) {
    if (!layer) continue;
    const t = layer.template;
    for (const token of ['{z}', '{x}', '{y}', '{sub}']) if (!t.includes(token)) out.push(`${field}: no ${token}`);
    if (!t.startsWith('https://')) out.push(`${field}: not https`);
    if (/[?&](tk|key)=/.test(t)) out.push(`${field}: a key in the template`);
    if (t.includes('{lang}') !== (layer.lang !== null)) out.push(`${field}: {lang} and the language table disagree`);
  }
  return out;
}
