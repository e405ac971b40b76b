/**
 * How robust the first place is (issue 23): for each counted criterion, how far its weight alone may move (within
 * 0–MAX_WEIGHT, the others fixed, excluded parks staying excluded) before another park takes first place. Found
 * exactly, not by stepping: with un-normalised weights every park's L shares the denominator Σw, so the ordering key
 * L · Σw / 100 = A_i + w · a_i is linear in the moving weight w, and each rival's crossing with the first park is the
 * root of a linear function.
 */
import { weightOf } from './score.ts';
import { countedCriteria } from './values.ts';
import {
  MAX_WEIGHT,
  ROBUST_MIN_MOVE,
  type CriterionId,
  type RankResult,
  type RankRow,
  type RankSettings,
  type Robustness,
  type ValueTable,
} from './types.ts';

/** A park's ordering keys as lines in the moving weight: L·Σw/100 = A + w·a, U·Σw/100 = B + w·b. */
type Line = { A: number; a: number; B: number; b: number; seq: number; id: string };

/** Differences below this (in weight × score units) are ties: sums in a different order may differ in the last bit. */
const EPS = 1e-12;

function linesFor(rows: readonly RankRow[], ids: readonly CriterionId[], w: readonly number[], k: number): Line[] {
  return rows.map((r) => {
    let A = 0,
      B = 0;
    ids.forEach((id, m) => {
      if (m === k) return;
      const u = r.utilities[id]!;
      A += w[m]! * u.low;
      B += w[m]! * u.high;
    });
    const u = r.utilities[ids[k]!]!;
    return { A, a: u.low, B, b: u.high, seq: r.park.seq, id: r.park.id };
  });
}

/** Whether `j` sorts before `f` at weight x by the ranking's rules: higher L, then higher U, then lower seq. */
function sortsBefore(j: Line, f: Line, x: number): boolean {
  const d = j.A + x * j.a - (f.A + x * f.a);
  if (Math.abs(d) > EPS) return d > 0;
  const e = j.B + x * j.b - (f.B + x * f.b);
  if (Math.abs(e) > EPS) return e > 0;
  return j.seq < f.seq;
}

/**
 * The least move t ∈ [0, span] of the weight from w0 in direction `dir` (+1 up, −1 down) at which `j` sorts before
 * `f` (or, where it overtakes only just past a tie, the tie itself: the move's infimum), or null. `openEnd`: the far
 * end of the span is excluded (weight 0 when every other weight is 0: nothing would be scored there).
 */
function crossing(j: Line, f: Line, w0: number, dir: 1 | -1, span: number, openEnd: boolean): number | null {
  const at = (t: number) => w0 + dir * t;
  const c = j.A + w0 * j.a - (f.A + w0 * f.a);
  const s = dir * (j.a - f.a);
  let t: number | null = null;
  if (s > 0) t = Math.max(0, -c / s);
  else if (Math.abs(c) <= EPS && Math.abs(s) <= EPS) {
    // Tied on L all along this way: the upper end decides.
    const e = j.B + w0 * j.b - (f.B + w0 * f.b);
    const q = dir * (j.b - f.b);
    if (q > 0) t = Math.max(0, -e / q);
    else if (Math.abs(e) <= EPS && Math.abs(q) <= EPS && j.seq < f.seq) t = 0;
  }
  if (t === null || t > span) return null;
  if (t === span && (openEnd || !sortsBefore(j, f, at(span)))) return null;
  return t;
}

/**
 * Whether the first park (rows[0]: highest L, then U, then plan order) stays first as each counted criterion's weight
 * moves alone over [0, MAX_WEIGHT]: per criterion the distance to the nearest weight below (`down`) and above (`up`)
 * at which another park overtakes it or ties and sorts first by the tie rules, and that park's id; null where none
 * within the range. `weakest`: the smallest margin (ties: CRITERIA order, down before up); `robust`: false when that
 * is under ROBUST_MIN_MOVE or the first two parks tie on L. Fewer than 2 rows (or nothing scored): null.
 */
export function robustness(table: ValueTable, settings: RankSettings, result: RankResult): Robustness | null {
  const rows = result.rows;
  if (result.reason !== 'ok' || rows.length < 2) return null;
  const ids = countedCriteria(settings, table.unavailable).filter((id) => result.weights[id] !== undefined);
  const w = ids.map((id) => weightOf(settings.criteria[id]!));
  const total = w.reduce((a, b) => a + b, 0);
  const margins: Robustness['margins'] = [];
  let weakest: Robustness['weakest'] = null;
  for (const [k, id] of ids.entries()) {
    const lines = linesFor(rows, ids, w, k);
    const f = lines[0]!;
    const w0 = w[k]!;
    const othersZero = total - w0 <= 0;
    const nearest = (dir: 1 | -1) => {
      const span = dir === 1 ? MAX_WEIGHT - w0 : w0;
      let best: { t: number; line: Line } | null = null;
      for (const j of lines.slice(1)) {
        const t = crossing(j, f, w0, dir, span, dir === -1 && othersZero);
        if (t === null) continue;
        // Several rivals at the same weight: the one that sorts first just past it.
        if (!best || t < best.t || (t === best.t && sortsBefore(j, best.line, w0 + dir * Math.min(span, t + 1e-9)))) {
          best = { t, line: j };
        }
      }
      return best;
    };
    const down = nearest(-1);
    const up = nearest(1);
    margins.push({
      criterion: id,
      down: down?.t ?? null,
      up: up?.t ?? null,
      takenBy: { down: down?.line.id ?? null, up: up?.line.id ?? null },
    });
    for (const m of [down, up]) if (m && (!weakest || m.t < weakest.by)) weakest = { criterion: id, by: m.t };
  }
  const tied = rows[1]!.score.low === rows[0]!.score.low;
  const robust = !tied && !(weakest !== null && weakest.by < ROBUST_MIN_MOVE);
  return { firstId: rows[0]!.park.id, margins, weakest, robust };
}
