/**
 * The search over a metro view (graph.ts): round by round, one more ride per round (RAPTOR's scheme, on frequencies
 * instead of timetables), up to MODEL.maxRides. From street times at some stations (the walk to them) it finds the
 * least street time at every station: street → platform, wait, ride, interchange walks and waits, platform → street.
 * In a backward view the same search gives, for every station, the time from its street to the sources (a
 * destination). Each label keeps where it came from, so the route of any station's time can be read back.
 * Pure and allocation-light: a few typed arrays per search.
 */
import type { MetroView } from './graph.ts';
import { MODEL } from './model.ts';

export type SearchResult = {
  view: MetroView;
  /** Least minutes at each station's street (Infinity where unreached); sources keep their own time. */
  street: Float64Array;
  /** Where each street time came from: -1 a source, else the round (rides) and line of the arrival. */
  streetRound: Int8Array;
  streetLine: Int16Array;
  /** Per round (index k − 1): arrival minutes on the platform of each station and line, and how. */
  rounds: readonly Round[];
};

type Round = {
  arr: Float64Array;
  /** The pattern ridden, the positions boarded and alighted, and what came before the boarding. */
  pattern: Int16Array;
  boardPos: Int16Array;
  alightPos: Int16Array;
  /** -1: boarded from a source's street; else the line arrived on (in the previous round) at prevStation. */
  prevLine: Int16Array;
  prevStation: Int32Array;
};

/** One ride of a route: a line from one station to another (indices into the view). */
export type Leg = { patternIndex: number; from: number; to: number; stops: number };

/**
 * The least street time at every station from `sources` (street minutes per station, Infinity where not a source),
 * within `maxRides` rides.
 */
export function searchFrom(view: MetroView, sources: Float64Array, maxRides: number = MODEL.maxRides): SearchResult {
  const nS = view.stationIds.length;
  const nL = view.lineIds.length;
  const street = Float64Array.from(sources);
  const streetRound = new Int8Array(nS).fill(-1);
  const streetLine = new Int16Array(nS).fill(-1);
  const rounds: Round[] = [];
  // Minutes at which a line can be boarded at a station in this round, before its wait (platform reached).
  let base = new Float64Array(nS * nL).fill(Infinity);
  let baseLine = new Int16Array(nS * nL).fill(-1);
  let baseStation = new Int32Array(nS * nL).fill(-1);
  for (let s = 0; s < nS; s++) {
    const t = sources[s]!;
    if (t === Infinity) continue;
    for (let l = 0; l < nL; l++) {
      base[s * nL + l] = t + view.platform;
      baseStation[s * nL + l] = s;
    }
  }
  for (let k = 1; k <= maxRides; k++) {
    const r: Round = {
      arr: new Float64Array(nS * nL).fill(Infinity),
      pattern: new Int16Array(nS * nL).fill(-1),
      boardPos: new Int16Array(nS * nL),
      alightPos: new Int16Array(nS * nL),
      prevLine: new Int16Array(nS * nL).fill(-1),
      prevStation: new Int32Array(nS * nL).fill(-1),
    };
    let any = false;
    view.patterns.forEach((p, pi) => {
      const n = p.stops.length;
      const m = p.loop ? 2 * n - 1 : n;
      let onboard = Infinity;
      let boardPos = -1;
      let fromLine = -1;
      let fromStation = -1;
      for (let pos = 0; pos < m; pos++) {
        const i = pos % n;
        const s = p.stops[i]!;
        const cell = s * nL + p.line;
        if (onboard < r.arr[cell]!) {
          r.arr[cell] = onboard;
          r.pattern[cell] = pi;
          r.boardPos[cell] = boardPos;
          r.alightPos[cell] = pos;
          r.prevLine[cell] = fromLine;
          r.prevStation[cell] = fromStation;
          any = true;
        }
        if (pos < n) {
          const b = base[cell]! + p.board;
          if (b < onboard) {
            onboard = b;
            boardPos = pos;
            fromLine = baseLine[cell]!;
            fromStation = baseStation[cell]!;
          }
        }
        if (onboard < Infinity && (p.loop || i < n - 1)) onboard += p.hop[i]!;
      }
    });
    rounds.push(r);
    if (!any) break;
    // Street times, and the next round's boarding bases: change lines here, or walk a link to another station.
    const next = new Float64Array(nS * nL).fill(Infinity);
    const nextLine = new Int16Array(nS * nL).fill(-1);
    const nextStation = new Int32Array(nS * nL).fill(-1);
    for (let s = 0; s < nS; s++) {
      for (let a = 0; a < nL; a++) {
        const t = r.arr[s * nL + a]!;
        if (t === Infinity) continue;
        if (t + view.platform < street[s]!) {
          street[s] = t + view.platform;
          streetRound[s] = k;
          streetLine[s] = a;
        }
        for (let b = 0; b < nL; b++) {
          const c = t + view.transfer(s, a, b);
          if (c < next[s * nL + b]!) {
            next[s * nL + b] = c;
            nextLine[s * nL + b] = a;
            nextStation[s * nL + b] = s;
          }
        }
        for (const link of view.links[s]!) {
          for (let b = 0; b < nL; b++) {
            const c = t + link.min;
            if (c < next[link.to * nL + b]!) {
              next[link.to * nL + b] = c;
              nextLine[link.to * nL + b] = a;
              nextStation[link.to * nL + b] = s;
            }
          }
        }
      }
    }
    base = next;
    baseLine = nextLine;
    baseStation = nextStation;
  }
  return { view, street, streetRound, streetLine, rounds };
}

/**
 * The rides that give station `s` its street time, in the order of the search (from a source outward), or [] where
 * `s` is a source itself or unreached. In a backward view the legs run from the destination back; routes.ts turns
 * them around.
 */
export function legsTo(result: SearchResult, s: number): Leg[] {
  const { view, rounds } = result;
  const nL = view.lineIds.length;
  let k = result.streetRound[s]!;
  let line = result.streetLine[s]!;
  let at = s;
  const legs: Leg[] = [];
  while (k >= 1 && line >= 0) {
    const r = rounds[k - 1]!;
    const cell = at * nL + line;
    const pi = r.pattern[cell]!;
    if (pi < 0) break;
    const p = view.patterns[pi]!;
    const from = p.stops[r.boardPos[cell]! % p.stops.length]!;
    legs.unshift({ patternIndex: pi, from, to: at, stops: r.alightPos[cell]! - r.boardPos[cell]! });
    const prevLine = r.prevLine[cell]!;
    const prevStation = r.prevStation[cell]!;
    if (prevLine < 0) break;
    k -= 1;
    line = prevLine;
    at = prevStation;
  }
  return legs;
}
