/**
 * How often each park ranks first when every site is drawn at random from its placement region (issue 23): a
 * Monte Carlo estimate beside the score intervals, deterministic for a seed (mulberry32), so a link reproduces it.
 */
import type { LngLat } from '../schema.ts';
import { lngLatInRing, type Region } from '../interval.ts';
import type { Park } from '../parks.ts';
import { utility } from './anchors.ts';
import { limitFailure, weightOf } from './score.ts';
import { countedCriteria, unavailableCriteria, valuesAtPlacement } from './values.ts';
import type { CriterionId, MonteCarloResult, RankContext, RankSettings, ValueRange } from './types.ts';

/**
 * A small seeded generator of uniform numbers in [0, 1) (mulberry32, public domain): the same seed gives the same
 * sequence. The seed is taken as a 32-bit integer.
 */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KM_PER_DEG = (Math.PI * 6371.0088) / 180;

/** Rejection tries before a ringed region falls back to its centre (a region whose rings barely meet its disc). */
const MAX_TRIES = 1000;

/**
 * A point drawn uniformly (by area) from a region (lib/interval.ts Region: the disc of radiusKm around the centre,
 * intersected with the union of its rings when set). Draws in the disc (radius R·√u, so equal areas are equally
 * likely; km to degrees at the centre's latitude), or, with rings and radius 0, in the rings' bounding box, and keeps
 * the first draw inside a ring; after MAX_TRIES failed draws, the centre. Radius 0 without rings (a surveyed point):
 * the centre, drawing nothing.
 */
export function samplePoint(region: Region, rng: () => number): LngLat {
  const rings = region.rings?.filter((r) => r.length >= 3) ?? [];
  const r = Math.max(0, region.radiusKm);
  if (rings.length === 0 && r === 0) return region.center;
  const [cx, cy] = region.center;
  const kx = Math.cos((cy * Math.PI) / 180) * KM_PER_DEG;
  let box: [number, number, number, number] | null = null;
  if (r === 0) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings)
      for (const p of ring) {
        box = [Math.min(box[0], p[0]!), Math.min(box[1], p[1]!), Math.max(box[2], p[0]!), Math.max(box[3], p[1]!)];
      }
  }
  const draw = (): LngLat => {
    if (box) return [box[0] + rng() * (box[2] - box[0]), box[1] + rng() * (box[3] - box[1])];
    const theta = 2 * Math.PI * rng();
    const d = r * Math.sqrt(rng());
    return [cx + (d * Math.cos(theta)) / kx, cy + (d * Math.sin(theta)) / KM_PER_DEG];
  };
  if (rings.length === 0) return draw();
  for (let i = 0; i < MAX_TRIES; i++) {
    const p = draw();
    if (rings.some((ring) => lngLatInRing(ring, p[0], p[1]))) return p;
  }
  return region.center;
}

/** A placement's value as one number: the midpoint of an interval, its low end when the high end is Infinity. */
function pointValue(v: ValueRange): number {
  return v.high === Infinity ? v.low : (v.low + v.high) / 2;
}

/**
 * The share of placements in which each candidate ranks first. The rules (quoted in the README):
 * - each sample places every park of `ctx.allParks` (and any candidate not among them) and every plan project at a
 *   point drawn uniformly from its placement region (samplePoint), in that order, from one mulberry32(seed) stream;
 * - each candidate's values at that placement come from valuesAtPlacement (transit and commute asked of the point;
 *   cluster and amenities exact counts of straight-line distances);
 * - a value that is still an interval at a point (commute) takes its midpoint, or its low end when the high end is
 *   Infinity; a park with no value takes 0.5 for that criterion (the midpoint of [0, 1]);
 * - the score is the same weighted mean as scoreTable (the same normalised weights and influences); a park certainly
 *   failing a limit at that placement takes no part in that sample;
 * - the highest score ranks first; parks tied exactly split that sample equally.
 * Shares are over all `samples` (they sum to 1 unless some sample left no park at all). Nothing counted, Σw = 0, no
 * candidates or samples ≤ 0: every share 0 (an empty map when there are no candidates).
 */
export function monteCarlo(
  candidates: readonly Park[],
  settings: RankSettings,
  ctx: RankContext,
  opts: { samples: number; seed: number },
): MonteCarloResult {
  const samples = Math.max(0, Math.floor(opts.samples));
  const result = (firstShare: Map<string, number>): MonteCarloResult => ({
    samples,
    seed: opts.seed,
    firstShare,
    standardError: (p) => (samples > 0 ? Math.sqrt((p * (1 - p)) / samples) : 0),
  });
  const wins = new Map<string, number>(candidates.map((p) => [p.id, 0]));
  const ids: CriterionId[] = countedCriteria(settings, unavailableCriteria(settings, ctx));
  const raw = ids.map((id) => weightOf(settings.criteria[id]!));
  const total = raw.reduce((a, b) => a + b, 0);
  if (candidates.length === 0 || ids.length === 0 || !(total > 0) || samples === 0) return result(wins);

  const placed: Park[] = [...ctx.allParks];
  const known = new Set(placed.map((p) => p.id));
  for (const p of candidates) if (!known.has(p.id)) placed.push(p);
  const rng = mulberry32(opts.seed);
  const parkAt = new Map<string, LngLat>();
  const projectAt = new Map<string, LngLat>();
  const at = (id: string) => parkAt.get(id)!;
  const atProject = (id: string) => projectAt.get(id)!;

  for (let s = 0; s < samples; s++) {
    for (const p of placed) parkAt.set(p.id, samplePoint(p.region, rng));
    for (const p of ctx.projects) projectAt.set(p.id, samplePoint(p.region, rng));
    let best = -Infinity;
    let first: string[] = [];
    for (const park of candidates) {
      const values = valuesAtPlacement(park, at, atProject, settings, ctx);
      let score = 0;
      let out = false;
      for (const [k, id] of ids.entries()) {
        const setting = settings.criteria[id]!;
        const v = values[id] ?? null;
        if (setting.limit && limitFailure(id, v, setting.limit)?.certain) out = true;
        const u = v ? utility(id, setting.influence, pointValue(v), settings) : 0.5;
        score += (raw[k]! / total) * u;
      }
      if (out) continue;
      if (score > best) {
        best = score;
        first = [park.id];
      } else if (score === best) first.push(park.id);
    }
    for (const id of first) wins.set(id, wins.get(id)! + 1 / first.length);
  }
  const shares = new Map<string, number>();
  for (const [id, n] of wins) shares.set(id, n / samples);
  return result(shares);
}
