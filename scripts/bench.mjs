// `npm run bench`: the app against a bare MapLibre page (same maplibre-gl), side by side:
// gzip bytes of all JavaScript loaded at start (worker included) and median time from navigation to first map idle
// over 5 runs, each in a fresh browser. Then the benchmarks of the other features, if present.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');

function build(root, outDir) {
  execFileSync(
    process.execPath,
    [vite, 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir', ...(root ? [root] : [])],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

async function measure(label, outDir, waitFor) {
  process.env.E2E_DIST = outDir;
  const server = await startServer();
  const times = [];
  let bytes = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const b = await launch();
      const scripts = new Map();
      b.context.on('response', async (res) => {
        const url = res.url();
        if (!/\.(m?js)(\?|$)/.test(url) || scripts.has(url)) return;
        scripts.set(url, 0);
        try {
          scripts.set(url, gzipSync(await res.body()).length);
        } catch {
          /* body gone */
        }
      });
      await b.page.goto(`${server.url}${waitFor.query ?? ''}`);
      await b.page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout: 60000 });
      times.push(await b.page.evaluate(() => performance.getEntriesByName('map-idle')[0].startTime));
      await new Promise((r) => setTimeout(r, 300));
      bytes = [...scripts.values()].reduce((s, n) => s + n, 0);
      await b.close();
    }
  } finally {
    server.stop();
    delete process.env.E2E_DIST;
  }
  times.sort((a, b) => a - b);
  return { label, bytes, medianMs: times[Math.floor(RUNS / 2)], times };
}

const appDist = '/tmp/haidian-bench-app';
const bareDist = '/tmp/haidian-bench-bare';
build(null, appDist);
build(path.join('scripts', 'bench-bare'), bareDist);
const bare = await measure('bare MapLibre', bareDist, {});
const app = await measure('Haidian Site Finder', appDist, { query: '?lang=zh' });
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('\nStart-up: JavaScript at start (gzip) and time to first map idle (median of 5, fresh browser each)');
console.log(`${'page'.padEnd(22)} ${'JS gzip'.padStart(12)} ${'idle ms'.padStart(10)}   runs`);
for (const r of [bare, app])
  console.log(
    `${r.label.padEnd(22)} ${kib(r.bytes).padStart(12)} ${r.medianMs.toFixed(0).padStart(10)}   ${r.times.map((t) => t.toFixed(0)).join(' ')}`,
  );
console.log(
  `${'ratio app / bare'.padEnd(22)} ${(app.bytes / bare.bytes).toFixed(2).padStart(11)}× ${(app.medianMs / bare.medianMs).toFixed(2).padStart(9)}×   (aim: ≤ 1.30× bytes, ≤ 1.50× time)`,
);

for (const extra of ['bench-transit.mjs', 'bench-interval.mjs', 'bench-filter.mjs']) {
  const file = path.join(ROOT, 'scripts', extra);
  if (!existsSync(file)) continue;
  console.log(`\n— ${extra}`);
  const r = spawnSync(process.execPath, [file], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
