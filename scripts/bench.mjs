// `npm run bench` (issues 15 and 24): the app against a bare MapLibre page (same maplibre-gl version, one polygon) and
// against a bare page drawing the app's exact start-up map (same content: style, sources, fonts, camera and map size,
// captured from the built app on each profile; scripts/bench-same/), loads alternated between the three (the order
// alternating too), each in a fresh browser. Two profiles (BENCH_PROFILE=desktop|phone|both, default both):
// - desktop (1152 × 720, as in issue 15): start-up JavaScript (gzip), navigation → first map idle, the park list's
//   first contentful paint, and the filter change with 10,000 parks against one forced redraw (scripts/bench-filter.mjs);
//   BENCH_RUNS loads per page (default 5);
// - phone (scripts/bench-phone.mjs: 390 × 844, DPR 2, touch, CPU 4× slower through the DevTools protocol): first
//   contentful paint and first map idle, then interaction latency (event → next paint, Event Timing, p75) for scripted
//   taps and typing on every app load; BENCH_RUNS cold loads per page (default 4); BENCH_CPUPROFILE=<dir> adds one
//   uncounted load with CPU profiles of the interactions.
// Prints every target of issue 24 with pass or fail (and issue 15's, on desktop), as ratios from this one run, and
// writes the figures as JSON to BENCH_OUT (default /tmp/haidian-bench.json). Then the other features' benchmarks, if
// present (BENCH_TARGETS_ONLY=1 skips them). Exits 1 when a load or a benchmark fails, not when a target is missed.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch } from './browser.mjs';
import {
  firstLine,
  INTERACTIONS,
  PHONE,
  profilePhone,
  reportPhone,
  runPhone,
  waitForMapIdleMark,
} from './bench-phone.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Loads per page: BENCH_RUNS, else 5 on desktop (as in issue 15) and 4 on the phone (issue 24). */
function runsFor(fallback) {
  const n = Number(process.env.BENCH_RUNS ?? fallback);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_RUNS}`);
  return n;
}
const PROFILE = process.env.BENCH_PROFILE ?? 'both';
if (!['desktop', 'phone', 'both'].includes(PROFILE))
  throw new Error(`BENCH_PROFILE must be desktop, phone or both, not ${PROFILE}`);
const DESKTOP = PROFILE !== 'phone';
const PHONE_ON = PROFILE !== 'desktop';
const RUNS = runsFor(5);
const PHONE_RUNS = runsFor(4);
const OUT = process.env.BENCH_OUT ?? '/tmp/haidian-bench.json';
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

/** The app's start-up style, camera and map box after its first idle, for the same-content page (`options`: launch's). */
async function captureAppStyle(url, options = {}) {
  const b = await launch(options);
  try {
    await b.page.goto(url, { timeout: 90000 });
    await waitForMapIdleMark(b.page, 90000);
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

/** Writes the same-content page's `file` (a copy of its built index.html) with a captured start-up map. */
function writeSamePage(file, captured) {
  const built = path.join(sameDir, 'index.html');
  if (file !== built) copyFileSync(built, file);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      /(<script id="bench-style" type="application\/json">)[\s\S]*?(<\/script>)/,
      (_m, a, z) => `${a}${JSON.stringify(captured).replace(/</g, '\\u003c')}${z}`,
    ),
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const appDist = '/tmp/haidian-bench-app';
const bareDist = '/tmp/haidian-bench-bare';
const sameDir = path.join(appDist, 'bench-same');
const started = Date.now();
const minutes = () => `${((Date.now() - started) / 60000).toFixed(1)} min`;
build(null, appDist);
build(path.join('scripts', 'bench-bare'), bareDist);
// The same-content page is served from the app's own folder, so the style's font URLs resolve as in the app.
build(path.join('scripts', 'bench-same'), sameDir, ['--base', '/bench-same/']);

const appServer = await startServer({ dist: appDist });
const bareServer = await startServer({ dist: bareDist });
const results = { bare: [], same: [], app: [] };
let phone = null;
let filter = null;
const failures = [];
try {
  if (DESKTOP) {
    writeSamePage(path.join(sameDir, 'index.html'), await captureAppStyle(`${appServer.url}${QUERY}`));
    const variants = {
      bare: () => once(bareServer.url, { list: false }),
      same: () => once(`${appServer.url}bench-same/`, { list: false }),
      app: () => once(`${appServer.url}${QUERY}`, { list: true }),
    };
    console.log(`Desktop: ${RUNS} loads per page…`);
    for (let i = 0; i < RUNS; i++) {
      // Alternate the order too, so no variant always follows the same one.
      const order = i % 2 ? ['app', 'same', 'bare'] : ['bare', 'same', 'app'];
      for (const v of order) results[v].push(await variants[v]());
    }
  }
  if (PHONE_ON) {
    // The phone's own start-up map: its size and first camera differ from the desktop's.
    writeSamePage(path.join(sameDir, 'phone.html'), await captureAppStyle(`${appServer.url}${QUERY}`, PHONE));
    console.log(`Phone: ${PHONE_RUNS} cold loads per page, interactions on each app load (${minutes()} so far)…`);
    const urls = {
      app: `${appServer.url}${QUERY}`,
      same: `${appServer.url}bench-same/phone.html`,
      bare: bareServer.url,
    };
    phone = await runPhone(urls, { runs: PHONE_RUNS });
    failures.push(...phone.errors);
    if (process.env.BENCH_CPUPROFILE) {
      try {
        phone.cpuProfiles = await profilePhone(urls.app, path.resolve(process.env.BENCH_CPUPROFILE));
      } catch (e) {
        failures.push(`phone CPU profiles: ${firstLine(e)}`);
      }
    }
  }
} finally {
  appServer.stop();
  bareServer.stop();
  rmSync(sameDir, { recursive: true, force: true });
}

if (DESKTOP) {
  // Filter change with 10,000 parks, the app's way (feature-state): its own page and browser.
  const filterJson = '/tmp/haidian-bench-filter.json';
  rmSync(filterJson, { force: true });
  const fr = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-filter.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BENCH_MODE: 'state', BENCH_JSON: filterJson },
  });
  if (fr.status === 0 && existsSync(filterJson)) filter = JSON.parse(readFileSync(filterJson, 'utf8')).state;
  else failures.push('scripts/bench-filter.mjs failed');
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => (n == null ? '—' : `${n.toFixed(0)} ms`);
const med = (v, k) => median(results[v].map((r) => r[k]).filter((x) => x != null));
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))];
/** Issue 24's targets: [profile, measure, value, target, unit]. */
const targets = [];
const json = { date: new Date().toISOString(), profile: PROFILE };

if (DESKTOP) {
  console.log(`\nDesktop (1152 × 720) start-up, median of ${RUNS} runs each (alternated, fresh browser per run):`);
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
  console.log('\nIssue 15 targets, desktop (ratios from this run):');
  console.log(`${'measure'.padEnd(64)} ${'ratio'.padStart(7)} ${'target'.padStart(8)}  result`);
  for (const [name, ratio, target] of rows) {
    const verdict = target == null ? '' : Number.isFinite(ratio) && ratio <= target ? 'pass' : 'FAIL';
    console.log(
      `${name.padEnd(64)} ${(Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a').padStart(7)} ${(target ? `≤ ${target}×` : '').padStart(8)}  ${verdict}`,
    );
  }
  const page = (v) => ({
    n: results[v].length,
    jsGzipBytes: median(results[v].map((r) => r.bytes)),
    dataGzipBytes: v === 'app' ? med(v, 'dataBytes') : null,
    fcp: med(v, 'fcp'),
    listPaint: v === 'app' ? med(v, 'list') : null,
    idle: med(v, 'idle'),
    idleRuns: results[v].map((r) => Math.round(r.idle)),
  });
  json.desktop = {
    runs: RUNS,
    viewport: '1152x720',
    pages: { app: page('app'), same: page('same'), bare: page('bare') },
    issue15: rows.map(([measure, ratio, target]) => ({ measure: measure.trim(), ratio, target })),
    filter: filter ? { mapP95: p95(filter.map), redrawP95: p95(filter.redraw) } : null,
  };
  targets.push(
    ['desktop', 'map idle, app / same content', med('app', 'idle') / med('same', 'idle'), 1.2, '×'],
    ['desktop', 'start-up JavaScript (gzip), app / bare', med('app', 'bytes') / med('bare', 'bytes'), 1.35, '×'],
  );
}

if (phone) {
  const r = reportPhone(phone);
  json.phone = {
    runs: phone.runs,
    cyclesPerAppLoad: phone.cycles,
    viewport: '390x844',
    deviceScaleFactor: PHONE.contextOptions.deviceScaleFactor,
    cpuSlowdown: phone.cpuSlowdown,
    ...r,
    errors: phone.errors,
    cpuProfiles: phone.cpuProfiles
      ? Object.fromEntries(
          Object.entries(phone.cpuProfiles).map(([k, p]) => [k, { file: p.file, durations: p.durations }]),
        )
      : undefined,
  };
  targets.push(
    ['phone', 'first contentful paint, app / bare', r.ratios.fcpAppBare, 1.3, '×'],
    ['phone', 'map idle, app / same content', r.ratios.idleAppSame, 1.2, '×'],
    ...INTERACTIONS.filter(([, , target]) => target).map(([k, label]) => [
      'phone',
      `${label}: p75 (n = ${r.interactions[k].n})`,
      r.interactions[k].p75,
      200,
      ' ms',
    ]),
  );
}

console.log(`\nIssue 24 targets (from this run${PROFILE === 'both' ? '' : `; ${PROFILE} profile only`}):`);
console.log(`${'profile'.padEnd(8)} ${'measure'.padEnd(56)} ${'value'.padStart(9)} ${'target'.padStart(10)}  result`);
const fmt = (v, unit) =>
  v == null || !Number.isFinite(v) ? 'n/a' : unit === '×' ? `${v.toFixed(2)}×` : `${v.toFixed(0)} ms`;
json.targets = targets.map(([profile, measure, value, target, unit]) => {
  const pass = value != null && Number.isFinite(value) && value <= target;
  console.log(
    `${profile.padEnd(8)} ${measure.padEnd(56)} ${fmt(value, unit).padStart(9)} ${`≤ ${unit === '×' ? `${target}×` : `${target} ms`}`.padStart(10)}  ${pass ? 'PASS' : 'FAIL'}`,
  );
  return { profile, measure, value, target, unit: unit.trim(), pass };
});
json.failures = failures;
json.minutes = Number(((Date.now() - started) / 60000).toFixed(2));
// Fractions to 3 decimals.
const round = (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
writeFileSync(OUT, `${JSON.stringify(json, round, 2)}\n`);
console.log(`(figures in ${OUT}; bench so far ${minutes()})`);
if (failures.length) {
  console.log(`\n${failures.length} failure(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = 1;
}

if (process.env.BENCH_TARGETS_ONLY !== '1')
  for (const extra of ['bench-transit.mjs', 'bench-interval.mjs', 'bench-metro.mjs', 'bench-ranking.mjs']) {
    const file = path.join(ROOT, 'scripts', extra);
    if (!existsSync(file)) continue;
    console.log(`\n— ${extra}`);
    const r = spawnSync(process.execPath, [file], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
