// Benchmark (ranking, issue 23), plain node: `node scripts/bench-ranking.mjs`. The 18 parks, all six criteria on, to
// 西二旗 now (src/lib/ranking):
//  1. criterionValues from cold: every park's nearest-station and door-to-door interval (the metro network prepared
//     afresh each run), the cluster and amenities counts over every pair of regions. The app computes this once per
//     scenario, destination, industries, radii and size settings, not per weight change.
//  2. scoreTable + robustness, what runs on every weight change: median of many runs, each with different weights.
//     Aim: well under one frame (16 ms).
//  3. monteCarlo with 1,000 placements (each asks transit and door to door of every park's drawn point).
// BENCH_RUNS sets the runs of 1 and 3 (default 3); absolute times are printed.
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLib, placedFeatures } from './bench-sites.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel) => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));
const { prepareMetro, doorToDoor } = await loadLib('src/lib/metro/door-to-door.ts');
// lib/transit.ts reaches kdbush and turf through lib/spatial.ts: let the transpiled copy resolve the repository's
// packages (loadLib's folder has none of its own).
if (!existsSync(path.join(loadLib.dir, 'node_modules'))) {
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(loadLib.dir, 'node_modules'), 'dir');
}
const { buildNetwork, nearestStationRange } = await loadLib('src/lib/transit.ts');
const { criterionValues } = await loadLib('src/lib/ranking/values.ts');
const { scoreTable } = await loadLib('src/lib/ranking/score.ts');
const { robustness } = await loadLib('src/lib/ranking/robustness.ts');
const { monteCarlo } = await loadLib('src/lib/ranking/monte-carlo.ts');

const net = read('geo/metro-network.json');
const parks = (await placedFeatures('data/parks.geojson')).sort((a, b) => a.seq - b.seq);
const projects = (await placedFeatures('data/plan-projects.geojson')).map((p) => ({
  id: p.id,
  category: p.category,
  region: p.region,
}));
const network = buildNetwork(
  read('geo/transit-stations.geojson').features,
  read('geo/transit-lines.geojson').features,
  'now',
);

/** The context as the app builds it: each region's figures computed once (the store keeps them per park). */
function context() {
  const metro = prepareMetro(net);
  const memo = (f) => {
    const m = new WeakMap();
    return (region) => {
      if (!m.has(region)) m.set(region, f(region));
      return m.get(region);
    };
  };
  return {
    allParks: parks,
    projects,
    industries: ['ai', 'ic', 'biomed'],
    transitKm: memo((region) => nearestStationRange({ coordinates: region.center, region }, network)),
    commuteMin: memo((region) => {
      const t = doorToDoor(region, { kind: 'station', id: 'xierqi' }, metro, { scenario: 'now', direction: 'to' });
      return t.lowMin === null ? null : { lowMin: t.lowMin, highMin: t.highMin };
    }),
  };
}

const settings = {
  criteria: {
    transit: { weight: 3, influence: 'less', limit: null },
    commute: { weight: 4, influence: 'less', limit: { min: null, max: 75 } },
    size: { weight: 2, influence: 'ideal', limit: null },
    industry: { weight: 2, influence: 'more', limit: null },
    cluster: { weight: 1, influence: 'more', limit: null },
    amenities: { weight: 1.5, influence: 'more', limit: null },
  },
  targetM2: 150000,
  sizeBasis: 'total',
  clusterKm: 3,
  amenitiesKm: 2,
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// 1. criterionValues, cold.
const coldTimes = [];
let table = null;
for (let r = 0; r < RUNS; r++) {
  const ctx = context();
  const t0 = performance.now();
  table = criterionValues(parks, settings, ctx);
  coldTimes.push(performance.now() - t0);
}
console.log(
  `criterionValues: ${parks.length} parks, 6 criteria, to 西二旗 now, from cold: ${median(coldTimes).toFixed(0)} ms (median of ${RUNS})`,
);

// 2. scoreTable + robustness per weight change.
const CHANGES = 2000;
const ids = Object.keys(settings.criteria);
const perChange = [];
for (let k = 0; k < CHANGES; k++) {
  const id = ids[k % ids.length];
  const s = {
    ...settings,
    criteria: { ...settings.criteria, [id]: { ...settings.criteria[id], weight: (k % 11) / 2 } },
  };
  const t0 = performance.now();
  const result = scoreTable(table, s);
  robustness(table, s, result);
  perChange.push(performance.now() - t0);
}
const changeMs = median(perChange);
const p95 = [...perChange].sort((a, b) => a - b)[Math.floor(perChange.length * 0.95)];
console.log(
  `scoreTable + robustness per weight change: median ${(changeMs * 1000).toFixed(0)} µs, 95th percentile ${(p95 * 1000).toFixed(0)} µs over ${CHANGES} changes — ${changeMs < 16 ? 'under' : 'OVER'} 16 ms ${changeMs < 16 ? 'PASS' : 'FAIL'}`,
);

// 3. Monte Carlo, 1,000 placements.
const SAMPLES = 1000;
const mcTimes = [];
let mc = null;
for (let r = 0; r < RUNS; r++) {
  const ctx = context();
  const t0 = performance.now();
  mc = monteCarlo(parks, settings, ctx, { samples: SAMPLES, seed: 1 });
  mcTimes.push(performance.now() - t0);
}
const top = [...mc.firstShare].sort((a, b) => b[1] - a[1]).filter(([, p]) => p > 0);
console.log(
  `monteCarlo: ${SAMPLES} placements of ${parks.length} parks and ${projects.length} projects: ${median(mcTimes).toFixed(0)} ms (median of ${RUNS}; ${((median(mcTimes) / SAMPLES) * 1000).toFixed(0)} µs a placement); first: ${top.map(([id, p]) => `${parks.find((x) => x.id === id).seq} ${(p * 100).toFixed(1)} %`).join(', ')}`,
);
