/**
 * The fixed anchors that turn a criterion's value into a [0, 1] score (issue 23). They are data, documented once and
 * printed by the UI ("300 米 → 1, 3 公里 → 0"): never the min and max of the parks shown, so adding or removing a park
 * never reorders the others. Each anchor is a piecewise-linear curve through its points (in the value, or in its
 * logarithm for `scale: 'log'`), flat beyond the first and the last point.
 */
import type { CriterionId, Influence, Interval, RankSettings, ValueRange } from './types.ts';
import { INFLUENCES } from './types.ts';

/**
 * The unit of an anchor's values: km (transit), minutes (commute), a share 0–1 (industry), a count of parks or
 * projects (cluster, amenities), or a multiple of `settings.targetM2` (size: 1 = the target).
 */
export type AnchorUnit = 'km' | 'min' | 'share' | 'count' | 'target';

/**
 * An anchor: `points` are [value, score] pairs in increasing value, score in [0, 1]; the score is linear between
 * neighbouring points (in ln value for 'log'), and the end score beyond either end.
 */
export type Anchor = { unit: AnchorUnit; scale: 'linear' | 'log'; points: readonly (readonly [number, number])[] };

/** A count criterion's anchors (cluster, amenities): 0 → 0, 3 or more → 1 (more); the mirror (less). */
const COUNT_ANCHORS = {
  more: {
    unit: 'count',
    scale: 'linear',
    points: [
      [0, 0],
      [3, 1],
    ],
  },
  less: {
    unit: 'count',
    scale: 'linear',
    points: [
      [0, 1],
      [3, 0],
    ],
  },
} as const satisfies Partial<Record<Influence, Anchor>>;

/**
 * The anchors per criterion and influence (the influences each criterion offers: types.ts INFLUENCES).
 *
 * | criterion | influence | anchors |
 * |---|---|---|
 * | transit (nearest station, km) | less | 0.3 km → 1, 3 km → 0 |
 * | commute (door to door, min) | less | 20 min → 1, 90 min → 0 (no time at all for part of the region: 0) |
 * | size (floor area ÷ target, log) | ideal | ÷3 → 0, target → 1, ×3 → 0 |
 * | | more | ÷3 → 0, ×3 → 1 |
 * | | less | ÷3 → 1, ×3 → 0 |
 * | industry (share of the chosen industries) | more | 0 → 0, 1 → 1 |
 * | cluster, amenities (count within the radius) | more | 0 → 0, 3 → 1 |
 * | | less | 0 → 1, 3 → 0 |
 */
export const ANCHORS: Readonly<Record<CriterionId, Readonly<Partial<Record<Influence, Anchor>>>>> = {
  transit: {
    less: {
      unit: 'km',
      scale: 'linear',
      points: [
        [0.3, 1],
        [3, 0],
      ],
    },
  },
  commute: {
    less: {
      unit: 'min',
      scale: 'linear',
      points: [
        [20, 1],
        [90, 0],
      ],
    },
  },
  size: {
    ideal: {
      unit: 'target',
      scale: 'log',
      points: [
        [1 / 3, 0],
        [1, 1],
        [3, 0],
      ],
    },
    more: {
      unit: 'target',
      scale: 'log',
      points: [
        [1 / 3, 0],
        [3, 1],
      ],
    },
    less: {
      unit: 'target',
      scale: 'log',
      points: [
        [1 / 3, 1],
        [3, 0],
      ],
    },
  },
  industry: {
    more: {
      unit: 'share',
      scale: 'linear',
      points: [
        [0, 0],
        [1, 1],
      ],
    },
  },
  cluster: COUNT_ANCHORS,
  amenities: COUNT_ANCHORS,
};

/**
 * The anchor of a criterion under an influence. An influence the criterion does not offer (say, transit 'more' from
 * a hand-edited link) falls back to the criterion's default influence (the first of INFLUENCES).
 */
export function anchorOf(id: CriterionId, influence: Influence): Anchor {
  const byInfluence = ANCHORS[id];
  return byInfluence[influence] ?? byInfluence[INFLUENCES[id][0]!]!;
}

/**
 * A value in the anchor's unit: size (m²) as a multiple of `settings.targetM2`; the others as they are. A target
 * that is not a positive number gives NaN (no score can be given; see utility).
 */
function inAnchorUnit(id: CriterionId, value: number, settings: RankSettings): number {
  if (id !== 'size') return value;
  return settings.targetM2 > 0 && Number.isFinite(settings.targetM2) ? value / settings.targetM2 : NaN;
}

/** The anchor's score at x (in the anchor's unit): piecewise linear, flat beyond the ends. NaN in gives NaN out. */
function curve(anchor: Anchor, x: number): number {
  const pts = anchor.points;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  if (Number.isNaN(x)) return NaN;
  // Clamp first, so ±Infinity (and, on a log scale, 0 or below) never reach the arithmetic.
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  const t = anchor.scale === 'log' ? Math.log : (v: number) => v;
  for (let i = 1; i < pts.length; i++) {
    const [x1, s1] = pts[i]!;
    if (x > x1) continue;
    const [x0, s0] = pts[i - 1]!;
    const f = (t(x) - t(x0)) / (t(x1) - t(x0));
    return s0 + (s1 - s0) * f;
  }
  return last[1];
}

/**
 * The [0, 1] score of one value of a criterion under an influence, against the fixed anchors (ANCHORS): transit in
 * km, commute in minutes (Infinity, i.e. no metro time: 0 under 'less'), size in m² (relative to settings.targetM2),
 * industry a share 0–1, cluster and amenities counts. Beyond the anchors the score stays at the end's score. A NaN
 * value (or a size target that is not positive) gives 0, never NaN.
 */
export function utility(id: CriterionId, influence: Influence, value: number, settings: RankSettings): number {
  const u = curve(anchorOf(id, influence), inAnchorUnit(id, value, settings));
  return Number.isNaN(u) ? 0 : u;
}

/**
 * The least and the greatest score of `utility` over a value interval [value.low, value.high] (ends may be
 * Infinity; reversed ends are swapped). The curve is piecewise linear, so both lie at an end of the interval or at an
 * anchor point inside it: for 'ideal' the greatest is 1 when the target lies inside. No value (null), a NaN end or a
 * size target that is not positive gives [0, 1]: the score may be anything, never a silent 0.
 */
export function utilityRange(
  id: CriterionId,
  influence: Influence,
  value: ValueRange | null,
  settings: RankSettings,
): Interval {
  if (!value || Number.isNaN(value.low) || Number.isNaN(value.high)) return { low: 0, high: 1 };
  const anchor = anchorOf(id, influence);
  const a = inAnchorUnit(id, Math.min(value.low, value.high), settings);
  const b = inAnchorUnit(id, Math.max(value.low, value.high), settings);
  if (Number.isNaN(a) || Number.isNaN(b)) return { low: 0, high: 1 };
  let low = Math.min(curve(anchor, a), curve(anchor, b));
  let high = Math.max(curve(anchor, a), curve(anchor, b));
  for (const [x, s] of anchor.points) {
    if (x > a && x < b) {
      low = Math.min(low, s);
      high = Math.max(high, s);
    }
  }
  return { low, high };
}
