/**
 * A real RankContext over the 18 parks and the plan projects for the ranking tests, built the way the app builds it
 * (src/store/hooks.ts transitNetwork, src/store/commute-hooks.ts parkTrips): the nearest-station interval of a
 * scenario, and optionally the door-to-door interval to a destination station.
 */
import { readFileSync } from 'node:fs';
import { PARKS, PLAN_PROJECTS, STATIONS, TRANSIT_LINES } from '../../../src/data/index.ts';
import { validateDataset, type MetroNetworkFile } from '../../../src/lib/schema.ts';
import { buildNetwork, nearestStationRange } from '../../../src/lib/transit.ts';
import { doorToDoor, prepareMetro } from '../../../src/lib/metro/door-to-door.ts';
import type { KmRange, Region } from '../../../src/lib/interval.ts';
import type { MinRange } from '../../../src/lib/filters.ts';
import type { RankContext } from '../../../src/lib/ranking/types.ts';
import type { Scenario } from '../../../src/lib/domain.ts';

let metro: ReturnType<typeof prepareMetro> | null = null;
function loadMetro() {
  if (metro) return metro;
  const text = readFileSync(new URL('../../../geo/metro-network.json', import.meta.url), 'utf8');
  const checked = validateDataset('geo/metro-network.json', text);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  metro = prepareMetro(checked.data as MetroNetworkFile);
  return metro;
}

/** A region-keyed cache, as the store keeps per park (regions are static objects). */
function cached<T>(f: (region: Region) => T): (region: Region) => T {
  const m = new WeakMap<Region, T>();
  return (region) => {
    if (!m.has(region)) m.set(region, f(region));
    return m.get(region)!;
  };
}

/**
 * The context of a scenario, the industries chosen and, when `to` names a station, the door-to-door interval to it
 * (towards it, in the same scenario).
 */
export function rankContext(opts: { scenario?: Scenario; industries?: string[]; to?: string | null }): RankContext {
  const scenario = opts.scenario ?? 'now';
  const network = buildNetwork(STATIONS.features, TRANSIT_LINES.features, scenario);
  const transitKm = cached((region): KmRange | null =>
    nearestStationRange({ coordinates: region.center, region }, network),
  );
  let commuteMin: RankContext['commuteMin'] = null;
  if (opts.to) {
    const m = loadMetro();
    const to = opts.to;
    commuteMin = cached((region): MinRange | null => {
      const t = doorToDoor(region, { kind: 'station', id: to }, m, { scenario, direction: 'to' });
      return t.lowMin === null ? null : { lowMin: t.lowMin, highMin: t.highMin };
    });
  }
  return {
    allParks: PARKS,
    projects: PLAN_PROJECTS.map((p) => ({ id: p.id, category: p.category, region: p.region })),
    industries: opts.industries ?? [],
    transitKm,
    commuteMin,
  };
}
