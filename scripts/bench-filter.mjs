// Issue 4 benchmark: filter change → list and map updated, with 10,000 synthetic parks, measured in the page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

process.env.E2E_DIST = out;
const server = await startServer();
const b = await launch();
try {
  await b.page.addInitScript(
    (input) => {
      window.__benchInput = input;
      window.__benchMode = input.mode;
    },
    { ring, industries, towns, n: 10000, mode: process.env.BENCH_MODE },
  );
  await b.page.goto(server.url);
  await b.page.waitForFunction(() => window.__benchResult, null, { timeout: 180000 });
  const r = await b.page.evaluate(() => window.__benchResult);
  const pct = (xs, p) => [...xs].sort((a, c) => a - c)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  console.log(`Filter change with ${r.n} synthetic parks (${r.total.length} changes), ms:`);
  console.log(`${'step'.padEnd(28)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
  for (const [name, xs] of [
    ['filter + list committed', r.list],
    ['map idle with new filter', r.map],
    ['both updated', r.total],
  ]) {
    console.log(
      `${name.padEnd(28)} ${pct(xs, 50).toFixed(1).padStart(8)} ${pct(xs, 95).toFixed(1).padStart(8)} ${Math.max(...xs)
        .toFixed(1)
        .padStart(8)}`,
    );
  }
  console.log(`target: both updated p95 < 50 ms → ${pct(r.total, 95) < 50 ? 'met' : 'NOT met'}`);
  if (b.offRequests.length) throw new Error(`requests left the machine: ${b.offRequests}`);
} finally {
  await b.close();
  server.stop();
}
