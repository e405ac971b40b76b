import { describe, expect, it } from 'vitest';
import {
  BASEMAP_IDS,
  ONLINE_PRESETS,
  PROVIDERS,
  attributionOf,
  checkTiandituKey,
  classifyTileError,
  displayCrsOf,
  maskKey,
  onlinePreset,
  parseProxyOrigin,
  presetOrigins,
  presetProblems,
  redactKeys,
  tileRequestUrl,
  tileUrls,
  throughProxy,
  type OnlinePreset,
} from '../../../src/lib/basemaps.ts';

const KEY = '0123456789abcdef0123456789abcdef';
const preset = (id: string): OnlinePreset => onlinePreset(id)!;

describe('the preset registry', () => {
  it('ships the four online presets of issue 21 besides offline, each sound', () => {
    expect(BASEMAP_IDS).toEqual(['offline', 'tianditu-vec', 'tianditu-img', 'amap-road', 'amap-img']);
    expect(ONLINE_PRESETS.map((p) => p.id)).toEqual(BASEMAP_IDS.slice(1));
    for (const p of ONLINE_PRESETS) expect(presetProblems(p), p.id).toEqual([]);
  });

  it('names each datum: Tianditu CGCS2000 (drawn as WGS-84), AMap GCJ-02 (drawn shifted)', () => {
    expect(ONLINE_PRESETS.map((p) => [p.id, p.datum, displayCrsOf(p.datum)])).toEqual([
      ['tianditu-vec', 'cgcs2000', 'wgs84'],
      ['tianditu-img', 'cgcs2000', 'wgs84'],
      ['amap-road', 'gcj02', 'gcj02'],
      ['amap-img', 'gcj02', 'gcj02'],
    ]);
  });

  it('only Tianditu needs a key; every preset has 256-px tiles', () => {
    expect(ONLINE_PRESETS.filter((p) => p.needsKey).map((p) => p.id)).toEqual(['tianditu-vec', 'tianditu-img']);
    expect(new Set(ONLINE_PRESETS.map((p) => p.tileSize))).toEqual(new Set([256]));
  });

  it('carries each provider’s approval number in its attribution, in both languages', () => {
    expect(attributionOf(preset('tianditu-img'), 'zh')).toBe(
      `${PROVIDERS.tianditu.copyright.zh} · 审图号 ${PROVIDERS.tianditu.approvalNumber}`,
    );
    expect(attributionOf(preset('amap-img'), 'en')).toMatch(/^© AMap \(AutoNavi\) · Approval No\. GS\(\d{4}\)\d+号$/);
    for (const p of Object.values(PROVIDERS)) expect(p.approvalNumber).toMatch(/^GS\(\d{4}\)\d{3,5}号$/);
  });

  it('returns null for offline and unknown ids', () => {
    expect(onlinePreset('offline')).toBeNull();
    expect(onlinePreset('osm')).toBeNull();
  });
});

describe('preset validation', () => {
  const good = preset('tianditu-vec');
  it.each([
    ['a zoom range upside down', { minzoom: 18, maxzoom: 3 }, 'zoom: needs 0 ≤ minzoom < maxzoom ≤ 22'],
    ['512-px tiles', { tileSize: 512 }, 'tileSize: must be 256'],
    ['an unknown datum', { datum: 'bd09' }, 'datum: unknown "bd09"'],
    ['an id not in the list', { id: 'osm' }, 'id: unknown preset id "osm"'],
    ['no English name', { name: { zh: '地图', en: ' ' } }, 'name: needs Chinese and English'],
    ['no subdomains', { subdomains: [] }, 'subdomains: at least one'],
    [
      'a key in a template',
      { base: { template: `${good.base.template}&tk=abc`, lang: null } },
      'base: a key in the template',
    ],
    [
      'plain http',
      { base: { template: good.base.template.replace('https:', 'http:'), lang: null } },
      'base: not https',
    ],
    [
      '{lang} without a language table',
      { labels: { template: good.labels!.template, lang: null } },
      'labels: {lang} and the language table disagree',
    ],
    [
      'a template with no {x}',
      { base: { template: good.base.template.replace('{x}', '0'), lang: null } },
      'base: no {x}',
    ],
    ['a keyless provider marked as needing a key', { provider: 'amap' }, 'needsKey: the provider has no key parameter'],
  ])('refuses %s', (_what, change, problem) => {
    expect(presetProblems({ ...good, ...change } as OnlinePreset)).toContain(problem);
  });
});

describe('tile URLs', () => {
  it('gives one Tianditu URL per subdomain t0–t7, no key, labels in the UI’s language', () => {
    const base = tileUrls(preset('tianditu-vec'), 'base', 'zh', null);
    expect(base).toHaveLength(8);
    expect(base[0]).toBe(
      'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default' +
        '&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    );
    expect(base[7]).toMatch(/^https:\/\/t7\.tianditu\.gov\.cn\/vec_w\//);
    expect(base.some((u) => u.includes('tk='))).toBe(false);
    expect(tileUrls(preset('tianditu-vec'), 'labels', 'zh', null)[3]).toMatch(
      /^https:\/\/t3\.tianditu\.gov\.cn\/cva_w\/wmts\?.*LAYER=cva&/,
    );
    expect(tileUrls(preset('tianditu-vec'), 'labels', 'en', null)[0]).toMatch(/\/eva_w\/wmts\?.*LAYER=eva&/);
    expect(tileUrls(preset('tianditu-img'), 'base', 'en', null)[0]).toMatch(/\/img_w\/wmts\?.*LAYER=img&/);
    expect(tileUrls(preset('tianditu-img'), 'labels', 'zh', null)[0]).toMatch(/\/cia_w\/.*LAYER=cia&/);
    expect(tileUrls(preset('tianditu-img'), 'labels', 'en', null)[0]).toMatch(/\/eia_w\/.*LAYER=eia&/);
  });

  it('gives AMap webrd01–04 with lang following the UI, and the satellite with its style=8 overlay', () => {
    const road = tileUrls(preset('amap-road'), 'base', 'en', null);
    expect(road).toEqual(
      [1, 2, 3, 4].map(
        (n) => `https://webrd0${n}.is.autonavi.com/appmaptile?lang=en&size=1&scale=1&style=8&x={x}&y={y}&z={z}`,
      ),
    );
    expect(tileUrls(preset('amap-road'), 'base', 'zh', null)[0]).toContain('lang=zh_cn');
    expect(tileUrls(preset('amap-road'), 'labels', 'zh', null)).toEqual([]);
    expect(tileUrls(preset('amap-img'), 'base', 'zh', null)[1]).toBe(
      'https://webst02.is.autonavi.com/appmaptile?style=6&x={x}&y={y}&z={z}',
    );
    expect(tileUrls(preset('amap-img'), 'labels', 'zh', null)[3]).toBe(
      'https://webst04.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}',
    );
  });

  it('sends every tile to the proxy origin, keeping path and query (subdomains collapse into one URL)', () => {
    const proxy = 'http://127.0.0.1:4999';
    expect(tileUrls(preset('tianditu-img'), 'labels', 'en', proxy)).toEqual([
      'http://127.0.0.1:4999/eia_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=eia&STYLE=default' +
        '&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    ]);
    expect(tileUrls(preset('amap-road'), 'base', 'zh', proxy)).toEqual([
      'http://127.0.0.1:4999/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
    ]);
    expect(throughProxy('https://webst01.is.autonavi.com/appmaptile?style=6', 'https://tiles.example.org:8443')).toBe(
      'https://tiles.example.org:8443/appmaptile?style=6',
    );
    expect(throughProxy('https://t0.tianditu.gov.cn/x', null)).toBe('https://t0.tianditu.gov.cn/x');
  });

  it('reads the proxy setting: an origin alone, else nothing', () => {
    expect(parseProxyOrigin('http://127.0.0.1:4999/')).toBe('http://127.0.0.1:4999');
    expect(parseProxyOrigin(' https://tiles.intranet.example ')).toBe('https://tiles.intranet.example');
    expect(parseProxyOrigin('https://tiles.example.org/path')).toBeNull();
    expect(parseProxyOrigin('ftp://tiles.example.org')).toBeNull();
    expect(parseProxyOrigin(undefined)).toBeNull();
  });

  it('lists the origins the Content-Security-Policy must allow: every subdomain, or the proxy alone', () => {
    const origins = presetOrigins(null);
    expect(origins).toHaveLength(8 + 4 + 4);
    expect(origins).toContain('https://t5.tianditu.gov.cn');
    expect(origins).toContain('https://webrd03.is.autonavi.com');
    expect(origins).toContain('https://webst04.is.autonavi.com');
    expect(presetOrigins('http://127.0.0.1:4999')).toEqual(['http://127.0.0.1:4999']);
  });
});

describe('the key, added at request time', () => {
  const tdt = preset('tianditu-img');
  const opts = { lang: 'zh' as const, proxy: null, key: KEY };
  const tile = (u: string) => u.replace('{z}', '12').replace('{y}', '1551').replace('{x}', '3372');

  it('appends tk to a Tianditu tile, base or labels, in either language', () => {
    for (const layer of ['base', 'labels'] as const)
      for (const lang of ['zh', 'en'] as const) {
        const url = tile(tileUrls(tdt, layer, lang, null)[2]!);
        expect(tileRequestUrl(url, tdt, opts)).toBe(`${url}&tk=${KEY}`);
      }
  });

  it('adds it through the proxy too, and to nothing else', () => {
    const proxy = 'http://127.0.0.1:4999';
    const url = tile(tileUrls(tdt, 'base', 'zh', proxy)[0]!);
    expect(tileRequestUrl(url, tdt, { ...opts, proxy })).toBe(`${url}&tk=${KEY}`);
    for (const other of [
      'http://127.0.0.1:4173/assets/app-data.json',
      'http://127.0.0.1:4173/glyphs/Noto%20Sans%20Regular/0-255.pbf',
      'https://t0.tianditu.gov.cn/DataServer?T=img_w&x=1&y=1&l=1',
      tile(tileUrls(preset('amap-img'), 'base', 'zh', null)[0]!),
    ])
      expect(tileRequestUrl(other, tdt, opts)).toBe(other);
  });

  it('adds nothing without a key, or for a preset that takes none', () => {
    const url = tile(tileUrls(tdt, 'base', 'zh', null)[0]!);
    expect(tileRequestUrl(url, tdt, { ...opts, key: null })).toBe(url);
    const amap = tile(tileUrls(preset('amap-road'), 'base', 'zh', null)[0]!);
    expect(tileRequestUrl(amap, preset('amap-road'), opts)).toBe(amap);
    expect(tileRequestUrl(url, null, opts)).toBe(url);
  });

  it('redacts keys from any text that may show a request', () => {
    const msg = `AJAXError: Forbidden (403): https://t0.tianditu.gov.cn/img_w/wmts?LAYER=img&tk=${KEY}`;
    expect(redactKeys(msg, [KEY])).not.toContain(KEY);
    expect(redactKeys('…&tk=somethingelse&x=1', [])).toBe('…&tk=…&x=1');
  });
});

describe('typed keys', () => {
  it('trims a key and accepts letters and digits', () => {
    expect(checkTiandituKey(`  ${KEY}\n`)).toEqual({ ok: true, key: KEY });
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [`${KEY.slice(0, 10)} ${KEY.slice(10)}`, 'characters'],
    [`tk=${KEY}`, 'characters'],
    [`"${KEY}"`, 'characters'],
    ['<script>alert(1)</script>', 'characters'],
    ['abc123', 'length'],
    ['a'.repeat(65), 'length'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(checkTiandituKey(raw)).toEqual({ ok: false, problem });
  });
  it('masks a key to its last four characters', () => {
    expect(maskKey(KEY)).toBe('••••••••cdef');
    expect(maskKey(KEY)).not.toContain(KEY.slice(0, 8));
  });
});

describe('tile errors', () => {
  const tdtBody = (code: number, msg = '') => JSON.stringify({ msg, code });
  it.each([
    [403, tdtBody(1, '非法Key'), 'keyInvalid'],
    [403, tdtBody(7, '域名不匹配'), 'keyDomain'],
    [403, tdtBody(12), 'keyServer'],
    [403, tdtBody(301007), 'keyDomain'],
    [403, tdtBody(301012), 'keyAgent'],
    [403, '{"code":"7","msg":"域名不匹配"}', 'keyDomain'],
    [403, '<html>Forbidden</html>', 'forbidden'],
    [418, '', 'attack'],
    [429, '', 'quota'],
    [500, '', 'server'],
    [502, '', 'server'],
    [503, 'Service Unavailable', 'server'],
    [0, '', 'network'],
    [null, '', 'notImage'],
    [401, tdtBody(1), 'keyInvalid'],
    [400, '', 'forbidden'],
  ] as const)('status %s with body %j is %s', (status, body, reason) => {
    expect(classifyTileError({ status, body })).toBe(reason);
  });
  it('does not count a 404 (a missing tile) as a failure', () => {
    expect(classifyTileError({ status: 404, body: '' })).toBeNull();
    expect(classifyTileError({ status: 404, body: tdtBody(7) })).toBeNull();
  });
});
