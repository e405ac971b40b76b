// The phone profile of `npm run bench` (issue 24), run by scripts/bench.mjs (`BENCH_PROFILE=phone npm run bench` runs
// it alone): 390 × 844 CSS px, device pixel ratio 2, touch (isMobile, hasTouch), the CPU slowed 4× through the
// DevTools protocol (Emulation.setCPUThrottlingRate, set before navigation), software WebGL (SwiftShader) as everywhere.
//
// Start-up: cold loads of the app, the same-content page (the app's start-up map captured on this profile, drawn by a
// bare MapLibre page: scripts/bench-same/) and the bare MapLibre page, alternated within the run (the order alternates
// too), a fresh browser each: first contentful paint (paint timing) and the first `map-idle` mark.
//
// Interaction latency, after each cold load of the app reaches map idle: event → next paint, the way INP measures it
// (Event Timing API: entries of 16 ms or more, grouped by interactionId, an interaction's longest `duration`; a tap or
// key with no entry took under 16 ms and counts as 16). Scripted with Playwright's touchscreen (a tap at a point checked
// to be on the element, once it has stopped moving) and key presses, each action on a quiet page (map idle, two frames)
// and checked for its effect before the next. The sheet goes to half height (not measured), then per cycle:
// - tap the search box and type "xi", two keys 150 ms apart: the first time in a page apart from later times, each also
//   timed as "key → options visible", the first keydown to the end of the first frame rendered with the options list
//   (the first time loads the gazetteer);
// - open a park from the list, and go back;
// - an industry chip on, and off (two samples);
// - the header menu's After, and Now (two samples; the menu opens and closes unmeasured);
// - tap a park circle on the map (a point above the sheet, on the canvas, with no plan project under it), and go back.
// Cycles per load: enough for 8 samples of each interaction over the run. BENCH_CPUPROFILE=<dir> adds one more app
// load, not counted, that saves a CPU profile (Profiler, CDP) of each interaction's first occurrence there and prints
// where the time goes, within the interaction and around it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { MARK_URL, profileSummary } from './bench-phone/cpu-profile.mjs';

/** The phone: browser options for `launch` (scripts/browser.mjs). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  contextOptions: { deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
const CPU_SLOWDOWN = 4;
/** Fewest samples per interaction over a run. */
const MIN_SAMPLES = 8;
/** Time between the two typed keys (ms): a quick thumb. */
const KEY_GAP_MS = 150;
/** What a key or tap without an Event Timing entry counts as: the API reports only durations of 16 ms or more. */
const UNDER_THRESHOLD_MS = 16;
const LOAD_TIMEOUT = 120000;
/** How long to wait for an interaction's last Event Timing entry before calling it under 16 ms. */
const LATE_ENTRY_MS = 5000;
const STEP_TIMEOUT = 30000;

/** Interactions measured, in the order printed; `target` marks the issue 24 targets (p75 ≤ 200 ms). */
export const INTERACTIONS = [
  ['listOpen', 'open a park from the list', true],
  ['chip', 'toggle an industry chip (on, off)', true],
  ['scenario', 'switch Now / After (each way)', true],
  ['typeFirst', 'type 2 characters, first time (per key)', true],
  ['typeLater', 'type 2 characters, later (per key)', true],
  ['mapOpen', 'open a card from the map', true],
  ['back', 'back from a card to the list', false],
  ['searchTap', 'tap the search box (focus)', false],
];

/** In the page, before any script: every Event Timing entry that belongs to an interaction. */
function watchInteractions() {
  window.__ints = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.interactionId)
          window.__ints.push({ id: e.interactionId, name: e.name, start: e.startTime, d: e.duration });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  } catch {
    window.__ints = null;
  }
}

/**
 * In the page: from the box's first keydown (its event time) to the end of the first frame whose rendering shows the
 * options list: a task posted from that frame's animation callback runs once the frame is rendered (a frame's own
 * timestamp is when it was due, which is far earlier when the main thread is busy).
 */
function watchOptions() {
  const box = document.querySelector('.place-search input');
  const w = { key: null, shown: null };
  window.__opts = w;
  const visible = () => {
    const lb = document.querySelector('.place-search [role="listbox"]');
    return Boolean(lb && !lb.hidden && lb.querySelector('[role="option"]') && lb.getClientRects().length);
  };
  const onKey = (e) => {
    if (w.key !== null) return;
    w.key = e.timeStamp;
    box.removeEventListener('keydown', onKey, true);
    const tick = () => {
      if (visible()) setTimeout(() => (w.shown = performance.now()), 0);
      else if (performance.now() - w.key < 30000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  box.addEventListener('keydown', onKey, true);
}

/**
 * In the page, just before the profiler stops: busy for 30 ms in a script of its own name (MARK_URL), so the CPU
 * profile can be lined up with the page's clock (scripts/bench-phone/cpu-profile.mjs). Evaluated through the DevTools
 * protocol, not Playwright, so its samples carry that name. Gives its start and end in the page's time.
 */
const profileMark = async (cdp) => {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `(() => { const start = performance.now(); let end = start; while (end - start < 30) end = performance.now(); return { start, end }; })()\n//# sourceURL=${MARK_URL}`,
    returnByValue: true,
  });
  return result.value;
};

/** Two frames and a moment: an input's Event Timing entries are reported after the frame that follows it. */
const settle = (page, ms = 120) =>
  page.evaluate(
    (ms) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, ms)))),
    ms,
  );

/** Navigation → first map idle, the way scripts/bench.mjs waits for it (the pages' `map-idle` mark). */
export const waitForMapIdleMark = (page, timeout = LOAD_TIMEOUT) =>
  page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout });

/**
 * Where to tap an element so the tap lands on it: scrolled into view if need be, once its box has stopped moving (the
 * virtual list measures and places its rows after a render), the middle of its part on screen, checked with
 * elementFromPoint. A tap placed before a row moves can land between rows and be lost.
 */
async function tapPoint(locator) {
  const el = await locator.elementHandle({ timeout: STEP_TIMEOUT });
  let last = null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = await el.evaluate(async (e) => {
      e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
      let a = e.getBoundingClientRect();
      for (let i = 0; i < 20; i++) {
        await frame();
        const b = e.getBoundingClientRect();
        const same = b.x === a.x && b.y === a.y && b.width === a.width && b.height === a.height;
        a = b;
        if (same) break;
      }
      const x = (Math.max(a.left, 0) + Math.min(a.right, innerWidth)) / 2;
      const y = (Math.max(a.top, 0) + Math.min(a.bottom, innerHeight)) / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === e || e.contains(hit))) return { x, y };
      return { covered: hit ? `${hit.tagName.toLowerCase()}.${String(hit.className).replace(/ /g, '.')}` : 'nothing' };
    });
    if (!r.covered) return r;
    last = r.covered;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${locator} stays covered at its middle by ${last}`);
}

/**
 * The scripted interactions on a loaded app page, filling `res` as it goes (so a failure keeps what was measured):
 * durations (ms) per interaction kind, key → options times (first, later), per kind how many samples had no entry
 * (under 16 ms), warnings, and `step`, the step under way. `profile` ({ cdp, dir }) saves a CPU profile of each kind's
 * first occurrence.
 */
async function interact(page, res, { cycles, profile = null }) {
  Object.assign(res, {
    samples: Object.fromEntries(INTERACTIONS.map(([k]) => [k, []])),
    keyToOptions: { first: [], later: [] },
    unseen: {},
    warnings: [],
    profiles: {},
    step: 'start',
  });
  const { samples } = res;
  const profiled = new Set();
  const wait = (fn, arg) => page.waitForFunction(fn, arg, { timeout: STEP_TIMEOUT });

  const mapQuiet = async () => {
    try {
      await page.waitForFunction(() => document.querySelector('.map-wrap')?.dataset.mapIdle === 'true', null, {
        timeout: STEP_TIMEOUT,
      });
    } catch {
      if (!res.warnings.includes('map not idle')) res.warnings.push('map not idle');
    }
  };
  /**
   * Runs `act`, waits for `done`, then for the Event Timing entries of the last event of each expected interaction
   * (`last`: 'click' for a tap, 'keyup' for a key; `count` of them): they come once the frame after it is presented,
   * which under software WebGL can be a second later. One that never comes took under 16 ms. Returns each interaction
   * that began meanwhile ({ start, d }: its start and longest duration, in the page's time), in order. Profiling, it
   * also saves the CPU profile, marked in time.
   */
  const measure = async (kind, act, done, { quiet = true, last = 'click', count = 1 } = {}) => {
    res.step = kind;
    if (quiet) await mapQuiet();
    await settle(page);
    const t0 = (await page.evaluate(() => performance.now())) - 1;
    const prof = profile && !profiled.has(kind);
    if (prof) {
      profiled.add(kind);
      await profile.cdp.send('Profiler.enable');
      await profile.cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await profile.cdp.send('Profiler.start');
    }
    await act();
    await done();
    await settle(page);
    await page
      .waitForFunction(
        ([t, last, count]) => (window.__ints ?? []).filter((e) => e.start >= t && e.name === last).length >= count,
        [t0, last, count],
        { timeout: LATE_ENTRY_MS, polling: 50 },
      )
      .catch(() => {});
    // A frame for any entries of the same interactions that come with the last ones.
    await settle(page, 50);
    const ints = await page.evaluate((t) => {
      const by = new Map();
      for (const e of window.__ints ?? [])
        if (e.start >= t) {
          const o = by.get(e.id);
          if (!o) by.set(e.id, { start: e.start, d: e.d });
          else o.d = Math.max(o.d, e.d);
        }
      return [...by.values()].sort((a, b) => a.start - b.start);
    }, t0);
    if (prof) {
      // At the end: the profiler's first samples come a while after it starts.
      const mark = await profileMark(profile.cdp);
      const { profile: p } = await profile.cdp.send('Profiler.stop');
      const file = path.join(profile.dir, `${kind}.cpuprofile`);
      writeFileSync(file, JSON.stringify(p));
      const worst = ints.reduce((a, b) => (b.d > (a?.d ?? -1) ? b : a), null);
      const window = worst ? { from: worst.start, to: worst.start + worst.d } : null;
      res.profiles[kind] = {
        file,
        durations: ints.map((e) => e.d),
        mark,
        window,
        summary: profileSummary(p, { mark, window }),
      };
    }
    return ints.map((e) => e.d);
  };
  const push = (kind, d) => {
    if (d === undefined) res.unseen[kind] = (res.unseen[kind] ?? 0) + 1;
    samples[kind].push(d ?? UNDER_THRESHOLD_MS);
  };
  /** A tap not measured. */
  const plainTap = async (locator) => {
    const at = await tapPoint(locator);
    await page.touchscreen.tap(at.x, at.y);
  };
  /** A tap on `target` (a locator, or { x, y }): one sample, its interaction's duration. */
  const tap = async (kind, target, done, opts) => {
    const act = async () => {
      // Placed just before the tap, on the quiet page.
      const at = 'x' in target ? target : await tapPoint(target);
      await page.touchscreen.tap(at.x, at.y);
    };
    const ds = await measure(kind, act, done, opts);
    push(kind, ds.length ? Math.max(...ds) : undefined);
  };

  const box = page.locator('.place-search input');
  const typeTwo = async (kind, times) => {
    await tap('searchTap', box, () => wait(() => document.activeElement?.matches('.place-search input')));
    await page.evaluate(watchOptions);
    const ds = await measure(
      kind,
      async () => {
        await page.keyboard.press('x');
        await page.waitForTimeout(KEY_GAP_MS);
        await page.keyboard.press('i');
      },
      () => wait(() => window.__opts.shown !== null),
      { quiet: false, last: 'keyup', count: 2 },
    );
    for (let k = 0; k < 2; k++) push(kind, ds[k]);
    times.push(await page.evaluate(() => window.__opts.shown - window.__opts.key));
    res.step = `${kind}: clearing the box`;
    await box.fill('', { timeout: STEP_TIMEOUT });
    await page.evaluate(() => document.activeElement?.blur());
    await wait(() => !document.querySelector('.place-search input').value);
  };

  const cardOpen = () => wait(() => document.querySelector('.park-card h2')?.getClientRects().length > 0);
  const listBack = () =>
    wait(() => {
      const item = document.querySelector('.park-list .park-item');
      return !document.querySelector('.park-card') && item?.getClientRects().length > 0;
    });
  const chips = page.locator('.filters .filter-group').first().locator('.chip');
  const chipIs = (i, v) =>
    wait(
      ([i, v]) =>
        document.querySelector('.filters .filter-group')?.querySelectorAll('.chip')[i]?.getAttribute('aria-pressed') ===
        v,
      [i, v],
    );
  const scenarioButtons = page.locator('header .segmented button');
  const pressed = (i) =>
    wait((i) => document.querySelectorAll('header .segmented button')[i]?.getAttribute('aria-pressed') === 'true', i);
  const menu = page.locator('.header-menu-button');

  // The sheet to half height: the list, the filters and the search show, and the map above them.
  res.step = 'the sheet to half height';
  await menu.waitFor({ timeout: STEP_TIMEOUT });
  await mapQuiet();
  await plainTap(page.locator('.sheet-handle'));
  await wait(() => document.querySelector('.sheet')?.dataset.sheet === 'half');
  const details = page.locator('details.filters');
  if (!(await details.evaluate((d) => d.open))) await plainTap(details.locator('summary'));

  for (let c = 0; c < cycles; c++) {
    await typeTwo(c === 0 ? 'typeFirst' : 'typeLater', c === 0 ? res.keyToOptions.first : res.keyToOptions.later);

    await tap('listOpen', page.locator('.park-list .park-item').nth(c % 3), cardOpen);
    await tap('back', page.locator('.park-card .back'), listBack);

    const i = c % 3;
    await tap('chip', chips.nth(i), () => chipIs(i, 'true'));
    await tap('chip', chips.nth(i), () => chipIs(i, 'false'));

    res.step = 'opening the header menu';
    await plainTap(menu);
    await wait(() => document.querySelector('.header-menu.open'));
    await tap('scenario', scenarioButtons.nth(1), () => pressed(1));
    await tap('scenario', scenarioButtons.nth(0), () => pressed(0));
    res.step = 'closing the header menu';
    await plainTap(menu);
    await wait(() => !document.querySelector('.header-menu.open'));

    res.step = 'finding a park on the map';
    await mapQuiet();
    const at = await page.evaluate(parkPoint, c);
    if (!at) throw new Error('no park circle on the map clear of the sheet, the controls and the plan projects');
    await tap('mapOpen', at, cardOpen);
    await tap('back', page.locator('.park-card .back'), listBack);
  }
  res.step = null;
  return res;
}

/**
 * In the page: a drawn park circle's centre in the viewport that a tap would open: on the map canvas (not under the
 * sheet, the header or a control), with no plan project's icon (which the map prefers) within a few pixels. The
 * `n`-th such park, counted round the candidates, so cycles vary.
 */
function parkPoint(n) {
  const m = window.__haidianMap;
  if (!m) return null;
  const r = m.getContainer().getBoundingClientRect();
  const ids = new Set();
  const found = [];
  for (const f of m.queryRenderedFeatures({ layers: ['parks-circle'] })) {
    const id = f.properties?.id;
    if (ids.has(id) || f.geometry.type !== 'Point') continue;
    ids.add(id);
    const p = m.project(f.geometry.coordinates);
    const x = r.left + p.x;
    const y = r.top + p.y;
    const el = document.elementFromPoint(x, y);
    if (!el || !el.classList.contains('maplibregl-canvas')) continue;
    const near = m.queryRenderedFeatures(
      [
        [p.x - 6, p.y - 6],
        [p.x + 6, p.y + 6],
      ],
      { layers: ['parks-circle', 'projects-circle'].filter((l) => m.getLayer(l)) },
    );
    if (near.some((g) => g.layer.id === 'projects-circle')) continue;
    const here = m.queryRenderedFeatures([p.x, p.y], { layers: ['parks-circle'] });
    // Filtered-out parks are drawn at opacity 0 and cannot be tapped; none is filtered here, but be sure.
    if (!here.some((g) => g.properties?.id === id && m.getFeatureState({ source: g.source, id })?.out !== true))
      continue;
    found.push({ id, x, y });
  }
  found.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return found.length ? found[n % found.length] : null;
}

/**
 * One cold load on the phone in a fresh browser: first contentful paint and first map idle; on the app
 * (`interactions`), then the scripted interactions. `profileDir` saves CPU profiles of them. A failure during the
 * interactions keeps the load and the samples so far, and says where it stopped (`interactionError`).
 */
async function phoneLoad(url, { interactions = false, cycles = 1, profileDir = null } = {}) {
  const b = await launch(PHONE);
  try {
    b.page.setDefaultTimeout(STEP_TIMEOUT);
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (interactions) await b.page.addInitScript(watchInteractions);
    await b.page.goto(url, { timeout: LOAD_TIMEOUT });
    await waitForMapIdleMark(b.page);
    const r = await b.page.evaluate(() => ({
      idle: performance.getEntriesByName('map-idle')[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    let inter = null;
    let interactionError = null;
    if (interactions) {
      if ((await b.page.evaluate(() => window.__ints)) === null)
        throw new Error('this Chromium has no Event Timing (PerformanceObserver type "event")');
      if (profileDir) mkdirSync(profileDir, { recursive: true });
      inter = {};
      try {
        await interact(b.page, inter, { cycles, profile: profileDir ? { cdp, dir: profileDir } : null });
      } catch (e) {
        const shot = path.join(tmpdir(), `haidian-bench-phone-failed-${Date.now()}.png`);
        const saved = await b.page.screenshot({ path: shot }).then(
          () => `; screenshot ${shot}`,
          () => '',
        );
        interactionError = `interactions stopped at "${inter.step}": ${firstLine(e)}${saved}`;
      }
    }
    if (b.offRequests.length) throw new Error(`requests left the machine: ${b.offRequests}`);
    return { ...r, interactions: inter, interactionError, pageErrors: [...b.errors] };
  } finally {
    await b.close();
  }
}

/** An error's first line (Playwright's go on with a call log). */
export const firstLine = (e) => String(e?.message ?? e).split('\n')[0];

/** Nearest-rank percentile. */
const percentile = (xs, p) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] : null;

/**
 * The phone profile: `runs` cold loads of each page (`urls`: { app, same, bare }), alternated, with the interactions on
 * every app load. A failed load is reported and left out (its error in `errors`), so one flaky load does not lose the
 * run. Returns the per-load results and the errors.
 */
export async function runPhone(urls, { runs, log = console.log }) {
  const cycles = Math.max(1, Math.ceil(MIN_SAMPLES / runs));
  const loads = { bare: [], same: [], app: [] };
  const errors = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['app', 'same', 'bare'] : ['bare', 'same', 'app'];
    for (const v of order) {
      const t = Date.now();
      try {
        const r = await phoneLoad(urls[v], { interactions: v === 'app', cycles });
        loads[v].push(r);
        log(
          `  phone ${i + 1}/${runs} ${v.padEnd(4)}: FCP ${r.fcp?.toFixed(0) ?? '—'} ms, map idle ${r.idle.toFixed(0)} ms` +
            (r.interactions ? `, ${cycles} interaction cycle(s)` : '') +
            ` (${((Date.now() - t) / 1000).toFixed(0)} s)`,
        );
        for (const e of r.pageErrors) log(`    page error: ${e}`);
        for (const w of r.interactions?.warnings ?? []) log(`    warning: ${w}`);
        if (r.interactionError) {
          const msg = `phone load ${i + 1} of app: ${r.interactionError}`;
          errors.push(msg);
          log(`  FAILED ${msg}`);
        }
      } catch (e) {
        const msg = `phone load ${i + 1} of ${v}: ${firstLine(e)}`;
        errors.push(msg);
        log(`  FAILED ${msg}`);
      }
    }
  }
  return { runs, cycles, cpuSlowdown: CPU_SLOWDOWN, loads, errors };
}

/** One extra app load with CPU profiles of each interaction's first occurrence, printed as where the time goes. */
export async function profilePhone(appUrl, dir, { log = console.log } = {}) {
  const r = await phoneLoad(appUrl, { interactions: true, cycles: 2, profileDir: dir });
  const lines = [`Phone interactions, CPU profiles (one extra load, not counted; files in ${dir}):`];
  if (r.interactionError) lines.push(`(${r.interactionError})`);
  for (const [kind, label] of INTERACTIONS) {
    const p = r.interactions.profiles[kind];
    if (!p) continue;
    lines.push(
      '',
      `${label}: ${p.durations.map((d) => `${d.toFixed(0)} ms`).join(', ') || '< 16 ms'} (${path.basename(p.file)})`,
      p.summary,
    );
  }
  writeFileSync(path.join(dir, 'summary.txt'), `${lines.join('\n')}\n`);
  log(`\n${lines.join('\n')}`);
  return r.interactions.profiles;
}

const medianOf = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
const ms = (n) => (n == null ? '—' : `${n.toFixed(0)} ms`);

/**
 * Prints the phone profile's tables and returns its summary for the JSON and the targets: medians per page, ratios,
 * and per interaction n, p50, p75, max.
 */
export function reportPhone(res, { log = console.log } = {}) {
  const pages = {};
  for (const v of ['app', 'same', 'bare']) {
    const ls = res.loads[v];
    pages[v] = {
      n: ls.length,
      fcp: medianOf(ls.map((l) => l.fcp)),
      idle: medianOf(ls.map((l) => l.idle)),
      fcpRuns: ls.map((l) => l.fcp),
      idleRuns: ls.map((l) => l.idle),
    };
  }
  log(
    `\nPhone (390 × 844, DPR 2, touch, CPU ${res.cpuSlowdown}× slower, software WebGL), medians of ${res.runs} cold loads each (alternated, fresh browser per load):`,
  );
  log(`${'page'.padEnd(36)} ${'FCP'.padStart(9)} ${'map idle'.padStart(9)}   loads (FCP / idle)`);
  for (const [v, name] of [
    ['app', 'Haidian Site Finder'],
    ['same', 'same content (app style, bare page)'],
    ['bare', 'bare MapLibre'],
  ]) {
    const p = pages[v];
    log(
      `${name.padEnd(36)} ${ms(p.fcp).padStart(9)} ${ms(p.idle).padStart(9)}   ${p.fcpRuns
        .map((f, k) => `${f?.toFixed(0) ?? '—'}/${p.idleRuns[k].toFixed(0)}`)
        .join(' ')}${p.n < res.runs ? ` (${res.runs - p.n} failed)` : ''}`,
    );
  }
  const ratio = (a, b) => (a != null && b != null && b > 0 ? a / b : null);
  const ratios = {
    fcpAppBare: ratio(pages.app.fcp, pages.bare.fcp),
    fcpSameBare: ratio(pages.same.fcp, pages.bare.fcp),
    idleAppSame: ratio(pages.app.idle, pages.same.idle),
    idleAppBare: ratio(pages.app.idle, pages.bare.idle),
    idleSameBare: ratio(pages.same.idle, pages.bare.idle),
  };
  const x = (r) => (r == null ? 'n/a' : `${r.toFixed(2)}×`);
  log(
    `ratios: FCP app / bare ${x(ratios.fcpAppBare)}, same / bare ${x(ratios.fcpSameBare)}; map idle app / same ${x(
      ratios.idleAppSame,
    )}, app / bare ${x(ratios.idleAppBare)}, same / bare ${x(ratios.idleSameBare)}`,
  );

  const all = Object.fromEntries(INTERACTIONS.map(([k]) => [k, []]));
  const keyToOptions = { first: [], later: [] };
  const unseen = {};
  for (const l of res.loads.app) {
    if (!l.interactions?.samples) continue;
    for (const [k] of INTERACTIONS) all[k].push(...l.interactions.samples[k]);
    keyToOptions.first.push(...l.interactions.keyToOptions.first);
    keyToOptions.later.push(...l.interactions.keyToOptions.later);
    for (const [k, n] of Object.entries(l.interactions.unseen)) unseen[k] = (unseen[k] ?? 0) + n;
  }
  const stats = (xs, k) => ({
    n: xs.length,
    under16: unseen[k] ?? 0,
    p50: percentile(xs, 50),
    p75: percentile(xs, 75),
    max: xs.length ? Math.max(...xs) : null,
    samples: xs.map((d) => Math.round(d)),
  });
  const interactions = Object.fromEntries(INTERACTIONS.map(([k]) => [k, stats(all[k], k)]));
  const options = { first: stats(keyToOptions.first), later: stats(keyToOptions.later) };
  log(
    `\nPhone interactions, event → next paint (Event Timing, an interaction's longest entry; ${res.cycles} cycle(s) per app load):`,
  );
  log(
    `${'interaction'.padEnd(44)} ${'n'.padStart(3)} ${'p50'.padStart(8)} ${'p75'.padStart(8)} ${'max'.padStart(8)} ${'< 16 ms'.padStart(8)}`,
  );
  const row = (label, s) =>
    log(
      `${label.padEnd(44)} ${String(s.n).padStart(3)} ${ms(s.p50).padStart(8)} ${ms(s.p75).padStart(8)} ${ms(s.max).padStart(8)} ${String(s.under16 || '').padStart(8)}`,
    );
  for (const [k, label] of INTERACTIONS) row(label, interactions[k]);
  row('key → options visible, first time', options.first);
  row('key → options visible, later', options.later);
  if (Object.keys(unseen).length)
    log('(< 16 ms: samples with no Event Timing entry, which the API gives only from 16 ms; they count as 16 ms)');
  log(
    `(keys ${KEY_GAP_MS} ms apart; "key → options visible" is the first keydown to the end of the first frame rendered with the options)`,
  );
  return { pages, ratios, interactions, keyToOptions: options };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.error('scripts/bench-phone.mjs is run by `npm run bench` (BENCH_PROFILE=phone runs only the phone profile).');
  process.exitCode = 1;
}
