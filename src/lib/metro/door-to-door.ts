/**
 * Door to door (issue 22): how long from a park to a destination (or back) by metro, as an interval [low, high] whose
 * ends are two passes of the same search (model.ts MODEL). The park's place is a region (it may be known only to a
 * town); each candidate station is reached by walking its distance interval from the region: the low end walks the
 * near distance, the high end the far one, and a station farther than MODEL.maxWalkKm is not walked to. One search
 * from the destination serves every park (and the reach grid: reach.ts): prepareMetro keeps the views and searches.
 *
 * `doorToDoor(region, destination, metro, params)` returns `{ lowMin, highMin, routes }`.
 */
import type { LngLat, MetroNetworkFile } from '../schema.ts';
import type { KmRange, Region } from '../interval.ts';
import { rangeToNearest } from '../interval.ts';
import { metroView, type Direction, type MetroView } from './graph.ts';
import { legsTo, searchFrom, type SearchResult } from './search.ts';
import { BOUNDS, MODEL, walkMin, type Bound, type MetroScenario } from './model.ts';

/** Where people go: a station of the network, or any point (a gazetteer place), reached on foot from its stations. */
export type Destination = { kind: 'station'; id: string } | { kind: 'point'; id: string; at: LngLat };

/** Which way: from the park to the destination, or from the destination ("where my staff live") to the park. */
export type TripDirection = 'to' | 'from';

export type TripParams = { scenario: MetroScenario; direction: TripDirection };

/** A ride of a route, by the network's ids: line, pattern, stations boarded and left, and how many stops. */
export type RouteLeg = { lineId: string; patternId: string; from: string; to: string; stops: number };

/**
 * How a bound's time is made up, in travel order: walked all the way; or walked to a station (its straight-line
 * distance in km at this bound), the rides (consecutive legs change at the first leg's end), walked from the last.
 */
export type Route =
  | { kind: 'walk'; km: number }
  | { kind: 'metro'; board: string; walkInKm: number; legs: RouteLeg[]; alight: string; walkOutKm: number };

/**
 * A trip's interval in minutes. `lowMin` null: no station within walking distance of any part of the region, or no
 * route within MODEL.maxRides rides (`reason` says which). `highMin` null with a number for `lowMin`: some part of
 * the region lies beyond walking distance of every station (the worst case is not a metro trip).
 */
export type Trip = {
  lowMin: number | null;
  highMin: number | null;
  routes: { low: Route | null; high: Route | null };
  reason: 'ok' | 'beyond-walk' | 'partly-beyond-walk' | 'no-route';
};

type Prepared = {
  net: MetroNetworkFile;
  view: (scenario: MetroScenario, bound: Bound, direction: Direction) => MetroView;
  /** The search from (or, backward, towards) a destination, kept per destination, scenario, bound and direction. */
  searchFor: (
    destination: Destination,
    scenario: MetroScenario,
    bound: Bound,
    direction: TripDirection,
  ) => SearchResult | null;
  /** Station positions as walking sites, for distance intervals. */
  sites: readonly { index: number; at: LngLat }[];
};
export type PreparedMetro = Prepared;

const KM_PER_DEG = (Math.PI * 6371.0088) / 180;
/** Straight-line km between two points (equirectangular at their mean latitude: under 0.1 % off at this scale). */
export function pointKm(a: LngLat, b: LngLat): number {
  const kx = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180) * KM_PER_DEG;
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * KM_PER_DEG);
}

/**
 * The network ready for door-to-door questions: views built on first use, searches kept per destination (a few
 * dozen at most in a session).
 */
export function prepareMetro(net: MetroNetworkFile): PreparedMetro {
  const views = new Map<string, MetroView>();
  const view = (scenario: MetroScenario, bound: Bound, direction: Direction) => {
    const key = `${scenario}|${bound}|${direction}`;
    let v = views.get(key);
    if (!v) views.set(key, (v = metroView(net, scenario, bound, direction)));
    return v;
  };
  const sites = net.stations.flatMap((s, index) => (s.coordinates ? [{ index, at: s.coordinates as LngLat }] : []));
  const searches = new Map<string, SearchResult | null>();
  const searchFor = (destination: Destination, scenario: MetroScenario, bound: Bound, direction: TripDirection) => {
    const key = `${destination.kind}:${destination.id}|${scenario}|${bound}|${direction}`;
    if (searches.has(key)) return searches.get(key)!;
    // Towards a destination: a backward search from it; from it: a forward one. Its street times are the walk from
    // its stations to the point (0 for a station destination).
    const v = view(scenario, bound, direction === 'to' ? 'backward' : 'forward');
    const sources = new Float64Array(v.stationIds.length).fill(Infinity);
    if (destination.kind === 'station') {
      const i = v.index.get(destination.id);
      if (i !== undefined) sources[i] = 0;
    } else {
      for (const site of sites) {
        const km = pointKm(site.at, destination.at);
        if (km <= MODEL.maxWalkKm) sources[site.index] = walkMin(km, bound);
      }
    }
    const result = sources.some((t) => t < Infinity) ? searchFrom(v, sources) : null;
    searches.set(key, result);
    return result;
  };
  return { net, view, searchFor, sites };
}

/** A station's distance interval from a region, km. */
export type WalkableStation = { index: number; range: KmRange };

/**
 * The stations that may be walked to from a region: every station whose near distance is within MODEL.maxWalkKm, with
 * its interval. Computed once per region (the costly part) and reused for every destination.
 */
export function walkableStations(region: Region, metro: PreparedMetro): WalkableStation[] {
  const out: WalkableStation[] = [];
  const reach = MODEL.maxWalkKm + region.radiusKm;
  for (const site of metro.sites) {
    if (pointKm(site.at, region.center) > reach + 0.5) continue;
    const range = rangeToNearest(region, [{ at: site.at }]);
    if (range && range.nearKm <= MODEL.maxWalkKm) out.push({ index: site.index, range });
  }
  return out;
}

/** The point of a destination, if it has one (a station without a known position has none). */
function destinationPoint(destination: Destination, metro: PreparedMetro): LngLat | null {
  if (destination.kind === 'point') return destination.at;
  const s = metro.net.stations.find((x) => x.id === destination.id);
  return s?.coordinates ? (s.coordinates as LngLat) : null;
}

/** The legs of a search's route to station `i`, in travel order, by network ids. */
function routeLegs(result: SearchResult, i: number, direction: TripDirection): RouteLeg[] {
  const { view } = result;
  const legs = legsTo(result, i).map((l) => {
    const p = view.patterns[l.patternIndex]!;
    const a = view.stationIds[l.from]!;
    const b = view.stationIds[l.to]!;
    // A backward search rode each pattern reversed: in travel order the leg runs from b to a.
    return direction === 'to'
      ? { lineId: p.lineId, patternId: p.id, from: b, to: a, stops: l.stops }
      : { lineId: p.lineId, patternId: p.id, from: a, to: b, stops: l.stops };
  });
  return direction === 'to' ? legs.reverse() : legs;
}

/**
 * One bound of a trip: the least, over the stations walkable at this bound, of the walk and the search's time from
 * there; and the walk alone where the destination is within walking distance.
 */
function bound(
  access: readonly WalkableStation[],
  region: Region,
  destination: Destination,
  metro: PreparedMetro,
  params: TripParams,
  b: Bound,
): { min: number; route: Route } | null {
  const result = metro.searchFor(destination, params.scenario, b, params.direction);
  let best: { min: number; route: Route } | null = null;
  const point = destinationPoint(destination, metro);
  if (point) {
    const r = rangeToNearest(region, [{ at: point }]);
    const km = r ? (b === 'low' ? r.nearKm : r.farKm) : Infinity;
    if (km <= MODEL.maxWalkKm) best = { min: walkMin(km, b), route: { kind: 'walk', km } };
  }
  if (!result) return best;
  for (const a of access) {
    const km = b === 'low' ? a.range.nearKm : a.range.farKm;
    if (km > MODEL.maxWalkKm) continue;
    const rest = result.street[a.index]!;
    if (rest === Infinity) continue;
    const min = walkMin(km, b) + rest;
    if (best && best.min <= min) continue;
    const legs = routeLegs(result, a.index, params.direction);
    const parkStation = metro.net.stations[a.index]!.id;
    const far = legs.length ? (params.direction === 'to' ? legs.at(-1)!.to : legs[0]!.from) : parkStation;
    const farKm =
      destination.kind === 'point' && point
        ? pointKm(metro.net.stations.find((s) => s.id === far)?.coordinates as LngLat, point)
        : 0;
    best = {
      min,
      route:
        params.direction === 'to'
          ? { kind: 'metro', board: parkStation, walkInKm: km, legs, alight: far, walkOutKm: farKm }
          : { kind: 'metro', board: far, walkInKm: farKm, legs, alight: parkStation, walkOutKm: km },
    };
  }
  return best;
}

/**
 * The door-to-door interval between a region and a destination: `{ lowMin, highMin, routes, reason }` (see Trip).
 * `access` is walkableStations(region, metro), passed in so it is computed once per park.
 */
export function doorToDoor(
  region: Region,
  destination: Destination,
  metro: PreparedMetro,
  params: TripParams,
  access: readonly WalkableStation[] = walkableStations(region, metro),
): Trip {
  const [low, high] = BOUNDS.map((b) => bound(access, region, destination, metro, params, b));
  if (!low) {
    const walkable = access.length > 0;
    return {
      lowMin: null,
      highMin: null,
      routes: { low: null, high: null },
      reason: walkable ? 'no-route' : 'beyond-walk',
    };
  }
  return {
    lowMin: low.min,
    highMin: high ? Math.max(high.min, low.min) : null,
    routes: { low: low.route, high: high?.route ?? null },
    reason: high ? 'ok' : 'partly-beyond-walk',
  };
}
