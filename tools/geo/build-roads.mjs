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
//
// Streets (class "street"): the other named roads of the reference layer (its class "other") near the district, drawn
// the same way. Two differences: a reference line that turns back on itself (both carriageways chained into one line)
// is first split at the turn, so the carriageways can be collapsed; and pieces down to 200 m are kept (short streets).
// The 辅路 service roads (classes aux, *_aux) are left out: 77–100 % of each lies within 80 m of its main road, which
// is drawn already, so at street zoom they would draw the same road twice.
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
const STREET_CLASS = 'other', STREET_MIN_NEAR_KM = 0.3, STREET_MIN_FRAGMENT = 200; // streets: >= 0.3 km within 1 km
const REVERSAL_COS = -0.85; // a turn sharper than about 148° is a line coming back along itself
const STREET_TRIM_M = 5; // streets' ends pulled in by 5 m, off the source's end vertices (under a line cap's width)

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

// Streets: the same rules, plus the middle (中), ordinals (上地七街 Shangdi 7th Street, 中关村北二街 Zhongguancun North
// 2nd Street) and the generic words a street name can end in.
const DIR_STREET_EN = { ...DIR_EN, 中: 'Middle' };
const ORD_EN = { 一: '1st', 二: '2nd', 三: '3rd', 四: '4th', 五: '5th', 六: '6th', 七: '7th', 八: '8th', 九: '9th' };
const GENERIC_EN = { 路: 'Road', 大街: 'Street', 街: 'Street', 胡同: 'Hutong', 巷: 'Lane', 侧路: 'Side Road' };
const GENERIC = '(侧路|路|大街|斜街|街|胡同|巷)';
const generic = (g) => (g === '斜街' ? 'Xiejie' : GENERIC_EN[g]);
const STREET_EN = { 什坊街: 'Shifang Street' }; // pinyin-pro reads 什 as shén here
function streetNames(zh) {
  if (STREET_EN[zh]) return { zh, en: STREET_EN[zh] };
  let m = zh.match(/^(.+?)([东西南北中])?([一二三四五六七八九])(路|街|巷|条)$/);
  if (m && m[1].length >= 2) {
    // a numbered 条 (hutong) keeps its pinyin, as on Beijing's signs: 真武庙四条 Zhenwumiao Sitiao
    const tail = m[4] === '条' ? [cap(py(m[3] + m[4]))] : [ORD_EN[m[3]], generic(m[4])];
    return { zh, en: [cap(py(m[1])), m[2] && DIR_STREET_EN[m[2]], ...tail].filter(Boolean).join(' ') };
  }
  m = zh.match(new RegExp(`^(.+?)([东西南北中])${GENERIC}$`));
  if (m && m[1].length >= 2) return { zh, en: `${cap(py(m[1]))} ${DIR_STREET_EN[m[2]]} ${generic(m[3])}` };
  m = zh.match(new RegExp(`^(.+?)${GENERIC}$`));
  if (m) return { zh, en: `${cap(py(m[1]))} ${generic(m[2])}` };
  return { zh, en: cap(py(zh)) };
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

/** The lines of a reference geometry in metres, each cut where it turns back on itself. */
function splitAtReversals(lines) {
  return lines.flatMap((l) => {
    const out = [];
    let cur = [l[0]];
    for (let i = 1; i < l.length; i++) {
      cur.push(l[i]);
      if (i === l.length - 1) break;
      const a = [l[i][0] - l[i - 1][0], l[i][1] - l[i - 1][1]], b = [l[i + 1][0] - l[i][0], l[i + 1][1] - l[i][1]];
      const la = Math.hypot(a[0], a[1]), lb = Math.hypot(b[0], b[1]);
      if (la > 0 && lb > 0 && (a[0] * b[0] + a[1] * b[1]) / (la * lb) < REVERSAL_COS) { out.push(cur); cur = [l[i]]; }
    }
    out.push(cur);
    return out;
  });
}

function centreline(geom, { minFragment = MIN_FRAGMENT, splitReversals = false, trimEndsM = 0 } = {}) {
  const xy = (geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates).map((l) => l.map(toXY));
  const parts = (splitReversals ? splitAtReversals(xy) : xy)
    .filter((l) => l.length >= 2 && lengthXY(l) > 0)
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
      if (line.length < 2 || lengthXY(line) < minFragment) continue;
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
    .map((l) => simplifyXY(resampleXY(smooth(l), OUT_STEP), SIMPLIFY))
    .map((l) => (trimEndsM ? trimEnds(l, trimEndsM) : l).map(toLL).map(round5))
    .filter((l) => l.length >= 2);
}

/** The line less `m` metres at each end: a line's ends are otherwise where the source line ended, on its vertex. */
function trimEnds(pts, m) {
  const cut = (line) => {
    let left = m;
    for (let i = 1; i < line.length; i++) {
      const d = dist(line[i - 1], line[i]);
      if (d > left) {
        const t = left / d, a = line[i - 1], b = line[i];
        return [[a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], ...line.slice(i)];
      }
      left -= d;
    }
    return line.slice(-1);
  };
  return cut(cut(pts).reverse()).reverse();
}

// ---- selection
const CLASS = { ring_road: 'ring', expressway: 'expressway', urban_expressway: 'expressway', national_road: 'arterial', arterial: 'arterial' };
const PROVENANCE_SOURCE = 'placed from and checked against the AMap traffic-API road snapshot of 2020-03-19 (github hjieng/GaodeAPI_homework, GCJ-02 converted to WGS-84; reference only, not redistributed); roads opened or renamed after 2020-03 are missing';
const BASIS = 'own centreline drawing: divided carriageways collapsed to their midline, new vertices every 60 m, simplified at 6 m (no source vertices reproduced); clipped to lng 116.03–116.42, lat 39.88–40.17';
const STREET_BASIS = 'own centreline drawing: a line that turns back on itself split at the turn, divided carriageways collapsed to their midline, new vertices every 60 m, simplified at 6 m, ends pulled in 5 m (no source vertices reproduced); pieces under 200 m dropped; clipped to lng 116.03–116.42, lat 39.88–40.17';
/** km of the lines (metres) within NEAR_M of the district, two carriageways counted once. */
function nearKmOf(parts) {
  let km = 0;
  for (const l of parts) {
    const r = resampleXY(l, 100);
    for (let i = 1; i < r.length; i++) if (distToDistrict(toLL(r[i])) <= NEAR_M) km += dist(r[i - 1], r[i]) / 1000;
  }
  return km / Math.max(1, Math.min(2, parts.length));
}
const geometry = (lines) => (lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines });
const features = [];
for (const f of src.features) {
  const p = f.properties;
  if (!(p.class in CLASS) && !EXTRA.has(p.name)) continue;
  const cls = CLASS[p.class] || 'arterial';
  // how much of the road is near the district?
  const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const nearKm = nearKmOf(parts.map((l) => l.map(toXY)));
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
      provenance: { basis: BASIS, source: PROVENANCE_SOURCE, accuracyM: 30 },
    },
    geometry: geometry(lines),
  });
}

// streets: every other named road near the district, unless a road above already has its name
const key5 = (c) => c[0].toFixed(5) + ',' + c[1].toFixed(5);
const sourceVertices = new Set(src.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates).flat()).map(key5));
// a new vertex that happens to fall on a source vertex (at the 1e-5° of the output) is moved 1e-5° (1.1 m) north
const offSource = (c) => (sourceVertices.has(key5(c)) ? round5([c[0], c[1] + 1e-5]) : c);
// a street that runs along a road drawn above for most of its length is that road's service road under another name
// (昌平路 beside 京藏高速): it is left out, like the 辅路
const mainIdx = new SegIndex(features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates).map((l) => l.map(toXY))), 120);
const ALONG_M = 25, ALONG_SHARE = 0.5;
function shareAlongMain(lines) {
  const pts = lines.flatMap((l) => resampleXY(l.map(toXY), 20));
  return pts.filter((p) => mainIdx.nearest(p, ALONG_M).d < ALONG_M).length / pts.length;
}
const drawnNames = new Set(features.map((f) => f.properties.name.zh));
const ids = new Set(features.map((f) => f.properties.id));
for (const f of src.features) {
  const p = f.properties;
  if (p.class !== STREET_CLASS || EXTRA.has(p.name) || drawnNames.has(p.name) || drawnNames.has(p.name + '路')) continue;
  const xy = splitAtReversals((f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates).map((l) => l.map(toXY)));
  if (nearKmOf(xy) < STREET_MIN_NEAR_KM) continue;
  const lines = centreline(f.geometry, { minFragment: STREET_MIN_FRAGMENT, splitReversals: true, trimEndsM: STREET_TRIM_M }).map((l) => l.map(offSource));
  if (!lines.length || shareAlongMain(lines) > ALONG_SHARE) continue;
  const nm = streetNames(p.name);
  // the arterials' id rule (the name without 路/大街/街), or the whole name's pinyin where that id is taken
  let id = 'road-' + py(nm.zh.replace(/(路|大街|街)$/, '')).replace(/[^a-z0-9]/g, '');
  if (ids.has(id)) id = 'road-' + py(nm.zh).replace(/[^a-z0-9]/g, '');
  ids.add(id);
  features.push({
    type: 'Feature',
    properties: {
      id,
      name: { zh: nm.zh, en: nm.en },
      class: 'street',
      provenance: { basis: STREET_BASIS, source: PROVENANCE_SOURCE, accuracyM: 30 },
    },
    geometry: geometry(lines),
  });
}
const ORDER = { ring: 0, expressway: 1, arterial: 2, street: 3 };
features.sort((a, b) => ORDER[a.properties.class] - ORDER[b.properties.class] || a.properties.id.localeCompare(b.properties.id));
if (new Set(features.map((f) => f.properties.id)).size !== features.length) throw new Error('duplicate road ids');
writeFC('roads.geojson', features);
console.log(features.map((f) => `${f.properties.name.zh}|${f.properties.name.en}|${f.properties.class}|${f.geometry.type === 'LineString' ? 1 : f.geometry.coordinates.length}`).join('\n'));
