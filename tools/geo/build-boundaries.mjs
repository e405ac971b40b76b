// Builds geo/towns.geojson and geo/boundary.geojson.
// usage: node tools/geo/build-boundaries.mjs <reference-folder>
//
// Licence approach: the reference town polygons (poi86) and the district outline (DataV/AMap) have
// unknown/restrictive terms, so they are used only to PLACE our own tracing:
//   1. the 29 reference polygons are turned into a topology (each shared border = one arc, so every
//      border is traced once and reused by both neighbours);
//   2. every arc is re-traced with NEW vertices at equal steps of <=100 m along it (no source vertex is
//      kept except the arc end points, i.e. the 3-way junctions), snapped to a 1e-4 degree grid and
//      Douglas-Peucker simplified at 6 m;
//   3. towns are reassembled from the re-traced arcs; the district outline is the merge of the towns, so
//      towns and district are consistent by construction.
// The DataV outline is only used to check the result (see check-accuracy.mjs).
import path from 'node:path';
import * as turf from '@turf/turf';
import { topology } from 'topojson-server';
import { feature, merge } from 'topojson-client';
import { pinyin } from 'pinyin-pro';
import { refDirFromArgs, readJSON, toXY, toLL, resampleXY, simplifyXY, snapLL, writeFC, SegIndex } from './lib.mjs';

const ref = refDirFromArgs();
const src = readJSON(path.join(ref, 'haidian_subdistricts_wgs84.geojson'));

const SPACING = 100; // metres between new vertices
const SIMPLIFY = 6; // metres
const MIN_PART_KM2 = 0.01;

// Official current names and English forms.
const EN = {
  学院路街道: 'Xueyuan Road Subdistrict', 马连洼街道: 'Malianwa Subdistrict', 北下关街道: 'Beixiaguan Subdistrict',
  田村路街道: 'Tiancun Road Subdistrict', 羊坊店街道: 'Yangfangdian Subdistrict', 东升镇: 'Dongsheng Town',
  上地街道: 'Shangdi Subdistrict', 海淀街道: 'Haidian Subdistrict', 八里庄街道: 'Balizhuang Subdistrict',
  清河街道: 'Qinghe Subdistrict', 燕园街道: 'Yanyuan Subdistrict', 海淀镇: 'Haidian Town',
  中关村街道: 'Zhongguancun Subdistrict', 永定路街道: 'Yongding Road Subdistrict', 紫竹院街道: 'Zizhuyuan Subdistrict',
  清华园街道: 'Qinghuayuan Subdistrict', 甘家口街道: 'Ganjiakou Subdistrict', 花园路街道: 'Huayuan Road Subdistrict',
  北太平庄街道: 'Beitaipingzhuang Subdistrict', 上庄镇: 'Shangzhuang Town', 温泉镇: 'Wenquan Town',
  四季青镇: 'Sijiqing Town', 曙光街道: 'Shuguang Subdistrict', 万寿路街道: 'Wanshou Road Subdistrict',
  苏家坨镇: 'Sujiatuo Town', 西北旺镇: 'Xibeiwang Town', 香山街道: 'Xiangshan Subdistrict',
  青龙桥街道: 'Qinglongqiao Subdistrict', 西三旗街道: 'Xisanqi Subdistrict',
};
const officialZh = (n) => (n === '万柳镇' ? '海淀镇' : n);

function townId(zh, kind) {
  const stem = zh.replace(/(街道|镇)$/, '');
  const py = pinyin(stem, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
  // 海淀街道 and 海淀镇 share the stem: disambiguate both.
  if (stem === '海淀') return kind === 'town' ? 'haidian-zhen' : 'haidian-jiedao';
  return py;
}

// ---- 1. topology of the reference polygons
const topo = topology({ towns: src });

// ---- 2. re-trace every arc
let srcVerts = 0, newVerts = 0;
topo.arcs = topo.arcs.map((arc) => {
  srcVerts += arc.length;
  const xy = arc.map(toXY);
  const closed = arc.length > 2 && arc[0][0] === arc[arc.length - 1][0] && arc[0][1] === arc[arc.length - 1][1];
  let pts = resampleXY(xy, SPACING, closed ? 6 : 1);
  pts = simplifyXY(pts, SIMPLIFY);
  if (closed && pts.length < 4) pts = resampleXY(xy, SPACING, 6);
  let ll = snapLL(pts.map(toLL));
  if (ll.length < 2) ll = [ll[0], ll[0]];
  newVerts += ll.length;
  return ll;
});
console.log('source arc vertices', srcVerts, '-> new vertices', newVerts, 'arcs', topo.arcs.length);

// ---- 3. reassemble
function cleanGeometry(geom) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const out = [];
  for (const poly of polys) {
    const rings = poly
      .map((r) => r.filter((c, i) => i === 0 || c[0] !== r[i - 1][0] || c[1] !== r[i - 1][1]))
      .filter((r) => r.length >= 4);
    if (!rings.length) continue;
    const a = turf.area(turf.polygon([rings[0]])) / 1e6;
    if (a < MIN_PART_KM2) continue;
    out.push(rings);
  }
  if (out.length === 1) return { type: 'Polygon', coordinates: out[0] };
  return { type: 'MultiPolygon', coordinates: out };
}

/** grid-search pole of inaccessibility (own label point, 1e-4 degree precision) */
function labelPoint(geom) {
  const f = turf.feature(geom);
  const lines = [];
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let biggest = polys[0], bigA = 0;
  for (const p of polys) {
    const a = turf.area(turf.polygon(p));
    if (a > bigA) { bigA = a; biggest = p; }
    for (const r of p) lines.push(r.map(toXY));
  }
  const idx = new SegIndex(lines, 200);
  const [minX, minY, maxX, maxY] = turf.bbox(turf.polygon(biggest));
  let best = null, bestD = -1;
  const N = 60;
  for (let i = 1; i < N; i++) for (let j = 1; j < N; j++) {
    const c = [+(minX + ((maxX - minX) * i) / N).toFixed(4), +(minY + ((maxY - minY) * j) / N).toFixed(4)];
    if (!turf.booleanPointInPolygon(turf.point(c), f)) continue;
    const d = idx.nearest(toXY(c)).d;
    if (d > bestD) { bestD = d; best = c; }
  }
  return best;
}

const towns = [];
for (const g of topo.objects.towns.geometries) {
  const f = feature(topo, g);
  const srcName = f.properties.name;
  const zh = officialZh(srcName);
  const kind = /镇/.test(f.properties.type) ? 'town' : 'subdistrict';
  const geometry = cleanGeometry(f.geometry);
  towns.push({
    type: 'Feature',
    properties: {
      id: townId(zh, kind),
      name: { zh, en: EN[zh] },
      kind,
      labelPoint: labelPoint(geometry),
      provenance: {
        basis: `own tracing: each shared town border traced once and reused by both neighbours; new vertices resampled every ≤${SPACING} m along the reference outline, snapped to 1e-4°, simplified at ${SIMPLIFY} m (only the 3-way junction points coincide with the reference)` +
          (srcName !== zh ? `; the source calls it ${srcName}, ${zh} is the current official name` : ''),
        source: 'placed from poi86.com 街道/镇 boundaries (via github GNsNyl/PW data/haidian.geojson, WGS-84, c. 2016–2020; terms unknown, used only as a tracing guide) and checked against the DataV/AMap 2019 district outline',
        accuracyM: 60,
      },
    },
    geometry,
  });
}
// The reference leaves a 0.17 km² gap inside 马连洼 (a hole only half filled by a 青龙桥 exclave). Close the
// gap by giving it to 马连洼, the town that surrounds it: 马连洼 = its outer ring minus the 青龙桥 exclave.
{
  const mlw = towns.find((t) => t.properties.id === 'malianwa');
  const qlq = towns.find((t) => t.properties.id === 'qinglongqiao');
  const shell = turf.polygon([mlw.geometry.coordinates[0]]);
  const diff = turf.difference(turf.featureCollection([shell, turf.feature(qlq.geometry)]));
  mlw.geometry = cleanGeometry(diff.geometry);
  mlw.properties.labelPoint = labelPoint(mlw.geometry);
  mlw.properties.provenance.basis += '; a 0.17 km² unassigned gap in the reference (surrounded by 马连洼) is assigned to 马连洼';
}
towns.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
const ids = new Set(towns.map((t) => t.properties.id));
if (ids.size !== 29 || towns.length !== 29) throw new Error('expected 29 unique towns');

// ---- district = merge of all (re-traced) towns
const merged = merge(topo, topo.objects.towns.geometries);
let district = cleanGeometry(merged);
// the only interior hole is the 马连洼 gap closed above: keep outer rings only
if (district.type === 'Polygon') district.coordinates = [district.coordinates[0]];
else district.coordinates = district.coordinates.map((p) => [p[0]]);
console.log('district', district.type, district.type === 'Polygon' ? district.coordinates.map((r) => r.length) : district.coordinates.map((p) => p.map((r) => r.length)));

writeFC('boundary.geojson', [{
  type: 'Feature',
  properties: {
    id: 'haidian',
    name: { zh: '海淀区', en: 'Haidian District' },
    provenance: {
      basis: 'own tracing: outer edge of the 29 re-traced towns (new vertices every ≤100 m along the reference outline, snapped to 1e-4°, simplified at 6 m), so district and towns share the same border; vs the DataV 2019 outline: median 8 m, p95 ~100 m, but up to ~650 m along ~5 km of the northern border with Changping (西三旗/西北旺/上庄) where the two references disagree',
      source: 'placed from poi86.com town boundaries (GNsNyl/PW) and checked against the DataV.GeoAtlas/AMap 2019 district outline 110108 (GCJ-02 converted to WGS-84); both used only as tracing/check references',
      accuracyM: 100,
    },
  },
  geometry: district,
}]);
writeFC('towns.geojson', towns);
