// Benchmark (transit feature): nearest station for 10,000 synthetic sites inside Haidian's bbox, indexed
// (kdbush box queries with exact turf distances, as in src/lib/spatial.ts; geokdbush `around` printed for reference)
// against a naive loop over turf distances; then one radius
// query over 10,000 sites. Plain node: `node scripts/bench-transit.mjs`. Deterministic (seeded PRNG).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { distance } from '@turf/turf';
import { districtBbox, seededRandom } from './bench-sites.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel) => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));

const N = Number(process.env.BENCH_SITES ?? 10000);
const NODE_SIZE = Number(process.env.BENCH_NODE_SIZE ?? 8); // as buildPointIndex in src/lib/spatial.ts
const stations = read('geo/transit-stations.geojson')
  .features.filter((f) => f.geometry)
  .map((f) => ({ id: f.properties.id, at: f.geometry.coordinates }));

const [w, s, e, n] = districtBbox();
const rand = seededRandom(20250601); // the same sites on every run
const sites = Array.from({ length: N }, () => [w + rand() * (e - w), s + rand() * (n - s)]);

const km = (a, b) => distance(a, b, { units: 'kilometers' });
/** Best of `reps` timed runs after a warm-up (the machine is shared: the minimum is the least disturbed figure). */
const time = (fn, reps = 1) => {
  let out = fn();
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    out = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: best, out };
};

// Naive: every site against every station with turf.
const naive = time(
  () =>
    sites.map((p) => {
      let best = -1,
        bestKm = Infinity;
      for (let i = 0; i < stations.length; i++) {
        const d = km(p, stations[i].at);
        if (d < bestKm) {
          bestKm = d;
          best = i;
        }
      }
      return best;
    }),
  5,
);

// Indexed: one kdbush index over the stations; the nearest by box queries that double until the nearest exact
// (turf) distance lies within the circle the box contains — the algorithm of nearestIndexed in src/lib/spatial.ts.
const build = time(() => {
  const t = new KDBush(stations.length, NODE_SIZE);
  for (const st of stations) t.add(st.at[0], st.at[1]);
  return t.finish();
}, 20);
const index = build.out;
const KM_PER_DEG = (Math.PI * 6371.0088) / 180;
function nearestBox(tree, pts, p) {
  const cosLat = Math.cos((p[1] * Math.PI) / 180);
  for (let boxKm = 2; ; boxKm *= 2) {
    const dLat = (boxKm * 1.01) / KM_PER_DEG,
      dLng = dLat / cosLat;
    let best = -1,
      bestKm = Infinity;
    for (const i of tree.range(p[0] - dLng, p[1] - dLat, p[0] + dLng, p[1] + dLat)) {
      const d = km(p, pts[i].at);
      if (d <= boxKm && d < bestKm) {
        bestKm = d;
        best = i;
      }
    }
    if (best >= 0 || dLat >= 180) return best;
  }
}
const indexed = time(() => sites.map((p) => nearestBox(index, stations, p)), 5);
const geo = time(() => sites.map((p) => around(index, p[0], p[1], 1)[0]), 5);

let same = 0;
const mismatches = [];
for (let i = 0; i < N; i++) {
  const a = naive.out[i],
    b = indexed.out[i];
  // Equal ids, or a tie to within a millimetre (the two use slightly different Earth radii).
  if (a === b || Math.abs(km(sites[i], stations[a].at) - km(sites[i], stations[b].at)) < 1e-6) same++;
  else mismatches.push(i);
}

// One radius query over 10,000 sites: the naive turf loop (spatial.ts radiusQuery) and the index (radiusQueryIndexed).
const siteIndex = (() => {
  const t = new KDBush(N);
  for (const p of sites) t.add(p[0], p[1]);
  return t.finish();
})();
const origin = [116.36204, 40.00012]; // 北沙滩
const R = 2;
const radiusNaive = time(
  () =>
    sites
      .map((p, i) => [i, km(origin, p)])
      .filter(([, d]) => d <= R)
      .sort((a, b) => a[1] - b[1]),
  20,
);
const radiusIndexed = time(() => {
  // As radiusQueryIndexed / nearestIndexed with maxKm: one box around the circle, exact distances inside it.
  const dLat = (R * 1.01) / KM_PER_DEG,
    dLng = dLat / Math.cos((origin[1] * Math.PI) / 180);
  return siteIndex
    .range(origin[0] - dLng, origin[1] - dLat, origin[0] + dLng, origin[1] + dLat)
    .map((i) => [i, km(origin, sites[i])])
    .filter(([, d]) => d <= R)
    .sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}, 200);
const radiusSame =
  radiusNaive.out.length === radiusIndexed.out.length &&
  radiusNaive.out.every(([i], k) => i === radiusIndexed.out[k][0]);

const f = (x) => x.toFixed(2).padStart(9);
console.log(
  `transit benchmark: ${N.toLocaleString('en')} synthetic sites in Haidian's bbox [${[w, s, e, n].map((x) => x.toFixed(3)).join(', ')}], ${stations.length} stations with coordinates`,
);
console.log('');
console.log('nearest station for every site       time (ms)');
console.log(`  naive loop over turf distance   ${f(naive.ms)}`);
console.log(`  kdbush boxes + turf (the app)   ${f(indexed.ms)}   (index build ${build.ms.toFixed(3)} ms)`);
console.log(`  geokdbush around, for reference ${f(geo.ms)}`);
console.log(
  `  speed-up                        ${f(naive.ms / indexed.ms)}×   ${naive.ms / indexed.ms >= 20 ? '(≥ 20×: ok)' : '(below the 20× aim)'}`,
);
console.log(
  `  same answers                    ${same.toLocaleString('en')} / ${N.toLocaleString('en')}${mismatches.length ? `  MISMATCH at ${mismatches.slice(0, 5).join(', ')}` : ''}`,
);
console.log('');
console.log('first sites, side by side            naive (turf loop)              indexed (kdbush boxes)');
for (let i = 0; i < 5; i++) {
  const a = stations[naive.out[i]],
    b = stations[indexed.out[i]];
  const cell = (st) => `${st.id} ${km(sites[i], st.at).toFixed(3)} km`.padEnd(31);
  console.log(`  [${sites[i].map((x) => x.toFixed(4)).join(', ')}]   ${cell(a)}${cell(b)}`);
}
console.log('');
console.log(
  `one radius query (${R} km around 北沙滩) over ${N.toLocaleString('en')} sites: ${radiusNaive.out.length} inside`,
);
console.log(
  `  naive turf loop                 ${f(radiusNaive.ms)}   ${radiusNaive.ms < 10 ? '(< 10 ms: ok)' : '(over 10 ms)'}`,
);
console.log(
  `  indexed                         ${f(radiusIndexed.ms)}   ${radiusIndexed.ms < 10 ? '(< 10 ms: ok)' : '(over 10 ms)'}`,
);
console.log(`  same answers                    ${radiusSame ? 'yes' : 'NO'}`);

if (same !== N || !radiusSame || radiusIndexed.ms >= 10) process.exitCode = 1;
