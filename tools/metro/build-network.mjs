// Builds geo/metro-network.json: the Beijing Subway as a network for the door-to-door model (issue 22).
// usage: node tools/metro/build-network.mjs <reference-folder>
// Needs geo/transit-stations.geojson and geo/transit-lines.geojson (tools/geo/build-transit.mjs).
//
// What it carries over, and from where (the reference folder's SOURCES.md §14):
//   * running times per hop and direction (median and mean minutes, distance), headways per line and direction
//     (07–09 peak, 10–16 midday, 21–23 evening medians) and interchange walks (minutes) are figures derived by the
//     reference from the timetables of github Mick235711/Beijing-Subway-Tools (MIT): "Timetable figures derived
//     from Beijing-Subway-Tools, MIT". They are re-derived here from metro/*.csv, never edited by hand;
//   * station positions: the project's own geo/ stations where they exist (matched by name and line; an unmatched
//     Haidian station stops the script), else OpenStreetMap station nodes (© OpenStreetMap contributors) from the
//     reference's beijing_subway_stations_wgs84.geojson, the way tools/geo/build-transit.mjs places them;
//   * the Line 19 northern extension (19号线北延, planned): its stations in order and its branch from the planned
//     works' facts (SOURCES.md §14), positions from geo/ (indicative), running times and headways as stated
//     assumptions (see ASSUMPTIONS below).
// Nothing here is read at run or test time: the build validates geo/metro-network.json (src/lib/schema.ts).
import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { refDirFromArgs, readJSON, geoDir, distLL, OSM_CREDIT } from '../geo/lib.mjs';

const ref = refDirFromArgs();
const metro = (f) => path.join(ref, 'metro', f);

/** A small CSV reader (the reference files have no quoted commas). */
function readCsv(file) {
  const [head, ...rows] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const keys = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i], v])));
}

const segments = readCsv(metro('beijing_metro_segments.csv'));
const headways = readCsv(metro('beijing_metro_headways.csv'));
const transfers = readCsv(metro('beijing_metro_transfers.csv'));
const osm = readJSON(path.join(ref, 'beijing_subway_stations_wgs84.geojson')).features;
const geoStations = readJSON(path.join(geoDir, 'transit-stations.geojson')).features;
const geoLines = readJSON(path.join(geoDir, 'transit-lines.geojson')).features;

/** The reference's line names, our line ids (those of geo/ where the line is there) and English names. */
const LINES = {
  '1号线': ['L1', 'Line 1'],
  '2号线': ['L2', 'Line 2'],
  '3号线': ['L3', 'Line 3'],
  '4号线': ['L4', 'Line 4'],
  '5号线': ['L5', 'Line 5'],
  '6号线': ['L6', 'Line 6'],
  '7号线': ['L7', 'Line 7'],
  '8号线': ['L8', 'Line 8'],
  '9号线': ['L9', 'Line 9'],
  '10号线': ['L10', 'Line 10'],
  '11号线': ['L11', 'Line 11'],
  '12号线': ['L12', 'Line 12'],
  '13号线': ['L13', 'Line 13'],
  '14号线': ['L14', 'Line 14'],
  '15号线': ['L15', 'Line 15'],
  '16号线': ['L16', 'Line 16'],
  '17号线': ['L17', 'Line 17'],
  '18号线': ['L18', 'Line 18'],
  '19号线': ['L19', 'Line 19'],
  昌平线: ['CP', 'Changping Line'],
  S1线: ['S1', 'Line S1'],
  西郊线: ['XJ', 'Xijiao Line'],
  亦庄线: ['YZ', 'Yizhuang Line'],
  亦庄T1线: ['T1', 'Yizhuang T1 Line'],
  房山线: ['FS', 'Fangshan Line'],
  燕房线: ['YF', 'Yanfang Line'],
  大兴机场线: ['DX', 'Daxing Airport Express'],
  首都机场线: ['SD', 'Capital Airport Express'],
};
/** The reference's direction words in English. */
const DIRECTIONS = {
  东行: 'eastbound',
  西行: 'westbound',
  南行: 'southbound',
  北行: 'northbound',
  东北行: 'north-eastbound',
  西南行: 'south-westbound',
  内环: 'inner loop',
  外环: 'outer loop',
  进城: 'inbound',
  出城: 'outbound',
};
/** Lines that run in a loop: their timetables end at one station, so the loop's closing hop has no figure. */
const LOOPS = new Set(['2号线', '10号线']);

const ASSUMPTIONS = {
  l19n: {
    source:
      'fgw.beijing.gov.cn 2025-03-03 (京发改(审)〔2025〕109号); station order from the final environmental impact report (2025-03, secondary source), as in SOURCES.md §14',
    trackFactor: [1.1, 1.3],
    speedKmh: [45, 48],
    speedBasis: 'the averages including stops of Line 19 phase 1 (45 km/h) and Line 17 (48 km/h)',
    headwayMin: [4, 8],
    openingYear: 2029,
    note: 'No timetable, inter-station distance or headway is published: running time = straight-line distance between the indicative station positions × a track factor of 1.1–1.3, at 45–48 km/h; trains assumed to run through from Line 19 phase 1 every 4–8 min on each of the main line and the branch.',
  },
  loopClosing:
    'The timetables of a loop line end at one station, so its closing hop has no figure: it is estimated from the straight-line distance between its OSM station nodes × 1.0–1.3 at the slowest and fastest hop speeds of the same line and direction.',
  mergedStations:
    'Where the timetables keep two stations of one name apart (大钟寺 of Lines 12 and 13, 木樨地 of Lines 1 and 16) and geo/ has one station, they are one station here; the walk between their lines has no figure and takes the model’s default.',
};

const lineOf = (zh) => {
  const l = LINES[zh];
  if (!l) throw new Error(`unknown line ${zh}`);
  return l;
};
const baseName = (n) => n.replace(/\((.+号线)\)$/, '');
const py = (zh) =>
  pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const round5 = (v) => Math.round(v * 1e5) / 1e5;
/** English names of the stations people give as destinations, where the pinyin alone would not say what they are. */
const EN_NAMES = {
  北京南站: 'Beijing South Railway Station',
  北京西站: 'Beijing West Railway Station',
  北京站: 'Beijing Railway Station',
  北京朝阳站: 'Beijing Chaoyang Railway Station',
  丰台站: 'Fengtai Railway Station',
  '2号航站楼': 'Terminal 2 (Capital Airport)',
  '3号航站楼': 'Terminal 3 (Capital Airport)',
  大兴机场: 'Daxing Airport',
};
/** Where positions come from, named once (each station's provenance points here). */
const SOURCES = {
  osm: `OpenStreetMap station nodes (${OSM_CREDIT}) via github BoyInTheSun/beijing-subway-gtfs gtfs/stops.txt (extract 2026-04-21)`,
};
const num = (v) => (v === '' || v === undefined ? null : Number(v));

/* ---- stations ---- */

/** geo/ stations by Chinese name. */
const geoByName = new Map();
for (const f of geoStations) {
  const zh = f.properties.name.zh;
  if (!geoByName.has(zh)) geoByName.set(zh, []);
  geoByName.get(zh).push(f);
}
/** OSM station nodes by name (the reference writes a few with a trailing 站). */
const osmByName = new Map();
for (const f of osm) {
  const zh = f.properties.name.replace(/站$/, '') === '北宫门' ? '北宫门' : f.properties.name;
  if (!osmByName.has(zh)) osmByName.set(zh, []);
  osmByName.get(zh).push(f);
}

/** The key of a source text in SOURCES, adding it if new. */
function sourceKey(text) {
  const found = Object.entries(SOURCES).find(([, t]) => t === text);
  if (found) return found[0];
  const key = `s${Object.keys(SOURCES).length}`;
  SOURCES[key] = text;
  return key;
}

const stations = new Map(); // id -> station
const stationIdOf = new Map(); // reference name (with qualifier) -> id

function stationFor(refName, lineId) {
  if (stationIdOf.has(refName)) {
    const s = stations.get(stationIdOf.get(refName));
    if (!s.lines.includes(lineId)) s.lines.push(lineId);
    return s.id;
  }
  const zh = baseName(refName);
  const geo = (geoByName.get(zh) ?? []).find((f) => f.properties.lines.includes(lineId)) ?? null;
  // Homophones (管庄 of Line 1, 关庄 of Line 15) share a pinyin: the second takes its line as a suffix.
  const plain = geo ? geo.properties.id : py(zh);
  const id = stations.has(plain) && stations.get(plain).name.zh !== zh ? `${plain}-${lineId.toLowerCase()}` : plain;
  let s = stations.get(id);
  if (!s) {
    let coordinates = null;
    let provenance;
    if (geo) {
      coordinates = geo.geometry.coordinates;
      provenance = {
        basis: `geo/transit-stations.geojson (${geo.properties.provenance.basis})`,
        source: sourceKey(geo.properties.provenance.source),
        accuracyM: geo.properties.provenance.accuracyM ?? null,
      };
    } else {
      const nodes = osmByName.get(zh) ?? osmByName.get(`${zh}站`) ?? [];
      if (nodes.length) {
        const pts = nodes.map((f) => f.geometry.coordinates);
        const mean = [pts.reduce((a, p) => a + p[0], 0) / pts.length, pts.reduce((a, p) => a + p[1], 0) / pts.length];
        const spread = Math.max(...pts.map((p) => distLL(p, mean)));
        coordinates = [round5(mean[0]), round5(mean[1])];
        provenance = {
          basis:
            pts.length === 1
              ? 'OSM station node'
              : `mean of the ${pts.length} per-line OSM station nodes (up to ${Math.round(spread)} m from it)`,
          source: 'osm',
          accuracyM: Math.max(20, Math.round(spread)),
        };
      } else {
        provenance = {
          basis: 'no position: the station is not among the OSM station nodes of the reference',
          source: null,
          accuracyM: null,
        };
      }
    }
    s = {
      id,
      name: { zh, en: geo ? geo.properties.name.en : (EN_NAMES[zh] ?? cap(py(zh))) },
      coordinates,
      lines: [],
      ...(geo ? { geo: true } : {}),
      provenance,
    };
    stations.set(id, s);
  }
  if (!s.lines.includes(lineId)) s.lines.push(lineId);
  stationIdOf.set(refName, id);
  return id;
}

/* ---- lines: each direction's hops in order ---- */

const byLine = new Map();
for (const r of segments) {
  const key = `${r.line}|${r.direction}`;
  if (!byLine.has(key)) byLine.set(key, []);
  byLine.get(key).push(r);
}

const lines = new Map();
for (const [key, rows] of byLine) {
  const [lineZh, dirZh] = key.split('|');
  const [lineId, lineEn] = lineOf(lineZh);
  const next = new Map(rows.map((r) => [r.from, r]));
  const tos = new Set(rows.map((r) => r.to));
  const starts = rows.filter((r) => !tos.has(r.from)).map((r) => r.from);
  if (starts.length !== 1) throw new Error(`${key}: ${starts.length} first stations (${starts}), expected one`);
  const order = [starts[0]];
  while (next.has(order.at(-1))) order.push(next.get(order.at(-1)).to);
  if (order.length !== rows.length + 1) throw new Error(`${key}: the hops do not form one chain`);
  const stops = order.map((n) => stationFor(n, lineId));
  const hops = order.slice(0, -1).map((n) => {
    const r = next.get(n);
    return { medianMin: num(r.median_min), meanMin: num(r.mean_min), distM: num(r.dist_m) };
  });
  const hw = headways.find((h) => h.line === lineZh && h.direction === dirZh);
  if (!hw) throw new Error(`${key}: no headway`);
  const asOf = [...new Set(rows.map((r) => r.timetable_as_of))].sort();
  const pattern = {
    id: `${lineId}-${py(dirZh)}`,
    direction: { zh: dirZh, en: DIRECTIONS[dirZh] ?? dirZh },
    stops,
    hops,
    headway: {
      peakMin: num(hw.am_peak_median_min),
      middayMin: num(hw.midday_median_min),
      eveningMin: num(hw.evening_median_min),
    },
    timetableAsOf: asOf.at(-1),
  };
  if (LOOPS.has(lineZh)) {
    // Close the loop: the last station's hop back to the first, estimated (ASSUMPTIONS.loopClosing).
    const a = stations.get(stops.at(-1));
    const b = stations.get(stops[0]);
    const d = distLL(a.coordinates, b.coordinates);
    const speeds = hops.filter((h) => h.distM && h.medianMin).map((h) => h.distM / h.medianMin);
    const fast = Math.max(...speeds);
    const slow = Math.min(...speeds);
    pattern.loop = true;
    pattern.hops.push({
      estimated: true,
      lowMin: Math.round(((d * 1.0) / fast) * 100) / 100,
      highMin: Math.round(((d * 1.3) / slow) * 100) / 100,
      distM: Math.round(d),
      basis:
        'loop closing hop: straight line between the OSM station nodes × 1.0–1.3 at the fastest and slowest hop speeds of this line and direction',
    });
  }
  if (!lines.has(lineId)) {
    const geoLine = geoLines.find((f) => f.properties.id === lineId);
    lines.set(lineId, {
      id: lineId,
      name: { zh: lineZh, en: lineEn },
      ...(geoLine ? { colour: geoLine.properties.colour } : {}),
      status: 'open',
      patterns: [],
    });
  }
  lines.get(lineId).patterns.push(pattern);
}

/* ---- the Line 19 northern extension (planned) ---- */

const A = ASSUMPTIONS.l19n;
const l19 = lines.get('L19');
const north = l19.patterns.find((p) => p.direction.zh === '北行');
const south = l19.patterns.find((p) => p.direction.zh === '南行');
if (north.stops.at(-1) !== 'mudanyuan') throw new Error('Line 19 phase 1 should end at 牡丹园 northbound');
const EXT = {
  main: ['北沙滩', '上清桥南', '清河小营桥', '西三旗', '新龙泽', '生命科学园南', '生命谷'],
  branch: ['北沙滩', '上清桥南', '清河站'],
};
const planned = (zh) => {
  const geo = (geoByName.get(zh) ?? []).find((f) => f.properties.lines.includes('L19N'));
  if (!geo) throw new Error(`Line 19 extension station ${zh} is not in geo/transit-stations.geojson`);
  const id = geo.properties.id;
  if (!stations.has(id))
    stations.set(id, {
      id,
      name: geo.properties.name,
      coordinates: geo.geometry.coordinates,
      lines: [],
      geo: true,
      ...(geo.properties.indicative ? { indicative: true } : {}),
      provenance: {
        basis: geo.properties.provenance.basis,
        source: sourceKey(geo.properties.provenance.source),
        accuracyM: geo.properties.provenance.accuracyM ?? null,
      },
    });
  const s = stations.get(id);
  if (!s.lines.includes('L19N')) s.lines.push('L19N');
  return id;
};
const estimatedHop = (a, b) => {
  const d = distLL(stations.get(a).coordinates, stations.get(b).coordinates);
  const [tLo, tHi] = A.trackFactor;
  const [vLo, vHi] = A.speedKmh;
  return {
    estimated: true,
    lowMin: Math.round(((d * tLo) / ((vHi * 1000) / 60)) * 100) / 100,
    highMin: Math.round(((d * tHi) / ((vLo * 1000) / 60)) * 100) / 100,
    distM: Math.round(d),
    basis: 'planned: straight line between indicative station positions × track factor 1.1–1.3 at 45–48 km/h',
  };
};
const extension = (names, tag) => {
  const ext = names.map(planned);
  const stopsN = [...north.stops, ...ext];
  const hopsN = [...north.hops, ...ext.map((id, i) => estimatedHop(i === 0 ? 'mudanyuan' : ext[i - 1], id))];
  const stopsS = [...stopsN].reverse();
  const hopsS = [...ext.map((id, i) => estimatedHop(i === 0 ? 'mudanyuan' : ext[i - 1], id))]
    .reverse()
    .concat(south.hops);
  const headway = { peakMin: A.headwayMin[0], middayMin: A.headwayMin[1], eveningMin: A.headwayMin[1], assumed: true };
  return [
    {
      id: `L19N-${tag}-beixing`,
      direction: {
        zh: `北行（${tag === 'main' ? '至生命谷' : '至清河站'}）`,
        en: `northbound (to ${tag === 'main' ? 'Shengminggu' : 'Qinghe Railway Station'})`,
      },
      stops: stopsN,
      hops: hopsN,
      headway,
    },
    {
      id: `L19N-${tag}-nanxing`,
      direction: {
        zh: `南行（${tag === 'main' ? '自生命谷' : '自清河站'}）`,
        en: `southbound (from ${tag === 'main' ? 'Shengminggu' : 'Qinghe Railway Station'})`,
      },
      stops: stopsS,
      hops: hopsS,
      headway,
    },
  ];
};
// The southbound phase-1 hops run from 牡丹园 down; the extension's southbound hops come first, in reverse order.
lines.set('L19N', {
  id: 'L19N',
  name: { zh: '19号线北延（规划）', en: 'Line 19 northern extension (planned)' },
  colour: geoLines.find((f) => f.properties.id === 'L19N')?.properties.colour,
  status: 'planned',
  openingYear: A.openingYear,
  patterns: [...extension(EXT.main, 'main'), ...extension(EXT.branch, 'branch')],
});
for (const id of north.stops) if (!stations.get(id).lines.includes('L19N')) stations.get(id).lines.push('L19N');

/* ---- interchanges ---- */

const walks = new Map();
for (const t of transfers) {
  const id = stationIdOf.get(t.station) ?? (stations.has(py(baseName(t.station))) ? py(baseName(t.station)) : null);
  if (!id) throw new Error(`transfer at unknown station ${t.station}`);
  const key = `${id}|${lineOf(t.from_line)[0]}|${lineOf(t.to_line)[0]}`;
  const m = Number(t.minutes);
  const w = walks.get(key) ?? {
    station: id,
    fromLine: lineOf(t.from_line)[0],
    toLine: lineOf(t.to_line)[0],
    minMin: m,
    maxMin: m,
    rows: 0,
  };
  w.minMin = Math.min(w.minMin, m);
  w.maxMin = Math.max(w.maxMin, m);
  w.rows += 1;
  walks.set(key, w);
}
// The extension's trains run through from phase 1: at phase-1 stations its interchanges are Line 19's.
for (const w of [...walks.values()]) {
  if (w.fromLine === 'L19' || w.toLine === 'L19') {
    const alias = {
      ...w,
      fromLine: w.fromLine === 'L19' ? 'L19N' : w.fromLine,
      toLine: w.toLine === 'L19' ? 'L19N' : w.toLine,
    };
    walks.set(`${alias.station}|${alias.fromLine}|${alias.toLine}`, alias);
  }
}

/* ---- links between stations of other names (out-of-station interchanges) ---- */

const links = [];
// 新龙泽 is the rebuilt 龙泽 (its indicative position is 龙泽's): the walk between them takes the model's default.
if (stations.has('xinlongze') && stations.has('longze'))
  links.push({
    a: 'xinlongze',
    b: 'longze',
    basis: '新龙泽 is the rebuilt 龙泽 station (SOURCES.md §14); no walk published: the model default applies',
  });

/* ---- checks: every station of geo/ is in the network (a Haidian one missing stops the script) ---- */

const missing = [];
for (const f of geoStations) {
  const s = stations.get(f.properties.id);
  const want = f.properties.lines.filter((l) => lines.has(l) && l !== 'L13-upgrade');
  const lacking = want.filter((l) => !s?.lines.includes(l));
  if (!s || lacking.length)
    missing.push(`${f.properties.id} (${f.properties.name.zh}) ${lacking.join(',') || 'not matched'}`);
}
if (missing.length) {
  console.error(`geo/ stations not matched in the timetable network:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const stationList = [...stations.values()].sort((a, b) => a.id.localeCompare(b.id));
for (const s of stationList) s.lines.sort();
const out = {
  format: 'haidian-site-finder/metro-network',
  version: 1,
  credit:
    'Timetable figures derived from Beijing-Subway-Tools, MIT (github Mick235711/Beijing-Subway-Tools, data/beijing, commit f1ac527, 2026-08-19; weekday timetables in force on 2026-04-20). Station positions: geo/ and OpenStreetMap station nodes (© OpenStreetMap contributors).',
  method:
    'Built by tools/metro/build-network.mjs from the reference metro/*.csv: per hop the median and mean arrival-to-arrival minutes over every weekday train of the direction (minute resolution, so ±1 min per hop); headways: medians for 07–09 (peak), 10–16 (midday) and 21–23 (evening) at the station most trains serve; interchange walks: community-measured minutes (fastest and slowest passage where there are several).',
  assumptions: ASSUMPTIONS,
  sources: SOURCES,
  stations: stationList,
  lines: [...lines.values()],
  transfers: [...walks.values()]
    .map(({ rows, ...w }) => ({ ...w, passages: rows }))
    .sort((a, b) => (a.station + a.fromLine + a.toLine).localeCompare(b.station + b.fromLine + b.toLine)),
  links,
};
// One line per station, pattern, interchange and link: compact, and a change shows as a changed line in a diff.
const lines1 = (items) => `[\n${items.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n ]`;
const text = `{\n${Object.entries(out)
  .map(([k, v]) => ` ${JSON.stringify(k)}: ${Array.isArray(v) ? lines1(v) : JSON.stringify(v)}`)
  .join(',\n')}\n}\n`;
JSON.parse(text);
fs.writeFileSync(path.join(geoDir, 'metro-network.json'), text);
console.log(
  `geo/metro-network.json: ${stationList.length} stations (${stationList.filter((s) => !s.coordinates).length} without a position), ${out.lines.length} lines, ${out.lines.reduce((n, l) => n + l.patterns.length, 0)} patterns, ${out.transfers.length} interchange walks`,
);
