// Shared helpers for the geo/ generator scripts (plain node, not run by build or tests).
// All geometry is WGS-84 [lng, lat]. Metric work uses a local equirectangular frame centred on Haidian,
// which is accurate to well under 0.5 % over the district (distances of a few tens of km).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LON0 = 116.25;
export const LAT0 = 40.0;
const R = 6371008.8;
const D2R = Math.PI / 180;
const KX = R * D2R * Math.cos(LAT0 * D2R);
const KY = R * D2R;

export const toXY = ([lng, lat]) => [(lng - LON0) * KX, (lat - LAT0) * KY];
export const toLL = ([x, y]) => [LON0 + x / KX, LAT0 + y / KY];

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const geoDir = path.join(repoRoot, 'geo');

export function refDirFromArgs() {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(path.join(dir, 'SOURCES.md'))) {
    console.error('usage: node ' + path.basename(process.argv[1]) + ' <reference-folder containing SOURCES.md>');
    process.exit(2);
  }
  return dir;
}
export const readJSON = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));

export const dist = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]);
export const distLL = (a, b) => dist(toXY(a), toXY(b));

export function lengthXY(pts) {
  let L = 0;
  for (let i = 1; i < pts.length; i++) L += dist(pts[i - 1], pts[i]);
  return L;
}
export const lengthLL = (coords) => lengthXY(coords.map(toXY));

/** New vertices every ~spacing metres along the line (equal steps, endpoints kept). */
export function resampleXY(pts, spacing, minSegments = 1) {
  const cum = [0];
  for (let i = 1; i < pts.length; i++) cum.push(cum[i - 1] + dist(pts[i - 1], pts[i]));
  const L = cum[cum.length - 1];
  const n = Math.max(minSegments, Math.ceil(L / spacing));
  const out = [];
  let j = 1;
  for (let k = 0; k <= n; k++) {
    const s = (k === n) ? L : (L * k) / n;
    while (j < pts.length - 1 && cum[j] < s) j++;
    const seg = cum[j] - cum[j - 1];
    const t = seg > 0 ? (s - cum[j - 1]) / seg : 0;
    const a = pts[j - 1], b = pts[j];
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
  }
  return out;
}
export const resampleLL = (coords, spacing, minSegments) =>
  resampleXY(coords.map(toXY), spacing, minSegments).map(toLL);

/** Douglas-Peucker in metres. */
export function simplifyXY(pts, tol) {
  if (pts.length <= 2) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, k] = stack.pop();
    let dmax = -1, idx = -1;
    for (let m = i + 1; m < k; m++) {
      const d = segDist(pts[m], pts[i], pts[k]);
      if (d > dmax) { dmax = d; idx = m; }
    }
    if (dmax > tol) { keep[idx] = 1; stack.push([i, idx], [idx, k]); }
  }
  return pts.filter((_, i) => keep[i]);
}
export const simplifyLL = (coords, tol) => simplifyXY(coords.map(toXY), tol).map(toLL);

export function segDist(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const L2 = dx * dx + dy * dy;
  let t = L2 > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / L2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
export function projectOnSeg(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const L2 = dx * dx + dy * dy;
  let t = L2 > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / L2 : 0;
  t = Math.max(0, Math.min(1, t));
  return [a[0] + t * dx, a[1] + t * dy];
}

/** Snap to a grid of `step` degrees and drop consecutive duplicates. */
export function snapLL(coords, step = 1e-4) {
  const out = [];
  for (const [x, y] of coords) {
    const c = [Math.round(x / step) * step, Math.round(y / step) * step].map((v) => +v.toFixed(6));
    const last = out[out.length - 1];
    if (!last || last[0] !== c[0] || last[1] !== c[1]) out.push(c);
  }
  return out;
}
export const round5 = (c) => [+c[0].toFixed(5), +c[1].toFixed(5)];

/** Simple segment index (uniform grid) for nearest-distance queries, in metres. */
export class SegIndex {
  constructor(lines, cell = 250) {
    this.cell = cell;
    this.grid = new Map();
    this.segs = [];
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1], b = line[i];
        const id = this.segs.length;
        this.segs.push([a, b]);
        const x0 = Math.floor(Math.min(a[0], b[0]) / cell), x1 = Math.floor(Math.max(a[0], b[0]) / cell);
        const y0 = Math.floor(Math.min(a[1], b[1]) / cell), y1 = Math.floor(Math.max(a[1], b[1]) / cell);
        for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
          const k = x + ',' + y;
          if (!this.grid.has(k)) this.grid.set(k, []);
          this.grid.get(k).push(id);
        }
      }
    }
  }
  /** nearest distance (m) and nearest point; searches rings of cells up to maxR metres. */
  nearest(p, maxR = 5000) {
    const cx = Math.floor(p[0] / this.cell), cy = Math.floor(p[1] / this.cell);
    let best = Infinity, bestPt = null;
    const seen = new Set();
    for (let r = 0; r * this.cell <= maxR + this.cell; r++) {
      for (let x = cx - r; x <= cx + r; x++) for (let y = cy - r; y <= cy + r; y++) {
        if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) !== r) continue;
        const ids = this.grid.get(x + ',' + y);
        if (!ids) continue;
        for (const id of ids) {
          if (seen.has(id)) continue;
          seen.add(id);
          const [a, b] = this.segs[id];
          const q = projectOnSeg(p, a, b);
          const d = dist(p, q);
          if (d < best) { best = d; bestPt = q; }
        }
      }
      if (best <= r * this.cell) break;
    }
    return { d: best, pt: bestPt };
  }
}

export function stats(arr) {
  const a = arr.filter((v) => Number.isFinite(v)).sort((x, y) => x - y);
  if (!a.length) return { n: 0 };
  const q = (f) => a[Math.min(a.length - 1, Math.floor(f * (a.length - 1) + 0.5))];
  return { n: a.length, median: +q(0.5).toFixed(1), p90: +q(0.9).toFixed(1), p95: +q(0.95).toFixed(1), max: +a[a.length - 1].toFixed(1) };
}

export function writeFC(name, features, extra = {}) {
  fs.mkdirSync(geoDir, { recursive: true });
  const fc = { type: 'FeatureCollection', ...extra, features };
  // one feature per line keeps diffs readable while staying compact
  const body = '{"type":"FeatureCollection",' +
    Object.entries(extra).map(([k, v]) => JSON.stringify(k) + ':' + JSON.stringify(v) + ',').join('') +
    '"features":[\n' + fc.features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
  const p = path.join(geoDir, name);
  fs.writeFileSync(p, body);
  console.log('wrote', path.relative(repoRoot, p), (Buffer.byteLength(body) / 1024).toFixed(1) + ' KB', features.length, 'features');
}

export const OSM_CREDIT = '© OpenStreetMap contributors';
