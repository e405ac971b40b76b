import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../../scripts/check-budget.mjs');
let dir: string;
let dist: string;
/** Gzip size the checker should count: the two app scripts, not the CSS, JSON or service-worker files. */
let expectedBytes: number;

function run(budgetBytes: unknown, distDir = dist) {
  const budgetFile = path.join(dir, `budget-${String(budgetBytes)}.json`);
  writeFileSync(budgetFile, JSON.stringify({ startupJsGzipBytes: budgetBytes }));
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
    const worker = `self.onmessage=()=>{"${noise(2000, 2)}"}`;
    writeFileSync(path.join(dist, 'assets', 'index-abc.js'), app);
    writeFileSync(path.join(dist, 'assets', 'worker-def.mjs'), worker);
    writeFileSync(path.join(dist, 'assets', 'index-abc.css'), `body{}/*${noise(3000, 3)}*/`);
    writeFileSync(path.join(dist, 'assets', 'data.json'), JSON.stringify(noise(3000, 4)));
    writeFileSync(path.join(dist, 'sw.js'), `/*${noise(3000, 5)}*/`);
    writeFileSync(path.join(dist, 'registerSW.js'), `/*${noise(500, 6)}*/`);
    writeFileSync(path.join(dist, 'workbox-1234abcd.js'), `/*${noise(3000, 7)}*/`);
    expectedBytes = gzipSync(app, { level: 9 }).length + gzipSync(worker, { level: 9 }).length;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes within budget and lists the counted files, not CSS, data or the service worker', () => {
    const r = run(expectedBytes);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/within budget/);
    expect(r.out).toContain('assets/index-abc.js');
    expect(r.out).toContain('assets/worker-def.mjs');
    expect(r.out).not.toMatch(/sw\.js|workbox|registerSW|\.css|\.json/);
    expect(r.out).toContain(`${(expectedBytes / 1024).toFixed(1)} KiB gzip in 2 files`);
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

  it('fails on a folder with no JavaScript, and refuses a missing folder or a bad budget', () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(run(1000, empty).code).toBe(1);
    expect(run(1000, empty).out).toMatch(/no JavaScript found/);
    expect(run(1000, path.join(dir, 'nope')).code).toBe(2);
    expect(run('big').code).toBe(2);
    expect(run(-5).code).toBe(2);
  });
});
