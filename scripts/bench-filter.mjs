// Issues 4 and 15 benchmark: filter change → list and map updated, with 10,000 synthetic parks, measured in the page
// (scripts/bench-filter/main.tsx), against one forced redraw of the same map. Runs the app's way (feature-state,
// 'state') and the way before issue 15 (layer filters, 'filter'), each in a fresh browser; BENCH_MODE=state|filter runs
// one. Circles and rings only, as measured in issue 15; BENCH_LABELS=1 adds the names. BENCH_JSON=<file> also writes the figures there (for scripts/bench.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = '/tmp/haidian-bench-filter';
execFileSync(
  process.execPath,
  [
    path.join(ROOT, 'node_modules/vite/bin/vite.js'),
    'build',
    'scripts/bench-filter',
    '--logLevel',
    'error',
    '--outDir',
    out,
    '--emptyOutDir',
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
const boundary = JSON.parse(readFileSync(path.join(ROOT, 'geo/boundary.geojson'), 'utf8')).features[0].geometry;
const ring = boundary.type === 'Polygon' ? boundary.coordinates[0] : boundary.coordinates[0][0];
const parks = JSON.parse(readFileSync(path.join(ROOT, 'data/parks.geojson'), 'utf8')).features.map((f) => f.properties);
const industries = JSON.parse(readFileSync(path.join(ROOT, 'data/industries.json'), 'utf8')).map((i) => i.id);
const towns = [...new Map(parks.map((p) => [p.town.en, { zh: p.town.zh, en: p.town.en }])).values()];
/** BENCH_LABELS=1 adds the park names (slow: seconds per change with 10,000 names); BENCH_N sets the park count. */
const LABELS = process.env.BENCH_LABELS === '1';
const N = Number(process.env.BENCH_N ?? 10000);
const modes = process.env.BENCH_MODE ? [process.env.BENCH_MODE] : ['state', 'filter'];

/** The p-th percentile (nearest rank). */
export const pct = (xs, p) => [...xs].sort((a, c) => a - c)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const server = await startServer({ dist: out });
const results = {};
try {
  for (const mode of modes) {
    const b = await launch();
    try {
      await b.page.addInitScript(
        (input) => {
          window.__benchInput = input;
          window.__benchMode = input.mode;
          window.__benchLabels = input.labels;
        },
        { ring, industries, towns, n: N, mode, labels: LABELS },
      );
      await b.page.goto(server.url);
      await b.page.waitForFunction(() => window.__benchResult, null, { timeout: 300000 });
      const r = await b.page.evaluate(() => window.__benchResult);
      if (b.offRequests.length) throw new Error(`requests left the machine: ${b.offRequests}`);
      if (b.errors.length) throw new Error(`page errors: ${b.errors}`);
      results[mode] = r;
      const label = `${mode === 'state' ? 'feature-state (the app)' : 'layer filters (before issue 15)'}${LABELS ? ', with names' : ''}`;
      console.log(`\nFilter change with ${r.n} synthetic parks, ${label} (${r.total.length} changes), ms:`);
      console.log(`${'step'.padEnd(30)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
      for (const [name, xs] of [
        ['filter + list committed', r.list],
        ['map idle with new filter', r.map],
        ['both updated', r.total],
        ['one forced redraw', r.redraw],
      ]) {
        console.log(
          `${name.padEnd(30)} ${pct(xs, 50).toFixed(1).padStart(8)} ${pct(xs, 95).toFixed(1).padStart(8)} ${Math.max(
            ...xs,
          )
            .toFixed(1)
            .padStart(8)}`,
        );
      }
      const ratio = pct(r.map, 95) / pct(r.redraw, 95);
      console.log(`map idle p95 / forced redraw p95: ${ratio.toFixed(2)}× (target ≤ 1.25×)`);
    } finally {
      await b.close();
    }
  }
} finally {
  server.stop();
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results));
