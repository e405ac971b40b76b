// Shared end-to-end harness: serves the production build (dist/) with `vite preview` in its own process group,
// drives Debian's /usr/bin/chromium through playwright-core, and blocks every request that leaves 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--disable-extensions', '--no-first-run', '--no-default-browser-check',
  '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

/** Starts `vite preview` on a free port; resolves with its base URL and a stop function. */
export async function startServer() {
  const port = 4300 + Math.floor(Math.random() * 600);
  // E2E_DIST lets parallel work serve its own build folder (default: dist/).
  const outDir = process.env.E2E_DIST ? ['--outDir', process.env.E2E_DIST] : [];
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...outDir], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: () => {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
  };
}

/**
 * A fresh browser with a fresh profile. `offRequests` collects every blocked request to another host:
 * tests assert it stays empty.
 */
export async function launch({ webgl = true, viewport = { width: 1152, height: 720 }, extraArgs = [], contextOptions = {}, serviceWorkers = 'block' } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'haidian-e2e-'));
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  if (!webgl) args.push('--disable-webgl', '--disable-webgl2', '--disable-3d-apis');
  const context = await chromium.launchPersistentContext(profile, {
    // The service worker is blocked unless a test is about offline use: its precaching would compete for the CPU.
    executablePath: '/usr/bin/chromium', headless: true, args, viewport, serviceWorkers, ...contextOptions,
  });
  const offRequests = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1') return route.continue();
    offRequests.push(route.request().url());
    return route.abort();
  });
  const errors = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context, page, offRequests, errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the map container reports idle (set by the app on MapLibre's `idle`). */
export async function waitForMapIdle(page, timeout = 30000) {
  await page.waitForSelector('.map-wrap[data-map-idle="true"]', { timeout });
}

/** Rendered features of a layer, with their properties, through the app's map instance. */
export async function renderedFeatures(page, layers) {
  return page.evaluate((ls) => {
    const map = window.__haidianMap;
    return map.queryRenderedFeatures({ layers: ls }).map((f) => ({ layer: f.layer.id, properties: f.properties }));
  }, layers);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Waits until the ids of the features rendered in `layer` equal `ids` (sorted), then returns them.
 * Use after a change: the idle flag can still be set from before the change reaches the map.
 */
export async function waitForRenderedIds(page, layer, ids, timeout = 15000) {
  const want = [...ids].sort();
  await page.waitForFunction(
    ({ layer, want }) => {
      const map = window.__haidianMap;
      if (!map || !map.loaded()) return false;
      const got = [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.id))].sort();
      return JSON.stringify(got) === JSON.stringify(want);
    },
    { layer, want },
    { timeout, polling: 100 },
  );
  return want;
}
