/**
 * Transit access for a place: the nearest station, the nearest station on each line, the distance to each line's
 * corridor and the walking time, in two scenarios: 'now' (open stations and lines) and 'plan' (after the planned works:
 * under-construction and planned stations and lines too). Plain data in, plain data out; geometry via spatial.ts.
 */
import type { z } from 'zod';
import type { Bilingual, LngLat, StationsSchema, TransitLinesSchema, TransitStatus } from './schema.ts';
import type { Scenario, TransitQuery } from './url-state.ts';
import { buildPointIndex, nearestIndexed, pointToLineKm, type LineGeometry, type PointIndex } from './spatial.ts';

export type StationFeature = z.infer<typeof StationsSchema>['features'][number];
export type LineFeature = z.infer<typeof TransitLinesSchema>['features'][number];

/** Walking speed assumed for walking times, km/h (a typical adult pace). */
export const WALK_SPEED_KMH = 4.8;
/** Street route length over straight-line distance assumed for walking times. */
export const DETOUR_FACTOR = 1.3;
/** "Nearest on each line" looks this far, km (straight line). */
export const LINE_SEARCH_KM = 5;

/**
 * Estimated walking minutes for a straight-line distance in km: km × DETOUR_FACTOR ÷ WALK_SPEED_KMH × 60.
 * 0.35 km → 5.7 min. Negative or non-finite input gives null (never NaN).
 */
export function walkMinutes(straightKm: number, speedKmh = WALK_SPEED_KMH, detour = DETOUR_FACTOR): number | null {
  if (!Number.isFinite(straightKm) || straightKm < 0 || !(speedKmh > 0) || !(detour > 0)) return null;
  return ((straightKm * detour) / speedKmh) * 60;
}

/** A line serving a station in a scenario: its status at that station and the year it opens there, if known. */
export type StationLine = { lineId: string; status: TransitStatus; openingYear: number | null };

/** A station as seen in one scenario: only the lines that serve it in that scenario. */
export type ScenarioStation = {
  id: string;
  name: Bilingual;
  coordinates: LngLat;
  status: TransitStatus;
  lines: StationLine[];
};

export type ScenarioLine = {
  id: string;
  name: Bilingual;
  colour: string;
  status: TransitStatus;
  openingYear: number | null;
  /** The alignment drawn is a sketch, not a published route. */
  indicative: boolean;
  note: Bilingual | null;
  geometry: LineGeometry | null;
};

/** Why something was left out of the figures. Shown to the user; never silent. */
export type TransitNote =
  | { kind: 'station-no-position'; stationId: string; name: Bilingual; lineIds: string[]; openingYear: number | null }
  | { kind: 'line-no-geometry'; lineId: string; name: Bilingual; note: Bilingual | null }
  | { kind: 'no-stations' };

export type Network = {
  scenario: Scenario;
  stations: ScenarioStation[];
  lines: ReadonlyMap<string, ScenarioLine>;
  index: PointIndex;
  notes: TransitNote[];
};

const inScenario = (status: TransitStatus, scenario: Scenario) => scenario === 'plan' || status === 'open';

/**
 * The network of a scenario. 'now': open stations, and at each only its open lines (a line listed in `plannedLines`, or
 * a line that is not open, is dropped). 'plan': every station and line. Stations without a position and lines without
 * geometry are kept out of the distance figures and reported in `notes`; an empty input gives an empty network with a
 * 'no-stations' note. Never throws on null geometry or unknown line ids (an unknown line id counts as open, no geometry).
 */
export function buildNetwork(stationFeatures: readonly StationFeature[], lineFeatures: readonly LineFeature[], scenario: Scenario): Network {
  const notes: TransitNote[] = [];
  const lines = new Map<string, ScenarioLine>();
  for (const f of lineFeatures) {
    const p = f.properties;
    if (!inScenario(p.status, scenario)) continue;
    lines.set(p.id, {
      id: p.id,
      name: p.name,
      colour: p.colour,
      status: p.status,
      openingYear: p.openingYear ?? null,
      indicative: p.indicative,
      note: p.note ?? null,
      geometry: f.geometry,
    });
    if (!f.geometry) notes.push({ kind: 'line-no-geometry', lineId: p.id, name: p.name, note: p.note ?? null });
  }
  const lineStatus = (id: string): TransitStatus => lineFeatures.find((f) => f.properties.id === id)?.properties.status ?? 'open';
  const lineYear = (id: string): number | null => lineFeatures.find((f) => f.properties.id === id)?.properties.openingYear ?? null;

  const stations: ScenarioStation[] = [];
  for (const f of stationFeatures) {
    const p = f.properties;
    if (!inScenario(p.status, scenario)) continue;
    const planned = new Set(p.plannedLines ?? []);
    const served: StationLine[] = [];
    for (const lineId of p.lines) {
      let status: TransitStatus;
      let openingYear: number | null;
      if (p.status !== 'open') {
        status = p.status;
        openingYear = p.openingYear ?? lineYear(lineId);
      } else if (planned.has(lineId)) {
        status = lineStatus(lineId) === 'open' ? 'planned' : lineStatus(lineId);
        openingYear = lineYear(lineId);
      } else {
        status = lineStatus(lineId);
        openingYear = p.openingYear ?? null;
      }
      if (inScenario(status, scenario)) served.push({ lineId, status, openingYear });
    }
    if (served.length === 0) continue;
    if (!f.geometry) {
      const years = served.map((l) => l.openingYear).filter((y): y is number => y !== null);
      notes.push({ kind: 'station-no-position', stationId: p.id, name: p.name, lineIds: served.map((l) => l.lineId), openingYear: years.length ? Math.max(...years) : null });
      continue;
    }
    const [lng, lat] = f.geometry.coordinates;
    stations.push({ id: p.id, name: p.name, coordinates: [lng!, lat!], status: p.status, lines: served });
  }
  if (stations.length === 0) notes.push({ kind: 'no-stations' });
  return { scenario, stations, lines, index: buildPointIndex(stations, (s) => s.coordinates), notes };
}

export type StationHit = { station: ScenarioStation; distanceKm: number; walkMinutes: number };

/**
 * Distance to a line's corridor. 'exact' where the alignment is known; 'approximate' where the drawn alignment is
 * only indicative; 'unavailable' where the line has no geometry at all.
 */
export type Corridor = { kind: 'exact'; km: number } | { kind: 'approximate'; km: number } | { kind: 'unavailable' };

export type LineAccess = StationHit & { line: ScenarioLine; stationLine: StationLine; corridor: Corridor };

export type Commute = {
  scenario: Scenario;
  /** The nearest station of the scenario, or null when the network has none. */
  nearest: StationHit | null;
  /** For each line with a station within LINE_SEARCH_KM: its nearest station, nearest first (ties: station order). */
  byLine: LineAccess[];
  notes: TransitNote[];
};

function corridorOf(origin: LngLat, line: ScenarioLine): Corridor {
  const km = pointToLineKm(origin, line.geometry);
  if (km === null) return { kind: 'unavailable' };
  return line.indicative ? { kind: 'approximate', km } : { kind: 'exact', km };
}

function hit(station: ScenarioStation, distanceKm: number): StationHit {
  return { station, distanceKm, walkMinutes: walkMinutes(distanceKm) ?? 0 };
}

function fallbackLine(id: string): ScenarioLine {
  return { id, name: { zh: id, en: id }, colour: '#7a7570', status: 'open', openingYear: null, indicative: false, note: null, geometry: null };
}

/**
 * Transit access from `origin` (a park's position) in `network`'s scenario. An empty network gives
 * `{ nearest: null, byLine: [] }` with a 'no-stations' note.
 */
export function commuteFor(origin: LngLat, network: Network, withinKm = LINE_SEARCH_KM): Commute {
  const first = nearestIndexed(network.index, origin, { maxResults: 1 })[0];
  const nearest = first ? hit(network.stations[first.index]!, first.distanceKm) : null;
  const byLine: LineAccess[] = [];
  const seen = new Set<string>();
  for (const h of nearestIndexed(network.index, origin, { maxKm: withinKm })) {
    const station = network.stations[h.index]!;
    for (const sl of station.lines) {
      if (seen.has(sl.lineId)) continue;
      seen.add(sl.lineId);
      const line = network.lines.get(sl.lineId) ?? fallbackLine(sl.lineId);
      byLine.push({ ...hit(station, h.distanceKm), line, stationLine: sl, corridor: corridorOf(origin, line) });
    }
  }
  return { scenario: network.scenario, nearest, byLine, notes: network.notes };
}

/** What the planned works change for a place, nearest first. */
export type PlanChange =
  | { kind: 'new-line'; access: LineAccess; openingYear: number | null; stationIsNew: boolean }
  | { kind: 'nearer-on-line'; access: LineAccess; previousKm: number; openingYear: number | null }
  | { kind: 'nearer-station'; hit: StationHit; previous: StationHit | null; openingYear: number | null };

function stationYear(s: ScenarioStation): number | null {
  const years = s.lines.filter((l) => l.status !== 'open').map((l) => l.openingYear).filter((y): y is number => y !== null);
  return years.length ? Math.max(...years) : null;
}

/**
 * Differences between the 'now' and 'plan' commutes of the same place: a nearer station overall, a line that becomes
 * reachable within LINE_SEARCH_KM, or a line whose nearest station comes nearer. Same commute twice gives [].
 */
export function planChanges(now: Commute, plan: Commute): PlanChange[] {
  const changes: PlanChange[] = [];
  if (plan.nearest && (!now.nearest || (plan.nearest.station.id !== now.nearest.station.id && plan.nearest.distanceKm < now.nearest.distanceKm))) {
    changes.push({ kind: 'nearer-station', hit: plan.nearest, previous: now.nearest, openingYear: stationYear(plan.nearest.station) });
  }
  const nowByLine = new Map(now.byLine.map((a) => [a.line.id, a]));
  for (const a of plan.byLine) {
    const before = nowByLine.get(a.line.id);
    if (!before) {
      changes.push({ kind: 'new-line', access: a, openingYear: a.stationLine.openingYear ?? a.line.openingYear, stationIsNew: a.station.status !== 'open' });
    } else if (a.station.id !== before.station.id && a.distanceKm < before.distanceKm) {
      changes.push({ kind: 'nearer-on-line', access: a, previousKm: before.distanceKm, openingYear: a.stationLine.openingYear ?? a.line.openingYear });
    }
  }
  const km = (c: PlanChange) => (c.kind === 'nearer-station' ? c.hit.distanceKm : c.access.distanceKm);
  return changes.sort((a, b) => km(a) - km(b));
}

/** The distance choices of the filter, km. */
export const TRANSIT_KM_CHOICES = [0.5, 1, 2, 3, 5] as const;

/** True when a station line matches the query's lines and statuses (an empty list matches all). */
export function matchesQuery(sl: StationLine, q: Pick<TransitQuery, 'lines' | 'statuses'>): boolean {
  return (q.lines.length === 0 || q.lines.includes(sl.lineId)) && (q.statuses.length === 0 || q.statuses.includes(sl.status));
}

/**
 * The station choice the filter and sort apply in a scenario: statuses other than 'open' only exist after the plan,
 * so in 'now' the status choice is ignored (every station of 'now' is open).
 */
export function effectiveTransitQuery(q: TransitQuery, scenario: Scenario): Pick<TransitQuery, 'lines' | 'statuses'> {
  return { lines: q.lines, statuses: scenario === 'now' ? [] : q.statuses };
}

/**
 * For each place: km to the nearest station of `network` with a line matching `q` (lines and statuses).
 * Places with no matching station are absent from the map; empty input gives an empty map.
 */
export function transitKmByPlace(places: readonly { id: string; coordinates: LngLat }[], network: Network, q: Pick<TransitQuery, 'lines' | 'statuses'>): Map<string, number> {
  const all = q.lines.length === 0 && q.statuses.length === 0;
  const keep = all ? undefined : (i: number) => network.stations[i]!.lines.some((sl) => matchesQuery(sl, q));
  const out = new Map<string, number>();
  for (const p of places) {
    const h = nearestIndexed(network.index, p.coordinates, { maxResults: 1, keep })[0];
    if (h) out.set(p.id, h.distanceKm);
  }
  return out;
}

/** Places within `maxKm` (inclusive) by `kmById`, in input order; null `maxKm` keeps all; a place missing from the map is dropped. */
export function filterByTransitKm<T extends { id: string }>(places: readonly T[], kmById: ReadonlyMap<string, number>, maxKm: number | null): T[] {
  if (maxKm === null) return [...places];
  return places.filter((p) => {
    const km = kmById.get(p.id);
    return km !== undefined && km <= maxKm;
  });
}

/** A station's display name in a language: zh adds 站 unless the name already ends in it. */
export function stationLabel(name: Bilingual, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return name.zh.endsWith('站') ? name.zh : `${name.zh}站`;
  return name.en;
}
