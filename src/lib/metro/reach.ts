/**
 * Reach on the map (issue 22): the area from which a destination is certainly, or only possibly, within N minutes door
 * to door. The district is cut into cells of about 250 m; a cell is taken as the disc around it (its corners
 * included), so its distance to a station is an interval like a park's. One search from the destination gives every
 * station's time to it (door-to-door.ts prepareMetro), then each cell takes its walkable stations: the low end walks
 * the near distance, the high end the far one. Pure; run in a worker (src/workers/reach.worker.ts).
 */
import type { LngLat } from '../schema.ts';
import { lngLatInRing, type Ring } from '../interval.ts';
import { MODEL, walkMin, type Bound, type MetroScenario } from './model.ts';
import { pointKm, type Destination, type PreparedMetro, type TripDirection } from './door-to-door.ts';

const KM_PER_DEG = (Math.PI * 6371.0088) / 180;

/** The grid: `count` cells of `cellKm`, their centres (lng, lat pairs) and their row and column. */
export type ReachGrid = {
  cellKm: number;
  /** The south-west corner of cell (0, 0), and the size of a cell in degrees. */
  origin: LngLat;
  dLng: number;
  dLat: number;
  count: number;
  centres: Float64Array;
  row: Int32Array;
  col: Int32Array;
};

/** The cells of `cellKm` whose centre lies in the district (its outer rings). */
export function reachGrid(rings: readonly Ring[], cellKm = 0.25): ReachGrid {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const ring of rings)
    for (const p of ring) {
      w = Math.min(w, p[0]!);
      e = Math.max(e, p[0]!);
      s = Math.min(s, p[1]!);
      n = Math.max(n, p[1]!);
    }
  const dLat = cellKm / KM_PER_DEG;
  const dLng = cellKm / (KM_PER_DEG * Math.cos((((s + n) / 2) * Math.PI) / 180));
  const nx = Math.ceil((e - w) / dLng);
  const ny = Math.ceil((n - s) / dLat);
  const centres: number[] = [];
  const row: number[] = [];
  const col: number[] = [];
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const x = w + (i + 0.5) * dLng;
      const y = s + (j + 0.5) * dLat;
      if (rings.some((r) => lngLatInRing(r, x, y))) {
        centres.push(x, y);
        row.push(j);
        col.push(i);
      }
    }
  return {
    cellKm,
    origin: [w, s],
    dLng,
    dLat,
    count: row.length,
    centres: Float64Array.from(centres),
    row: Int32Array.from(row),
    col: Int32Array.from(col),
  };
}

/** Per cell, the interval in minutes to (or from) the destination: Infinity where no end can be given. */
export type CellTimes = { low: Float64Array; high: Float64Array };

/**
 * Every cell's door-to-door interval, from one search per bound (the fast way): for each cell, the stations within
 * walking distance of its disc, each with the search's time from it.
 */
export function cellTimes(
  grid: ReachGrid,
  metro: PreparedMetro,
  destination: Destination,
  scenario: MetroScenario,
  direction: TripDirection = 'to',
): CellTimes {
  const half = (grid.cellKm * Math.SQRT2) / 2;
  const reach = MODEL.maxWalkKm + half;
  // Stations in square buckets as wide as the walking reach, so each cell looks at the nine around it.
  const bw = (grid.dLng * reach) / grid.cellKm;
  const bh = (grid.dLat * reach) / grid.cellKm;
  const bucketOf = (x: number, y: number): [number, number] => [
    Math.floor((x - grid.origin[0]) / bw),
    Math.floor((y - grid.origin[1]) / bh),
  ];
  const bucket = new Map<number, { index: number; at: LngLat }[]>();
  const key = (bx: number, by: number) => bx * 4096 + by;
  for (const site of metro.sites) {
    const k = key(...bucketOf(site.at[0], site.at[1]));
    if (!bucket.has(k)) bucket.set(k, []);
    bucket.get(k)!.push(site);
  }
  const point =
    destination.kind === 'point'
      ? destination.at
      : ((metro.net.stations.find((s) => s.id === destination.id)?.coordinates ?? null) as LngLat | null);
  const out: CellTimes = {
    low: new Float64Array(grid.count).fill(Infinity),
    high: new Float64Array(grid.count).fill(Infinity),
  };
  for (const bound of ['low', 'high'] as Bound[]) {
    const result = metro.searchFor(destination, scenario, bound, direction);
    const times = out[bound];
    for (let c = 0; c < grid.count; c++) {
      const at: LngLat = [grid.centres[2 * c]!, grid.centres[2 * c + 1]!];
      let best = Infinity;
      if (point) {
        const d = pointKm(at, point);
        const km = bound === 'low' ? Math.max(0, d - half) : d + half;
        if (km <= MODEL.maxWalkKm) best = walkMin(km, bound);
      }
      if (result) {
        const [bx, by] = bucketOf(at[0], at[1]);
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++)
            for (const site of bucket.get(key(bx + dx, by + dy)) ?? []) {
              const rest = result.street[site.index]!;
              if (rest === Infinity) continue;
              const d = pointKm(at, site.at);
              const km = bound === 'low' ? Math.max(0, d - half) : d + half;
              if (km > MODEL.maxWalkKm) continue;
              const t = walkMin(km, bound) + rest;
              if (t < best) best = t;
            }
      }
      times[c] = best;
    }
  }
  return out;
}

/** Reach states: 2 certainly within N minutes (the high end is), 1 only possibly (the low end is), 0 not. */
export function reachStates(times: CellTimes, maxMin: number): Uint8Array {
  const out = new Uint8Array(times.low.length);
  for (let c = 0; c < out.length; c++) out[c] = times.high[c]! <= maxMin ? 2 : times.low[c]! <= maxMin ? 1 : 0;
  return out;
}

/** Square km of the cells in a state (or more, with `atLeast`). */
export function areaKm2(grid: ReachGrid, states: Uint8Array, atLeast: number): number {
  let n = 0;
  for (const s of states) if (s >= atLeast) n += 1;
  return n * grid.cellKm * grid.cellKm;
}

/**
 * The reach as map features: runs of neighbouring cells in a row with one state merged into one rectangle (a few
 * hundred features, not thousands). `state` is the reach state now or after the plan; `added` marks cells certainly
 * within N only after the plan (`before` given).
 */
export function reachFeatures(
  grid: ReachGrid,
  states: Uint8Array,
  before?: Uint8Array,
): {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { state: number; added: boolean };
    geometry: { type: 'Polygon'; coordinates: number[][][] };
  }[];
} {
  const features: {
    type: 'Feature';
    properties: { state: number; added: boolean };
    geometry: { type: 'Polygon'; coordinates: number[][][] };
  }[] = [];
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  let c = 0;
  while (c < grid.count) {
    const state = states[c]!;
    const added = !!before && state === 2 && before[c]! < 2;
    let end = c;
    while (
      end + 1 < grid.count &&
      grid.row[end + 1] === grid.row[c] &&
      grid.col[end + 1] === grid.col[end]! + 1 &&
      states[end + 1] === state &&
      (!!before && states[end + 1] === 2 && before[end + 1]! < 2) === added
    )
      end += 1;
    if (state > 0) {
      const x0 = round(grid.origin[0] + grid.col[c]! * grid.dLng);
      const x1 = round(grid.origin[0] + (grid.col[end]! + 1) * grid.dLng);
      const y0 = round(grid.origin[1] + grid.row[c]! * grid.dLat);
      const y1 = round(y0 + grid.dLat);
      features.push({
        type: 'Feature',
        properties: { state, added },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x0, y0],
              [x1, y0],
              [x1, y1],
              [x0, y1],
              [x0, y0],
            ],
          ],
        },
      });
    }
    c = end + 1;
  }
  return { type: 'FeatureCollection', features };
}
