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

/**
 * Imports src/lib modules in plain node: every .ts file under src/lib transpiled with TypeScript into a temporary
 * folder (their `./x.ts` imports pointed at the transpiled `.mjs`), then `rel` imported from there. For modules whose
 * runtime imports stay inside src/lib (type imports are erased).
 */
export async function loadLib(rel) {
  const { mkdtempSync, readdirSync, mkdirSync, writeFileSync, statSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  const ts = (await import('typescript')).default;
  loadLib.dir ??= (() => {
    const out = mkdtempSync(path.join(tmpdir(), 'bench-lib-'));
    const walk = (dir) => {
      for (const name of readdirSync(path.join(ROOT, dir))) {
        const rel = path.join(dir, name);
        if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel);
        else if (name.endsWith('.ts')) {
          const js = ts
            .transpileModule(readFileSync(path.join(ROOT, rel), 'utf8'), {
              compilerOptions: {
                module: ts.ModuleKind.ESNext,
                target: ts.ScriptTarget.ES2022,
                verbatimModuleSyntax: false,
              },
            })
            .outputText.replace(/(from\s+'\.{1,2}\/[^']+)\.ts'/g, "$1.mjs'")
            .replace(/(import\('\.{1,2}\/[^']+)\.ts'\)/g, "$1.mjs')");
          mkdirSync(path.join(out, dir), { recursive: true });
          writeFileSync(path.join(out, rel.replace(/\.ts$/, '.mjs')), js);
        }
      }
    };
    walk('src/lib');
    return out;
  })();
  return import(pathToFileURL(path.join(loadLib.dir, rel.replace(/\.ts$/, '.mjs'))).href);
}

/**
 * The features of a data file (`data/parks.geojson`, `data/plan-projects.geojson`) as the app places them: their
 * properties, their point, and their placement region (src/lib/region.ts; a town-level point clipped to its town).
 */
export async function placedFeatures(rel) {
  const { regionOf, outerRings } = await loadLib('src/lib/region.ts');
  const { lngLatInRing } = await loadLib('src/lib/interval.ts');
  const read = (r) => JSON.parse(readFileSync(path.join(ROOT, r), 'utf8'));
  const towns = read('geo/towns.geojson').features;
  const townAt = ([x, y]) =>
    towns.find((t) => outerRings(t.geometry).some((r) => lngLatInRing(r, x, y)))?.geometry ?? null;
  return read(rel).features.map((f) => ({
    ...f.properties,
    coordinates: f.geometry.coordinates,
    region: regionOf(
      f.geometry.coordinates,
      f.properties.geocode,
      f.properties.geocode.precision === 'town' ? townAt(f.geometry.coordinates) : null,
    ),
  }));
}
