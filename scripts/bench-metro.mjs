// Benchmark (door to door, issue 22), plain node: `node scripts/bench-metro.mjs` (run by `npm run bench`).
//  1. Every park × the 12 default destinations × now and after the plan, both ends of each interval, from a cold
//     network (views and searches built as they are needed), as the app computes them (src/lib/metro).
//  2. One catchment (西二旗, now, ~6,900 cells of 250 m): the app's way — one search per bound from the destination,
//     then each cell's walkable stations (src/lib/metro/reach.ts cellTimes) — against a naive search per cell (a
//     forward search from the cell's stations, read at the destination), timed on an evenly spaced sample of cells and
//     scaled to all. Runs alternate; medians. Aim: ≥ 50× faster. Both are reported with their absolute times.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLib, placedFeatures } from './bench-sites.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel) => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));
const { prepareMetro, doorToDoor, walkableStations, pointKm } = await loadLib('src/lib/metro/door-to-door.ts');
const { reachGrid, cellTimes } = await loadLib('src/lib/metro/reach.ts');
const { searchFrom } = await loadLib('src/lib/metro/search.ts');
const { MODEL, walkMin } = await loadLib('src/lib/metro/model.ts');
const { DEFAULT_DESTINATIONS } = await loadLib('src/lib/metro/destinations.ts');

const net = read('geo/metro-network.json');
const boundary = read('geo/boundary.geojson').features[0];
const { outerRings } = await loadLib('src/lib/region.ts');
const parks = await placedFeatures('data/parks.geojson');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// 1. Parks × destinations × scenarios.
const tripTimes = [];
let trips = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const metro = prepareMetro(net);
  trips = 0;
  for (const park of parks) {
    const access = walkableStations(park.region, metro);
    for (const d of DEFAULT_DESTINATIONS)
      for (const scenario of ['now', 'plan']) {
        doorToDoor(park.region, { kind: 'station', id: d.id }, metro, { scenario, direction: 'to' }, access);
        trips += 1;
      }
  }
  tripTimes.push(performance.now() - t0);
}
const tripMs = median(tripTimes);
console.log(
  `door to door: ${parks.length} parks × ${DEFAULT_DESTINATIONS.length} destinations × 2 scenarios = ${trips} intervals (both ends) in ${tripMs.toFixed(0)} ms from a cold network (median of ${RUNS}; ${((tripMs / trips) * 1000).toFixed(0)} µs each)`,
);

// 2. One catchment, fast vs naive.
const grid = reachGrid(outerRings(boundary.geometry));
const dest = { kind: 'station', id: 'xierqi' };
const destAt = net.stations.find((s) => s.id === 'xierqi').coordinates;
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 300);
const step = Math.max(1, Math.floor(grid.count / SAMPLE));
const half = (grid.cellKm * Math.SQRT2) / 2;
function naiveCell(metro, c) {
  for (const bound of ['low', 'high']) {
    const view = metro.view('now', bound, 'forward');
    const at = [grid.centres[2 * c], grid.centres[2 * c + 1]];
    const sources = new Float64Array(view.stationIds.length).fill(Infinity);
    for (const site of metro.sites) {
      const d = pointKm(at, site.at);
      const km = bound === 'low' ? Math.max(0, d - half) : d + half;
      if (km <= MODEL.maxWalkKm) sources[site.index] = walkMin(km, bound);
    }
    searchFrom(view, sources);
    void destAt;
  }
}
const fast = [];
const naive = [];
for (let r = 0; r < RUNS; r++) {
  for (const which of r % 2 ? ['naive', 'fast'] : ['fast', 'naive']) {
    const metro = prepareMetro(net);
    metro.view('now', 'low', 'forward');
    metro.view('now', 'high', 'forward');
    metro.view('now', 'low', 'backward');
    metro.view('now', 'high', 'backward');
    const t0 = performance.now();
    if (which === 'fast') {
      cellTimes(grid, metro, dest, 'now');
      fast.push(performance.now() - t0);
    } else {
      let n = 0;
      for (let c = 0; c < grid.count; c += step, n++) naiveCell(metro, c);
      naive.push(((performance.now() - t0) / n) * grid.count);
    }
  }
}
const fastMs = median(fast);
const naiveMs = median(naive);
console.log(
  `catchment (西二旗, now, ${grid.count} cells of ${grid.cellKm * 1000} m): one search per bound ${fastMs.toFixed(0)} ms; a naive search per cell ${(naiveMs / 1000).toFixed(1)} s (timed on every ${step}th cell, scaled); ${(naiveMs / fastMs).toFixed(0)}× faster (aim ≥ 50×) ${naiveMs / fastMs >= 50 ? 'PASS' : 'FAIL'}`,
);
