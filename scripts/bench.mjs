// `npm run bench` (issue 15): the app against a bare MapLibre page (same maplibre-gl version) and against a bare page
// drawing the app's exact start-up style (same content: view, layers, sources, fonts; scripts/bench-same/), runs
// alternated between the three, each in a fresh browser. Reports every target of issue 15 as a ratio from this one run:
// start-up JavaScript, navigation → first map idle, the park list's first contentful paint, and the filter change
// with 10,000 parks against one forced redraw (scripts/bench-filter.mjs). Then the other features' benchmarks, if present
// (BENCH_TARGETS_ONLY=1 skips them).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const QUERY = '?lang=zh';

function build(root, outDir, extra = []) {
  execFileSync(
    process.execPath,
    [vite, 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir', ...extra, ...(root ? [root] : [])],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/**
 * In the page, before any script: marks every element of the park list for Element Timing as it is added (the
 * attribute must be there when it first paints), and records a fallback time: the frame after the first rows exist.
 */
function watchParkList() {
  const mark = (el) => {
    el.setAttribute('elementtiming', 'park-list');
    for (const c of el.querySelectorAll('*')) c.setAttribute('elementtiming', 'park-list');
  };
  window.__listPaint = { element: null, frame: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === 'park-list' && window.__listPaint.element === null)
        window.__listPaint.element = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        const inList = n.matches('.park-list') || n.closest('.park-list') ? n : n.querySelector('.park-list');
        if (!inList) continue;
        mark(inList);
        if (window.__listPaint.frame === null && document.querySelector('.park-list [data-park-id]'))
          requestAnimationFrame(() => setTimeout(() => (window.__listPaint.frame ??= performance.now()), 0));
      }
  }).observe(document, { childList: true, subtree: true });
}

/** One load in a fresh browser: JS gzip bytes, navigation → first `map-idle` mark, first contentful paint, list paint. */
async function once(url, { list }) {
  const b = await launch();
  const scripts = new Map();
  const data = new Map();
  b.context.on('response', async (res) => {
    const u = res.url();
    // The app's data comes as JSON fetched before it runs (virtual:app-data): counted apart from the JavaScript.
    const into = /\.(m?js)(\?|$)/.test(u) ? scripts : /\/app-data-[\w-]+\.json(\?|$)/.test(u) ? data : null;
    if (!into || into.has(u)) return;
    into.set(u, 0);
    try {
      into.set(u, gzipSync(await res.body()).length);
    } catch {
      /* body gone */
    }
  });
  try {
    if (list) await b.page.addInitScript(watchParkList);
    await b.page.goto(url);
    await b.page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout: 90000 });
    await new Promise((r) => setTimeout(r, 300));
    const r = await b.page.evaluate(() => ({
      idle: performance.getEntriesByName('map-idle')[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      list: window.__listPaint ? (window.__listPaint.element ?? window.__listPaint.frame) : null,
      listHow: window.__listPaint?.element != null ? 'element timing' : 'frame after rows',
    }));
    if (b.offRequests.length) throw new Error(`requests left the machine: ${b.offRequests}`);
    const sum = (m) => [...m.values()].reduce((s, n) => s + n, 0);
    return { ...r, bytes: sum(scripts), dataBytes: sum(data) };
  } finally {
    await b.close();
  }
}

/** The app's start-up style, camera and map box after its first idle, for the same-content page. */
async function captureAppStyle(url) {
  const b = await launch();
  try {
    await b.page.goto(url);
    await b.page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout: 90000 });
    return await b.page.evaluate(() => {
      const m = window.__haidianMap;
      const c = m.getCenter();
      const r = m.getContainer().getBoundingClientRect();
      return {
        style: m.getStyle(),
        camera: { center: [c.lng, c.lat], zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() },
        box: { left: r.left, top: r.top, width: r.width, height: r.height },
      };
    });
  } finally {
    await b.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const appDist = '/tmp/haidian-bench-app';
const bareDist = '/tmp/haidian-bench-bare';
const sameDir = path.join(appDist, 'bench-same');
const started = Date.now();
build(null, appDist);
build(path.join('scripts', 'bench-bare'), bareDist);
// The same-content page is served from the app's own folder, so the style's font URLs resolve as in the app.
build(path.join('scripts', 'bench-same'), sameDir, ['--base', '/bench-same/']);

const appServer = await startServer({ dist: appDist });
const bareServer = await startServer({ dist: bareDist });
const results = { bare: [], same: [], app: [] };
let filter = null;
try {
  const captured = await captureAppStyle(`${appServer.url}${QUERY}`);
  const html = path.join(sameDir, 'index.html');
  writeFileSync(
    html,
    readFileSync(html, 'utf8').replace(
      /(<script id="bench-style" type="application\/json">)[\s\S]*?(<\/script>)/,
      (_m, a, z) => `${a}${JSON.stringify(captured).replace(/</g, '\\u003c')}${z}`,
    ),
  );
  const variants = {
    bare: () => once(bareServer.url, { list: false }),
    same: () => once(`${appServer.url}bench-same/`, { list: false }),
    app: () => once(`${appServer.url}${QUERY}`, { list: true }),
  };
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order too, so no variant always follows the same one.
    const order = i % 2 ? ['app', 'same', 'bare'] : ['bare', 'same', 'app'];
    for (const v of order) results[v].push(await variants[v]());
  }
} finally {
  appServer.stop();
  bareServer.stop();
  rmSync(sameDir, { recursive: true, force: true });
}

// Filter change with 10,000 parks, the app's way (feature-state): its own page and browser.
const filterJson = '/tmp/haidian-bench-filter.json';
rmSync(filterJson, { force: true });
const fr = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-filter.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, BENCH_MODE: 'state', BENCH_JSON: filterJson },
});
if (fr.status === 0 && existsSync(filterJson)) filter = JSON.parse(readFileSync(filterJson, 'utf8')).state;

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => (n == null ? '—' : `${n.toFixed(0)} ms`);
const med = (v, k) => median(results[v].map((r) => r[k]).filter((x) => x != null));
console.log(`\nStart-up, median of ${RUNS} runs each (alternated, fresh browser per run):`);
console.log(
  `${'page'.padEnd(34)} ${'JS gzip'.padStart(11)} ${'FCP'.padStart(8)} ${'list paint'.padStart(11)} ${'map idle'.padStart(9)}   idle runs`,
);
for (const [v, name] of [
  ['bare', 'bare MapLibre'],
  ['same', 'same content (app style, bare page)'],
  ['app', 'Haidian Site Finder'],
]) {
  const rs = results[v];
  console.log(
    `${name.slice(0, 34).padEnd(34)} ${kib(median(rs.map((r) => r.bytes))).padStart(11)} ${ms(med(v, 'fcp')).padStart(8)} ${ms(
      v === 'app' ? med(v, 'list') : null,
    ).padStart(11)} ${ms(med(v, 'idle')).padStart(9)}   ${rs.map((r) => r.idle.toFixed(0)).join(' ')}`,
  );
}
const listHow = [...new Set(results.app.map((r) => r.listHow))].join(', ');
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))];
const rows = [
  ['Start-up JavaScript, app / bare', med('app', 'bytes') / med('bare', 'bytes'), 1.35],
  [
    `  with the app's data file (${kib(med('app', 'dataBytes'))} JSON), app / bare`,
    (med('app', 'bytes') + med('app', 'dataBytes')) / med('bare', 'bytes'),
    null,
  ],
  ['Navigation → first map idle, app / bare', med('app', 'idle') / med('bare', 'idle'), 2.5],
  ['  app / same content (app overhead)', med('app', 'idle') / med('same', 'idle'), 1.2],
  ['  same content / bare (content)', med('same', 'idle') / med('bare', 'idle'), null],
  [`Park list paint / bare FCP (${listHow})`, med('app', 'list') / med('bare', 'fcp'), 2],
  [
    'Filter change, 10,000 parks: map idle p95 / forced redraw p95',
    filter ? p95(filter.map) / p95(filter.redraw) : NaN,
    1.25,
  ],
];
console.log('\nIssue 15 targets (ratios from this run):');
console.log(`${'measure'.padEnd(64)} ${'ratio'.padStart(7)} ${'target'.padStart(8)}  result`);
for (const [name, ratio, target] of rows) {
  const verdict = target == null ? '' : Number.isFinite(ratio) && ratio <= target ? 'pass' : 'FAIL';
  console.log(
    `${name.padEnd(64)} ${(Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a').padStart(7)} ${(target ? `≤ ${target}×` : '').padStart(8)}  ${verdict}`,
  );
}
console.log(`(bench so far ${((Date.now() - started) / 60000).toFixed(1)} min)`);

if (process.env.BENCH_TARGETS_ONLY !== '1')
  for (const extra of ['bench-transit.mjs', 'bench-interval.mjs', 'bench-metro.mjs', 'bench-ranking.mjs']) {
    const file = path.join(ROOT, 'scripts', extra);
    if (!existsSync(file)) continue;
    console.log(`\n— ${extra}`);
    const r = spawnSync(process.execPath, [file], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
