/**
 * The ranking library (issue 23): anchors, values, scores, limits, relations, tiers, robustness and Monte Carlo on
 * hand-made tables with known answers, and the worked example the README quotes.
 */
import { describe, expect, it } from 'vitest';
import { PARKS } from '../../../src/data/index.ts';
import { EMPTY_FILTERS, filterParks } from '../../../src/lib/filters.ts';
import { regionDistanceRange, type Region } from '../../../src/lib/interval.ts';
import type { LngLat } from '../../../src/lib/schema.ts';
import type { Park } from '../../../src/lib/parks.ts';
import { ANCHORS, anchorOf, utility, utilityRange } from '../../../src/lib/ranking/anchors.ts';
import { AMENITY_CATEGORIES, criterionValues } from '../../../src/lib/ranking/values.ts';
import { pairwise, relation, scoreTable, tierOf } from '../../../src/lib/ranking/score.ts';
import { robustness } from '../../../src/lib/ranking/robustness.ts';
import { monteCarlo, mulberry32, samplePoint } from '../../../src/lib/ranking/monte-carlo.ts';
import {
  CRITERIA,
  DEFAULT_RANK_SETTINGS,
  INFLUENCES,
  type CriterionId,
  type Influence,
  type RankContext,
  type RankSettings,
  type ValueRange,
  type ValueTable,
} from '../../../src/lib/ranking/types.ts';
import { rankContext } from './ranking-context.ts';

const S = DEFAULT_RANK_SETTINGS; // targetM2 100 000
const park = (seq: number): Park => PARKS.find((p) => p.seq === seq)!;
const KM_PER_DEG = (Math.PI * 6371.0088) / 180;
const km = (a: LngLat, b: LngLat) => {
  const kx = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180) * KM_PER_DEG;
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * KM_PER_DEG);
};

/** A hand-made table: each park's values, nothing unavailable. */
function table(rows: [Park, Partial<Record<CriterionId, ValueRange | null>>][]): ValueTable {
  return { parks: rows.map(([p]) => p), values: new Map(rows.map(([p, v]) => [p.id, v])), unavailable: {} };
}
const exact = (x: number): ValueRange => ({ low: x, high: x });
const settingsWith = (criteria: RankSettings['criteria'], extra: Partial<RankSettings> = {}): RankSettings => ({
  ...S,
  ...extra,
  criteria,
});
const on = (weight: number, influence: Influence, limit: RankSettings['criteria']['size'] = undefined) => ({
  weight,
  influence,
  limit: limit?.limit ?? null,
});

describe('ANCHORS', () => {
  it('has an anchor for every influence each criterion offers, and no other', () => {
    for (const id of CRITERIA) {
      expect(Object.keys(ANCHORS[id]).sort(), id).toEqual([...INFLUENCES[id]].sort());
      for (const influence of INFLUENCES[id]) {
        const a = anchorOf(id, influence);
        // Printable: increasing values, scores in [0, 1], a unit and a scale.
        a.points.forEach(([x, s], i) => {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          if (i > 0) expect(x).toBeGreaterThan(a.points[i - 1]![0]);
        });
        expect(['km', 'min', 'share', 'count', 'target']).toContain(a.unit);
      }
    }
  });

  it('falls back to the default influence for one the criterion does not offer', () => {
    expect(anchorOf('transit', 'more')).toBe(ANCHORS.transit.less);
    expect(utility('transit', 'more', 0.3, S)).toBe(1);
  });
});

describe('utility', () => {
  const T = S.targetM2;
  it.each<[CriterionId, Influence, number, number]>([
    ['transit', 'less', 0, 1],
    ['transit', 'less', 0.3, 1],
    ['transit', 'less', 1.65, 0.5],
    ['transit', 'less', 3, 0],
    ['transit', 'less', 5, 0],
    ['transit', 'less', Infinity, 0],
    ['commute', 'less', 10, 1],
    ['commute', 'less', 20, 1],
    ['commute', 'less', 55, 0.5],
    ['commute', 'less', 90, 0],
    ['commute', 'less', Infinity, 0],
    ['size', 'ideal', T, 1],
    ['size', 'ideal', T * 3, 0],
    ['size', 'ideal', T / 3, 0],
    ['size', 'ideal', T * Math.sqrt(3), 0.5],
    ['size', 'ideal', T / Math.sqrt(3), 0.5],
    ['size', 'ideal', T * 10, 0],
    ['size', 'ideal', 0, 0],
    ['size', 'more', T / 3, 0],
    ['size', 'more', T / 10, 0],
    ['size', 'more', T, 0.5],
    ['size', 'more', T * Math.sqrt(3), 0.75],
    ['size', 'more', T * 3, 1],
    ['size', 'more', T * 9, 1],
    ['size', 'less', T / 3, 1],
    ['size', 'less', T, 0.5],
    ['size', 'less', T * 3, 0],
    ['industry', 'more', 0, 0],
    ['industry', 'more', 0.5, 0.5],
    ['industry', 'more', 1, 1],
    ['cluster', 'more', 0, 0],
    ['cluster', 'more', 1, 1 / 3],
    ['cluster', 'more', 3, 1],
    ['cluster', 'more', 7, 1],
    ['cluster', 'less', 0, 1],
    ['cluster', 'less', 2, 1 / 3],
    ['cluster', 'less', 3, 0],
    ['amenities', 'more', 2, 2 / 3],
    ['amenities', 'more', 5, 1],
    ['amenities', 'less', 1, 2 / 3],
    ['amenities', 'less', 4, 0],
  ])('%s (%s) of %d is %d', (id, influence, value, score) => {
    expect(utility(id, influence, value, S)).toBeCloseTo(score, 12);
  });

  it('is 0 for NaN and for a size target that is not positive, never NaN', () => {
    expect(utility('transit', 'less', NaN, S)).toBe(0);
    expect(utility('size', 'ideal', 50_000, { ...S, targetM2: 0 })).toBe(0);
    expect(utility('size', 'ideal', 50_000, { ...S, targetM2: -5 })).toBe(0);
  });

  it('reads size relative to the target', () => {
    expect(utility('size', 'ideal', 300_000, { ...S, targetM2: 300_000 })).toBe(1);
    expect(utility('size', 'ideal', 300_000, S)).toBeCloseTo(0, 12);
  });
});

describe('utilityRange', () => {
  it('gives the scores of the ends of a monotone stretch, in order', () => {
    const r = utilityRange('transit', 'less', { low: 0.3, high: 1.65 }, S);
    expect(r.low).toBeCloseTo(0.5, 12);
    expect(r.high).toBe(1);
    expect(utilityRange('transit', 'less', { low: 0, high: 4 }, S)).toEqual({ low: 0, high: 1 });
    expect(utilityRange('cluster', 'more', { low: 1, high: 2 }, S).low).toBeCloseTo(1 / 3, 12);
    expect(utilityRange('cluster', 'more', { low: 1, high: 2 }, S).high).toBeCloseTo(2 / 3, 12);
  });

  it('reaches 1 for ideal when the target lies inside, the worse end otherwise', () => {
    const r = utilityRange('size', 'ideal', { low: 50_000, high: 150_000 }, S);
    expect(r.high).toBe(1);
    expect(r.low).toBeCloseTo(Math.min(utility('size', 'ideal', 50_000, S), utility('size', 'ideal', 150_000, S)), 12);
    const below = utilityRange('size', 'ideal', { low: 40_000, high: 60_000 }, S);
    expect(below.low).toBeCloseTo(utility('size', 'ideal', 40_000, S), 12);
    expect(below.high).toBeCloseTo(utility('size', 'ideal', 60_000, S), 12);
  });

  it('gives [0, 1] for no value or a NaN end (never a silent 0)', () => {
    expect(utilityRange('transit', 'less', null, S)).toEqual({ low: 0, high: 1 });
    expect(utilityRange('commute', 'less', { low: NaN, high: 30 }, S)).toEqual({ low: 0, high: 1 });
    expect(utilityRange('size', 'ideal', exact(1000), { ...S, targetM2: 0 })).toEqual({ low: 0, high: 1 });
  });

  it('handles Infinity (part of a region beyond walking distance: no metro time)', () => {
    const r = utilityRange('commute', 'less', { low: 30, high: Infinity }, S);
    expect(r.low).toBe(0);
    expect(r.high).toBeCloseTo(utility('commute', 'less', 30, S), 12);
    expect(utilityRange('commute', 'less', exact(Infinity), S)).toEqual({ low: 0, high: 0 });
  });

  it('swaps reversed ends', () => {
    expect(utilityRange('transit', 'less', { low: 2, high: 1 }, S)).toEqual(
      utilityRange('transit', 'less', { low: 1, high: 2 }, S),
    );
  });

  it('is the least and greatest utility over the interval (dense check, every anchor)', () => {
    const rng = mulberry32(5);
    const spans: Record<CriterionId, number> = {
      transit: 4,
      commute: 120,
      size: 400_000,
      industry: 1,
      cluster: 5,
      amenities: 5,
    };
    for (const id of CRITERIA)
      for (const influence of INFLUENCES[id])
        for (let k = 0; k < 25; k++) {
          const a = rng() * spans[id],
            b = rng() * spans[id];
          const v = { low: Math.min(a, b), high: Math.max(a, b) };
          const r = utilityRange(id, influence, v, S);
          let lo = Infinity,
            hi = -Infinity;
          for (let i = 0; i <= 400; i++) {
            const u = utility(id, influence, v.low + ((v.high - v.low) * i) / 400, S);
            lo = Math.min(lo, u);
            hi = Math.max(hi, u);
          }
          expect(r.low).toBeLessThanOrEqual(lo + 1e-12);
          expect(r.high).toBeGreaterThanOrEqual(hi - 1e-12);
          // …and attained (within the grid's step: at most 1/400 of the interval away from an attained score).
          expect(r.low).toBeGreaterThan(lo - 0.02);
          expect(r.high).toBeLessThan(hi + 0.02);
        }
  });
});

describe('regionDistanceRange', () => {
  it('is exact for two discs: centre distance ∓ both radii', () => {
    const a: Region = { center: [116.3, 40], radiusKm: 0.5, rings: null };
    const b: Region = { center: [116.33, 40], radiusKm: 0.3, rings: null };
    const d = km(a.center, b.center);
    const r = regionDistanceRange(a, b)!;
    expect(r.nearKm).toBeCloseTo(d - 0.8, 3);
    expect(r.farKm).toBeCloseTo(d + 0.8, 3);
    expect(regionDistanceRange(a, { ...a, radiusKm: 0 })).toEqual({ nearKm: 0, farKm: 0.5 });
  });

  it('is the same from either side and holds the distance of sampled pairs of the real parks', () => {
    const rng = mulberry32(11);
    for (let i = 0; i < PARKS.length; i++)
      for (let j = i + 1; j < PARKS.length; j++) {
        const a = PARKS[i]!,
          b = PARKS[j]!;
        const r = regionDistanceRange(a.region, b.region)!;
        expect(regionDistanceRange(b.region, a.region)).toEqual(r);
        for (let k = 0; k < 5; k++) {
          const d = km(samplePoint(a.region, rng), samplePoint(b.region, rng));
          // The far end is found to within max(10 m, 0.5 % of the radius) for ringed regions (lib/interval.ts).
          expect(d, `${a.id}–${b.id}`).toBeGreaterThanOrEqual(r.nearKm - 1e-3);
          expect(d, `${a.id}–${b.id}`).toBeLessThanOrEqual(r.farKm + 0.04);
        }
      }
  });
});

describe('criterionValues', () => {
  const fake = (over: Partial<RankContext>): RankContext => ({
    allParks: PARKS,
    projects: [],
    industries: ['ai'],
    transitKm: () => ({ nearKm: 0.5, farKm: 1.5 }),
    commuteMin: null,
    ...over,
  });

  it('marks commute without a destination and industry without industries unavailable, with no values', () => {
    const settings = settingsWith({ commute: on(3, 'less'), industry: on(2, 'more'), size: on(1, 'ideal') });
    const t = criterionValues([park(1)], settings, fake({ industries: [] }));
    expect(t.unavailable).toEqual({ commute: 'no-destination', industry: 'no-industries' });
    expect(t.values.get(park(1).id)).toEqual({ size: exact(121_000) });
    const r = scoreTable(t, settings);
    expect(r.weights).toEqual({ size: 1 });
    expect(r.unavailable).toEqual(t.unavailable);
  });

  it('gives values only for the criteria that are on', () => {
    const t = criterionValues([park(2)], settingsWith({ transit: on(1, 'less') }), fake({}));
    expect(t.values.get(park(2).id)).toEqual({ transit: { low: 0.5, high: 1.5 } });
    expect(t.unavailable).toEqual({});
  });

  it('reads door to door: no low end → no value; no high end → up to Infinity', () => {
    const settings = settingsWith({ commute: on(1, 'less') });
    const commute = (lowMin: number | null, highMin: number | null) =>
      criterionValues([park(3)], settings, fake({ commuteMin: () => ({ lowMin, highMin }) })).values.get(park(3).id)!
        .commute;
    expect(commute(30, 50)).toEqual({ low: 30, high: 50 });
    expect(commute(30, null)).toEqual({ low: 30, high: Infinity });
    expect(commute(null, null)).toBeNull();
    expect(criterionValues([park(3)], settings, fake({ commuteMin: () => null })).values.get(park(3).id)).toEqual({
      commute: null,
    });
  });

  it('gives no transit value without a station, and no size value without a figure on the basis', () => {
    const t = criterionValues(
      [park(5)],
      settingsWith({ transit: on(1, 'less'), size: on(1, 'ideal') }, { sizeBasis: 'above' }),
      fake({ transitKm: () => null }),
    );
    expect(t.values.get(park(5).id)).toEqual({ transit: null, size: null });
  });

  it('takes the share of the chosen industries the park names', () => {
    // 中关村科学城四季科创中心 names ai and ic, not quantum.
    const t = criterionValues(
      [park(16)],
      settingsWith({ industry: on(1, 'more') }),
      fake({ industries: ['ai', 'quantum', 'ic'] }),
    );
    expect(t.values.get(park(16).id)!.industry!.low).toBeCloseTo(2 / 3, 12);
    expect(t.values.get(park(16).id)!.industry!.high).toBeCloseTo(2 / 3, 12);
  });

  it('counts the parks sharing an industry and the amenity projects, certainly (low) and possibly (high) within', () => {
    const ctx = rankContext({ industries: ['ai'] });
    const settings = settingsWith(
      { cluster: on(1, 'more'), amenities: on(1, 'more') },
      { clusterKm: 100, amenitiesKm: 100 },
    );
    const t = criterionValues(PARKS, settings, ctx);
    const amenities = ctx.projects.filter((p) => AMENITY_CATEGORIES.includes(p.category)).length;
    expect(amenities).toBe(4); // 2 health, 2 green, no housing in the plan
    for (const p of PARKS) {
      const peers = PARKS.filter((o) => o.id !== p.id && o.industries.some((i) => p.industries.includes(i))).length;
      expect(t.values.get(p.id)!.cluster).toEqual(exact(peers));
      expect(t.values.get(p.id)!.amenities).toEqual(exact(amenities));
    }
    // 量子科技未来产业园 (quantum only) shares no industry with any other park.
    expect(t.values.get(park(18).id)!.cluster).toEqual(exact(0));
    // At 0 km nothing is certainly within; only overlapping regions possibly are.
    const zero = criterionValues(PARKS, { ...settings, clusterKm: 0, amenitiesKm: 0 }, ctx);
    for (const p of PARKS) {
      const v = zero.values.get(p.id)!;
      expect(v.cluster!.low).toBe(0);
      expect(v.amenities!.low).toBe(0);
      const overlapping = PARKS.filter(
        (o) =>
          o.id !== p.id &&
          o.industries.some((i) => p.industries.includes(i)) &&
          regionDistanceRange(p.region, o.region)!.nearKm <= 0,
      ).length;
      expect(v.cluster!.high).toBe(overlapping);
    }
  });
});

describe('scoreTable', () => {
  const A = park(1),
    B = park(2),
    C = park(3),
    D = park(4);

  it("says 'no-weight' when nothing counts or every weight is 0", () => {
    const t = table([[A, { size: exact(100_000) }]]);
    for (const settings of [
      settingsWith({}),
      settingsWith({ size: on(0, 'ideal') }),
      settingsWith({ size: on(Number.NaN, 'ideal') }),
    ]) {
      const r = scoreTable(t, settings);
      expect(r.reason).toBe('no-weight');
      expect(r.rows).toEqual([]);
    }
    const onlyUnavailable = { ...t, unavailable: { industry: 'no-industries' as const } };
    expect(scoreTable(onlyUnavailable, settingsWith({ industry: on(3, 'more') })).reason).toBe('no-weight');
  });

  it('normalises weights, scores the weighted mean ×100 and gives contributions in score points', () => {
    const settings = settingsWith({ transit: on(3, 'less'), size: on(1, 'ideal') });
    const r = scoreTable(table([[A, { transit: { low: 0.3, high: 1.65 }, size: exact(100_000) }]]), settings);
    expect(r.weights).toEqual({ transit: 0.75, size: 0.25 });
    const row = r.rows[0]!;
    expect(row.utilities.transit!.low).toBeCloseTo(0.5, 12);
    expect(row.utilities.transit!.high).toBe(1);
    expect(row.contributions.transit!.low).toBeCloseTo(37.5, 9);
    expect(row.contributions.transit!.high).toBeCloseTo(75, 9);
    expect(row.contributions.size).toEqual({ low: 25, high: 25 });
    expect(row.score.low).toBeCloseTo(62.5, 9);
    expect(row.score.high).toBeCloseTo(100, 9);
    expect(row.tier).toEqual({ low: 'mid', high: 'high' });
  });

  it('scores a park with no value for a criterion as [0, 1] for it, not 0', () => {
    const settings = settingsWith({ transit: on(1, 'less'), size: on(1, 'ideal') });
    const row = scoreTable(table([[A, { transit: null, size: exact(100_000) }]]), settings).rows[0]!;
    expect(row.utilities.transit).toEqual({ low: 0, high: 1 });
    expect(row.score).toEqual({ low: 50, high: 100 });
    // A missing entry is read as no value too.
    expect(scoreTable(table([[A, { size: exact(100_000) }]]), settings).rows[0]!.score).toEqual({
      low: 50,
      high: 100,
    });
  });

  it('counts a weight of 0 for nothing, but keeps its limit', () => {
    const settings = settingsWith({
      transit: on(2, 'less'),
      size: { weight: 0, influence: 'ideal', limit: { min: 50_000, max: null } },
    });
    const r = scoreTable(
      table([
        [A, { transit: exact(0.3), size: exact(10_000) }],
        [B, { transit: exact(3), size: exact(100_000) }],
      ]),
      settings,
    );
    expect(r.weights).toEqual({ transit: 1, size: 0 });
    expect(r.rows.map((x) => x.park.id)).toEqual([B.id]);
    expect(r.excluded.map((x) => x.park.id)).toEqual([A.id]);
  });

  it('excludes a park certainly outside a limit (with every failure) and warns of one possibly outside', () => {
    const settings = settingsWith({
      transit: { weight: 3, influence: 'less', limit: { min: null, max: 1 } },
      size: { weight: 1, influence: 'ideal', limit: { min: 50_000, max: 200_000 } },
    });
    const r = scoreTable(
      table([
        [A, { transit: { low: 1.2, high: 2 }, size: { low: 40_000, high: 60_000 } }], // certain + possible
        [B, { transit: { low: 0.5, high: 1.5 }, size: exact(100_000) }], // possible
        [C, { transit: null, size: exact(100_000) }], // no value: possible
        [D, { transit: { low: 0.2, high: 1 }, size: exact(200_000) }], // inside (ends inclusive)
      ]),
      settings,
    );
    expect(r.excluded).toHaveLength(1);
    expect(r.excluded[0]!.park.id).toBe(A.id);
    expect(r.excluded[0]!.failures).toEqual([
      { criterion: 'transit', value: { low: 1.2, high: 2 }, limit: { min: null, max: 1 }, certain: true },
      { criterion: 'size', value: { low: 40_000, high: 60_000 }, limit: { min: 50_000, max: 200_000 }, certain: false },
    ]);
    const byId = new Map(r.rows.map((x) => [x.park.id, x]));
    expect(byId.get(B.id)!.warnings).toEqual([
      { criterion: 'transit', value: { low: 0.5, high: 1.5 }, limit: { min: null, max: 1 }, certain: false },
    ]);
    expect(byId.get(C.id)!.warnings).toEqual([
      { criterion: 'transit', value: null, limit: { min: null, max: 1 }, certain: false },
    ]);
    expect(byId.get(D.id)!.warnings).toEqual([]);
  });

  it('ignores the limits of criteria that do not count', () => {
    const settings = settingsWith({
      size: on(1, 'ideal'),
      industry: { weight: 1, influence: 'more', limit: { min: 1, max: null } },
    });
    const t = { ...table([[A, { size: exact(100_000) }]]), unavailable: { industry: 'no-industries' as const } };
    const r = scoreTable(t, settings);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.warnings).toEqual([]);
  });

  it('orders by L, then U, then plan order; exact ties share a rank (competition ranking)', () => {
    const settings = settingsWith({ transit: on(1, 'less') });
    const r = scoreTable(
      table([
        [D, { transit: exact(1.65) }], // [50, 50]
        [C, { transit: { low: 0.3, high: 1.65 } }], // [50, 100]
        [B, { transit: exact(1.65) }], // [50, 50]
        [A, { transit: exact(3) }], // [0, 0]
      ]),
      settings,
    );
    expect(r.rows.map((x) => x.park.seq)).toEqual([3, 2, 4, 1]);
    expect(r.rows.map((x) => x.rank)).toEqual([
      { best: 1, worst: 1 }, // nobody's U exceeds its L = 50
      { best: 1, worst: 2 }, // C may be better
      { best: 1, worst: 2 },
      { best: 4, worst: 4 },
    ]);
  });

  it('gives single ranks with exact values only, ties sharing', () => {
    const settings = settingsWith({ size: on(1, 'more') });
    const r = scoreTable(
      table([
        [A, { size: exact(300_000) }],
        [B, { size: exact(100_000) }],
        [C, { size: exact(100_000) }],
        [D, { size: exact(10_000) }],
      ]),
      settings,
    );
    expect(r.rows.map((x) => [x.park.seq, x.rank.best, x.rank.worst])).toEqual([
      [1, 1, 1],
      [2, 2, 2],
      [3, 2, 2],
      [4, 4, 4],
    ]);
  });

  it('never lowers L or U when one criterion’s value gets better (monotone)', () => {
    const rng = mulberry32(17);
    const settings = settingsWith({
      transit: on(3, 'less'),
      commute: on(2, 'less'),
      size: on(2, 'ideal'),
      cluster: on(1, 'more'),
      amenities: on(1, 'less'),
    });
    const rand = (lo: number, hi: number) => lo + rng() * (hi - lo);
    const interval = (lo: number, hi: number): ValueRange => {
      const a = rand(lo, hi),
        b = rand(lo, hi);
      return { low: Math.min(a, b), high: Math.max(a, b) };
    };
    for (let k = 0; k < 200; k++) {
      const values = {
        transit: interval(0, 4),
        commute: interval(10, 100),
        size: interval(20_000, 400_000),
        cluster: interval(0, 5),
        amenities: interval(0, 5),
      };
      const base = scoreTable(table([[A, values]]), settings).rows[0]!;
      // Improve one criterion: move both ends towards its better side.
      const id = (['transit', 'commute', 'size', 'cluster', 'amenities'] as const)[k % 5]!;
      const v = values[id];
      const better: ValueRange =
        id === 'cluster'
          ? { low: v.low + 1, high: v.high + 1 }
          : id === 'size'
            ? { low: 100_000, high: 100_000 }
            : { low: v.low * 0.5, high: v.high * 0.5 };
      const after = scoreTable(table([[A, { ...values, [id]: better }]]), settings).rows[0]!;
      if (id === 'size') {
        // The target itself: the best size, whatever the interval was.
        expect(after.utilities.size).toEqual({ low: 1, high: 1 });
      }
      expect(after.utilities[id]!.low).toBeGreaterThanOrEqual(base.utilities[id]!.low - 1e-12);
      expect(after.utilities[id]!.high).toBeGreaterThanOrEqual(base.utilities[id]!.high - 1e-12);
      expect(after.score.low).toBeGreaterThanOrEqual(base.score.low - 1e-9);
      expect(after.score.high).toBeGreaterThanOrEqual(base.score.high - 1e-9);
    }
  });

  it('scores an empty table with no rows', () => {
    expect(scoreTable(table([]), settingsWith({ size: on(1, 'ideal') }))).toMatchObject({ rows: [], reason: 'ok' });
  });
});

describe('tierOf', () => {
  it.each([
    [100, 'high'],
    [67, 'high'],
    [66.99, 'mid'],
    [33, 'mid'],
    [32.99, 'low'],
    [0, 'low'],
  ])('%d is %s', (score, tier) => {
    expect(tierOf(score)).toBe(tier);
  });
});

describe('relation and pairwise', () => {
  it.each([
    [{ low: 60, high: 70 }, { low: 40, high: 59 }, 'certainly-better'],
    [{ low: 40, high: 59 }, { low: 60, high: 70 }, 'certainly-worse'],
    [{ low: 50, high: 70 }, { low: 40, high: 60 }, 'possibly-better'],
    [{ low: 50, high: 60 }, { low: 50, high: 55 }, 'possibly-better'],
    [{ low: 40, high: 60 }, { low: 50, high: 70 }, 'possibly-worse'],
    [{ low: 40, high: 70 }, { low: 50, high: 60 }, 'cannot-tell'], // nests
    [{ low: 50, high: 60 }, { low: 40, high: 70 }, 'cannot-tell'],
    [{ low: 50, high: 60 }, { low: 50, high: 60 }, 'cannot-tell'], // equal
    [{ low: 60, high: 60 }, { low: 60, high: 60 }, 'cannot-tell'], // an exact tie
    [{ low: 60, high: 70 }, { low: 50, high: 60 }, 'possibly-better'], // touching: not certainly
  ] as const)('%o against %o: %s', (a, b, rel) => {
    expect(relation(a, b)).toBe(rel);
  });

  it('is a square matrix with cannot-tell on the diagonal, each pair the mirror of the other', () => {
    const settings = settingsWith({ transit: on(1, 'less') });
    const r = scoreTable(
      table([
        [park(1), { transit: exact(0.3) }],
        [park(2), { transit: { low: 0.3, high: 2 } }],
        [park(3), { transit: exact(3) }],
      ]),
      settings,
    );
    const m = pairwise(r.rows);
    const mirror = {
      'certainly-better': 'certainly-worse',
      'certainly-worse': 'certainly-better',
      'possibly-better': 'possibly-worse',
      'possibly-worse': 'possibly-better',
      'cannot-tell': 'cannot-tell',
    } as const;
    expect(m).toHaveLength(3);
    m.forEach((row, i) =>
      row.forEach((rel, j) => {
        if (i === j) expect(rel).toBe('cannot-tell');
        else expect(m[j]![i]).toBe(mirror[rel]);
      }),
    );
    expect(m[0]).toEqual(['cannot-tell', 'possibly-better', 'certainly-better']);
  });
});

describe('robustness', () => {
  // P: best transit, worst size; Q: the opposite. Keys (un-normalised L): P = w_transit, Q = w_size.
  const P = park(1),
    Q = park(2);
  const pq = table([
    [P, { transit: exact(0.3), size: exact(900_000) }],
    [Q, { transit: exact(3), size: exact(100_000) }],
  ]);

  it('finds the weights at which the second park takes first place, exactly', () => {
    const settings = settingsWith({ transit: on(3, 'less'), size: on(2, 'ideal') });
    const result = scoreTable(pq, settings);
    expect(result.rows[0]!.park.id).toBe(P.id);
    const r = robustness(pq, settings, result)!;
    expect(r.firstId).toBe(P.id);
    expect(r.margins).toEqual([
      // transit falling to 2 ties with Q's 2 (P keeps first by plan order), below 2 Q leads: a move of 1.
      { criterion: 'transit', down: 1, up: null, takenBy: { down: Q.id, up: null } },
      // size rising to 3 ties, above 3 Q leads.
      { criterion: 'size', down: null, up: 1, takenBy: { down: null, up: Q.id } },
    ]);
    expect(r.weakest).toEqual({ criterion: 'transit', by: 1 });
    expect(r.robust).toBe(true);
  });

  it('is not robust when a small move changes the first park, or when the first two tie on L', () => {
    const close = settingsWith({ transit: on(3, 'less'), size: on(2.8, 'ideal') });
    const r = robustness(pq, close, scoreTable(pq, close))!;
    expect(r.weakest!.by).toBeCloseTo(0.2, 12);
    expect(r.robust).toBe(false);
    const tied = settingsWith({ transit: on(2, 'less'), size: on(2, 'ideal') });
    const t = robustness(pq, tied, scoreTable(pq, tied))!;
    expect(t.firstId).toBe(P.id); // plan order breaks the tie
    expect(t.weakest!.by).toBe(0);
    expect(t.robust).toBe(false);
  });

  it('ends at the weight range: a crossing beyond 5 is no crossing', () => {
    const settings = settingsWith({ transit: on(5, 'less'), size: on(0.1, 'ideal') });
    const r = robustness(pq, settings, scoreTable(pq, settings))!;
    // size would have to reach 5 to tie (then P keeps first by plan order): never within 0–5.
    expect(r.margins.find((m) => m.criterion === 'size')).toMatchObject({ up: null, down: null });
    // transit falling to 0.1 ties, below Q leads.
    expect(r.margins.find((m) => m.criterion === 'transit')!.down).toBeCloseTo(4.9, 12);
  });

  it('is null with fewer than 2 rows or nothing scored', () => {
    const one = table([[P, { transit: exact(1) }]]);
    const s = settingsWith({ transit: on(1, 'less') });
    expect(robustness(one, s, scoreTable(one, s))).toBeNull();
    expect(robustness(pq, settingsWith({}), scoreTable(pq, settingsWith({})))).toBeNull();
  });
});

describe('samplePoint', () => {
  it('returns a surveyed point itself, drawing nothing', () => {
    let draws = 0;
    const rng = () => (draws++, 0.5);
    expect(samplePoint({ center: [116.3, 40], radiusKm: 0, rings: null }, rng)).toEqual([116.3, 40]);
    expect(draws).toBe(0);
  });

  it('draws uniformly by area in a disc', () => {
    const region: Region = { center: [116.3, 40], radiusKm: 2, rings: null };
    const rng = mulberry32(1);
    let r2 = 0,
      east = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) {
      const p = samplePoint(region, rng);
      const d = km(region.center, p);
      expect(d).toBeLessThanOrEqual(2 + 1e-6);
      r2 += (d / 2) ** 2;
      if (p[0] > region.center[0]) east += 1;
    }
    // Uniform by area: E[(d/R)²] = 1/2; half the points east of the centre.
    expect(r2 / n).toBeCloseTo(0.5, 1);
    expect(east / n).toBeCloseTo(0.5, 1);
  });

  it('keeps to the rings within the disc, and falls back to the centre when they miss it', () => {
    const c: LngLat = [116.3, 40];
    // A square east of the centre, 0–0.01° east, ±0.01° north: half the disc of 0.5 km lies in it.
    const ring = [
      [116.3, 39.99],
      [116.31, 39.99],
      [116.31, 40.01],
      [116.3, 40.01],
      [116.3, 39.99],
    ];
    const rng = mulberry32(2);
    for (let i = 0; i < 500; i++) {
      const p = samplePoint({ center: c, radiusKm: 0.5, rings: [ring] }, rng);
      expect(p[0]).toBeGreaterThanOrEqual(116.3);
      expect(km(c, p)).toBeLessThanOrEqual(0.5 + 1e-6);
    }
    const far = ring.map(([x, y]) => [x! + 1, y!]);
    expect(samplePoint({ center: c, radiusKm: 0.5, rings: [far] }, rng)).toEqual(c);
    // Rings without a disc (radius 0): anywhere in the rings.
    const q = samplePoint({ center: c, radiusKm: 0, rings: [ring] }, rng);
    expect(q[0]).toBeGreaterThanOrEqual(116.3);
    expect(q[0]).toBeLessThanOrEqual(116.31);
  });

  it('draws inside every real park’s region', () => {
    const rng = mulberry32(3);
    for (const p of PARKS)
      for (let i = 0; i < 50; i++) {
        const q = samplePoint(p.region, rng);
        expect(km(p.region.center, q), p.id).toBeLessThanOrEqual(p.region.radiusKm + 1e-6);
        // A point of the region is at distance 0 from it.
        expect(regionDistanceRange(p.region, { center: q, radiusKm: 0, rings: null })!.nearKm, p.id).toBeLessThan(1e-6);
      }
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42),
      b = mulberry32(42),
      c = mulberry32(43);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('monteCarlo', () => {
  const ctx = rankContext({ industries: ['ai'] });
  const candidates = filterParks(PARKS, { ...EMPTY_FILTERS, industries: ['ai'] });

  it('is deterministic for a seed, and its shares sum to 1', () => {
    const a = monteCarlo(candidates, S, ctx, { samples: 60, seed: 9 });
    const b = monteCarlo(candidates, S, ctx, { samples: 60, seed: 9 });
    expect([...a.firstShare]).toEqual([...b.firstShare]);
    expect([...a.firstShare.keys()]).toEqual(candidates.map((p) => p.id));
    expect([...a.firstShare.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect(a).toMatchObject({ samples: 60, seed: 9 });
    expect(a.standardError(0.5)).toBeCloseTo(Math.sqrt(0.25 / 60), 12);
    expect(a.standardError(0)).toBe(0);
  });

  it('never gives first place to a park certainly second at every placement', () => {
    // With size alone (exact) the park nearest the target always wins: 北京通用人工智能创新园先导区 (96 500 m²).
    const settings = settingsWith({ size: on(1, 'ideal') });
    const r = monteCarlo(candidates, settings, ctx, { samples: 20, seed: 1 });
    expect(r.firstShare.get(park(2).id)).toBe(1);
    expect([...r.firstShare.values()].filter((x) => x > 0)).toHaveLength(1);
  });

  it('splits exact ties equally', () => {
    const settings = settingsWith({ industry: on(1, 'more') });
    const r = monteCarlo(candidates, settings, ctx, { samples: 10, seed: 1 });
    for (const p of candidates) expect(r.firstShare.get(p.id)).toBeCloseTo(1 / candidates.length, 12);
  });

  it('leaves out parks certainly failing a limit at a placement; all out: every share 0', () => {
    const settings = settingsWith({
      size: on(1, 'ideal'),
      transit: { weight: 0, influence: 'less', limit: { min: null, max: -1 } },
    });
    const r = monteCarlo(candidates, settings, ctx, { samples: 5, seed: 1 });
    expect([...r.firstShare.values()].every((x) => x === 0)).toBe(true);
  });

  it('gives every share 0 when nothing is weighted', () => {
    const r = monteCarlo(candidates, settingsWith({ size: on(0, 'ideal') }), ctx, { samples: 5, seed: 1 });
    expect([...r.firstShare.values()]).toEqual(candidates.map(() => 0));
  });
});

describe('worked example: view=rank&w=transit:3,size:2,industry:2&target=100000&ind=ai (now, no destination)', () => {
  // The link's settings are the defaults: transit 3 (less), size 2 (ideal at 100 000 m² total floor area), industry
  // 2 (more), industries ['ai']. The candidates are the 9 parks naming ai: seq 1, 2, 3, 4, 6, 8, 11, 13, 16.
  const settings: RankSettings = {
    ...DEFAULT_RANK_SETTINGS,
    criteria: {
      transit: { weight: 3, influence: 'less', limit: null },
      size: { weight: 2, influence: 'ideal', limit: null },
      industry: { weight: 2, influence: 'more', limit: null },
    },
    targetM2: 100_000,
    sizeBasis: 'total',
  };
  const ctx = rankContext({ scenario: 'now', industries: ['ai'] });
  const candidates = filterParks(PARKS, { ...EMPTY_FILTERS, industries: ['ai'] });
  const result = scoreTable(criterionValues(candidates, settings, ctx), settings);

  it('ranks the 9 ai parks', () => {
    expect(settings).toEqual(DEFAULT_RANK_SETTINGS);
    expect(candidates.map((p) => p.seq)).toEqual([1, 2, 3, 4, 6, 8, 11, 13, 16]);
    expect(result.weights).toEqual({ transit: 3 / 7, size: 2 / 7, industry: 2 / 7 });
    expect(result.rows.map((r) => r.park.seq)).toEqual([16, 8, 11, 2, 1, 6, 4, 13, 3]);
  });

  it('中关村科学城四季科创中心 (seq 16, placed at its address to within 900 m): every figure', () => {
    // Values.
    //  transit: 蓝靛厂 (Line 12) lies 173 m from the placed point, inside the 900 m disc: near 0 km; the far end, the
    //    farthest any point of the disc lies from its nearest station (蓝靛厂, 长春桥 0.83 km, 火器营 1.06 km …),
    //    is 0.935 km (lib/interval.ts, to within 10 m).
    //  size: 147 400 m² total floor area (exact).
    //  industry: it names ai, the one industry chosen: share 1/1 = 1.
    // Scores against the anchors.
    //  transit (0.3 km → 1, 3 km → 0): at 0 km 1 (below 0.3 km); at 0.935 km 1 − (0.935 − 0.3)/2.7 = 0.7647.
    //  size (ideal, log): 1 − |ln(147 400 / 100 000)| / ln 3 = 1 − 0.3880 / 1.0986 = 0.6468.
    //  industry: 1.
    // Weights 3, 2, 2 of 7: ŵ = 0.4286, 0.2857, 0.2857.
    // Contributions (score points): transit 100 × 3/7 × [0.7647, 1] = [32.77, 42.86]; size 100 × 2/7 × 0.6468 =
    //   18.48; industry 100 × 2/7 × 1 = 28.57.
    // Score: L = 32.77 + 18.48 + 28.57 = 79.83; U = 42.86 + 18.48 + 28.57 = 89.91 (tiers high, high).
    // Rank: no park's L exceeds 89.91: best 1. Three parks' U exceed 79.83 — 北京通用人工智能创新园先导区 99.07,
    //   中关村综保区(一期) 95.04, 中关村永丰产业基地·芯域(一期) 88.62: worst 4. Rank 1–4.
    const row = result.rows.find((r) => r.park.seq === 16)!;
    expect(row.park.name.zh).toBe('中关村科学城四季科创中心');
    expect(row.park.region.radiusKm).toBe(0.9);
    expect(row.values.transit!.low).toBe(0);
    expect(row.values.transit!.high).toBeCloseTo(0.935, 3);
    expect(row.values.size).toEqual(exact(147_400));
    expect(row.values.industry).toEqual(exact(1));
    expect(row.utilities.transit!.low).toBeCloseTo(1 - (row.values.transit!.high - 0.3) / 2.7, 12);
    expect(row.utilities.transit!.low).toBeCloseTo(0.7647, 4);
    expect(row.utilities.transit!.high).toBe(1);
    expect(row.utilities.size!.low).toBeCloseTo(1 - Math.log(1.474) / Math.log(3), 12);
    expect(row.utilities.size!.low).toBeCloseTo(0.6468, 4);
    expect(row.utilities.industry).toEqual({ low: 1, high: 1 });
    expect(row.contributions.transit!.low).toBeCloseTo(32.77, 2);
    expect(row.contributions.transit!.high).toBeCloseTo(42.86, 2);
    expect(row.contributions.size!.low).toBeCloseTo(18.48, 2);
    expect(row.contributions.industry!.low).toBeCloseTo(28.57, 2);
    expect(row.score.low).toBeCloseTo(79.83, 2);
    expect(row.score.high).toBeCloseTo(89.91, 2);
    expect(row.tier).toEqual({ low: 'high', high: 'high' });
    expect(row.rank).toEqual({ best: 1, worst: 4 });
    expect(row.warnings).toEqual([]);
    const above = result.rows.filter((r) => r.score.high > row.score.low && r !== row).map((r) => r.park.seq);
    expect(above.sort((a, b) => a - b)).toEqual([1, 2, 11]);
    expect(result.rows.find((r) => r.park.seq === 2)!.score.high).toBeCloseTo(99.07, 2);
    expect(result.rows.find((r) => r.park.seq === 1)!.score.high).toBeCloseTo(95.04, 2);
    expect(result.rows.find((r) => r.park.seq === 11)!.score.high).toBeCloseTo(88.62, 2);
  });

  it('is first, robustly: only transit falling by 2.16 (to 0.84) lets 北京通用人工智能创新园先导区 lead', () => {
    const r = robustness(criterionValues(candidates, settings, ctx), settings, result)!;
    expect(r.firstId).toBe(park(16).id);
    expect(r.weakest!.criterion).toBe('transit');
    expect(r.weakest!.by).toBeCloseTo(2.16, 2);
    expect(r.margins.find((m) => m.criterion === 'transit')!.takenBy.down).toBe(park(2).id);
    expect(r.robust).toBe(true);
  });
});
