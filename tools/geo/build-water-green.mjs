// Builds geo/water.geojson and geo/green.geojson.
// usage: node tools/geo/build-water-green.mjs <reference-folder>
// Needs geo/towns.geojson (campus outlines reuse our own re-traced 燕园/清华园 town polygons).
//
// The reference holds no water or park outlines (SOURCES.md §8, §9, §11, §12). What is here is:
//   * canal centrelines computed by us as the midline of their two bank roads (reference roads used only
//     to place the line; new vertices every 60 m);
//   * hand-drawn approximate outlines anchored on named reference roads and OSM station/gate nodes,
//     with the anchors and an honest error radius stated in provenance;
//   * label points (OSM-derived CityBench AOI points or OSM station gate nodes) where no outline could be
//     placed within ~400 m.
import path from 'node:path';
import * as turf from '@turf/turf';
import { refDirFromArgs, readJSON, geoDir, toXY, toLL, resampleXY, simplifyXY, round5, writeFC, SegIndex, lengthXY, OSM_CREDIT } from './lib.mjs';

const ref = refDirFromArgs();
const roads = readJSON(path.join(ref, 'basemap_roads_wgs84.geojson'));
const greenRef = readJSON(path.join(ref, 'basemap_green_wgs84.geojson'));
const towns = readJSON(path.join(geoDir, 'towns.geojson'));
const ROADS_SRC = 'AMap 2020-03 road snapshot (hjieng/GaodeAPI_homework, GCJ-02→WGS-84; reference only)';

const roadParts = (name) => {
  const f = roads.features.find((x) => x.properties.name === name);
  if (!f) throw new Error('road not found ' + name);
  return (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates).map((l) => l.map(toXY));
};

/** midline between the lines in `a` and the lines in `b`: sample a every 25 m, keep midpoints where b is 20..maxSep m away */
function midline(a, b, maxSep) {
  const idx = new SegIndex(b, 150);
  const runs = [];
  for (const line of a) {
    let cur = [];
    for (const p of resampleXY(line, 25)) {
      const { d, pt } = idx.nearest(p, maxSep + 50);
      if (d >= 20 && d <= maxSep) cur.push([(p[0] + pt[0]) / 2, (p[1] + pt[1]) / 2]);
      else if (cur.length) { runs.push(cur); cur = []; }
    }
    if (cur.length) runs.push(cur);
  }
  return runs.filter((r) => lengthXY(r) > 300);
}
const finish = (xy) => simplifyXY(resampleXY(xy, 60), 5).map(toLL).map(round5);
const ring = (coords) => { const c = coords.map(round5); if (c[0][0] !== c[c.length - 1][0] || c[0][1] !== c[c.length - 1][1]) c.push(c[0]); return c; };

// ---------------- water
const water = [];

// 永定河引水渠 (west section): midline of its bank roads 永引渠北路 / 永引渠南路
{
  const runs = midline(roadParts('永引渠北路'), roadParts('永引渠南路'), 150);
  const lines = runs.map(finish);
  water.push({
    type: 'Feature',
    properties: {
      id: 'yongdinghe-yinqu', name: { zh: '永定河引水渠', en: 'Yongding River Diversion Canal' }, kind: 'canal',
      provenance: {
        basis: 'own centreline: midpoint between the two bank roads 永引渠北路 and 永引渠南路 (sampled every 25 m, kept where 20–150 m apart), new vertices every 60 m; west section only (east of ~116.205 only one bank road exists, so the canal is not drawn further toward 玉渊潭)',
        source: ROADS_SRC, accuracyM: 50,
      },
    },
    geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines },
  });
}

// 京密引水渠 昆玉段 (昆玉河): between the split carriageways of 蓝靛厂北路/蓝靛厂南路, which run on its two banks,
// from the south tip of 昆明湖 (绣漪桥, where 昆明湖东路 meets 蓝靛厂北路) to 西钓鱼台; last leg into 玉渊潭 hand-drawn.
{
  const parts = [...roadParts('蓝靛厂北路'), ...roadParts('蓝靛厂南路')];
  // the reference lists each road's two carriageways as separate parts: pair first-half with second-half parts
  const a = [roadParts('蓝靛厂北路')[0], roadParts('蓝靛厂南路')[0]];
  const b = [roadParts('蓝靛厂北路')[1], roadParts('蓝靛厂南路')[1]];
  const runs = midline(a, b, 200);
  // order the runs north→south and chain them into one line
  runs.forEach((r) => { if (r[0][1] < r[r.length - 1][1]) r.reverse(); });
  runs.sort((p, q) => q[0][1] - p[0][1]);
  let line = runs.flat();
  const head = toXY([116.2758, 39.9762]); // 绣漪桥, south tip of 昆明湖 (昆明湖东路 × 蓝靛厂北路)
  const tail = [[116.2915, 39.9155], [116.2985, 39.9140], [116.3060, 39.9140]].map(toXY); // into 玉渊潭 (八一湖), hand-drawn
  line = [head, ...line, ...tail];
  void parts;
  water.push({
    type: 'Feature',
    properties: {
      id: 'jingmi-yinshuiqu-kunyu', name: { zh: '京密引水渠（昆玉段）', en: 'Jingmi Diversion Canal (Kunyu section)' }, kind: 'canal',
      provenance: {
        basis: 'own centreline: midline between the two split carriageways of 蓝靛厂北路 / 蓝靛厂南路, which run on the canal\'s two banks, from the south tip of 昆明湖 (绣漪桥) to 西钓鱼台; the last ~1.5 km into 玉渊潭 is hand-drawn approximate; the 昆玉段 along the west side of 颐和园 (团城湖 to 绣漪桥) is NOT drawn (could not be placed within ~400 m)',
        source: `${ROADS_SRC}; 10号线 station nodes 火器营/长春桥/车道沟/慈寿寺/西钓鱼台 along the canal (${OSM_CREDIT})`,
        accuracyM: 150,
      },
    },
    geometry: { type: 'LineString', coordinates: finish(line) },
  });
}

// 昆明湖 (main lake east of 西堤), hand-drawn
water.push({
  type: 'Feature',
  properties: {
    id: 'kunminghu', name: { zh: '昆明湖', en: 'Kunming Lake' }, kind: 'lake',
    provenance: {
      basis: 'hand-drawn approximate outline of the main lake (east of 西堤; the western lakes are not drawn) anchored on 昆明湖东路 (east shore ~100 m inside the road), 颐和园路 / 北宫门 station (north wall; 万寿山 between wall and lake), the 颐和园西门 station and the 昆明湖东路 × 蓝靛厂北路 junction (south tip, 绣漪桥)',
      source: `${ROADS_SRC}; OSM station nodes 北宫门, 颐和园西门 (${OSM_CREDIT}); general geography`,
      accuracyM: 250,
    },
  },
  geometry: { type: 'Polygon', coordinates: [ring([[116.2620, 39.9955], [116.2665, 39.9960], [116.2705, 39.9957], [116.2728, 39.9943], [116.2737, 39.9900], [116.2731, 39.9840], [116.2737, 39.9790], [116.2752, 39.9768], [116.2725, 39.9782], [116.2680, 39.9815], [116.2645, 39.9848], [116.2625, 39.9890], [116.2615, 39.9930]])] },
});

// ---------------- green
const green = [];
const campus = (townId, id, zh, en) => {
  const t = towns.features.find((f) => f.properties.id === townId);
  // keep the main part only, outer ring only
  const polys = t.geometry.type === 'Polygon' ? [t.geometry.coordinates] : t.geometry.coordinates;
  const main = polys.reduce((m, p) => (turf.area(turf.polygon([p[0]])) > turf.area(turf.polygon([m[0]])) ? p : m));
  green.push({
    type: 'Feature',
    properties: {
      id, name: { zh, en }, kind: 'campus',
      provenance: {
        basis: `proxy: the main part of our own re-traced ${t.properties.name.zh} outline (the 街道 is essentially the campus; staff housing and neighbouring blocks may be included or omitted)`,
        source: 'our geo/towns.geojson (traced from poi86 town boundaries); reference SOURCES.md §8 campus proxies',
        accuracyM: 300,
      },
    },
    geometry: { type: 'Polygon', coordinates: [main[0]] },
  });
};
const hand = (id, zh, en, kind, coords, anchors, source, accuracyM) => green.push({
  type: 'Feature',
  properties: { id, name: { zh, en }, kind, provenance: { basis: `hand-drawn approximate outline anchored on ${anchors}`, source, accuracyM } },
  geometry: { type: 'Polygon', coordinates: [ring(coords)] },
});
const refPoint = (name) => greenRef.features.find((f) => f.properties.name === name || (f.properties.name || '').startsWith(name)).geometry.coordinates;

hand('yiheyuan', '颐和园', 'Summer Palace', 'scenic',
  [[116.2600, 40.0000], [116.2625, 40.0011], [116.2700, 40.0011], [116.2757, 40.0008], [116.2751, 39.9934], [116.2744, 39.9895], [116.2735, 39.9822], [116.2740, 39.9790], [116.2757, 39.9760], [116.2715, 39.9775], [116.2650, 39.9815], [116.2590, 39.9840], [116.2568, 39.9860], [116.2558, 39.9920], [116.2553, 39.9965]],
  '颐和园路 and the 北宫门 station (north wall), 昆明湖东路 (east wall), the 颐和园西门 station and 玉泉山路 (west wall), the 昆明湖东路 × 蓝靛厂北路 junction (south tip)',
  `${ROADS_SRC}; OSM station nodes 北宫门, 颐和园西门 (${OSM_CREDIT})`, 200);
hand('yuanmingyuan', '圆明园遗址公园', 'Old Summer Palace (Yuanmingyuan)', 'park',
  [[116.2835, 40.0012], [116.2832, 40.0125], [116.2935, 40.0125], [116.3010, 40.0140], [116.3080, 40.0140], [116.3105, 40.0100], [116.3108, 40.0055], [116.3082, 40.0035], [116.3082, 39.9990], [116.3010, 39.9988], [116.2985, 39.9975], [116.2900, 39.9985], [116.2845, 39.9995]],
  '圆明园西路 (west), 北五环 (north, park edge ~150 m south of it), 中关村北大街 (east), 清华西路 / 颐和园路 and the 圆明园 station (south), CityBench AOI label point 116.2972, 40.0068',
  `${ROADS_SRC}; OSM station node 圆明园 and CityBench AOI 500000012 (${OSM_CREDIT})`, 250);
hand('haidian-gongyuan', '海淀公园', 'Haidian Park', 'park',
  [[116.2850, 39.9885], [116.2925, 39.9888], [116.2935, 39.9842], [116.2900, 39.9832], [116.2868, 39.9812], [116.2848, 39.9835]],
  '新建宫门路 (north), 万泉河路 (east), 北四环 (south), CityBench AOI label point 116.2890, 39.9851',
  `${ROADS_SRC}; CityBench AOI 500001036 (${OSM_CREDIT})`, 200);
hand('yuyuantan-gongyuan', '玉渊潭公园', 'Yuyuantan Park', 'park',
  [[116.3055, 39.9115], [116.3245, 39.9102], [116.3280, 39.9113], [116.3282, 39.9180], [116.3230, 39.9200], [116.3150, 39.9205], [116.3062, 39.9195]],
  '玉渊潭南路 (south), 三里河路 and the 玉渊潭东门 station (east), 西三环 (west), CityBench AOI label point 116.3139, 39.9156',
  `${ROADS_SRC}; OSM station node 玉渊潭东门 and CityBench AOI 500000046 (${OSM_CREDIT})`, 250);
campus('yanyuan', 'pku', '北京大学', 'Peking University');
campus('qinghuayuan', 'tsinghua', '清华大学', 'Tsinghua University');
// 圆明园 adjoins both campuses: cut it back to their (traced) outlines so the layers do not overlap
{
  const ymy = green.find((f) => f.properties.id === 'yuanmingyuan');
  const cut = turf.difference(turf.featureCollection([turf.feature(ymy.geometry), ...green.filter((f) => f.properties.kind === 'campus').map((f) => turf.feature(f.geometry))]));
  ymy.geometry = { type: 'Polygon', coordinates: [cut.geometry.type === 'Polygon' ? cut.geometry.coordinates[0] : cut.geometry.coordinates.reduce((m, p) => (p[0].length > m[0].length ? p : m))[0]].map((r) => r.map(round5)) };
  ymy.properties.provenance.basis += '; cut back where it overlapped the 北京大学 / 清华大学 proxies';
}

const point = (id, zh, en, kind, c, basis, source, accuracyM) => green.push({
  type: 'Feature', properties: { id, name: { zh, en }, kind, provenance: { basis, source, accuracyM } }, geometry: { type: 'Point', coordinates: round5(c) },
});
point('zizhuyuan-gongyuan', '紫竹院公园', 'Zizhuyuan Park', 'park', refPoint('紫竹院公园'),
  'label point only (no outline could be placed): representative point of the OSM-derived AOI', `CityBench beijing/yuyuantan AOIs 500000052 (${OSM_CREDIT})`, 300);
point('xiangshan-gongyuan', '香山公园', 'Fragrant Hills Park', 'park', refPoint('香山公园'),
  'label point only: OSM station node 香山 (西郊线) at the park\'s east gate, NOT the park centre (the park extends ~1–1.5 km west of it)', `OSM station node (${OSM_CREDIT})`, 1200);
point('guojia-zhiwuyuan', '国家植物园（北园）', 'China National Botanical Garden (North)', 'park', refPoint('北京植物园'),
  'label point only: OSM station node 国家植物园 (西郊线) at the garden\'s south gate, NOT its centre', `OSM station node (${OSM_CREDIT})`, 1000);
point('aolinpike-senlin-gongyuan', '奥林匹克森林公园', 'Olympic Forest Park', 'park', refPoint('奥林匹克森林公园'),
  'label point only: OSM-derived AOI point on the park\'s west edge near 林萃桥 (source area stops at lng 116.40); the park lies east of it in Chaoyang', `CityBench AOI 500010892 (${OSM_CREDIT})`, 400);

writeFC('water.geojson', water, { attribution: OSM_CREDIT });
writeFC('green.geojson', green, { attribution: OSM_CREDIT });
for (const f of [...water, ...green]) if (f.geometry.type === 'Polygon') console.log(f.properties.id, (turf.area(f) / 1e6).toFixed(2), 'km2');
