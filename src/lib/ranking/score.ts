/**
 * The weighted score (issue 23): cheap, run on every weight change over a ValueTable (values.ts). Each counted
 * criterion's value interval becomes a [0, 1] score interval against the fixed anchors (anchors.ts); the weighted mean
 * ×100 gives the score interval [L, U], and the intervals give a rank range: best = 1 + the parks certainly better,
 * worst = 1 + the parks possibly better.
 */
import { utilityRange } from './anchors.ts';
import { countedCriteria } from './values.ts';
import {
  MAX_WEIGHT,
  type CriterionId,
  type CriterionSetting,
  type Interval,
  type LimitFailure,
  type RankResult,
  type RankRow,
  type RankSettings,
  type Relation,
  type Tier,
  type ValueRange,
  type ValueTable,
} from './types.ts';

/** A setting's weight as scored: clamped to [0, MAX_WEIGHT]; not a number gives 0. */
export function weightOf(setting: CriterionSetting): number {
  const w = setting.weight;
  return Number.isFinite(w) ? Math.min(MAX_WEIGHT, Math.max(0, w)) : 0;
}

/** The tier of a score on 0–100, from fixed bands: 'high' ≥ 67, 'mid' ≥ 33, 'low' below (NaN: 'low'). */
export function tierOf(score: number): Tier {
  if (score >= 67) return 'high';
  if (score >= 33) return 'mid';
  return 'low';
}

/**
 * Where a value stands against a limit [min, max] (either end null: no bound): null when certainly inside; a failure
 * `certain: true` when certainly outside (value.high < min or value.low > max), `certain: false` when possibly
 * outside (an end outside) or when the park has no value.
 */
export function limitFailure(
  criterion: CriterionId,
  value: ValueRange | null,
  limit: NonNullable<CriterionSetting['limit']>,
): LimitFailure | null {
  const { min, max } = limit;
  if (min === null && max === null) return null;
  if (!value) return { criterion, value, limit, certain: false };
  const certain = (min !== null && value.high < min) || (max !== null && value.low > max);
  const possible = (min !== null && value.low < min) || (max !== null && value.high > max);
  if (certain || possible) return { criterion, value, limit, certain };
  return null;
}

const clamp100 = (x: number) => Math.min(100, Math.max(0, x));

/**
 * Scores a table with the settings' weights, influences and limits. Counted criteria: on and not unavailable (a
 * weight of 0 counts for nothing but its limit still applies). Weights are normalised (ŵ = w / Σw); no counted
 * criterion or Σw = 0 gives `reason: 'no-weight'` and no rows. A park's score is [L, U] = 100 · Σ ŵ · [u.low, u.high]
 * with u = utilityRange (no value: [0, 1]); contributions are 100 · ŵ · u. A park certainly outside a limit is
 * excluded (with every limit it fails, certain or not); possibly outside, or without a value, it stays with a warning.
 * Rows are ordered by L (high first), then U, then plan order (`seq`); ranks: best = 1 + #{j: L_j > U_i}, worst =
 * 1 + #{j ≠ i: U_j > L_i} (exact ties share a rank; exact criteria give best = worst). Empty table: no rows, 'ok'.
 */
export function scoreTable(table: ValueTable, settings: RankSettings): RankResult {
  const ids = countedCriteria(settings, table.unavailable);
  const raw = ids.map((id) => weightOf(settings.criteria[id]!));
  const total = raw.reduce((a, b) => a + b, 0);
  if (ids.length === 0 || !(total > 0)) {
    return { rows: [], excluded: [], weights: {}, unavailable: table.unavailable, reason: 'no-weight' };
  }
  const weights: Partial<Record<CriterionId, number>> = {};
  ids.forEach((id, k) => (weights[id] = raw[k]! / total));

  const rows: RankRow[] = [];
  const excluded: RankResult['excluded'] = [];
  for (const park of table.parks) {
    const all = table.values.get(park.id) ?? {};
    const values: RankRow['values'] = {};
    const utilities: RankRow['utilities'] = {};
    const contributions: RankRow['contributions'] = {};
    const failures: LimitFailure[] = [];
    let low = 0,
      high = 0;
    for (const id of ids) {
      const setting = settings.criteria[id]!;
      const value = all[id] ?? null;
      values[id] = value;
      const u = utilityRange(id, setting.influence, value, settings);
      const w = weights[id]!;
      utilities[id] = u;
      contributions[id] = { low: 100 * w * u.low, high: 100 * w * u.high };
      low += w * u.low;
      high += w * u.high;
      const failure = setting.limit ? limitFailure(id, value, setting.limit) : null;
      if (failure) failures.push(failure);
    }
    if (failures.some((f) => f.certain)) {
      excluded.push({ park, failures });
      continue;
    }
    const score = { low: clamp100(100 * low), high: clamp100(100 * high) };
    rows.push({
      park,
      score,
      rank: { best: 1, worst: 1 },
      tier: { low: tierOf(score.low), high: tierOf(score.high) },
      contributions,
      utilities,
      values,
      warnings: failures,
    });
  }
  rows.sort((a, b) => b.score.low - a.score.low || b.score.high - a.score.high || a.park.seq - b.park.seq);
  for (const r of rows) {
    let better = 0,
      maybe = 0;
    for (const o of rows) {
      if (o === r) continue;
      if (o.score.low > r.score.high) better += 1;
      if (o.score.high > r.score.low) maybe += 1;
    }
    r.rank = { best: 1 + better, worst: 1 + maybe };
  }
  return { rows, excluded, weights, unavailable: table.unavailable, reason: 'ok' };
}

/**
 * How score interval `a` stands against `b`: certainly better (L_a > U_b) or worse (U_a < L_b); possibly better when
 * neither end of a is below b's (a.low ≥ b.low and a.high ≥ b.high, not both equal), possibly worse for the mirror;
 * otherwise (one nests in the other, or they are equal) cannot tell.
 */
export function relation(a: Interval, b: Interval): Relation {
  if (a.low > b.high) return 'certainly-better';
  if (a.high < b.low) return 'certainly-worse';
  const same = a.low === b.low && a.high === b.high;
  if (!same && a.low >= b.low && a.high >= b.high) return 'possibly-better';
  if (!same && a.low <= b.low && a.high <= b.high) return 'possibly-worse';
  return 'cannot-tell';
}

/** relation of every row's score to every other's: m[i][j] is row i against row j; the diagonal is 'cannot-tell'. */
export function pairwise(rows: readonly RankRow[]): Relation[][] {
  return rows.map((a, i) => rows.map((b, j) => (i === j ? 'cannot-tell' : relation(a.score, b.score))));
}
