// Accuracy report for geo/ against the reference folder.
// usage: node tools/geo/check-accuracy.mjs <reference-folder>
import path from 'node:path';
import fs from 'node:fs';
import * as turf from '@turf/turf';
import { refDirFromArgs, readJSON, geoDir, toXY, resampleXY, SegIndex, stats, dist } from './lib.mjs';

const ref = refDirFromArgs();
const R = (f) => readJSON(path.join(ref, f));
const G = (f) => readJSON(path.join(geoDir, f));
const out = {};

const rings = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []).flat();
const lines = (g) => (!g ? [] : g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : rings(g));
const sampleDist = (fromLines, toLines, step) => {
  const idx = new SegIndex(toLines.map((l) => l.map(toXY)), 250);
  const d = [];
  for (const l of fromLines) for (const p of resampleXY(l.map(toXY), step)) d.push(idx.nearest(p, 30000).d);
  return d;
};

// ---- stations
{
  const refSt = R('beijing_subway_stations_wgs84.geojson').features;
  const mine = G('transit-stations.geojson').features.filter((f) => f.geometry);
  const nearest = [], farthest = [];
  const bad = [];
  for (const s of mine) {
    const zh = s.properties.name.zh;
    const nodes = refSt.filter((f) => f.properties.name === zh || f.properties.name === zh + '站');
    const ds = nodes.map((n) => dist(toXY(s.geometry.coordinates), toXY(n.geometry.coordinates)));
    nearest.push(Math.min(...ds));
    farthest.push(Math.max(...ds));
    if (Math.max(...ds) > 100) bad.push(`${zh} ${Math.round(Math.min(...ds))}/${Math.round(Math.max(...ds))} m`);
  }
  out.stations = { count: mine.length, toNearestSameNameNode_m: stats(nearest), toFarthestPerLineNode_m: stats(farthest), interchangesWithPerLineNodesOver100m: bad };
}

// ---- lines
{
  const refL = R('beijing_subway_lines_wgs84.geojson').features;
  const mine = G('transit-lines.geojson').features.filter((f) => f.geometry && !f.properties.indicative);
  const all = [], perLine = {};
  for (const f of mine) {
    const key = f.properties.id.replace(/^L(\d)$/, 'L0$1');
    const r = refL.find((x) => x.properties.line_key === key);
    const d = sampleDist(lines(f.geometry), lines(r.geometry), 100);
    perLine[f.properties.id] = stats(d);
    all.push(...d);
  }
  out.lines = { all: stats(all), perLine };
}

// ---- boundary
const district = G('boundary.geojson').features[0];
{
  const datav = R('haidian_boundary_wgs84.geojson').features[0];
  const poi = R('haidian_subdistricts_wgs84.geojson');
  const poiUnion = turf.union(turf.featureCollection(poi.features));
  const mineL = lines(district.geometry);
  const outer = (g) => (g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]));
  out.boundary = {
    area_km2: { mine: +(turf.area(district) / 1e6).toFixed(2), datav: +(turf.area(datav) / 1e6).toFixed(2), poi86Union: +(turf.area(poiUnion) / 1e6).toFixed(2) },
    mineToDataV_m: stats(sampleDist(mineL, lines(datav.geometry), 50)),
    dataVToMine_m: stats(sampleDist(lines(datav.geometry), mineL, 50)),
    mineToPoi86Union_m: stats(sampleDist(mineL, outer(poiUnion.geometry), 50)),
    poi86UnionOuterToMine_m: stats(sampleDist(outer(poiUnion.geometry), mineL, 50)),
    iouWithDataV: +(turf.area(turf.intersect(turf.featureCollection([district, datav]))) / turf.area(turf.union(turf.featureCollection([district, datav])))).toFixed(4),
  };
}

// ---- towns
{
  const towns = G('towns.geojson').features;
  const src = R('haidian_subdistricts_wgs84.geojson').features;
  const name = (n) => (n === '万柳镇' ? '海淀镇' : n);
  const all = [], back = [], areaPct = [], rows = {};
  for (const t of towns) {
    const s = src.find((f) => name(f.properties.name) === t.properties.name.zh);
    const d = sampleDist(lines(t.geometry), lines(s.geometry), 50);
    const d2 = sampleDist(lines(s.geometry), lines(t.geometry), 50);
    all.push(...d); back.push(...d2);
    const am = turf.area(t), as = turf.area(s);
    const pct = (100 * (am - as)) / as;
    areaPct.push(Math.abs(pct));
    rows[t.properties.id] = { area_km2: +(am / 1e6).toFixed(2), ref_km2: +(as / 1e6).toFixed(2), diffPct: +pct.toFixed(2), median_m: stats(d).median, max_m: Math.max(stats(d).max, stats(d2).max) };
  }
  let sum = 0; for (const t of towns) sum += turf.area(t);
  // towns outside district?
  let outside = 0;
  for (const t of towns) { const diff = turf.difference(turf.featureCollection([t, district])); if (diff) outside += turf.area(diff); }
  out.towns = { mineToRef_m: stats(all), refToMine_m: stats(back), absAreaDiffPct: stats(areaPct), sumTownsMinusDistrict_km2: +((sum - turf.area(district)) / 1e6).toFixed(4), townAreaOutsideDistrict_m2: Math.round(outside), perTown: rows };
}

// ---- roads (ring roads, expressways, arterials) and streets, each against its namesake in the reference layer
{
  const refR = R('basemap_roads_wgs84.geojson').features;
  const mine = G('roads.geojson').features;
  const check = (features) => {
    const all = [];
    const per = {};
    for (const f of features) {
      const zh = f.properties.name.zh;
      const r = refR.find((x) => x.properties.name === zh) || refR.find((x) => x.properties.name + '路' === zh);
      const d = sampleDist(lines(f.geometry), lines(r.geometry), 100);
      all.push(...d);
      const s = stats(d);
      if (s.max > 60) per[zh] = s;
    }
    return { count: features.length, toNearestReferenceCarriageway_m: stats(all), roadsWithMaxOver60m: per };
  };
  out.roads = check(mine.filter((f) => f.properties.class !== 'street'));
  out.streets = check(mine.filter((f) => f.properties.class === 'street'));
}

// ---- water / green checks against the few reference proxies
{
  const w = G('water.geojson').features.find((f) => f.properties.id === 'yongdinghe-yinqu');
  const rw = R('basemap_water_wgs84.geojson').features[0];
  out.water = { yongdingheYinquVsReferenceProxy_m: stats(sampleDist(lines(w.geometry), lines(rw.geometry), 50)) };
  const g = G('green.geojson').features;
  const rg = R('basemap_green_wgs84.geojson').features;
  const iou = (a, b) => +(turf.area(turf.intersect(turf.featureCollection([a, b]))) / turf.area(turf.union(turf.featureCollection([a, b])))).toFixed(3);
  out.green = {
    pkuIoUWithReferenceProxy: iou(g.find((f) => f.properties.id === 'pku'), rg.find((f) => f.properties.name.startsWith('北京大学 燕园校区'))),
    tsinghuaIoUWithReferenceProxy: iou(g.find((f) => f.properties.id === 'tsinghua'), rg.find((f) => f.properties.name.startsWith('清华大学'))),
    labelPointsInsideOwnPolygons: Object.fromEntries([['yuanmingyuan', '圆明园遗址公园'], ['haidian-gongyuan', '海淀公园'], ['yuyuantan-gongyuan', '玉渊潭公园']].map(([id, n]) => [id, turf.booleanPointInPolygon(rg.find((f) => f.properties.name === n).geometry.coordinates, g.find((f) => f.properties.id === id))])),
  };
}

// ---- sizes
out.sizes_KB = Object.fromEntries(fs.readdirSync(geoDir).map((f) => [f, +(fs.statSync(path.join(geoDir, f)).size / 1024).toFixed(1)]));
out.sizes_KB.total = +Object.values(out.sizes_KB).reduce((a, b) => a + b, 0).toFixed(1);
console.log(JSON.stringify(out, null, 1));
