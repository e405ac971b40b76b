/**
 * The metro network as the search walks it: for one scenario (today, or with the planned works) and one bound (the
 * lower or upper end of every interval), each line direction is a pattern of stops with a cost per hop and a cost per
 * boarding (the wait, and for the upper bound a minute per ride); interchanges cost their walk. A backward view is the
 * same network run in reverse (patterns reversed, interchange walks swapped), for searches towards a destination.
 * Built once per network, scenario, bound and direction, then shared.
 */
import type { LngLat, MetroNetworkFile } from '../schema.ts';
import { MODEL, waitMin, type Bound, type MetroScenario } from './model.ts';

export type Direction = 'forward' | 'backward';

export type ViewPattern = {
  /** The network's pattern id and line id (for routes). */
  id: string;
  lineId: string;
  /** Index of the line in the view. */
  line: number;
  /** Station indices in travel order. */
  stops: Int32Array;
  /** Minutes from stops[i] to stops[i + 1] (for a loop, the last goes back to stops[0]). */
  hop: Float64Array;
  loop: boolean;
  /** Minutes charged when boarding: the wait (and the upper bound's minute per ride). */
  board: number;
};

export type MetroView = {
  scenario: MetroScenario;
  bound: Bound;
  direction: Direction;
  stationIds: readonly string[];
  index: ReadonlyMap<string, number>;
  coords: readonly (LngLat | null)[];
  lineIds: readonly string[];
  patterns: readonly ViewPattern[];
  /** Street to platform (and back), minutes. */
  platform: number;
  /** Minutes to change at station `s` from line `a` to line `b` (the walk only: the wait is the next boarding's). */
  transfer: (s: number, a: number, b: number) => number;
  /** Stations of other names linked to each station by a walk (an out-of-station interchange), with its minutes. */
  links: readonly (readonly { to: number; min: number }[])[];
};

/** The hop's minutes at a bound: the timetable's median (low) or mean (high), or the estimate's ends. */
function hopMin(h: MetroNetworkFile['lines'][number]['patterns'][number]['hops'][number], bound: Bound): number {
  if (h.estimated) return bound === 'low' ? h.lowMin! : h.highMin!;
  return bound === 'low' ? h.medianMin! : h.meanMin!;
}

/**
 * The network as a search sees it. `now` leaves out the planned lines; `plan` keeps every line (the planned works run
 * beside today's network, so a trip after the plan is never slower than today's).
 */
export function metroView(
  net: MetroNetworkFile,
  scenario: MetroScenario,
  bound: Bound,
  direction: Direction,
): MetroView {
  const stationIds = net.stations.map((s) => s.id);
  const index = new Map(stationIds.map((id, i) => [id, i]));
  const lines = net.lines.filter((l) => scenario === 'plan' || l.status === 'open');
  const lineIds = lines.map((l) => l.id);
  const lineIndex = new Map(lineIds.map((id, i) => [id, i]));
  const patterns: ViewPattern[] = [];
  for (const line of lines) {
    for (const p of line.patterns) {
      const stops = p.stops.map((id) => index.get(id)!);
      const hops = p.hops.map((h) => hopMin(h, bound));
      const board = waitMin(p.headway, bound) + MODEL.ridePenaltyMin[bound];
      // Reversed: stops from last to first; hop i of the reversed pattern is hop (n - 2 - i) of the original (a loop
      // reversed: its last hop, s_0 back to s_{n-1}, is the original closing hop s_{n-1} → s_0).
      const forward = direction === 'forward';
      const rh = p.loop ? [...hops.slice(0, -1)].reverse().concat([hops.at(-1)!]) : [...hops].reverse();
      patterns.push({
        id: p.id,
        lineId: line.id,
        line: lineIndex.get(line.id)!,
        stops: Int32Array.from(forward ? stops : [...stops].reverse()),
        hop: Float64Array.from(forward ? hops : rh),
        loop: !!p.loop,
        board,
      });
    }
  }
  const nL = lineIds.length;
  const walks = new Map<number, number>();
  const key = (s: number, a: number, b: number) => (s * nL + a) * nL + b;
  for (const t of net.transfers) {
    const s = index.get(t.station);
    const a = lineIndex.get(t.fromLine);
    const b = lineIndex.get(t.toLine);
    if (s === undefined || a === undefined || b === undefined) continue;
    const min = bound === 'low' ? t.minMin : t.maxMin;
    // Backward, a change from b to a stands for the forward change from a to b.
    walks.set(direction === 'forward' ? key(s, a, b) : key(s, b, a), min);
  }
  const fallback = MODEL.transferDefaultMin[bound];
  const transfer = (s: number, a: number, b: number) => (a === b ? 0 : (walks.get(key(s, a, b)) ?? fallback));
  const links: { to: number; min: number }[][] = stationIds.map(() => []);
  for (const l of net.links) {
    const a = index.get(l.a);
    const b = index.get(l.b);
    if (a === undefined || b === undefined) continue;
    links[a]!.push({ to: b, min: fallback });
    links[b]!.push({ to: a, min: fallback });
  }
  return {
    scenario,
    bound,
    direction,
    stationIds,
    index,
    coords: net.stations.map((s) => (s.coordinates ? [s.coordinates[0], s.coordinates[1]] : null)),
    lineIds,
    patterns,
    platform: MODEL.platformMin[bound],
    transfer,
    links,
  };
}
