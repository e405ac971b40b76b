// A local stand-in for the online basemaps' tile hosts (issue 21), for the end-to-end tests: the app is built with
// VITE_TILE_PROXY pointing here, so every preset's tiles come to this server with their path and query (and the key).
// It serves 256-px PNGs with a CORS header, and can be set to answer as the real services do when something is wrong:
// 403 with each Tianditu error code, 418, 429, 500, a request that never answers, a network error, or no CORS header.
// It records every request; nothing is cached (`no-store`), so a test's error never outlives it.
import http from 'node:http';
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

/** Which kind of tile a request asks for, from its path and query (the presets' own URLs, host replaced). */
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

/**
 * Starts the server on `port` (0: any free port). `mode` is set per test: 'ok', 'tdt-<code>' (403 with that Tianditu
 * code), '418', '429', '500', 'hang', 'reset' (the connection is dropped: a network error) or 'nocors'.
 * `failOnly` limits the failure to requests whose URL contains it (e.g. one layer); others are served.
 */
export async function startTileServer(port = 0) {
  const requests = [];
  const hanging = new Set();
  let mode = 'ok';
  let failOnly = null;
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url, origin: req.headers.origin ?? null });
    const failing = mode !== 'ok' && (!failOnly || req.url.includes(failOnly));
    const m = failing ? mode : 'ok';
    if (m === 'hang') {
      hanging.add(res);
      return;
    }
    if (m === 'reset') {
      req.socket.destroy();
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    if (m !== 'nocors') res.setHeader('Access-Control-Allow-Origin', '*');
    const tdt = /^tdt-(\d+)$/.exec(m);
    if (tdt) {
      res.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ msg: TIANDITU_ERRORS[tdt[1]] ?? '', code: Number(tdt[1]) }));
      return;
    }
    if (/^\d{3}$/.test(m)) {
      res.writeHead(Number(m), { 'Content-Type': 'text/plain' });
      res.end(`status ${m}`);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'image/png' });
    res.end(TILES[kindOf(req.url)]);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = server.address().port;
  return {
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    requests,
    /** Sets how the server answers from now on; `only` limits a failure to URLs containing it. */
    setMode(next, only = null) {
      mode = next;
      failOnly = only;
    },
    /** Forgets the requests recorded so far and answers normally again. */
    reset() {
      requests.length = 0;
      mode = 'ok';
      failOnly = null;
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    async stop() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
