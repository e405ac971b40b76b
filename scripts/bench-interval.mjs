// Benchmark (honest distances): the interval of the distance to the nearest station for 10,000 synthetic parks with
// 1–4 km placement discs against the project's stations, as src/lib/transit.ts computes it (kdbush picks the stations
// that can matter, src/lib/interval.ts finds the extremes). Aim: under 300 ms in Node on the 2-core machine.
// Plain node: `node scripts/bench-interval.mjs`. Deterministic (seeded PRNG). For a baseline in the same run it also
// times the point distance to the nearest station (what the app stated before intervals) over the same sites.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import KDBush from 'kdbush';
import { distance } from '@turf/turf';
import { districtBbox, loadLib, seededRandom } from './bench-sites.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel) => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));

const { rangeToNearest } = await loadLib('src/lib/interval.ts');

const N = Number(process.env.BENCH_SITES ?? 10000);
const stations = read('geo/transit-stations.geojson')
  .features.filter((f) => f.geometry)
  .map((f) => ({
    at: f.geometry.coordinates,
    uncertaintyKm: f.properties.indicative ? (f.properties.provenance.accuracyM ?? 0) / 1000 : 0,
  }));
const maxU = Math.max(...stations.map((s) => s.uncertaintyKm));

const [w, s, e, n] = districtBbox();
const rand = seededRandom(20251128); // the same sites on every run
const parks = Array.from({ length: N }, () => ({
  center: [w + rand() * (e - w), s + rand() * (n - s)],
  radiusKm: 1 + rand() * 3,
  rings: null,
}));

const tree = new KDBush(stations.length, 8);
for (const st of stations) tree.add(st.at[0], st.at[1]);
tree.finish();
const KM_LAT = (Math.PI * 6371.0088) / 180;
const km = (a, b) => distance(a, b, { units: 'kilometers' });
/** Stations in the box around `c` that holds the circle of `r` km (as src/lib/spatial.ts indexedInBox). */
function inBox(c, r) {
  const dLat = (r * 1.01) / KM_LAT,
    dLng = dLat / Math.max(0.01, Math.cos((c[1] * Math.PI) / 180));
  return tree.range(c[0] - dLng, c[1] - dLat, c[0] + dLng, c[1] + dLat);
}
/** Stations within `r` km of `c` (box query, exact filter), as in src/lib/spatial.ts nearestIndexed. */
const within = (c, r) => inBox(c, r).filter((i) => km(c, stations[i].at) <= r);
function nearestKm(c) {
  for (let r = 2; ; r *= 2) {
    const hits = within(c, r);
    if (hits.length) return Math.min(...hits.map((i) => km(c, stations[i].at)));
  }
}

const point = () => parks.map((p) => nearestKm(p.center));
const intervals = () =>
  parks.map((p) => {
    const d = nearestKm(p.center);
    const sites = inBox(p.center, d + 2 * p.radiusKm + maxU).map((i) => stations[i]);
    return rangeToNearest(p, sites);
  });

const time = (fn) => {
  const t0 = process.hrtime.bigint();
  const out = fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, out];
};
point();
intervals(); // warm-up
const tp = [],
  ti = [];
let result;
for (let k = 0; k < 5; k++) {
  tp.push(time(point)[0]);
  const [t, out] = time(intervals);
  ti.push(t);
  result = out;
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const widths = result.map((r) => r.farKm - r.nearKm).sort((a, b) => a - b);
console.log(
  `interval to nearest station, ${N} parks (1–4 km discs) × ${stations.length} stations: median ${med(ti).toFixed(0)} ms (aim < 300 ms)`,
);
console.log(
  `  baseline, point distance only, same sites: median ${med(tp).toFixed(0)} ms → intervals cost ${(med(ti) / med(tp)).toFixed(1)}×`,
);
const tc = [];
for (let k = 0; k < 3; k++)
  tc.push(time(() => parks.map((p) => inBox(p.center, nearestKm(p.center) + 2 * p.radiusKm + maxU).length))[0]);
console.log(
  `  of which choosing candidate stations: median ${med(tc).toFixed(0)} ms; largest station uncertainty ${maxU} km`,
);
console.log(
  `  interval widths: median ${med(widths).toFixed(2)} km, min ${widths[0].toFixed(2)}, max ${widths.at(-1).toFixed(2)}; none NaN: ${result.every((r) => Number.isFinite(r.nearKm) && Number.isFinite(r.farKm))}`,
);
