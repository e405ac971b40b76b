import { describe, expect, it } from 'vitest';
import { summarizeNearby, type NearbySources } from '../../../src/lib/nearby.ts';
import type { LngLat } from '../../../src/lib/schema.ts';

// On a meridian, 1 km is 0.00899320363724538° of latitude (turf's R = 6371.0088 km).
const KM = 0.00899320363724538;
const O: LngLat = [116.3, 40];
const north = (km: number): LngLat => [116.3, 40 + km * KM];
const name = (s: string) => ({ zh: s, en: s });

const src: NearbySources = {
  parks: [
    { id: 'p-far', name: name('far'), coordinates: north(2.5) },
    { id: 'p-1_5', name: name('p15'), coordinates: north(1.5) },
    { id: 'p-0_5', name: name('p05'), coordinates: north(0.5) },
  ],
  projects: [
    { id: 'h1', name: name('hospital'), category: 'health', status: { zh: '在建', en: 'under construction' }, year: 2026, coordinates: north(1) },
    { id: 'g1', name: name('wetland'), category: 'green', coordinates: north(1.9) },
    { id: 'g-far', name: name('far green'), category: 'green', year: 2030, coordinates: north(3) },
  ],
  stations: [
    { id: 's-open', name: name('open'), status: 'open', lines: ['L13'], lngLat: north(0.2) },
    { id: 's-new', name: name('gains L19N'), status: 'open', lines: ['L13'], plannedLines: ['L19N'], lngLat: north(0.8) },
    { id: 's-planned', name: name('planned'), status: 'planned', lines: ['L19N'], lngLat: north(1.2) },
    { id: 's-planned-own-year', name: name('planned 2031'), status: 'planned', lines: ['L19N'], openingYear: 2031, lngLat: north(1.4) },
    { id: 's-unplaced', name: name('no coordinates'), status: 'planned', lines: ['L19N'], lngLat: null },
  ],
  lineYear: (id) => (id === 'L19N' ? 2029 : undefined),
};

describe('summarizeNearby', () => {
  it('groups what is within 2 km, nearest first, in the summary order', () => {
    const groups = summarizeNearby(O, 2, src);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['parks', ['p-0_5', 'p-1_5']],
      ['project-health', ['h1']],
      ['project-green', ['g1']],
      ['stations-planned', ['s-planned', 's-planned-own-year']],
      ['stations-new-line', ['s-new']],
      ['stations-open', ['s-open']],
    ]);
  });

  it.each([
    // A project's year is the plan's year, not an opening date: no years on project lines.
    ['project-health', []],
    // A planned station takes its own year when given, else its line's.
    ['stations-planned', [2029, 2031]],
    ['stations-new-line', [2029]],
  ] as const)('gives %s the years %j', (key, years) => {
    expect(summarizeNearby(O, 2, src).find((g) => g.key === key)?.years).toEqual(years);
  });

  it('measures distances in km (tolerance 1 m)', () => {
    const parks = summarizeNearby(O, 2, src).find((g) => g.key === 'parks')!;
    expect(parks.items[0]!.distanceKm).toBeCloseTo(0.5, 3);
    expect(parks.items[1]!.distanceKm).toBeCloseTo(1.5, 3);
  });

  it('carries the status and year of a project', () => {
    const groups = summarizeNearby(O, 1.01, src);
    const health = groups.find((g) => g.key === 'project-health')!.items[0]!;
    expect(health).toMatchObject({ id: 'h1', status: { en: 'under construction' }, year: 2026 });
  });

  it.each([
    ['a zero radius', 0],
    ['a negative radius', -1],
  ])('gives nothing for %s', (_, km) => {
    expect(summarizeNearby(O, km, src)).toEqual([]);
  });

  it('gives nothing when nothing is near', () => {
    expect(summarizeNearby([116.0, 39.5], 2, src)).toEqual([]);
  });
});
