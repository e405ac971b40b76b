/** `npm run data:apply` (tools/data/apply-patch.mjs), run as a process on scratch copies of data/parks.geojson. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyPatch, buildPatch, serializeDataFile, serializePatch } from '../../../src/lib/patch.ts';
import type { LngLat, ParksFile } from '../../../src/lib/schema.ts';
// @ts-expect-error -- a plain .mjs helper of the command line, without types
import { writeFileAtomic } from '../../../tools/data/atomic-write.mjs';
import { SURVEYED as surveyed } from '../patch-fixtures.ts';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'tools/data/apply-patch.mjs');
const ORIGINAL = fs.readFileSync(path.join(ROOT, 'data/parks.geojson'));
const QUANTUM = 'zgc-haidian-quantum-future-industry-park';
const YONGFENG = 'yongfeng-digital-tech-center';

let dir: string;
/** A fresh copy of data/parks.geojson in the scratch folder. */
function scratchData(name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, ORIGINAL);
  return file;
}
type Run = { code: number | null; stdout: string; stderr: string };
/** Runs the script; the runs of a file are started together (each spends ~1 s loading Node, Vite and turf). */
function run(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const parks = () => JSON.parse(ORIGINAL.toString('utf8')) as ParksFile;
function patchMoving(moves: [string, LngLat][]) {
  const byId = new Map(parks().features.map((f) => [f.properties.id, f]));
  return buildPatch(
    moves.map(([id, coordinates]) => ({
      properties: byId.get(id)!.properties,
      coordinates,
      geocode: surveyed,
      editedAt: '2026-05-01T08:30:00Z',
    })),
    new Date('2026-05-02T09:00:00Z'),
  );
}
const GOOD = patchMoving([
  [QUANTUM, [116.30508, 40.036952]],
  [YONGFENG, [116.232145, 40.071613]],
]);
function writePatch(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const BAD = (() => {
  const bad = JSON.parse(serializePatch(GOOD));
  bad.features[1].properties.name.zh = '上地量子园';
  bad.features[0].geometry.coordinates = [116.5, 39.9];
  return JSON.stringify(bad);
})();

/** The data file of each case, and its run, all started before the first test. */
let files: Record<'good' | 'check' | 'refused' | 'malformed', string>;
let runs: Record<'good' | 'check' | 'refused' | 'malformed' | 'missing' | 'none', Promise<Run>>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'apply-patch-'));
  files = {
    good: scratchData('good.geojson'),
    check: scratchData('check.geojson'),
    refused: scratchData('refused.geojson'),
    malformed: scratchData('malformed.geojson'),
  };
  runs = {
    good: run(writePatch('good.patch.geojson', serializePatch(GOOD)), '--data', files.good),
    check: run(writePatch('check.patch.geojson', serializePatch(GOOD)), '--data', files.check, '--check'),
    refused: run(writePatch('bad.patch.geojson', BAD), '--data', files.refused),
    malformed: run(writePatch('broken.patch.geojson', serializePatch(GOOD).slice(0, 200)), '--data', files.malformed),
    missing: run(path.join(dir, 'no-such.patch.geojson'), '--data', files.malformed),
    none: run('--data', files.malformed),
  };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The runs start together; on a busy 2-core machine the first awaited may take longer than the default 5 s.
describe('tools/data/apply-patch.mjs', { timeout: 30_000 }, () => {
  it('applies a good patch: writes the expected bytes, prints the summary and the diff, exits 0', async () => {
    const r = await runs.good;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readFileSync(files.good, 'utf8')).toBe(serializeDataFile(applyPatch(parks(), GOOD)));
    expect(r.stdout).toContain('good.patch.geojson: 2 parks');
    expect(r.stdout).toContain(
      `#10 ${YONGFENG} 永丰数字科技中心: [116.232145, 40.070613] → [116.232145, 40.071613], moved 111 m`,
    );
    expect(r.stdout).toContain(`#18 ${QUANTUM}`);
    expect(r.stdout).toMatch(/^--- good\.geojson\n\+\+\+ good\.geojson \(patched\)$/m);
    expect(r.stdout).toMatch(/^-\s+40\.035952$/m);
    expect(r.stdout).toMatch(/^\+\s+40\.036952$/m);
    expect(r.stdout).toContain('wrote good.geojson');
    // The atomic write left no temporary file behind.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--check prints the same but writes nothing', async () => {
    const r = await runs.check;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\+\s+40\.036952$/m);
    expect(r.stdout).toContain('nothing written');
    expect(fs.readFileSync(files.check).equals(ORIGINAL)).toBe(true);
  });

  it('refuses a patch that changes a plan fact: every problem printed, file byte-for-byte unchanged, exit 1', async () => {
    const r = await runs.refused;
    expect(r.code).toBe(1);
    expect(fs.readFileSync(files.refused).equals(ORIGINAL)).toBe(true);
    expect(r.stderr).toContain(
      `bad.patch.geojson › feature #0 (${YONGFENG}) › geometry.coordinates: the point [116.5, 39.9] is outside the district`,
    );
    expect(r.stderr).toContain(
      `bad.patch.geojson › feature #1 (${QUANTUM}) › properties.name.zh: a plan fact cannot change`,
    );
    expect(r.stderr).toContain('refused: 2 problems; refused.geojson left unchanged.');
    expect(r.stdout).toBe('');
  });

  it('refuses malformed JSON (exit 1) and a missing file or argument (exit 2), leaving the data alone', async () => {
    const r = await runs.malformed;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.patch\.geojson › \(file\): invalid JSON: /m);
    const missing = await runs.missing;
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('patch not found: no-such.patch.geojson');
    const none = await runs.none;
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no patch file given\nusage: npm run data:apply -- <patch\.geojson>/);
    expect(fs.readFileSync(files.malformed).equals(ORIGINAL)).toBe(true);
  });
});

describe('tools/data/atomic-write.mjs', () => {
  it('replaces the file, and on a failing write leaves the old file and no temporary file', () => {
    const target = path.join(dir, 'atomic.geojson');
    fs.writeFileSync(target, 'old\n');
    writeFileAtomic(target, 'new\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('new\n');
    const failingRename = {
      ...fs,
      renameSync: () => {
        throw new Error('EIO: simulated');
      },
    };
    expect(() => writeFileAtomic(target, 'newer\n', failingRename)).toThrow(/simulated/);
    const failingWrite = {
      ...fs,
      writeFileSync: () => {
        throw new Error('ENOSPC: simulated');
      },
    };
    expect(() => writeFileAtomic(target, 'newest\n', failingWrite)).toThrow(/ENOSPC/);
    expect(fs.readFileSync(target, 'utf8')).toBe('new\n');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.atomic'))).toEqual([]);
  });
});
