/**
 * Transit access for a place: the nearest station, the nearest station on each line, the distance to each line's
 * corridor and the walking time, in two scenarios: 'now' (open stations and lines) and 'plan' (after the planned works:
 * under-construction and planned stations and lines too). Plain data in, plain data out; geometry via spatial.ts.
 */
import type { Bilingual, LngLat, StationsFile, TransitLinesFile, TransitStatus } from './schema.ts';
import type { Scenario } from './domain.ts';
import type { TransitQuery } from './filters.ts';
import { buildPointIndex, indexedInBox, nearestIndexed, type LineGeometry, type PointIndex } from './spatial.ts';
import { rangeToNearest, type KmRange, type Region, type Site } from './interval.ts';

export type StationFeature = StationsFile['features'][number];
export type LineFeature = TransitLinesFile['features'][number];

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
  /** A planned station placed at its namesake landmark, not at a published position. */
  indicative: boolean;
  /** How far the real station may lie from `coordinates`, km (0 for a surveyed station). */
  uncertaintyKm: number;
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
  /** The geometry's segments as interval sites (empty without geometry). */
  segments: Site[];
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
  /** Station input indices by line id. */
  stationsByLine: ReadonlyMap<string, number[]>;
  /** The largest station uncertainty of the network, km. */
  maxUncertaintyKm: number;
  notes: TransitNote[];
};

/** A place whose site is uncertain: its placed point and the region its true site lies in (lib/region.ts). */
export type Placed = { coordinates: LngLat; region: Region };

function segmentsOf(g: LineGeometry | null): Site[] {
  if (!g) return [];
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const out: Site[] = [];
  for (const part of parts) {
    for (let i = 1; i < part.length; i++)
      out.push({ at: [part[i - 1]![0]!, part[i - 1]![1]!], to: [part[i]![0]!, part[i]![1]!] });
  }
  return out;
}

const inScenario = (status: TransitStatus, scenario: Scenario) => scenario === 'plan' || status === 'open';

/**
 * The network of a scenario. 'now': open stations, and at each only its open lines (a line listed in `plannedLines`, or
 * a line that is not open, is dropped). 'plan': every station and line. Stations without a position and lines without
 * geometry are kept out of the distance figures and reported in `notes`; an empty input gives an empty network with a
 * 'no-stations' note. Never throws on null geometry or unknown line ids (an unknown line id counts as open, no geometry).
 */
export function buildNetwork(
  stationFeatures: readonly StationFeature[],
  lineFeatures: readonly LineFeature[],
  scenario: Scenario,
): Network {
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
      segments: segmentsOf(f.geometry),
    });
    if (!f.geometry) notes.push({ kind: 'line-no-geometry', lineId: p.id, name: p.name, note: p.note ?? null });
  }
  const lineStatus = (id: string): TransitStatus =>
    lineFeatures.find((f) => f.properties.id === id)?.properties.status ?? 'open';
  const lineYear = (id: string): number | null =>
    lineFeatures.find((f) => f.properties.id === id)?.properties.openingYear ?? null;

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
      notes.push({
        kind: 'station-no-position',
        stationId: p.id,
        name: p.name,
        lineIds: served.map((l) => l.lineId),
        openingYear: years.length ? Math.max(...years) : null,
      });
      continue;
    }
    const [lng, lat] = f.geometry.coordinates;
    const indicative = p.indicative === true;
    const uncertaintyKm = indicative ? (p.provenance.accuracyM ?? 0) / 1000 : 0;
    stations.push({
      id: p.id,
      name: p.name,
      coordinates: [lng!, lat!],
      status: p.status,
      lines: served,
      indicative,
      uncertaintyKm,
    });
  }
  if (stations.length === 0) notes.push({ kind: 'no-stations' });
  const stationsByLine = new Map<string, number[]>();
  stations.forEach((st, i) =>
    st.lines.forEach((l) => stationsByLine.set(l.lineId, [...(stationsByLine.get(l.lineId) ?? []), i])),
  );
  const maxUncertaintyKm = stations.reduce((m, st) => Math.max(m, st.uncertaintyKm), 0);
  return {
    scenario,
    stations,
    lines,
    index: buildPointIndex(stations, (s) => s.coordinates),
    stationsByLine,
    maxUncertaintyKm,
    notes,
  };
}

const siteOf = (s: ScenarioStation): Site => ({ at: s.coordinates, uncertaintyKm: s.uncertaintyKm });

/**
 * The interval of the distance from a place's region to the nearest station of `network` passing `keep` (all when
 * absent). Only stations that can be the nearest from some point of the region are examined (found with the index).
 * Null when no station passes.
 */
export function nearestStationRange(
  place: Placed,
  network: Network,
  keep?: (inputIndex: number) => boolean,
): KmRange | null {
  const first = nearestIndexed(network.index, place.coordinates, { maxResults: 1, keep })[0];
  if (!first) return null;
  // A station farther than this from the point cannot be the nearest from any point of the region.
  const reach = first.distanceKm + 2 * place.region.radiusKm + network.maxUncertaintyKm;
  const sites = indexedInBox(network.index, place.coordinates, reach)
    .filter((i) => !keep || keep(i))
    .map((i) => siteOf(network.stations[i]!));
  return rangeToNearest(place.region, sites);
}

/**
 * A station as seen from a place: the station nearest the placed point (`distanceKm` from that point, used to name it
 * and to order), and `range`, the interval of the distance from the place's region to the nearest station of the same
 * kind (overall, or on the same line): the figure to show.
 */
export type StationHit = { station: ScenarioStation; distanceKm: number; range: KmRange };

/**
 * Distance to a line's corridor, as an interval over the place's region. 'exact' where the alignment is known;
 * 'approximate' where the drawn alignment is only indicative; 'unavailable' where the line has no geometry at all.
 */
export type Corridor =
  { kind: 'exact'; range: KmRange } | { kind: 'approximate'; range: KmRange } | { kind: 'unavailable' };

export type LineAccess = StationHit & { line: ScenarioLine; stationLine: StationLine; corridor: Corridor };

export type StationAccess = {
  scenario: Scenario;
  /** The nearest station of the scenario, or null when the network has none. */
  nearest: StationHit | null;
  /** For each line with a station within LINE_SEARCH_KM: its nearest station, nearest first (ties: station order). */
  byLine: LineAccess[];
  notes: TransitNote[];
};

function corridorOf(place: Placed, line: ScenarioLine): Corridor {
  const range = line.segments.length ? rangeToNearest(place.region, line.segments) : null;
  if (!range) return { kind: 'unavailable' };
  return line.indicative ? { kind: 'approximate', range } : { kind: 'exact', range };
}

function fallbackLine(id: string): ScenarioLine {
  return {
    id,
    name: { zh: id, en: id },
    colour: '#7a7570',
    status: 'open',
    openingYear: null,
    indicative: false,
    note: null,
    geometry: null,
    segments: [],
  };
}

/** A hit whose range could not be computed (never expected: the station itself is a site) falls back to its point distance. */
const orPoint = (range: KmRange | null, km: number): KmRange => range ?? { nearKm: km, farKm: km };

/**
 * Transit access from a place (its point and region) in `network`'s scenario: the station nearest the point with the
 * interval to the nearest station from anywhere in the region, and per line within `withinKm` of the point the same
 * for that line's stations and corridor. An empty network gives `{ nearest: null, byLine: [] }` with a 'no-stations' note.
 */
export function stationAccessFor(place: Placed, network: Network, withinKm = LINE_SEARCH_KM): StationAccess {
  const origin = place.coordinates;
  const first = nearestIndexed(network.index, origin, { maxResults: 1 })[0];
  const nearest = first
    ? {
        station: network.stations[first.index]!,
        distanceKm: first.distanceKm,
        range: orPoint(nearestStationRange(place, network), first.distanceKm),
      }
    : null;
  const byLine: LineAccess[] = [];
  const seen = new Set<string>();
  for (const h of nearestIndexed(network.index, origin, { maxKm: withinKm })) {
    const station = network.stations[h.index]!;
    for (const sl of station.lines) {
      if (seen.has(sl.lineId)) continue;
      seen.add(sl.lineId);
      const line = network.lines.get(sl.lineId) ?? fallbackLine(sl.lineId);
      const onLine = (network.stationsByLine.get(sl.lineId) ?? []).map((i) => siteOf(network.stations[i]!));
      const range = orPoint(rangeToNearest(place.region, onLine), h.distanceKm);
      const access = { station, distanceKm: h.distanceKm, range, line, stationLine: sl } as LineAccess;
      // The corridor interval is the costly part (every segment of the line against the region) and only the park
      // card shows it: computed on first read, then kept.
      let corridor: Corridor | undefined;
      Object.defineProperty(access, 'corridor', {
        enumerable: true,
        get: () => (corridor ??= corridorOf(place, line)),
      });
      byLine.push(access);
    }
  }
  return { scenario: network.scenario, nearest, byLine, notes: network.notes };
}

/** What the planned works change for a place, nearest first. */
export type PlanChange =
  | { kind: 'new-line'; access: LineAccess; openingYear: number | null; stationIsNew: boolean }
  | { kind: 'nearer-on-line'; access: LineAccess; previous: KmRange; openingYear: number | null }
  | { kind: 'nearer-station'; hit: StationHit; previous: StationHit | null; openingYear: number | null };

function stationYear(s: ScenarioStation): number | null {
  const years = s.lines
    .filter((l) => l.status !== 'open')
    .map((l) => l.openingYear)
    .filter((y): y is number => y !== null);
  return years.length ? Math.max(...years) : null;
}

/**
 * Differences between the 'now' and 'plan' station access of the same place: a nearer station overall, a line that becomes
 * reachable within LINE_SEARCH_KM, or a line whose nearest station comes nearer. The same station access twice gives [].
 */
export function planChanges(now: StationAccess, plan: StationAccess): PlanChange[] {
  const changes: PlanChange[] = [];
  if (
    plan.nearest &&
    (!now.nearest ||
      (plan.nearest.station.id !== now.nearest.station.id && plan.nearest.distanceKm < now.nearest.distanceKm))
  ) {
    changes.push({
      kind: 'nearer-station',
      hit: plan.nearest,
      previous: now.nearest,
      openingYear: stationYear(plan.nearest.station),
    });
  }
  const nowByLine = new Map(now.byLine.map((a) => [a.line.id, a]));
  for (const a of plan.byLine) {
    const before = nowByLine.get(a.line.id);
    if (!before) {
      changes.push({
        kind: 'new-line',
        access: a,
        openingYear: a.stationLine.openingYear ?? a.line.openingYear,
        stationIsNew: a.station.status !== 'open',
      });
    } else if (a.station.id !== before.station.id && a.distanceKm < before.distanceKm) {
      changes.push({
        kind: 'nearer-on-line',
        access: a,
        previous: before.range,
        openingYear: a.stationLine.openingYear ?? a.line.openingYear,
      });
    }
  }
  const km = (c: PlanChange) => (c.kind === 'nearer-station' ? c.hit.distanceKm : c.access.distanceKm);
  return changes.sort((a, b) => km(a) - km(b));
}

/** The distance choices of the filter, km. */
export const TRANSIT_KM_CHOICES = [0.5, 1, 2, 3, 5] as const;

/** True when a station line matches the query's lines and statuses (an empty list matches all). */
export function matchesQuery(sl: StationLine, q: Pick<TransitQuery, 'lines' | 'statuses'>): boolean {
  return (
    (q.lines.length === 0 || q.lines.includes(sl.lineId)) && (q.statuses.length === 0 || q.statuses.includes(sl.status))
  );
}

/**
 * The station choice the filter and sort apply in a scenario: statuses other than 'open' only exist after the plan,
 * so in 'now' the status choice is ignored (every station of 'now' is open).
 */
export function effectiveTransitQuery(
  q: Pick<TransitQuery, 'lines' | 'statuses'>,
  scenario: Scenario,
): Pick<TransitQuery, 'lines' | 'statuses'> {
  return { lines: q.lines, statuses: scenario === 'now' ? [] : q.statuses };
}

/**
 * For each place: the interval of the distance from its region to the nearest station of `network` with a line
 * matching `q` (lines and statuses). Places with no matching station are absent from the map; empty input gives an
 * empty map.
 */
export function transitRangeByPlace(
  places: readonly (Placed & { id: string })[],
  network: Network,
  q: Pick<TransitQuery, 'lines' | 'statuses'>,
): Map<string, KmRange> {
  const all = q.lines.length === 0 && q.statuses.length === 0;
  const keep = all ? undefined : (i: number) => network.stations[i]!.lines.some((sl) => matchesQuery(sl, q));
  const out = new Map<string, KmRange>();
  for (const p of places) {
    const r = nearestStationRange(p, network, keep);
    if (r) out.set(p.id, r);
  }
  return out;
}
