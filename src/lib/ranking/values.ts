/**
 * Each candidate park's value per criterion (issue 23), as an interval over its placement region: the expensive part
 * of a ranking, independent of weights (the caller keeps it while only weights change). `valuesAtPlacement` gives the
 * same criteria with every park and project at one point: the Monte Carlo estimate and the property tests use it.
 */
import type { LngLat } from '../schema.ts';
import { regionDistanceRange } from '../interval.ts';
import { pointRegion } from '../region.ts';
import { areaOf, type Park } from '../parks.ts';
import type { MinRange } from '../filters.ts';
import {
  CRITERIA,
  type CriterionId,
  type RankContext,
  type RankProject,
  type RankSettings,
  type Unavailable,
  type ValueRange,
  type ValueTable,
} from './types.ts';

const KM_PER_DEG = (Math.PI * 6371.0088) / 180;
/**
 * Straight-line km between two points, equirectangular at their mean latitude (as lib/metro/door-to-door.ts
 * pointKm, repeated here so the ranking does not pull in the lazily loaded metro chunk): under 0.1 % off at this scale.
 */
function pointKm(a: LngLat, b: LngLat): number {
  const kx = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180) * KM_PER_DEG;
  const dx = (a[0] - b[0]) * kx,
    dy = (a[1] - b[1]) * KM_PER_DEG;
  return Math.sqrt(dx * dx + dy * dy);
}

/** The plan-project categories the amenities criterion counts. */
export const AMENITY_CATEGORIES: readonly string[] = ['health', 'green', 'housing'];

/**
 * Why each criterion that is on cannot count: commute without a destination (`ctx.commuteMin` null), industry with
 * no industries chosen. Criteria that are off are never listed.
 */
export function unavailableCriteria(
  settings: RankSettings,
  ctx: Pick<RankContext, 'commuteMin' | 'industries'>,
): Partial<Record<CriterionId, Unavailable>> {
  const out: Partial<Record<CriterionId, Unavailable>> = {};
  if (settings.criteria.commute && !ctx.commuteMin) out.commute = 'no-destination';
  if (settings.criteria.industry && ctx.industries.length === 0) out.industry = 'no-industries';
  return out;
}

/** The criteria that count: on, and not unavailable, in CRITERIA order. */
export function countedCriteria(
  settings: RankSettings,
  unavailable: Partial<Record<CriterionId, Unavailable>>,
): CriterionId[] {
  return CRITERIA.filter((id) => settings.criteria[id] !== undefined && unavailable[id] === undefined);
}

/** A door-to-door interval as a value: no low end → no value; no high end (partly beyond walking) → up to Infinity. */
function commuteValue(r: MinRange | null): ValueRange | null {
  if (!r || r.lowMin === null) return null;
  return { low: r.lowMin, high: r.highMin ?? Infinity };
}

/** The share of `chosen` industries the park names, 0–1 (exact). */
function industryShare(park: Park, chosen: readonly string[]): number {
  let n = 0;
  for (const id of new Set(chosen)) if (park.industries.includes(id)) n += 1;
  return n / new Set(chosen).size;
}

const sharesIndustry = (a: Park, b: Park) => a.industries.some((i) => b.industries.includes(i));

/** The other parks of the plan that share an industry with `park` (itself excluded by id). */
function clusterPeers(park: Park, all: readonly Park[]): Park[] {
  return all.filter((o) => o.id !== park.id && sharesIndustry(park, o));
}

const amenityProjects = (projects: readonly RankProject[]) =>
  projects.filter((p) => AMENITY_CATEGORIES.includes(p.category));

/**
 * How many of `others` lie within `km` of the region: low = certainly (the far end of the region-to-region interval
 * ≤ km), high = possibly (its near end ≤ km). A pair whose distance cannot be measured counts as possible only.
 */
function countWithin(region: Park['region'], others: readonly { region: Park['region'] }[], km: number): ValueRange {
  let low = 0,
    high = 0;
  for (const o of others) {
    const r = regionDistanceRange(region, o.region);
    if (!r || r.nearKm <= km) high += 1;
    if (r && r.farKm <= km) low += 1;
  }
  return { low, high };
}

/** The criteria known exactly wherever the park lies: its floor area (null where the plan gives none), its industry share. */
function exactValue(id: 'size' | 'industry', park: Park, settings: RankSettings, ctx: RankContext): ValueRange | null {
  const v = id === 'size' ? areaOf(park, settings.sizeBasis) : industryShare(park, ctx.industries);
  return v === null ? null : { low: v, high: v };
}

/**
 * Each candidate's value interval for every criterion that is on and available (ValueTable), over its placement
 * region. Units: transit km (nearest station: near–far), commute minutes (lowMin–highMin; highMin null, i.e. part of
 * the region beyond walking distance, gives Infinity), size m² (exact, on `settings.sizeBasis`), industry the share of
 * `ctx.industries` the park names (exact), cluster the other parks of `ctx.allParks` sharing an industry within
 * `settings.clusterKm` (low: certainly, high: possibly), amenities the plan projects of category health, green or
 * housing within `settings.amenitiesKm` (the same). null: the park has no value (no station, no trip, no floor area
 * on that basis). Unavailable criteria (commute without a destination, industry with none chosen) get no entry.
 * Empty candidates give an empty table. Cost: the cluster and amenities counts measure every pair of regions.
 */
export function criterionValues(candidates: readonly Park[], settings: RankSettings, ctx: RankContext): ValueTable {
  const unavailable = unavailableCriteria(settings, ctx);
  const ids = countedCriteria(settings, unavailable);
  const projects = amenityProjects(ctx.projects);
  const values = new Map<string, Partial<Record<CriterionId, ValueRange | null>>>();
  for (const park of candidates) {
    const row: Partial<Record<CriterionId, ValueRange | null>> = {};
    for (const id of ids) {
      switch (id) {
        case 'transit': {
          const r = ctx.transitKm(park.region);
          row.transit = r ? { low: r.nearKm, high: r.farKm } : null;
          break;
        }
        case 'commute':
          row.commute = commuteValue(ctx.commuteMin!(park.region));
          break;
        case 'size':
        case 'industry':
          row[id] = exactValue(id, park, settings, ctx);
          break;
        case 'cluster':
          row.cluster = countWithin(park.region, clusterPeers(park, ctx.allParks), settings.clusterKm);
          break;
        case 'amenities':
          row.amenities = countWithin(park.region, projects, settings.amenitiesKm);
          break;
      }
    }
    values.set(park.id, row);
  }
  return { parks: candidates, values, unavailable };
}

/**
 * The same criteria as criterionValues for one park, with every park at `at(id)` and every project at
 * `projectAt(id)` (a placement: each somewhere in its region). Transit and commute are asked of the point's region
 * (lib/region.ts pointRegion): transit gives near = far; the commute model still gives an interval at a point, and a
 * point with no time at all (beyond walking distance of every station, or no route) gives {Infinity, Infinity}: the
 * region's value counts such a part as Infinity too (less-is-better score 0), so a placement never scores above its
 * region. Cluster and amenities are exact counts of straight-line km ≤ the radius.
 */
export function valuesAtPlacement(
  park: Park,
  at: (id: string) => LngLat,
  projectAt: (id: string) => LngLat,
  settings: RankSettings,
  ctx: RankContext,
): Partial<Record<CriterionId, ValueRange | null>> {
  const ids = countedCriteria(settings, unavailableCriteria(settings, ctx));
  const here = at(park.id);
  const row: Partial<Record<CriterionId, ValueRange | null>> = {};
  const count = (points: readonly LngLat[], km: number) => {
    const n = points.filter((p) => pointKm(here, p) <= km).length;
    return { low: n, high: n };
  };
  for (const id of ids) {
    switch (id) {
      case 'transit': {
        const r = ctx.transitKm(pointRegion(here));
        row.transit = r ? { low: r.nearKm, high: r.farKm } : null;
        break;
      }
      case 'commute': {
        const r = ctx.commuteMin!(pointRegion(here));
        row.commute = commuteValue(r) ?? { low: Infinity, high: Infinity };
        break;
      }
      case 'size':
      case 'industry':
        row[id] = exactValue(id, park, settings, ctx);
        break;
      case 'cluster':
        row.cluster = count(
          clusterPeers(park, ctx.allParks).map((o) => at(o.id)),
          settings.clusterKm,
        );
        break;
      case 'amenities':
        row.amenities = count(
          amenityProjects(ctx.projects).map((p) => projectAt(p.id)),
          settings.amenitiesKm,
        );
        break;
    }
  }
  return row;
}
