// Shared by the node benchmarks: Haidian's bounding box from the district outline, and a seeded PRNG so that the
// synthetic sites are the same on every run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** [west, south, east, north] of geo/boundary.geojson. */
export function districtBbox() {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
    } else c.forEach(visit);
  };
  JSON.parse(readFileSync(path.join(ROOT, 'geo/boundary.geojson'), 'utf8')).features.forEach((f) =>
    visit(f.geometry.coordinates),
  );
  return [w, s, e, n];
}

/** mulberry32: a deterministic generator of numbers in [0, 1) from `seed`. */
export function seededRandom(seed) {
  let state = seed;
  return () => {
    state |= 0;
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
