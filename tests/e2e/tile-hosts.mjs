// A local stand-in for the online basemaps' tile hosts (issue 21), for the end-to-end tests. The run's own build (dist/)
// asks the real hosts (t0–t7.tianditu.gov.cn, webrd/webst01–04.is.autonavi.com, which its Content-Security-Policy
// allows); `route(context)` answers every such request inside the browser context, so none leaves the machine (the
// fixture blocks and fails any other request that leaves 127.0.0.1). It answers with 256-px PNGs and a CORS header,
// and can be set to answer as the real services do when something is wrong: 403 with each Tianditu error code, 418,
// 429, 500, a request that never answers, a dropped connection, or a CORS header that does not allow the page. It records every request (path
// and query, as a tile proxy would see them, and the host); nothing is cached (`no-store`), so a test's error never
// outlives it. An office's tile proxy (VITE_TILE_PROXY) changes only the tile URLs' origin: tests/unit/lib/basemaps.test.ts
// and tests/unit/scripts/csp.test.ts check that.
import { deflateSync } from 'node:zlib';

/** CRC-32 of a PNG chunk. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A 256 × 256 RGBA PNG: `fill(x, y)` gives each pixel's [r, g, b, a]. Base tiles are a flat colour with a grid line at
 * the tile's edges (so a screenshot shows tiles); label tiles are transparent with a dark mark in the middle.
 */
export function png(fill) {
  const size = 256;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = fill(x, y);
      const i = y * (size * 4 + 1) + 1 + x * 4;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
      raw[i + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const edge = (x, y) => x < 2 || y < 2;
/** The tile colours by kind, so a screenshot shows which layer is which. */
export const TILE_RGB = { imagery: [62, 88, 70], map: [236, 228, 214] };
const TILES = {
  imagery: png((x, y) => (edge(x, y) ? [40, 56, 46, 255] : [...TILE_RGB.imagery, 255])),
  map: png((x, y) => (edge(x, y) ? [200, 190, 176, 255] : [...TILE_RGB.map, 255])),
  labels: png((x, y) => (Math.abs(x - 128) < 20 && Math.abs(y - 128) < 4 ? [30, 30, 30, 255] : [0, 0, 0, 0])),
};

/** Which kind of tile a request asks for, from its path and query (the presets' own URLs). */
function kindOf(url) {
  const u = new URL(url, 'http://x');
  const layer = u.searchParams.get('LAYER');
  if (layer) return /^(c|e)(va|ia)$/.test(layer) ? 'labels' : layer === 'img' ? 'imagery' : 'map';
  const style = u.searchParams.get('style');
  if (style === '6') return 'imagery';
  // style=8 with a language is AMap's road map; without one, the roads-and-labels overlay of its satellite preset.
  return u.searchParams.has('lang') ? 'map' : 'labels';
}

/** Tianditu's error bodies (shared/BASEMAPS.md). */
export const TIANDITU_ERRORS = {
  1: '非法Key',
  7: '域名不匹配',
  12: '服务端Key不能在浏览器端使用',
  301007: '域名不匹配',
  301012: '非浏览器访问',
};

/** Every tile host of the presets (src/lib/basemaps.ts), and nothing else. */
export const TILE_HOSTS = /^https:\/\/(t[0-7]\.tianditu\.gov\.cn|web(rd|st)0[1-4]\.is\.autonavi\.com)\//;

/**
 * The stand-in. `mode` is set per test: 'ok', 'tdt-<code>' (403 with that Tianditu code), '418', '429', '500',
 * 'hang', 'reset' (the connection is dropped: a network error) or 'nocors'. `failOnly` limits the failure to requests
 * whose URL contains it (e.g. one layer); others are served. `route(context)` puts it in front of a context.
 */
export function tileHosts() {
  const requests = [];
  const hanging = new Set();
  let mode = 'ok';
  let failOnly = null;
  const answer = (route) => {
    const u = new URL(route.request().url());
    const url = `${u.pathname}${u.search}`;
    requests.push({ url, host: u.host });
    const failing = mode !== 'ok' && (!failOnly || url.includes(failOnly));
    const m = failing ? mode : 'ok';
    if (m === 'hang') {
      hanging.add(route);
      return Promise.resolve();
    }
    if (m === 'reset') return route.abort('connectionreset');
    // Playwright adds a CORS header to a fulfilled response that has none, so "no CORS header" is answered with one that
    // allows another origin only: the browser refuses the tile just the same (a network error to the page).
    const headers = {
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': m === 'nocors' ? 'https://elsewhere.example' : '*',
    };
    const tdt = /^tdt-(\d+)$/.exec(m);
    if (tdt)
      return route.fulfill({
        status: 403,
        headers,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify({ msg: TIANDITU_ERRORS[tdt[1]] ?? '', code: Number(tdt[1]) }),
      });
    if (/^\d{3}$/.test(m))
      return route.fulfill({ status: Number(m), headers, contentType: 'text/plain', body: `status ${m}` });
    return route.fulfill({ status: 200, headers, contentType: 'image/png', body: TILES[kindOf(url)] });
  };
  return {
    requests,
    /** Answers every tile request of this browser context from now on (before the fixture's guard sees it). */
    route: (context) => context.route(TILE_HOSTS, (route) => answer(route).catch(() => {})),
    /** Sets how the hosts answer from now on; `only` limits a failure to URLs containing it. */
    setMode(next, only = null) {
      mode = next;
      failOnly = only;
    },
    /** Forgets the requests recorded so far and answers normally again; a hanging request is dropped. */
    reset() {
      requests.length = 0;
      mode = 'ok';
      failOnly = null;
      for (const route of hanging) route.abort('connectionreset').catch(() => {});
      hanging.clear();
    },
  };
}
