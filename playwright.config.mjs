// End-to-end tests: Playwright's test runner driving Debian's /usr/bin/chromium (no browser download: there is no
// internet) under SwiftShader, against ONE `vite preview` of the built dist/ for the whole run. `npm test` builds
// dist/ before this runs; alone: `npm run build`, then `npm run test:e2e`. Fixtures and helpers: tests/e2e/fixtures.mjs.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, previewArgs, randomPort } from './scripts/browser.mjs';

// The port is chosen once, here in the runner, and reaches the worker processes through the environment (they load
// this file again). E2E_PORT picks it; E2E_DIST serves another build folder (scripts/browser.mjs).
const chosenPort = process.env.E2E_PORT;
process.env.E2E_PORT ||= String(randomPort());
const PORT = Number(process.env.E2E_PORT);
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.mjs',
  // Traces and failure screenshots; tests/e2e/fixtures.mjs writes the screenshots one looks at to test-results/screenshots/.
  outputDir: 'test-results/playwright',
  // Two workers on the 2-core machine, each with its own browser, taking tests one by one from any file: a map load
  // under SwiftShader keeps about 1.6 cores busy, and the rest of a test (the runner, waits, a build, pdftotext) less,
  // so a second worker fills the gaps (measured: 310 s against 390 s for the same tests with one).
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // A test loads the map (first idle ~5 s under SwiftShader, up to 30 s on a loaded machine) one to a dozen times.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    headless: true,
    viewport: { width: 1152, height: 720 },
    // The service worker is blocked unless a test is about offline use: its precaching would compete for the CPU.
    serviceWorkers: 'block',
    // The camera jumps instead of flying to a chosen park or place (the app honours prefers-reduced-motion): a
    // one-second flight draws some sixty frames and the tiles of every zoom it passes, all in software. The flights
    // themselves are tested in tests/e2e/camera.spec.mjs, which asks for motion.
    reducedMotion: 'reduce',
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: [process.execPath, ...previewArgs(PORT)].map(quote).join(' '),
    url: BASE_URL,
    // Never a server left over from other work on this machine, unless E2E_PORT names one on purpose (not in CI).
    reuseExistingServer: !process.env.CI && Boolean(chosenPort),
    timeout: 60_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
