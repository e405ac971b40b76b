/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { dataPlugin } from './scripts/vite-plugin-data.ts';
import { fontsPlugin } from './scripts/vite-plugin-fonts.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [dataPlugin(), fontsPlugin(), react(), cspPlugin({ ...process.env, ...loadEnv(mode, process.cwd()) })],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
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
