import { describe, expect, it } from 'vitest';
import { summarizeNearby, type NearbySources } from '../../../src/lib/nearby.ts';
import type { LngLat, TransitStatus } from '../../../src/lib/schema.ts';
import type { ScenarioStation, StationLine } from '../../../src/lib/transit.ts';
import type { Region } from '../../../src/lib/interval.ts';
import { pointRegion } from '../../../src/lib/region.ts';
import { PLAN_PROJECTS, PARKS, STATIONS, TRANSIT_LINES } from '../../../src/data/index.ts';
import { buildNetwork } from '../../../src/lib/transit.ts';
import { regionsInRadius } from '../../../src/lib/radius.ts';

// On a meridian, 1 km is 0.00899320363724538° of latitude (turf's R = 6371.0088 km).
const KM = 0.00899320363724538;
const O: LngLat = [116.3, 40];
const north = (km: number): LngLat => [116.3, 40 + km * KM];
const name = (s: string) => ({ zh: s, en: s });
/** A place known to within `radiusKm` of a point `km` north of O. */
const placed = (km: number, radiusKm = 0): { coordinates: LngLat; region: Region } => ({
  coordinates: north(km),
  region: pointRegion(north(km), radiusKm),
});

const open = (lineId: string): StationLine => ({ lineId, status: 'open', openingYear: null });
const planned = (lineId: string, openingYear = 2029): StationLine => ({ lineId, status: 'planned', openingYear });
function station(
  id: string,
  km: number,
  status: TransitStatus,
  lines: StationLine[],
  uncertaintyKm = 0,
): ScenarioStation {
  return { id, name: name(id), coordinates: north(km), status, lines, indicative: uncertaintyKm > 0, uncertaintyKm };
}

const src: NearbySources = {
  parks: [
    { id: 'p-far', name: name('far'), ...placed(2.5) },
    { id: 'p-1_5', name: name('p15'), ...placed(1.5) },
    { id: 'p-0_5', name: name('p05'), ...placed(0.5, 0.3) }, // 0.2–0.8 km: certainly within 2 km
    { id: 'p-rough', name: name('rough'), ...placed(1.2, 1.5) }, // 0–2.7 km: possibly within 2 km
    { id: 'p-rough-far', name: name('rough far'), ...placed(4, 1.5) }, // 2.5–5.5 km: not within 2 km
  ],
  projects: [
    {
      id: 'h1',
      name: name('hospital'),
      category: 'health',
      status: { zh: '在建', en: 'under construction' },
      year: 2026,
      ...placed(1),
    },
    { id: 'g1', name: name('wetland'), category: 'green', ...placed(1.9) },
    { id: 'g-rough', name: name('town-level green'), category: 'green', ...placed(2.5, 1) }, // 1.5–3.5 km: possible
    { id: 'g-far', name: name('far green'), category: 'green', year: 2030, ...placed(3) },
  ],
  // As a 'plan' network (lib/transit.ts buildNetwork) gives them: each station with its lines and their status there.
  stations: [
    station('s-open', 0.2, 'open', [open('L13')]),
    station('s-new', 0.8, 'open', [open('L13'), planned('L19N')]),
    station('s-planned', 1.2, 'planned', [planned('L19N')]),
    // An indicative planned station, placed to within 0.5 km: 1.6–2.6 km away, possibly within 2 km.
    station('s-indicative', 2.1, 'planned', [planned('L19N')], 0.5),
    station('s-planned-own-year', 1.4, 'planned', [planned('L19N', 2031)]),
    // A line whose year the data does not give: the group has no year from it.
    station('s-new-undated', 3, 'open', [open('L13'), { lineId: 'LX', status: 'planned', openingYear: null }]),
  ],
};

describe('summarizeNearby', () => {
  it('groups what is within 2 km in the summary order, certain first, each by far end', () => {
    const groups = summarizeNearby(O, 2, src);
    expect(groups.map((g) => [g.key, g.items.map((i) => `${i.id}:${i.within}`)])).toEqual([
      ['parks', ['p-0_5:certain', 'p-1_5:certain', 'p-rough:possible']],
      ['project-health', ['h1:certain']],
      ['project-green', ['g1:certain', 'g-rough:possible']],
      ['stations-planned', ['s-planned:certain', 's-planned-own-year:certain', 's-indicative:possible']],
      ['stations-new-line', ['s-new:certain']],
      ['stations-open', ['s-open:certain']],
    ]);
  });

  it.each([
    ['parks', 2, 1],
    ['project-green', 1, 1],
    ['stations-planned', 2, 1],
    ['stations-open', 1, 0],
  ] as const)('counts %s: %i certainly and %i possibly within', (key, certain, possible) => {
    expect(summarizeNearby(O, 2, src).find((g) => g.key === key)).toMatchObject({ certain, possible });
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

  it.each([
    // [id, near km, far km]: a surveyed place has a zero-width range; a placed one its disc's near and far sides.
    ['p-0_5', 0.2, 0.8],
    ['p-1_5', 1.5, 1.5],
    ['p-rough', 0, 2.7],
    ['s-open', 0.2, 0.2],
    ['s-indicative', 1.6, 2.6],
  ] as const)('measures %s as %f–%f km (tolerance 5 m)', (id, nearKm, farKm) => {
    const item = summarizeNearby(O, 2, src)
      .flatMap((g) => g.items)
      .find((i) => i.id === id)!;
    expect(item.range.nearKm).toBeCloseTo(nearKm, 2);
    expect(item.range.farKm).toBeCloseTo(farKm, 2);
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

  it('leaves out the year of a line the data gives none for', () => {
    const item = summarizeNearby(O, 3.5, src)
      .find((g) => g.key === 'stations-new-line')!
      .items.find((i) => i.id === 's-new-undated')!;
    expect(item).not.toHaveProperty('year');
    expect(summarizeNearby(O, 3.5, src).find((g) => g.key === 'stations-new-line')!.years).toEqual([2029]);
  });

  it("carries a station's lines with their status, and whether it is indicative", () => {
    const items = summarizeNearby(O, 2, src).flatMap((g) => g.items);
    expect(items.find((i) => i.id === 's-new')).toMatchObject({
      lines: [
        { lineId: 'L13', status: 'open' },
        { lineId: 'L19N', status: 'planned' },
      ],
      indicative: false,
    });
    expect(items.find((i) => i.id === 's-indicative')).toMatchObject({ indicative: true });
  });

  it.each(['qinghezhan', 'beishatan', 'xierqi'])(
    'puts every station of the plan network within 2 km of %s in exactly one station group',
    (id) => {
      const at = STATIONS.features.find((f) => f.properties.id === id)!.geometry!.coordinates as LngLat;
      const network = buildNetwork(STATIONS.features, TRANSIT_LINES.features, 'plan');
      const groups = summarizeNearby(at, 2, { parks: [], projects: [], stations: network.stations });
      const listed = groups.flatMap((g) => g.items.map((i) => i.id));
      const expected = regionsInRadius(at, 2, network.stations, (st) => pointRegion(st.coordinates, st.uncertaintyKm));
      expect(listed.sort()).toEqual(expected.map((h) => h.item.id).sort());
      expect(new Set(listed).size).toBe(listed.length);
      for (const g of groups) expect(g.certain + g.possible).toBe(g.items.length);
    },
  );

  it('gives only open stations from a now network (Qinghe station gains no planned line there)', () => {
    const at = STATIONS.features.find((f) => f.properties.id === 'qinghezhan')!.geometry!.coordinates as LngLat;
    const network = buildNetwork(STATIONS.features, TRANSIT_LINES.features, 'now');
    const groups = summarizeNearby(at, 2, { parks: [], projects: [], stations: network.stations });
    expect(groups.map((g) => g.key)).toEqual(['stations-open']);
    expect(groups[0]!.items.map((i) => i.id)).toContain('qinghezhan');
  });

  it('counts the real parks and projects as regionsInRadius does (Xierqi, 2 km)', () => {
    const xierqi = STATIONS.features.find((f) => f.properties.id === 'xierqi')!.geometry!.coordinates as LngLat;
    const real: NearbySources = { parks: PARKS, projects: PLAN_PROJECTS, stations: [] };
    const groups = summarizeNearby(xierqi, 2, real);
    const parks = groups.find((g) => g.key === 'parks')!;
    const panel = regionsInRadius(xierqi, 2, PARKS, (p) => p.region);
    expect(parks.items.map((i) => [i.id, i.within])).toEqual(panel.map((h) => [h.item.id, h.within]));
    const projects = groups
      .filter((g) => g.key.startsWith('project-'))
      .flatMap((g) => g.items.map((i) => i.id))
      .sort();
    expect(projects).toEqual(
      regionsInRadius(xierqi, 2, PLAN_PROJECTS, (p) => p.region)
        .map((h) => h.item.id)
        .sort(),
    );
  });
});
