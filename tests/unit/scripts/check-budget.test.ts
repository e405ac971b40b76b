import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../../scripts/check-budget.mjs');
let dir: string;
let dist: string;
/**
 * Gzip size the checker should count: what index.html loads at start through the manifest (the entry, its static
 * import, a preloaded chunk and the worker it references), not the lazy chunk, CSS, JSON or service-worker files.
 */
let expectedBytes: number;
let lazyBytes: number;

function run(budgetBytes: unknown, distDir = dist, dataBudgetBytes?: unknown) {
  const budgetFile = path.join(dir, `budget-${String(budgetBytes)}-${String(dataBudgetBytes)}.json`);
  writeFileSync(budgetFile, JSON.stringify({ startupJsGzipBytes: budgetBytes, startupDataGzipBytes: dataBudgetBytes }));
  const r = spawnSync(process.execPath, [SCRIPT, distDir, budgetFile], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('scripts/check-budget.mjs', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'budget-'));
    dist = path.join(dir, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    // Deterministic, not very compressible content, so sizes are well above gzip's fixed overhead.
    const noise = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => ((i * 7919 + seed * 104729) % 9973).toString(36)).join(';');
    const app = `console.log("${noise(4000, 1)}")`;
    const shared = `export const x="${noise(1000, 8)}"`;
    const map = `export const m="${noise(1500, 9)}"`;
    const worker = `self.onmessage=()=>{"${noise(2000, 2)}"}`;
    const lazy = `export const later="${noise(1200, 10)}"`;
    writeFileSync(path.join(dist, 'assets', 'index-abc.js'), app);
    writeFileSync(path.join(dist, 'assets', 'shared-123.js'), shared);
    writeFileSync(path.join(dist, 'assets', 'map-456.js'), map);
    writeFileSync(path.join(dist, 'assets', 'worker-def.mjs'), worker);
    writeFileSync(path.join(dist, 'assets', 'print-789.js'), lazy);
    writeFileSync(
      path.join(dist, 'index.html'),
      '<html><head><script type="module" crossorigin src="./assets/index-abc.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/shared-123.js">' +
        '<link rel="stylesheet" href="./assets/index-abc.css">' +
        '<link rel="modulepreload" crossorigin href="./assets/map-456.js">' +
        '<script id="vite-plugin-pwa:register-sw" src="./registerSW.js"></script></head></html>',
    );
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(
      path.join(dist, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': {
          file: 'assets/index-abc.js',
          isEntry: true,
          imports: ['_shared-123.js'],
          dynamicImports: ['src/map.ts', 'src/print.ts'],
        },
        '_shared-123.js': { file: 'assets/shared-123.js' },
        'src/map.ts': {
          file: 'assets/map-456.js',
          isDynamicEntry: true,
          imports: ['_shared-123.js'],
          assets: ['assets/worker-def.mjs'],
        },
        'src/print.ts': { file: 'assets/print-789.js', isDynamicEntry: true, imports: ['_shared-123.js'] },
      }),
    );
    writeFileSync(path.join(dist, 'assets', 'index-abc.css'), `body{}/*${noise(3000, 3)}*/`);
    writeFileSync(path.join(dist, 'assets', 'data.json'), JSON.stringify(noise(3000, 4)));
    writeFileSync(path.join(dist, 'sw.js'), `/*${noise(3000, 5)}*/`);
    writeFileSync(path.join(dist, 'registerSW.js'), `/*${noise(500, 6)}*/`);
    writeFileSync(path.join(dist, 'workbox-1234abcd.js'), `/*${noise(3000, 7)}*/`);
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    expectedBytes = gz(app) + gz(shared) + gz(map) + gz(worker);
    lazyBytes = gz(lazy);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes within budget and lists the counted files, not CSS, data or the service worker', () => {
    const r = run(expectedBytes);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/within budget/);
    const [counted, later] = r.out.split('loaded on first use');
    for (const f of ['index-abc.js', 'shared-123.js', 'map-456.js', 'worker-def.mjs'])
      expect(counted).toContain(`assets/${f}`);
    expect(r.out).not.toMatch(/sw\.js|workbox|registerSW|\.css|\.json/);
    expect(counted).toContain(`${(expectedBytes / 1024).toFixed(1)} KiB gzip in 4 files`);
    // A chunk loaded only on first use is listed apart, not counted.
    expect(counted).not.toContain('print-789.js');
    expect(later).toContain(`not counted: ${(lazyBytes / 1024).toFixed(1)} KiB gzip in 1 files`);
    expect(later).toContain('assets/print-789.js');
  });

  it('counts a lazy chunk once index.html preloads it at start', () => {
    const html = path.join(dist, 'index.html');
    const original = readFileSync(html, 'utf8');
    try {
      writeFileSync(
        html,
        original.replace('</head>', '<link rel="modulepreload" href="./assets/print-789.js"></head>'),
      );
      expect(run(expectedBytes).code).toBe(1);
      expect(run(expectedBytes + lazyBytes).code).toBe(0);
    } finally {
      writeFileSync(html, original);
    }
  });

  it('counts the data index.html preloads for fetch() against its own budget, not the JavaScript one', () => {
    const html = path.join(dist, 'index.html');
    const original = readFileSync(html, 'utf8');
    const dataBytes = gzipSync(readFileSync(path.join(dist, 'assets', 'data.json')), { level: 9 }).length;
    try {
      writeFileSync(
        html,
        original.replace('</head>', '<link rel="preload" as="fetch" crossorigin href="./assets/data.json"></head>'),
      );
      const ok = run(expectedBytes, dist, dataBytes);
      expect(ok.code).toBe(0);
      expect(ok.out).toContain(`start-up data: ${(dataBytes / 1024).toFixed(1)} KiB gzip in 1 files`);
      expect(ok.out).toContain('assets/data.json');
      const over = run(expectedBytes, dist, dataBytes - 1);
      expect(over.code).toBe(1);
      expect(over.out).toMatch(/start-up data: .*\nOVER BUDGET by 0\.0 KiB/);
      expect(run(expectedBytes, dist, 'lots').code).toBe(2);
    } finally {
      writeFileSync(html, original);
    }
  });

  it('fails by one byte over, saying by how much', () => {
    const r = run(expectedBytes - 1);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/OVER BUDGET by 0\.0 KiB/);
    expect(r.out).toContain('perf-budget.json');
  });

  it('fails clearly with a much smaller budget', () => {
    const r = run(Math.floor(expectedBytes / 2));
    expect(r.code).toBe(1);
    // Twice the budget: about 100% over.
    expect(r.out).toMatch(/OVER BUDGET by [\d.]+ KiB \((99|100)\.\d%\)/);
  });

  it('fails on a build without a manifest or without start-up JavaScript, and refuses a missing folder or a bad budget', () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(path.join(empty, '.vite'), { recursive: true });
    expect(run(1000, empty).code).toBe(1);
    expect(run(1000, empty).out).toMatch(/no build manifest/);
    writeFileSync(path.join(empty, '.vite', 'manifest.json'), '{}');
    expect(run(1000, empty).code).toBe(1);
    expect(run(1000, empty).out).toMatch(/no JavaScript found/);
    expect(run(1000, path.join(dir, 'nope')).code).toBe(2);
    expect(run('big').code).toBe(2);
    expect(run(-5).code).toBe(2);
  });
});
