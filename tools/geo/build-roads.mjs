// Builds geo/roads.geojson.
// usage: node tools/geo/build-roads.mjs <reference-folder>
// Needs geo/boundary.geojson (run build-boundaries.mjs first).
//
// Licence approach: the reference road layer is AMap data (restrictive terms), so it is used only to PLACE
// our own drawing. For every selected road we draw our own centreline:
//   * the two carriageways of a divided road are collapsed: points are laid every 25 m along one
//     carriageway and moved to the midpoint between it and the parallel opposite carriageway (if one lies
//     within 8–90 m and runs parallel); sections with no parallel partner are kept as drawn;
//   * sections not covered by the first carriageway are added the same way; fragments < 300 m dropped;
//   * the centreline is lightly smoothed, resampled with NEW vertices every 60 m, Douglas-Peucker
//     simplified at 6 m and rounded to 1e-5°. No source vertex is reproduced.
import path from 'node:path';
import * as turf from '@turf/turf';
import { pinyin } from 'pinyin-pro';
import { refDirFromArgs, readJSON, geoDir, toXY, toLL, resampleXY, simplifyXY, round5, writeFC, SegIndex, dist, lengthXY } from './lib.mjs';

const ref = refDirFromArgs();
const src = readJSON(path.join(ref, 'basemap_roads_wgs84.geojson'));
const boundary = readJSON(path.join(geoDir, 'boundary.geojson')).features[0];
const bRings = (boundary.geometry.type === 'Polygon' ? [boundary.geometry.coordinates] : boundary.geometry.coordinates).flat();
const bIdx = new SegIndex(bRings.map((r) => r.map(toXY)), 500);
const distToDistrict = (c) => (turf.booleanPointInPolygon(turf.point(c), boundary) ? 0 : bIdx.nearest(toXY(c), 20000).d);

const STEP = 25, PAIR_MIN = 8, PAIR_MAX = 90, MIN_FRAGMENT = 300, OUT_STEP = 60, SIMPLIFY = 6;
const EXTRA = new Set(['学清路']); // class "other" in the reference but a main arterial (学院路's northern continuation)
const NEAR_M = 1000, MIN_NEAR_KM = 1.0; // arterials: keep if >= 1 km of them lies within 1 km of the district

// ---- names
const RING_EN = { 二环: '2nd', 三环: '3rd', 四环: '4th', 五环: '5th', 六环: '6th' };
const DIR_EN = { 东: 'East', 西: 'West', 南: 'South', 北: 'North' };
const SPECIAL = {
  京藏高速: ['京藏高速', 'Beijing–Tibet Expressway (Badaling Expressway)', 'G6'],
  京新高速: ['京新高速', 'Beijing–Xinjiang Expressway', 'G7'],
  '108国道': ['108国道', 'China National Highway 108', 'G108'],
  '109国道': ['109国道', 'China National Highway 109', 'G109'],
  西长安街: ['西长安街', "West Chang'an Avenue"],
};
const py = (s) => pinyin(s, { toneType: 'none', type: 'array' }).join('').toLowerCase();
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function names(zhSrc, ring) {
  if (SPECIAL[zhSrc]) { const [zh, en, ref] = SPECIAL[zhSrc]; return { zh, en, ref }; }
  if (ring) {
    const zh = /路$/.test(zhSrc) ? zhSrc : zhSrc + '路';
    const ref = ring === '五环' ? 'S50' : ring === '六环' ? 'G4501' : undefined;
    return { zh, en: `${DIR_EN[zhSrc[0]]} ${RING_EN[ring]} Ring Road`, ref };
  }
  let m = zhSrc.match(/^(.+?)([东西南北])(路|大街|街)$/);
  if (m && m[1].length >= 2) return { zh: zhSrc, en: `${cap(py(m[1]))} ${DIR_EN[m[2]]} ${m[3] === '路' ? 'Road' : 'Street'}` };
  m = zhSrc.match(/^(.+?)(路|大街|街)$/);
  if (m) return { zh: zhSrc, en: `${cap(py(m[1]))} ${m[2] === '路' ? 'Road' : 'Street'}` };
  return { zh: zhSrc, en: cap(py(zhSrc)) };
}

// ---- geometry helpers
function tangent(pts, i) {
  const a = pts[Math.max(0, i - 1)], b = pts[Math.min(pts.length - 1, i + 1)];
  const L = dist(a, b) || 1;
  return [(b[0] - a[0]) / L, (b[1] - a[1]) / L];
}
function nearestParallel(p, tan, idx) {
  // nearest point on a segment of idx that runs (anti)parallel to tan
  let best = null, bestD = Infinity;
  const cx = Math.floor(p[0] / idx.cell), cy = Math.floor(p[1] / idx.cell);
  const seen = new Set();
  for (let x = cx - 1; x <= cx + 1; x++) for (let y = cy - 1; y <= cy + 1; y++) {
    for (const id of idx.grid.get(x + ',' + y) || []) {
      if (seen.has(id)) continue; seen.add(id);
      const [a, b] = idx.segs[id];
      const L = dist(a, b); if (L === 0) continue;
      const cos = Math.abs(((b[0] - a[0]) * tan[0] + (b[1] - a[1]) * tan[1]) / L);
      if (cos < 0.85) continue;
      const dx = b[0] - a[0], dy = b[1] - a[1];
      let t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (L * L);
      t = Math.max(0, Math.min(1, t));
      const q = [a[0] + t * dx, a[1] + t * dy];
      const d = dist(p, q);
      if (d < bestD) { bestD = d; best = q; }
    }
  }
  return { d: bestD, q: best };
}
function smooth(pts) {
  if (pts.length < 5) return pts;
  return pts.map((p, i) => {
    if (i < 2 || i > pts.length - 3) return p;
    let x = 0, y = 0;
    for (let k = -2; k <= 2; k++) { x += pts[i + k][0]; y += pts[i + k][1]; }
    return [x / 5, y / 5];
  });
}

function centreline(geom) {
  const parts = (geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates)
    .map((l) => l.map(toXY)).filter((l) => l.length >= 2 && lengthXY(l) > 0)
    .map((l) => resampleXY(l, STEP))
    .sort((a, b) => lengthXY(b) - lengthXY(a));
  const partIdx = parts.map((l) => new SegIndex([l], 120));
  const accepted = []; // resampled polylines already drawn
  let accIdx = null;
  const out = [];
  parts.forEach((pts, pi) => {
    // keep runs of points not already represented by an accepted line
    const runs = [];
    let cur = [];
    for (let i = 0; i < pts.length; i++) {
      const covered = accIdx && accIdx.nearest(pts[i], PAIR_MAX).d < PAIR_MAX;
      if (!covered) cur.push(i); else { if (cur.length) runs.push(cur); cur = []; }
    }
    if (cur.length) runs.push(cur);
    for (const run of runs) {
      const line = run.map((i) => pts[i]);
      if (line.length < 2 || lengthXY(line) < MIN_FRAGMENT) continue;
      // move to midpoint with a parallel opposite carriageway (any other part)
      const mid = line.map((p, k) => {
        const tan = tangent(line, k);
        let best = { d: Infinity };
        parts.forEach((_, pj) => {
          if (pj === pi) return;
          const r = nearestParallel(p, tan, partIdx[pj]);
          if (r.d < best.d) best = r;
        });
        return best.d >= PAIR_MIN && best.d <= PAIR_MAX ? [(p[0] + best.q[0]) / 2, (p[1] + best.q[1]) / 2] : p;
      });
      out.push(mid);
      accepted.push(line);
    }
    // the part itself counts as covered territory (so its opposite carriageway is not drawn again)
    accepted.push(pts);
    accIdx = new SegIndex(accepted, 120);
  });
  // join pieces whose ends are close (gaps left where coverage switched carriageway)
  let lines = out;
  let joined = true;
  while (joined) {
    joined = false;
    outer: for (let i = 0; i < lines.length; i++) for (let j = 0; j < lines.length; j++) {
      if (i === j) continue;
      const a = lines[i], b = lines[j];
      const variants = [[a, b], [a, b.slice().reverse()], [a.slice().reverse(), b]];
      for (const [x, y] of variants) {
        if (dist(x[x.length - 1], y[0]) < 2 * PAIR_MAX) {
          lines[i] = x.concat(y);
          lines.splice(j, 1);
          joined = true;
          break outer;
        }
      }
    }
  }
  return lines
    .map((l) => simplifyXY(resampleXY(smooth(l), OUT_STEP), SIMPLIFY).map(toLL).map(round5))
    .filter((l) => l.length >= 2);
}

// ---- selection
const CLASS = { ring_road: 'ring', expressway: 'expressway', urban_expressway: 'expressway', national_road: 'arterial', arterial: 'arterial' };
const features = [];
for (const f of src.features) {
  const p = f.properties;
  if (!(p.class in CLASS) && !EXTRA.has(p.name)) continue;
  const cls = CLASS[p.class] || 'arterial';
  // how much of the road is near the district?
  const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let nearKm = 0;
  for (const l of parts) {
    const r = resampleXY(l.map(toXY), 100);
    for (let i = 1; i < r.length; i++) if (distToDistrict(toLL(r[i])) <= NEAR_M) nearKm += dist(r[i - 1], r[i]) / 1000;
  }
  nearKm /= Math.max(1, Math.min(2, parts.length)); // two carriageways counted once
  if (cls === 'arterial' && nearKm < MIN_NEAR_KM) continue;
  if (cls !== 'arterial' && nearKm < 0.2 && !p.ring) continue;
  const lines = centreline(f.geometry);
  if (!lines.length) continue;
  const nm = names(p.name, p.ring);
  const id = 'road-' + py(nm.zh.replace(/(路|大街|街)$/, '')).replace(/[^a-z0-9]/g, '') + (nm.ref ? '' : '');
  features.push({
    type: 'Feature',
    properties: {
      id: id.replace(/^road-(\d+)guodao$/, 'road-g$1'),
      name: { zh: nm.zh, en: nm.en },
      class: cls,
      ...(nm.ref ? { ref: nm.ref } : {}),
      provenance: {
        basis: 'own centreline drawing: divided carriageways collapsed to their midline, new vertices every 60 m, simplified at 6 m (no source vertices reproduced); clipped to lng 116.03–116.42, lat 39.88–40.17',
        source: 'placed from and checked against the AMap traffic-API road snapshot of 2020-03-19 (github hjieng/GaodeAPI_homework, GCJ-02 converted to WGS-84; reference only, not redistributed); roads opened or renamed after 2020-03 are missing',
        accuracyM: 30,
      },
    },
    geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines },
  });
}
const ORDER = { ring: 0, expressway: 1, arterial: 2 };
features.sort((a, b) => ORDER[a.properties.class] - ORDER[b.properties.class] || a.properties.id.localeCompare(b.properties.id));
const ids = new Set(features.map((f) => f.properties.id));
if (ids.size !== features.length) throw new Error('duplicate road ids');
writeFC('roads.geojson', features);
console.log(features.map((f) => `${f.properties.name.zh}|${f.properties.name.en}|${f.properties.class}|${f.geometry.type === 'LineString' ? 1 : f.geometry.coordinates.length}`).join('\n'));
