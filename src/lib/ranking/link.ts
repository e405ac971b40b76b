/**
 * The ranking's choices as link values (issue 23), for lib/url-state.ts and saved scenarios:
 * `w=transit:3,size:2,industry:2` (the criteria that are on, weights 0–5 in steps of 0.5), `inf=size:more` (an
 * influence other than the criterion's default), `lim=transit:-1.5,size:50000-300000,cluster:1-` (hard limits,
 * `min-max` with either end left out), `target=100000` (m²), `ckm=3`, `akm=2` (km). A value that cannot be read is
 * dropped through `warn` and the rest kept.
 */
import {
  CRITERIA,
  INFLUENCES,
  MAX_WEIGHT,
  type CriterionId,
  type CriterionSetting,
  type Influence,
  type Limit,
  type RankPrefs,
} from './types.ts';

const isCriterion = (v: string): v is CriterionId => (CRITERIA as readonly string[]).includes(v);
const entries = (raw: string): [string, string][] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((e) => {
      const i = e.indexOf(':');
      return i < 0 ? [e, ''] : [e.slice(0, i), e.slice(i + 1)];
    });
/** A figure as written in a link: no exponent, no sign, at most 2 decimals. */
const FIGURE = /^\d{1,9}(\.\d{1,2})?$/;
const figure = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Parses `w`: each `id:weight` (`none`: every criterion off); null when nothing in it can be read (the defaults then
 * stand).
 */
export function parseWeights(raw: string, warn: (value: string) => void): Partial<Record<CriterionId, number>> | null {
  const out: Partial<Record<CriterionId, number>> = {};
  if (raw === 'none') return out;
  for (const [id, w] of entries(raw)) {
    const weight = /^\d(\.[05])?$/.test(w) ? Number(w) : NaN;
    if (!isCriterion(id) || id in out || !(weight >= 0 && weight <= MAX_WEIGHT)) warn(`${id}:${w}`);
    else out[id] = weight;
  }
  return Object.keys(out).length ? out : null;
}

/** Parses `inf`: each `id:influence`, the influence one the criterion offers. */
export function parseInfluences(raw: string, warn: (value: string) => void): Partial<Record<CriterionId, Influence>> {
  const out: Partial<Record<CriterionId, Influence>> = {};
  for (const [id, v] of entries(raw)) {
    if (isCriterion(id) && !(id in out) && (INFLUENCES[id] as readonly string[]).includes(v)) out[id] = v as Influence;
    else warn(`${id}:${v}`);
  }
  return out;
}

/** Parses `lim`: each `id:min-max`, either end may be empty but not both, min ≤ max. */
export function parseLimits(raw: string, warn: (value: string) => void): Partial<Record<CriterionId, Limit>> {
  const out: Partial<Record<CriterionId, Limit>> = {};
  for (const [id, v] of entries(raw)) {
    const m = /^([^-]*)-([^-]*)$/.exec(v);
    const end = (s: string | undefined) => (s === '' || s === undefined ? null : FIGURE.test(s) ? Number(s) : NaN);
    const min = m ? end(m[1]) : NaN;
    const max = m ? end(m[2]) : NaN;
    const ok =
      isCriterion(id) &&
      !(id in out) &&
      !Number.isNaN(min) &&
      !Number.isNaN(max) &&
      (min !== null || max !== null) &&
      (min === null || max === null || min <= max);
    if (ok) out[id] = { min, max };
    else warn(`${id}:${v}`);
  }
  return out;
}

/**
 * The criteria a link's `w`, `inf` and `lim` describe. Without `w` the defaults are on; an influence or limit for a
 * criterion that is off is dropped through `warn`.
 */
export function criteriaOf(
  weights: Partial<Record<CriterionId, number>> | null,
  influences: Partial<Record<CriterionId, Influence>>,
  limits: Partial<Record<CriterionId, Limit>>,
  defaults: RankPrefs['criteria'],
  warn: (param: 'inf' | 'lim', value: string) => void,
): RankPrefs['criteria'] {
  const out: RankPrefs['criteria'] = {};
  for (const id of CRITERIA) {
    const weight = weights ? weights[id] : defaults[id]?.weight;
    if (weight === undefined) continue;
    const base = weights ? undefined : defaults[id];
    out[id] = {
      weight,
      influence: influences[id] ?? base?.influence ?? (INFLUENCES[id][0] as Influence),
      limit: limits[id] ?? base?.limit ?? null,
    };
  }
  for (const id of Object.keys(influences) as CriterionId[])
    if (!out[id]) warn('inf', `${id}:${influences[id] as string}`);
  for (const id of Object.keys(limits) as CriterionId[]) if (!out[id]) warn('lim', `${id}:${limitText(limits[id]!)}`);
  return out;
}

const limitText = (l: Limit) => `${l.min === null ? '' : figure(l.min)}-${l.max === null ? '' : figure(l.max)}`;
const on = (criteria: RankPrefs['criteria']) =>
  CRITERIA.filter((id) => criteria[id]).map((id) => [id, criteria[id]!] as [CriterionId, CriterionSetting]);

/** `w`'s value: the criteria that are on, in CRITERIA order (`none` when every criterion is off). */
export function writeWeights(criteria: RankPrefs['criteria']): string {
  const v = on(criteria).map(([id, s]) => `${id}:${figure(s.weight)}`);
  return v.length ? v.join(',') : 'none';
}
/** `inf`'s value: influences other than each criterion's default; null when none. */
export function writeInfluences(criteria: RankPrefs['criteria']): string | null {
  const v = on(criteria)
    .filter(([id, s]) => s.influence !== INFLUENCES[id][0])
    .map(([id, s]) => `${id}:${s.influence}`);
  return v.length ? v.join(',') : null;
}
/** `lim`'s value; null when no limit is set. */
export function writeLimits(criteria: RankPrefs['criteria']): string | null {
  const v = on(criteria)
    .filter(([, s]) => s.limit && (s.limit.min !== null || s.limit.max !== null))
    .map(([id, s]) => `${id}:${limitText(s.limit!)}`);
  return v.length ? v.join(',') : null;
}

/** Whether two sets of ranking choices are the same (the link omits them when they are the defaults). */
export function samePrefs(a: RankPrefs, b: RankPrefs): boolean {
  return (
    writeWeights(a.criteria) === writeWeights(b.criteria) &&
    writeInfluences(a.criteria) === writeInfluences(b.criteria) &&
    writeLimits(a.criteria) === writeLimits(b.criteria) &&
    a.targetM2 === b.targetM2 &&
    a.clusterKm === b.clusterKm &&
    a.amenitiesKm === b.amenitiesKm
  );
}
