/**
 * The ranking's vocabulary (issue 23): criteria, their settings and the shapes of a result. A park is scored on each
 * criterion that is on as an interval over its placement region, scaled to [0, 1] against fixed anchors (never the
 * min and max of the parks shown), and the weighted mean gives a score interval [L, U] on 0–100 and a rank range.
 */
import type { KmRange, Region } from '../interval.ts';
import type { MinRange } from '../filters.ts';
import type { Park, SizeBasis } from '../parks.ts';

export const CRITERIA = ['transit', 'commute', 'size', 'industry', 'cluster', 'amenities'] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** How a criterion's value becomes a score: more is better, less is better, or best at a target. */
export type Influence = 'more' | 'less' | 'ideal';

/** The influences a criterion offers; the first is its default. */
export const INFLUENCES: Readonly<Record<CriterionId, readonly Influence[]>> = {
  transit: ['less'],
  commute: ['less'],
  size: ['ideal', 'more', 'less'],
  industry: ['more'],
  cluster: ['more', 'less'],
  amenities: ['more', 'less'],
};

/** Weights are 0–5 (a criterion in the link with weight 0 is on and counts for nothing). */
export const MAX_WEIGHT = 5;

/**
 * A hard limit in the criterion's unit (transit km, commute minutes, size m², industry share 0–1, cluster and
 * amenities counts): the value must lie in [min, max]; either end may be null (no bound).
 */
export type Limit = { min: number | null; max: number | null };

export type CriterionSetting = { weight: number; influence: Influence; limit: Limit | null };

export type RankSettings = {
  /** The criteria that are on (present = on), each with its weight, influence and limit. */
  criteria: Partial<Record<CriterionId, CriterionSetting>>;
  /** The size criterion's target, m² (the anchors of every size influence are relative to it). */
  targetM2: number;
  /** Which floor area the size criterion reads. */
  sizeBasis: SizeBasis;
  /** The radius of the cluster criterion (parks sharing an industry within it), km. */
  clusterKm: number;
  /** The radius of the amenities criterion (plan projects: health, green, housing within it), km. */
  amenitiesKm: number;
};

export const DEFAULT_RANK_SETTINGS: RankSettings = {
  criteria: {
    transit: { weight: 3, influence: 'less', limit: null },
    size: { weight: 2, influence: 'ideal', limit: null },
    industry: { weight: 2, influence: 'more', limit: null },
  },
  targetM2: 100_000,
  sizeBasis: 'total',
  clusterKm: 3,
  amenitiesKm: 2,
};

/** A value interval in the criterion's unit: the true value lies in [low, high]. null: the park has no value. */
export type ValueRange = { low: number; high: number };

/** A plan project as the amenities criterion sees it. */
export type RankProject = { id: string; category: string; region: Region };

/**
 * What scoring needs beyond the parks being ranked. `transitKm` and `commuteMin` answer for any region (a park's
 * placement region, or a point: lib/region.ts pointRegion) in the current scenario; `commuteMin` is null while no
 * destination is chosen (the commute criterion then cannot count, and says so).
 */
export type RankContext = {
  /** Every park of the plan (the cluster criterion counts among all of them, whatever the filters show). */
  allParks: readonly Park[];
  projects: readonly RankProject[];
  /** The industries chosen in the filters (the industry criterion's share); empty: the criterion cannot count. */
  industries: readonly string[];
  transitKm: (region: Region) => KmRange | null;
  commuteMin: ((region: Region) => MinRange | null) | null;
};

/** Why a criterion that is on does not count: no destination, no industries chosen. */
export type Unavailable = 'no-destination' | 'no-industries';

/** Each candidate park's value interval per criterion that is on and available (null: no value for that park). */
export type ValueTable = {
  parks: readonly Park[];
  values: ReadonlyMap<string, Partial<Record<CriterionId, ValueRange | null>>>;
  unavailable: Partial<Record<CriterionId, Unavailable>>;
};

/** A park's value against a limit: certainly outside it (excluded) or possibly (kept, marked). */
export type LimitFailure = { criterion: CriterionId; value: ValueRange | null; limit: Limit; certain: boolean };

/** A tier in words, from fixed score bands: 高 ≥ 67, 中 ≥ 33, 低 below. */
export type Tier = 'high' | 'mid' | 'low';

export type Interval = { low: number; high: number };

export type RankRow = {
  park: Park;
  /** The score interval on 0–100. */
  score: Interval;
  /** The rank range: best = 1 + parks certainly better; worst = 1 + parks possibly better (ties share a rank). */
  rank: { best: number; worst: number };
  /** The tier of each end of the score. */
  tier: { low: Tier; high: Tier };
  /** Each counted criterion's share of the score, in score points (weight share × [0, 1] score × 100). */
  contributions: Partial<Record<CriterionId, Interval>>;
  /** Each counted criterion's [0, 1] score interval (no value: [0, 1]). */
  utilities: Partial<Record<CriterionId, Interval>>;
  values: Partial<Record<CriterionId, ValueRange | null>>;
  /** Limits the park may fail (kept, marked). */
  warnings: LimitFailure[];
};

export type RankResult = {
  /** Ranked: by the lower end of the score, then the upper, then plan order. */
  rows: RankRow[];
  /** Parks certainly outside a limit, with every limit they fail. */
  excluded: { park: Park; failures: LimitFailure[] }[];
  /** The criteria that count, with their normalised weights (summing to 1). */
  weights: Partial<Record<CriterionId, number>>;
  unavailable: Partial<Record<CriterionId, Unavailable>>;
  /** 'no-weight': no criterion counts or every weight is 0, so nothing is scored (rows empty). */
  reason: 'ok' | 'no-weight';
};

/** How park i stands against park j. */
export type Relation = 'certainly-better' | 'possibly-better' | 'cannot-tell' | 'possibly-worse' | 'certainly-worse';

/**
 * Whether the first park stays first as each weight moves alone: per criterion, how far its weight may fall or rise
 * (within 0–MAX_WEIGHT) before another park takes first place (null: not within the range).
 */
export type Robustness = {
  firstId: string;
  margins: {
    criterion: CriterionId;
    down: number | null;
    up: number | null;
    takenBy: { down: string | null; up: string | null };
  }[];
  /** The smallest move that changes the first park, and of which weight (null: no single weight changes it). */
  weakest: { criterion: CriterionId; by: number } | null;
  /** false when a move of under ROBUST_MIN_MOVE of one weight, or a tie, changes the first park. */
  robust: boolean;
};

/** A move of a weight smaller than this that changes the first park makes the ranking "not robust". */
export const ROBUST_MIN_MOVE = 0.5;

export type MonteCarloResult = {
  samples: number;
  seed: number;
  /** Per park id, the share of placements in which it ranks first (ties split). */
  firstShare: ReadonlyMap<string, number>;
  /** The standard error of a share p over `samples` placements: sqrt(p (1 − p) / samples). */
  standardError: (share: number) => number;
};

/** The ranking's choices that travel in the link and in saved scenarios (the size basis is the filters' `area=`). */
export type RankPrefs = Omit<RankSettings, 'sizeBasis'>;
export const DEFAULT_RANK_PREFS: RankPrefs = {
  criteria: DEFAULT_RANK_SETTINGS.criteria,
  targetM2: DEFAULT_RANK_SETTINGS.targetM2,
  clusterKm: DEFAULT_RANK_SETTINGS.clusterKm,
  amenitiesKm: DEFAULT_RANK_SETTINGS.amenitiesKm,
};
/** Bounds of the link's figures: the size target (m²) and the cluster and amenities radii (km). */
export const TARGET_M2_RANGE = [1_000, 10_000_000] as const;
export const RANK_KM_RANGE = [0.5, 10] as const;
