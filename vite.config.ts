/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { dataPlugin } from './scripts/vite-plugin-data.ts';
import { fontsPlugin } from './scripts/vite-plugin-fonts.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { startupPlugin } from './scripts/vite-plugin-startup.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    dataPlugin(),
    fontsPlugin(),
    startupPlugin(),
    prerenderPlugin(),
    react(),
    cspPlugin({ ...process.env, ...loadEnv(mode, process.cwd()) }),
    // After the first visit the app opens and works with no network: a service worker precaches the whole build
    // (JavaScript, label glyphs, data). Registered from an external script, so the CSP needs no inline script.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,json,pbf,png,svg}'],
        // The build manifest (.vite/manifest.json) is for scripts/check-budget.mjs, not the page.
        globIgnores: ['.vite/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take over the first page too, so it works offline from the first visit on.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  // The manifest maps each chunk to its imports: scripts/check-budget.mjs counts what loads at start from it.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    manifest: true,
    // The entry and every module it imports statically, in one chunk (named as the entry was: the tests hold it back
    // by that name). Left to itself the bundler split them into some 35 chunks of 0.1–20 KiB, shared with chunks loaded
    // on first use: 35 requests at start over HTTP/1.1's six connections, each file compressed apart, and 9.7 KiB more
    // gzip in all (README, Performance). What loads on first use stays in chunks of its own.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  test: {
    // Two workers on the 2-core machine (Vitest's default in a run is one fewer than the cores: one): the unit and UI
    // files share them.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // The unit files share one module graph per worker instead of importing the sources afresh for each file
        // (each resets the store it uses in beforeEach). The UI files stay isolated: some module state, such as the
        // metro network loaded once per page (src/data/metro.ts), is part of what they test.
        test: { name: 'unit', environment: 'node', isolate: false, include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          // Rendering the whole app in jsdom takes seconds on a loaded 2-core machine.
          testTimeout: 30000,
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
    ],
  },
}));
