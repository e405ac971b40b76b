import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset, type LngLat, type MetroNetworkFile } from '../../../src/lib/schema.ts';
import { prepareMetro, pointKm } from '../../../src/lib/metro/door-to-door.ts';
import { areaKm2, cellTimes, reachFeatures, reachGrid, reachStates } from '../../../src/lib/metro/reach.ts';
import { searchFrom } from '../../../src/lib/metro/search.ts';
import { MODEL, walkMin } from '../../../src/lib/metro/model.ts';
import { BOUNDARY } from '../../../src/data/index.ts';
import { outerRings } from '../../../src/lib/region.ts';

const checked = validateDataset(
  'geo/metro-network.json',
  readFileSync(new URL('../../../geo/metro-network.json', import.meta.url), 'utf8'),
);
if (!checked.ok) throw new Error(checked.errors.join('\n'));
const NET: MetroNetworkFile = checked.data;
const metro = prepareMetro(NET);
const grid = reachGrid(outerRings(BOUNDARY.features[0]!.geometry));
const XIERQI = { kind: 'station' as const, id: 'xierqi' };

/** A cell's times the slow way: a forward search from the stations walkable from the cell, read at the destination. */
function naive(c: number, bound: 'low' | 'high', scenario: 'now' | 'plan') {
  const view = metro.view(scenario, bound, 'forward');
  const at: LngLat = [grid.centres[2 * c]!, grid.centres[2 * c + 1]!];
  const half = (grid.cellKm * Math.SQRT2) / 2;
  const sources = new Float64Array(view.stationIds.length).fill(Infinity);
  for (const site of metro.sites) {
    const d = pointKm(at, site.at);
    const km = bound === 'low' ? Math.max(0, d - half) : d + half;
    if (km <= MODEL.maxWalkKm) sources[site.index] = walkMin(km, bound);
  }
  const r = searchFrom(view, sources);
  const dest = NET.stations.find((s) => s.id === 'xierqi')!;
  const d = pointKm(at, dest.coordinates as LngLat);
  const km = bound === 'low' ? Math.max(0, d - half) : d + half;
  const walk = km <= MODEL.maxWalkKm ? walkMin(km, bound) : Infinity;
  return Math.min(r.street[view.index.get('xierqi')!]!, walk);
}

describe('reach', () => {
  it('cuts Haidian into about 6,900 cells of 250 m', () => {
    // 430 km² / 0.0625 km²
    expect(grid.count).toBeGreaterThan(6500);
    expect(grid.count).toBeLessThan(7300);
  });

  it('gives each cell the same interval as a search of its own (forward), from one search (backward)', () => {
    const fast = cellTimes(grid, metro, XIERQI, 'now');
    for (const c of [0, 137, 1500, 2222, 3100, 4004, 5555, grid.count - 1]) {
      for (const bound of ['low', 'high'] as const) {
        const slow = naive(c, bound, 'now');
        if (slow === Infinity) expect(fast[bound][c]).toBe(Infinity);
        else expect(fast[bound][c]).toBeCloseTo(slow, 6);
      }
    }
  });

  it('grows with N: every cell within N minutes is within N + 15; certain cells are possible ones too', () => {
    const times = cellTimes(grid, metro, XIERQI, 'now');
    let prev = reachStates(times, 15);
    for (const n of [30, 45, 60]) {
      const states = reachStates(times, n);
      for (let c = 0; c < grid.count; c++) expect(states[c]!).toBeGreaterThanOrEqual(prev[c]!);
      expect(areaKm2(grid, states, 1)).toBeGreaterThanOrEqual(areaKm2(grid, prev, 1));
      prev = states;
    }
    expect(areaKm2(grid, reachStates(times, 30), 2)).toBeGreaterThan(2);
    expect(areaKm2(grid, reachStates(times, 30), 1)).toBeGreaterThan(30);
    expect(areaKm2(grid, reachStates(times, 60), 1)).toBeLessThanOrEqual(grid.count * 0.0625 + 1e-9);
  });

  it('after the plan adds area and loses none, and the added cells are marked (45 min to 北沙滩, on Line 19 north)', () => {
    const BEISHATAN = { kind: 'station' as const, id: 'beishatan' };
    const now = reachStates(cellTimes(grid, metro, BEISHATAN, 'now'), 45);
    const plan = reachStates(cellTimes(grid, metro, BEISHATAN, 'plan'), 45);
    expect(areaKm2(grid, plan, 2)).toBeGreaterThan(areaKm2(grid, now, 2) + 3);
    for (let c = 0; c < grid.count; c++) expect(plan[c]!).toBeGreaterThanOrEqual(now[c]!);
    const fc = reachFeatures(grid, plan, now);
    expect(fc.features.some((f) => f.properties.added)).toBe(true);
    // Merged runs: far fewer features than cells.
    expect(fc.features.length).toBeLessThan(grid.count / 4);
  });
});
