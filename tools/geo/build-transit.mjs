// Builds geo/transit-lines.geojson and geo/transit-stations.geojson.
// usage: node tools/geo/build-transit.mjs <reference-folder>
// Needs geo/boundary.geojson (run build-boundaries.mjs first).
//
// Source: OpenStreetMap-derived subway lines and station nodes (ODbL, "© OpenStreetMap contributors"),
// generalised here: clipped to the district bbox + 5 km, Douglas-Peucker 10 m, coordinates rounded to 1e-5°.
import path from 'node:path';
import * as turf from '@turf/turf';
import { pinyin } from 'pinyin-pro';
import { refDirFromArgs, readJSON, geoDir, toXY, toLL, simplifyXY, round5, writeFC, SegIndex, OSM_CREDIT, dist } from './lib.mjs';

const ref = refDirFromArgs();
const linesSrc = readJSON(path.join(ref, 'beijing_subway_lines_wgs84.geojson'));
const stnSrc = readJSON(path.join(ref, 'beijing_subway_stations_wgs84.geojson'));
const plan19 = readJSON(path.join(ref, 'line19_north_extension_plan_approx.geojson'));
const roadsSrc = readJSON(path.join(ref, 'basemap_roads_wgs84.geojson'));
const boundary = readJSON(path.join(geoDir, 'boundary.geojson')).features[0];

const MAX_STATION_DIST = 3000; // metres outside the district
const CLIP_MARGIN = 5000; // metres around the district bbox
const SIMPLIFY = 10; // metres

// ---- distance to district (0 inside)
const bRings = (boundary.geometry.type === 'Polygon' ? [boundary.geometry.coordinates] : boundary.geometry.coordinates).flat();
const bIdx = new SegIndex(bRings.map((r) => r.map(toXY)), 500);
export const distToDistrict = (c) => (turf.booleanPointInPolygon(turf.point(c), boundary) ? 0 : bIdx.nearest(toXY(c), 20000).d);

const [bx0, by0, bx1, by1] = turf.bbox(boundary);
const lo = toLL([toXY([bx0, by0])[0] - CLIP_MARGIN, toXY([bx0, by0])[1] - CLIP_MARGIN]);
const hi = toLL([toXY([bx1, by1])[0] + CLIP_MARGIN, toXY([bx1, by1])[1] + CLIP_MARGIN]);
const clipBox = [lo[0], lo[1], hi[0], hi[1]];

const lineId = (k) => k.replace(/^L0?(\d+)$/, 'L$1');
const py = (zh) => pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---- stations: group per-line OSM nodes by name
const byName = new Map();
for (const f of stnSrc.features) {
  const n = f.properties.name;
  if (!byName.has(n)) byName.set(n, []);
  byName.get(n).push(f);
}
const stations = [];
const keepLines = new Set();
const lineSort = (a, b) => {
  const na = a.match(/^L(\d+)/), nb = b.match(/^L(\d+)/);
  if (na && nb) return +na[1] - +nb[1] || a.localeCompare(b);
  return na ? -1 : nb ? 1 : a.localeCompare(b);
};
const ZH_FIX = { 北宫门站: '北宫门' }; // OSM node name carries a stray 站
for (const [zhRaw, nodes] of byName) {
  const zh = ZH_FIX[zhRaw] || zhRaw;
  const pts = nodes.map((f) => f.geometry.coordinates);
  const xy = pts.map(toXY);
  let spread = 0;
  for (const a of xy) for (const b of xy) spread = Math.max(spread, dist(a, b));
  let c, basis;
  const mean = toLL([xy.reduce((s, p) => s + p[0], 0) / xy.length, xy.reduce((s, p) => s + p[1], 0) / xy.length]);
  const meanMax = Math.max(...xy.map((p) => dist(p, toXY(mean))));
  if (pts.length === 1) { c = pts[0]; basis = 'OSM station node'; }
  else if (meanMax <= 100) { c = mean; basis = `mean of the ${pts.length} per-line OSM station nodes of this interchange (spread ${Math.round(spread)} m)`; }
  else {
    // big interchange complex: use the node closest to the others (main station node)
    let best = 0, bestS = Infinity;
    xy.forEach((p, i) => { const s = xy.reduce((t, q) => t + dist(p, q), 0); if (s < bestS) { bestS = s; best = i; } });
    c = pts[best];
    basis = `main OSM station node (${nodes[best].properties.line_name}) of an interchange whose per-line nodes are up to ${Math.round(spread)} m apart`;
  }
  const d = distToDistrict(c);
  if (d > MAX_STATION_DIST) continue;
  const lines = [...new Set(nodes.map((f) => lineId(f.properties.line_key)))].sort(lineSort);
  lines.forEach((l) => keepLines.add(l));
  stations.push({
    type: 'Feature',
    properties: {
      id: py(zh), name: { zh, en: cap(py(zh)) }, lines, status: 'open',
      ...(lines.includes('L18') && lines.length === 1 ? { openingYear: 2025 } : {}),
      provenance: {
        basis, source: `OpenStreetMap station nodes (${OSM_CREDIT}) via github BoyInTheSun/beijing-subway-gtfs gtfs/stops.txt (extract 2026-04-21)`,
        accuracyM: Math.max(20, Math.round(Math.min(spread, 400) / 2)),
      },
    },
    geometry: { type: 'Point', coordinates: round5(c) },
  });
}

// ---- Line 19 northern extension (planned, schematic)
const L19N_STATIONS_EXISTING = ['牡丹园', '北沙滩', '清河小营桥', '清河站'];
for (const s of stations) {
  if (L19N_STATIONS_EXISTING.includes(s.properties.name.zh)) {
    s.properties.lines.push('L19N');
    s.properties.plannedLines = ['L19N'];
  }
}
// NOTE: geo/transit-stations.geojson and the L19N feature of geo/transit-lines.geojson were edited by hand after this
// generator last ran: the five new stations below now carry indicative landmark placements (indicative, precision,
// provenance.accuracyM) and L19N runs through them. Running this script again would drop those edits; carry them over first.
const NEW_19N = [
  ['上清桥南', 'planned main-line station near 上清桥 (North 5th Ring × G6); branch to 清河站 diverges here; no coordinates published'],
  ['西三旗', 'planned main-line station in the 西三旗 area; no coordinates published'],
  ['新龙泽', 'planned main-line station (new 龙泽, being rebuilt east of the existing 13号线 station, Changping); no coordinates published'],
  ['生命科学园南', 'planned main-line station in Changping (生命科学园 area), probably more than 3 km outside Haidian; no coordinates published, so the 3 km rule cannot be applied'],
  ['生命谷', 'planned northern terminus in Changping, probably more than 3 km outside Haidian; no coordinates published, so the 3 km rule cannot be applied'],
];
for (const [zh, why] of NEW_19N) {
  let id = py(zh);
  if (stations.some((s) => s.properties.id === id)) id += '-l19n';
  stations.push({
    type: 'Feature',
    properties: {
      id, name: { zh, en: cap(py(zh)) }, lines: ['L19N'], status: 'planned', openingYear: 2029,
      provenance: {
        basis: `not placed (geometry null): ${why}`,
        source: '19号线北延 approval 京发改(审)〔2025〕109号 (2025-03-03) and the 2025-03 EIA report as reported in the press; station names only',
      },
    },
    geometry: null,
  });
}
keepLines.add('L18');

// ---- lines
const lineFeatures = [];
for (const f of linesSrc.features) {
  const p = f.properties;
  const id = lineId(p.line_key);
  if (!keepLines.has(id)) continue;
  const clipped = turf.bboxClip(f, clipBox).geometry;
  const parts = (clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates)
    .filter((l) => l.length >= 2)
    .map((l) => simplifyXY(l.map(toXY), SIMPLIFY).map(toLL).map(round5))
    .filter((l) => l.length >= 2);
  if (!parts.length) continue;
  const chords = p.straight_chord_segments || [];
  const zh = p.name_zh.replace(/\(.*\)$/, '');
  const props = {
    id, name: { zh, en: p.name_en.replace(/ \(incl\. Batong\)/, '') }, colour: p.colour.toUpperCase(), status: 'open', indicative: false,
    provenance: {
      basis: `OpenStreetMap track geometry generalised (clipped to the district bbox + 5 km, Douglas-Peucker ${SIMPLIFY} m, 1e-5°): ${(p.track_geometry_sources || []).join('; ')}` +
        (chords.length ? `; straight chords between stations where no track was available: ${chords.join(', ')}` : ''),
      source: `${OSM_CREDIT}; reference compilation beijing_subway_lines_wgs84 (OSM 2026 relations via StevenLi-phoenix/nimby-runtime-mcp and wangrunji0408/beijing-subway-live-map, OSM 2016 track via foglet/transit)`,
      accuracyM: chords.length ? 100 : 30,
    },
  };
  if (id === 'L18') {
    props.openingYear = 2025;
    props.note = {
      zh: '原13A线，2025年8月更名为18号线，2025年12月27日开通（马连洼—天通苑东）；是13号线扩能提升工程的第一部分。',
      en: 'The former Line 13A, renamed Line 18 in Aug 2025 and opened on 27 Dec 2025 (Malianwa–Tiantongyuan East); it is the first part of the Line 13 capacity-expansion project (13号线扩能提升工程).',
    };
  }
  if (id === 'L13') {
    props.note = {
      zh: '现状13号线（西直门—东直门）；扩能提升工程的其余部分在建，见“13号线扩能提升工程”。',
      en: 'Current Line 13 (Xizhimen–Dongzhimen); the rest of the capacity-expansion project is under construction, see "Line 13 upgrade".',
    };
  }
  if (id === 'XJ') props.name = { zh: '西郊线', en: 'Xijiao Line (tram)' };
  lineFeatures.push({ type: 'Feature', properties: props, geometry: parts.length === 1 ? { type: 'LineString', coordinates: parts[0] } : { type: 'MultiLineString', coordinates: parts } });
}

const colour13 = lineFeatures.find((f) => f.properties.id === 'L13').properties.colour;
lineFeatures.push({
  type: 'Feature',
  properties: {
    id: 'L13-upgrade', name: { zh: '13号线扩能提升工程（在建部分）', en: 'Line 13 capacity-expansion project (under construction)' },
    colour: colour13, status: 'under-construction', openingYear: 2027, indicative: true,
    note: {
      zh: '在建：向西南延伸至车公庄、还建龙泽站、大钟寺—西二旗段改造为8节编组；暂定2027年底完工。未公布线路走向，故不绘制。',
      en: 'Under construction: south-west extension to Chegongzhuang, rebuilt Longze station, 8-car upgrade of Dazhongsi–Xierqi; tentatively end of 2027. No alignment has been published, so no geometry is drawn.',
    },
    provenance: { basis: 'no geometry: no alignment published', source: 'reference notes (SOURCES.md §2: wikiwand 北京地铁13-18北段贯通线; udn.com 2025-12-29)' },
  },
  geometry: null,
});

// Line 19 north extension: schematic line through proxy points; branch to 清河站 from the point of the
// 北沙滩–清河小营桥 chord nearest to 上清桥 (北五环 × 京藏高速 interchange, from the road reference).
const P = Object.fromEntries(plan19.features.filter((f) => f.geometry).map((f) => [f.properties.name, f.geometry.coordinates]));
const road = (n) => roadsSrc.features.find((f) => f.properties.name === n);
const ix = turf.lineIntersect(road('北五环'), road('京藏高速')).features.map((f) => f.geometry.coordinates);
const shangqingqiao = toLL(ix.map(toXY).reduce((s, p) => [s[0] + p[0] / ix.length, s[1] + p[1] / ix.length], [0, 0]));
const a = toXY(P['北沙滩']), b = toXY(P['清河小营桥']), q = toXY(shangqingqiao);
const t = ((q[0] - a[0]) * (b[0] - a[0]) + (q[1] - a[1]) * (b[1] - a[1])) / ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2);
const fork = toLL([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
const colour19 = linesSrc.features.find((f) => f.properties.line_key === 'L19').properties.colour.toUpperCase();
lineFeatures.push({
  type: 'Feature',
  properties: {
    id: 'L19N', name: { zh: '19号线北延（规划）', en: 'Line 19 northern extension (planned)' },
    colour: colour19, status: 'planned', openingYear: 2029, indicative: true,
    note: { zh: '规划线路走向示意，尚未公布', en: 'indicative alignment, not yet published' },
    provenance: {
      basis: 'SCHEMATIC ONLY, NOT THE ROUTE: straight segments through proxy points at existing stations in planned order 牡丹园 → 北沙滩 → 清河小营桥 → 龙泽 (stand-in for 新龙泽), plus a branch to 清河站 from the point of the 北沙滩–清河小营桥 segment nearest 上清桥 (上清桥南 has no coordinates); the section 新龙泽 → 生命科学园南 → 生命谷 is not drawn',
      source: '京发改(审)〔2025〕109号 approval (2025-03-03) and 2025-03 EIA report (station names and order only); proxy points are OSM station nodes (© OpenStreetMap contributors)',
      accuracyM: 1000,
    },
  },
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      ['牡丹园', '北沙滩', '清河小营桥', '新龙泽'].map((n) => round5(P[n])),
      [round5(fork), round5(P['清河站'])],
    ],
  },
});

const order = (id) => { const m = id.match(/^L(\d+)/); return m ? [0, +m[1], id] : [1, 0, id]; };
lineFeatures.sort((x, y) => { const A = order(x.properties.id), B = order(y.properties.id); return A[0] - B[0] || A[1] - B[1] || A[2].localeCompare(B[2]); });
stations.sort((x, y) => x.properties.id.localeCompare(y.properties.id));
const idSet = new Set(stations.map((s) => s.properties.id));
if (idSet.size !== stations.length) throw new Error('duplicate station ids');
const lineIds = new Set(lineFeatures.map((f) => f.properties.id));
for (const s of stations) for (const l of s.properties.lines) if (!lineIds.has(l)) throw new Error('unknown line ' + l);

writeFC('transit-lines.geojson', lineFeatures, { attribution: OSM_CREDIT });
writeFC('transit-stations.geojson', stations, { attribution: OSM_CREDIT });
console.log('lines', [...lineIds].join(' '));
console.log('stations', stations.length, 'with geometry', stations.filter((s) => s.geometry).length);
