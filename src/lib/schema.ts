/**
 * The only definition of the shape of the project's data files (data/ and geo/).
 * Types come from z.infer; the Vite data plugin, the data tests and the loaders all use DATASETS.
 */
import { z } from 'zod';
import { PROJECT_CATEGORIES, TRANSIT_STATUSES } from './vocab.ts';

export type { ProjectCategory, TransitStatus } from './vocab.ts';

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
/** A WGS-84 position, [lng, lat]. */
export const LngLatSchema = z.tuple([lng, lat]);
export type LngLat = z.infer<typeof LngLatSchema>;

const position = z
  .array(z.number())
  .min(2)
  .max(3)
  .refine((p) => Math.abs(p[0] ?? NaN) <= 180 && Math.abs(p[1] ?? NaN) <= 90, {
    message: 'position out of range: expected [lng, lat] with |lng| ≤ 180 and |lat| ≤ 90',
  });
const ring = z.array(position).min(4, { message: 'a polygon ring needs at least 4 positions' });
const line = z.array(position).min(2, { message: 'a line needs at least 2 positions' });

export const PointSchema = z.object({ type: z.literal('Point'), coordinates: position });
export const LineGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) }),
]);
export const PolygonGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const AnyGeometrySchema = z.discriminatedUnion('type', [
  PointSchema,
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

/** Text in both languages. */
export const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof BilingualSchema>;

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });

/** How precisely a hand-placed point is known, finest first. */
export const PRECISIONS = ['address', 'landmark', 'area', 'town'] as const;

/** A hand-drawn polygon (one outer ring, no holes) within which the true site lies. */
export const RegionPolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(ring).length(1, { message: 'a region is one ring without holes' }),
});

/**
 * How a hand-placed point was placed: the public contract for parks and plan projects.
 * `accuracyM` is the radius within which the true site lies (the placement region is that disc, or `region` where the
 * basis describes a polygon; see src/lib/region.ts). `basis` says in both languages what the point was placed from.
 */
export const GeocodeSchema = z.object({
  precision: z.enum(PRECISIONS),
  basis: z.object({ zh: z.string().min(5), en: z.string().min(10) }),
  accuracyM: z.number().positive(),
  source: z.string().min(1).optional(),
  region: RegionPolygonSchema.optional(),
});
export type Geocode = z.infer<typeof GeocodeSchema>;

/** How a piece of basemap geometry was drawn. */
export const ProvenanceSchema = z.object({
  basis: z.string().min(5),
  source: z.string().min(1),
  accuracyM: z.number().positive().optional(),
});

function collection<P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties, geometry })),
  });
}

export const IndustrySchema = z.object({ id: idSchema, zh: z.string().min(1), en: z.string().min(1) });
export const IndustriesSchema = z.array(IndustrySchema).min(1);
export type Industry = z.infer<typeof IndustrySchema>;

export const ParkPropertiesSchema = z.object({
  id: idSchema,
  seq: z.number().int().min(1).max(18),
  name: BilingualSchema,
  location: BilingualSchema,
  scale: BilingualSchema.optional(),
  town: BilingualSchema.extend({ basis: z.enum(['plan', 'location']) }),
  floorAreaM2: z.number().int().positive(),
  aboveGroundAreaM2: z.number().int().positive().nullable(),
  expansionAreaM2: z.number().int().positive().optional(),
  expansionIsLowerBound: z.boolean().optional(),
  positioning: BilingualSchema,
  industries: z.array(idSchema).min(1),
  geocode: GeocodeSchema,
});
export type ParkProperties = z.infer<typeof ParkPropertiesSchema>;
export const ParksSchema = collection(ParkPropertiesSchema, PointSchema);

export const PlanProjectPropertiesSchema = z.object({
  id: idSchema,
  name: BilingualSchema,
  category: z.enum(PROJECT_CATEGORIES),
  planText: BilingualSchema,
  status: BilingualSchema.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  geocode: GeocodeSchema,
});
export const PlanProjectsSchema = collection(PlanProjectPropertiesSchema, PointSchema);

export const BoundarySchema = collection(
  z.object({ id: z.string().min(1), name: BilingualSchema, provenance: ProvenanceSchema }),
  PolygonGeometrySchema,
);

export const TownPropertiesSchema = z.object({
  id: idSchema,
  name: BilingualSchema,
  kind: z.enum(['subdistrict', 'town']),
  labelPoint: LngLatSchema,
  provenance: ProvenanceSchema,
});
export const TownsSchema = collection(TownPropertiesSchema, PolygonGeometrySchema);

export const RoadsSchema = collection(
  z.object({
    id: z.string().min(1),
    name: BilingualSchema,
    /** `street`: the other named streets, drawn from street zoom (src/map/basemap-style.ts). */
    class: z.enum(['ring', 'expressway', 'arterial', 'street']),
    ref: z.string().optional(),
    provenance: ProvenanceSchema,
  }),
  LineGeometrySchema,
);

export const WaterSchema = collection(
  z.object({
    id: z.string().min(1),
    name: BilingualSchema,
    kind: z.enum(['lake', 'river', 'canal']),
    provenance: ProvenanceSchema,
  }),
  AnyGeometrySchema,
);

export const GreenSchema = collection(
  z.object({
    id: z.string().min(1),
    name: BilingualSchema,
    kind: z.enum(['park', 'scenic', 'campus', 'forest', 'wetland']),
    provenance: ProvenanceSchema,
  }),
  AnyGeometrySchema,
);

export const TransitLinePropertiesSchema = z.object({
  id: z.string().min(1),
  name: BilingualSchema,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a #rrggbb colour' }),
  status: z.enum(TRANSIT_STATUSES),
  openingYear: z.number().int().min(1960).max(2100).optional(),
  indicative: z.boolean(),
  note: BilingualSchema.optional(),
  provenance: ProvenanceSchema,
});
export type TransitLineProperties = z.infer<typeof TransitLinePropertiesSchema>;
export const TransitLinesSchema = collection(TransitLinePropertiesSchema, LineGeometrySchema.nullable());

export const StationPropertiesSchema = z
  .object({
    id: idSchema,
    name: BilingualSchema,
    lines: z.array(z.string().min(1)).min(1),
    plannedLines: z.array(z.string().min(1)).optional(),
    status: z.enum(TRANSIT_STATUSES),
    openingYear: z.number().int().min(1960).max(2100).optional(),
    /**
     * A planned station placed at its namesake landmark, not at a published position: drawn and worded as indicative.
     * Such a station must say how precisely it is placed (`precision` and `provenance.accuracyM`).
     */
    indicative: z.boolean().optional(),
    precision: z.enum(PRECISIONS).optional(),
    provenance: ProvenanceSchema,
  })
  .refine((p) => !p.indicative || (p.precision !== undefined && p.provenance.accuracyM !== undefined), {
    message: 'an indicative station needs precision and provenance.accuracyM',
    path: ['provenance', 'accuracyM'],
  });
export const StationsSchema = collection(StationPropertiesSchema, PointSchema.nullable());

/* ---- The metro network (geo/metro-network.json, tools/metro/build-network.mjs; issue 22) ---- */

const minutes = z.number().positive().max(120);
/**
 * One hop between consecutive stops of a pattern: timetable figures (median and mean minutes) or, for a hop with no
 * timetable (a planned line, a loop's closing hop), an estimate `lowMin`–`highMin` with the basis it rests on.
 */
const MetroHopSchema = z
  .object({
    medianMin: minutes.optional(),
    meanMin: minutes.optional(),
    distM: z.number().positive().nullable().optional(),
    estimated: z.literal(true).optional(),
    lowMin: minutes.optional(),
    highMin: minutes.optional(),
    basis: z.string().min(10).optional(),
  })
  .superRefine((h, ctx) => {
    if (h.estimated) {
      if (h.lowMin === undefined || h.highMin === undefined || !h.basis)
        ctx.addIssue({ code: 'custom', message: 'an estimated hop needs lowMin, highMin and basis' });
      else if (h.lowMin > h.highMin)
        ctx.addIssue({ code: 'custom', message: 'lowMin exceeds highMin', path: ['lowMin'] });
    } else if (h.medianMin === undefined || h.meanMin === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a timetable hop needs medianMin and meanMin', path: ['medianMin'] });
    }
  });
const MetroHeadwaySchema = z.object({
  peakMin: minutes,
  middayMin: minutes,
  eveningMin: minutes.nullable(),
  /** Not from a timetable (a planned line): an assumption the UI states. */
  assumed: z.literal(true).optional(),
});
const MetroPatternSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9]+(-[a-z0-9]+)*$/, { message: 'a pattern id such as L13-dongxing' }),
  direction: BilingualSchema,
  stops: z.array(idSchema).min(2),
  /** One per pair of consecutive stops; a loop has one more, from the last stop back to the first. */
  hops: z.array(MetroHopSchema).min(1),
  headway: MetroHeadwaySchema,
  loop: z.literal(true).optional(),
  timetableAsOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
const lineIdSchema = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, { message: 'a line id such as L13 or CP' });
const MetroLineSchema = z.object({
  id: lineIdSchema,
  name: BilingualSchema,
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  status: z.enum(['open', 'planned']),
  openingYear: z.number().int().min(2000).max(2100).optional(),
  patterns: z.array(MetroPatternSchema).min(1),
});
const MetroStationSchema = z.object({
  id: idSchema,
  name: BilingualSchema,
  /** Null where no position is known (a few stations far outside Haidian): such a station is never walked to. */
  coordinates: LngLatSchema.nullable(),
  lines: z.array(lineIdSchema).min(1),
  /** The station is one of geo/transit-stations.geojson (same id). */
  geo: z.literal(true).optional(),
  indicative: z.literal(true).optional(),
  provenance: z.object({
    basis: z.string().min(5),
    source: z.string().min(1).nullable(),
    accuracyM: z.number().positive().nullable(),
  }),
});
const MetroTransferSchema = z.object({
  station: idSchema,
  fromLine: lineIdSchema,
  toLine: lineIdSchema,
  minMin: z.number().min(0).max(30),
  maxMin: z.number().min(0).max(30),
  passages: z.number().int().min(1),
});
export const MetroNetworkSchema = z.object({
  format: z.literal('haidian-site-finder/metro-network'),
  version: z.literal(1),
  credit: z.string().min(20),
  method: z.string().min(20),
  assumptions: z.object({
    l19n: z.object({
      source: z.string().min(10),
      trackFactor: z.tuple([z.number(), z.number()]),
      speedKmh: z.tuple([z.number(), z.number()]),
      speedBasis: z.string(),
      headwayMin: z.tuple([z.number(), z.number()]),
      openingYear: z.number().int(),
      note: z.string().min(20),
    }),
    loopClosing: z.string().min(20),
    mergedStations: z.string().min(20),
  }),
  sources: z.record(z.string(), z.string().min(10)),
  stations: z.array(MetroStationSchema).min(2),
  lines: z.array(MetroLineSchema).min(1),
  transfers: z.array(MetroTransferSchema),
  links: z.array(z.object({ a: idSchema, b: idSchema, basis: z.string().min(10) })),
});

/** Every data file of the project, by path from the repository root, with its schema. */
export const DATASETS = {
  'data/industries.json': IndustriesSchema,
  'data/parks.geojson': ParksSchema,
  'data/plan-projects.geojson': PlanProjectsSchema,
  'geo/boundary.geojson': BoundarySchema,
  'geo/towns.geojson': TownsSchema,
  'geo/roads.geojson': RoadsSchema,
  'geo/water.geojson': WaterSchema,
  'geo/green.geojson': GreenSchema,
  'geo/transit-lines.geojson': TransitLinesSchema,
  'geo/transit-stations.geojson': StationsSchema,
  'geo/metro-network.json': MetroNetworkSchema,
} as const satisfies Record<string, z.ZodType>;
export type DatasetPath = keyof typeof DATASETS;

type Issue = { path: PropertyKey[]; message: string };

/**
 * Formats one validation issue as `file › feature #i (id) › field: message`.
 * `data` is the parsed file, used to look up the feature's id; paths outside `features` are shown as a dotted field.
 */
export function formatIssue(file: string, data: unknown, issue: Issue): string {
  const path = issue.path.map(String);
  const parts = [file];
  let rest = path;
  if (path[0] === 'features' && path[1] !== undefined) {
    const index = Number(path[1]);
    const features = (data as { features?: unknown[] } | null)?.features;
    const feature = Array.isArray(features)
      ? (features[index] as { properties?: { id?: unknown } } | undefined)
      : undefined;
    const id = feature?.properties?.id;
    parts.push(`feature #${index}${typeof id === 'string' ? ` (${id})` : ''}`);
    // A property is named by itself (`floorAreaM2`); geometry keeps its prefix (`geometry.coordinates`).
    rest = path[2] === 'properties' ? path.slice(3) : path.slice(2);
  } else if (path[0] === 'lines' || path[0] === 'stations' || path[0] === 'transfers') {
    parts.push(...networkWhere(data, path));
    rest = networkRest(path);
  } else if (/^\d+$/.test(path[0] ?? '')) {
    const entry = Array.isArray(data) ? (data[Number(path[0])] as { id?: unknown } | undefined) : undefined;
    parts.push(`entry #${path[0]}${typeof entry?.id === 'string' ? ` (${entry.id})` : ''}`);
    rest = path.slice(1);
  }
  const field = rest.join('.') || '(root)';
  return `${parts.join(' › ')} › ${field}: ${issue.message}`;
}

/** The network file's place of an issue: `line L13 › pattern L13-dongxing › hop #3 (xierqi→longze)`, `station #4 (xierqi)`. */
function networkWhere(data: unknown, path: string[]): string[] {
  const net = data as {
    lines?: { id?: string; patterns?: { id?: string; stops?: string[] }[] }[];
    stations?: { id?: string }[];
    transfers?: { station?: string; fromLine?: string; toLine?: string }[];
  } | null;
  const i = Number(path[1]);
  if (path[0] === 'stations') return [`station #${i}${net?.stations?.[i]?.id ? ` (${net.stations[i].id})` : ''}`];
  if (path[0] === 'transfers') {
    const t = net?.transfers?.[i];
    return [`transfer #${i}${t ? ` (${t.station} ${t.fromLine}→${t.toLine})` : ''}`];
  }
  const line = net?.lines?.[i];
  const out = [`line ${line?.id ?? `#${i}`}`];
  if (path[2] === 'patterns' && path[3] !== undefined) {
    const pattern = line?.patterns?.[Number(path[3])];
    out.push(`pattern ${pattern?.id ?? `#${path[3]}`}`);
    if (path[4] === 'hops' && path[5] !== undefined) {
      const j = Number(path[5]);
      const stops = pattern?.stops ?? [];
      const from = stops[j];
      const to = stops[j + 1] ?? stops[0];
      out.push(`hop #${j}${from ? ` (${from}→${to})` : ''}`);
    }
  }
  return out;
}

/** The field of a network issue after the parts networkWhere names. */
function networkRest(path: string[]): string[] {
  if (path[0] !== 'lines') return path.slice(2);
  if (path[2] !== 'patterns' || path[3] === undefined) return path.slice(2);
  if (path[4] === 'hops' && path[5] !== undefined) return path.slice(6);
  return path.slice(4);
}

/**
 * What zod cannot see in the network file: stations, lines and patterns referred to exist, a pattern has a hop per
 * pair of stops (one more for a loop), each station lists the lines that stop there, ids are unique.
 */
export function checkMetroNetwork(file: string, net: MetroNetworkFile): string[] {
  const errors: string[] = [];
  const stations = new Map(net.stations.map((s) => [s.id, s]));
  const lineIds = new Set(net.lines.map((l) => l.id));
  errors.push(...checkUniqueIds(file, net.stations, (i) => `station #${i}`));
  errors.push(...checkUniqueIds(file, net.lines, (i) => `line #${i}`));
  for (const line of net.lines) {
    errors.push(...checkUniqueIds(file, line.patterns, (i) => `line ${line.id} › pattern #${i}`));
    for (const p of line.patterns) {
      const where = `${file} › line ${line.id} › pattern ${p.id}`;
      const want = p.stops.length - 1 + (p.loop ? 1 : 0);
      if (p.hops.length !== want)
        errors.push(`${where} › hops: ${p.hops.length} hops for ${p.stops.length} stops (expected ${want})`);
      p.stops.forEach((id, k) => {
        const s = stations.get(id);
        if (!s) errors.push(`${where} › stops.${k}: unknown station "${id}"`);
        else if (!s.lines.includes(line.id))
          errors.push(`${where} › stops.${k}: station "${id}" does not list line ${line.id}`);
      });
    }
  }
  net.stations.forEach((s, i) => {
    for (const l of s.lines)
      if (!lineIds.has(l)) errors.push(`${file} › station #${i} (${s.id}) › lines: unknown line "${l}"`);
  });
  net.transfers.forEach((t, i) => {
    const where = `${file} › transfer #${i} (${t.station} ${t.fromLine}→${t.toLine})`;
    if (!stations.has(t.station)) errors.push(`${where} › station: unknown station "${t.station}"`);
    for (const k of ['fromLine', 'toLine'] as const)
      if (!lineIds.has(t[k])) errors.push(`${where} › ${k}: unknown line "${t[k]}"`);
    if (t.minMin > t.maxMin) errors.push(`${where} › minMin: exceeds maxMin`);
  });
  net.links.forEach((l, i) => {
    for (const k of ['a', 'b'] as const)
      if (!stations.has(l[k])) errors.push(`${file} › link #${i} › ${k}: unknown station "${l[k]}"`);
  });
  return errors;
}

/** Cross-feature rules zod cannot see per feature: unique ids, and references between files. */
export function checkUniqueIds(file: string, items: readonly { id: string }[], where: (i: number) => string): string[] {
  const seen = new Map<string, number>();
  const errors: string[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      errors.push(`${file} › ${where(i)} (${item.id}) › id: duplicate id, first used by #${first}`);
    else seen.set(item.id, i);
  });
  return errors;
}

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/**
 * Parses a dataset's text (JSON) against its schema. Returns every problem as a formatted line,
 * including bad JSON or encoding (a BOM or replacement characters), duplicate ids and unknown industry ids.
 */
export function validateDataset<P extends DatasetPath>(
  file: P,
  text: string,
  context: { industryIds?: ReadonlySet<string> } = {},
): ValidationResult<z.infer<(typeof DATASETS)[P]>> {
  if (text.includes('\uFFFD'))
    return { ok: false, errors: [`${file} › (file): not valid UTF-8 (replacement characters found)`] };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, errors: [`${file} › (file): invalid JSON: ${(e as Error).message}`] };
  }
  const schema = DATASETS[file] as z.ZodType;
  const result = schema.safeParse(data);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((issue) => formatIssue(file, data, issue)) };
  }
  const parsed = result.data as z.infer<(typeof DATASETS)[P]>;
  const errors: string[] = [];
  if (file === 'geo/metro-network.json') {
    errors.push(...checkMetroNetwork(file, parsed as MetroNetworkFile));
  } else if (Array.isArray(parsed)) {
    errors.push(...checkUniqueIds(file, parsed as { id: string }[], (i) => `entry #${i}`));
  } else {
    const features = (parsed as { features: { properties: { id: string } }[] }).features;
    errors.push(
      ...checkUniqueIds(
        file,
        features.map((f) => f.properties),
        (i) => `feature #${i}`,
      ),
    );
    if (file === 'data/parks.geojson' && context.industryIds) {
      features.forEach((f, i) => {
        const p = f.properties as unknown as ParkProperties;
        p.industries.forEach((ind, j) => {
          if (!context.industryIds!.has(ind)) {
            errors.push(
              `${file} › feature #${i} (${p.id}) › industries.${j}: unknown industry "${ind}" (not in data/industries.json)`,
            );
          }
        });
      });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, data: parsed };
}

/** The parsed shape of each dataset, for code outside this module (which imports no zod). */
export type ParksFile = z.infer<typeof ParksSchema>;
export type PlanProjectsFile = z.infer<typeof PlanProjectsSchema>;
export type BoundaryFile = z.infer<typeof BoundarySchema>;
export type TownsFile = z.infer<typeof TownsSchema>;
export type TransitLinesFile = z.infer<typeof TransitLinesSchema>;
export type StationsFile = z.infer<typeof StationsSchema>;
export type GreenFile = z.infer<typeof GreenSchema>;
export type WaterFile = z.infer<typeof WaterSchema>;
export type MetroNetworkFile = z.infer<typeof MetroNetworkSchema>;
export type RoadsFile = z.infer<typeof RoadsSchema>;
