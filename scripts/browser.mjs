// Headless Chromium and `vite preview` outside the test runner, for the benchmarks (scripts/bench*.mjs) and the one
// end-to-end test that must stop its own server (tests/e2e/offline.spec.mjs). The end-to-end suite itself runs under
// Playwright's test runner (playwright.config.mjs, tests/e2e/fixtures.mjs), with the same flags and server.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Debian's Chromium: Playwright downloads no browser here (no internet). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that give a WebGL2 context under SwiftShader on a machine without a GPU (see PLATFORM.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Added to CHROMIUM_ARGS for a browser without WebGL (the list-only fallback). */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'];

/** A random port in 4300–4899, so parallel work on one machine rarely collides (the server is started with --strictPort). */
export const randomPort = () => 4300 + Math.floor(Math.random() * 600);

/**
 * The `vite preview` command line (node and vite's own script, so stopping its process group stops vite; `npx` would
 * leave it running). E2E_DIST serves another build folder (default: dist/).
 */
export function previewArgs(port, dist = process.env.E2E_DIST) {
  const outDir = dist ? ['--outDir', dist] : [];
  return [
    path.join(ROOT, 'node_modules/vite/bin/vite.js'),
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
    ...outDir,
  ];
}

/**
 * Starts `vite preview` on a free port in its own process group, serving `dist` (default: E2E_DIST, else dist/);
 * resolves with its base URL and a stop function.
 */
export async function startServer({ dist } = {}) {
  const port = randomPort();
  const child = spawn(process.execPath, previewArgs(port, dist), {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

/**
 * A fresh browser with a fresh profile. `offRequests` collects every blocked request to another host;
 * `errors` every uncaught page error.
 */
export async function launch({
  webgl = true,
  viewport = { width: 1152, height: 720 },
  extraArgs = [],
  contextOptions = {},
  serviceWorkers = 'block',
} = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'haidian-e2e-'));
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  if (!webgl) args.push(...NO_WEBGL_ARGS);
  const context = await chromium.launchPersistentContext(profile, {
    // The service worker is blocked unless wanted: its precaching would compete for the CPU.
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport,
    serviceWorkers,
    ...contextOptions,
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
    context,
    page,
    offRequests,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
