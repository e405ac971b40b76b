/**
 * Park patches: reviewed corrections of where parks lie (issue 13). Pure: no DOM, no file system, no clock (callers
 * pass the date), no zod (the caller passes a validator in; src/lib/patch-validate.ts holds the build's). Shared by the
 * site editor (export, import, summary) and the command line (`npm run data:apply`, `npm run geocode`).
 *
 * The patch format: a GeoJSON FeatureCollection with the foreign member
 * `"patch": {"format": "haidian-site-finder/park-patch", "version": 1, "createdAt": ISO 8601}`. Each feature is a
 * changed park exactly as in data/parks.geojson (type, geometry, properties, same key order) plus the foreign member
 * `"editedAt"` (ISO 8601) and, only where the point leaves the town the plan names, `"allowOutsideTown"`: the reason
 * (at least 10 characters). Neither member is written into data/parks.geojson.
 *
 * Only a park's geometry and `properties.geocode` may change; every other property is a plan fact (checkPatch).
 */
import type { Bilingual, Geocode, LngLat, ParkProperties, ParksFile } from './schema.ts';
import { straightLineKm } from './spatial.ts';
import { pointInPolygonFeature } from './spatial-polygon.ts';

export const PATCH_FORMAT = 'haidian-site-finder/park-patch';
export const PATCH_VERSION = 1;
/** The shortest reason `allowOutsideTown` accepts (characters, after trimming). */
export const MIN_OUTSIDE_TOWN_REASON = 10;

/** A park as a feature of data/parks.geojson. */
export type ParkFeature = ParksFile['features'][number];
/** A park as a feature of a patch. */
export type PatchFeature = ParkFeature & { editedAt: string; allowOutsideTown?: string };
export type ParkPatch = {
  type: 'FeatureCollection';
  patch: { format: typeof PATCH_FORMAT; version: typeof PATCH_VERSION; createdAt: string };
  features: PatchFeature[];
};

/** How precisely a point is known, finest first (the order of schema.ts PRECISIONS). */
export const PRECISION_ORDER = [
  'address',
  'landmark',
  'area',
  'town',
] as const satisfies readonly Geocode['precision'][];
export type Precision = (typeof PRECISION_ORDER)[number];

/* ---- Key order ---- */

/** The key order of data/parks.geojson (and of ParkPropertiesSchema). */
const PARK_KEYS = [
  'id',
  'seq',
  'name',
  'location',
  'scale',
  'town',
  'floorAreaM2',
  'aboveGroundAreaM2',
  'expansionAreaM2',
  'expansionIsLowerBound',
  'positioning',
  'industries',
  'geocode',
] as const satisfies readonly (keyof ParkProperties)[];
const GEOCODE_KEYS = [
  'precision',
  'basis',
  'accuracyM',
  'source',
  'region',
] as const satisfies readonly (keyof Geocode)[];
const BILINGUAL_KEYS = ['zh', 'en'];
const TOWN_KEYS = ['zh', 'en', 'basis'];
const GEOMETRY_KEYS = ['type', 'coordinates'];
const FEATURE_KEYS = ['type', 'geometry', 'properties', 'editedAt', 'allowOutsideTown'];
const PATCH_KEYS = ['type', 'patch', 'features'];
const PATCH_META_KEYS = ['format', 'version', 'createdAt'];

type Json = unknown;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `value` with the keys of an object in `order` first, then any others sorted; undefined values dropped. */
function ordered(value: Json, order: readonly string[], child: (key: string, v: Json) => Json = (_k, v) => v): Json {
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  const rest = Object.keys(value)
    .filter((k) => !order.includes(k))
    .sort();
  for (const key of [...order, ...rest]) {
    if (key in value && value[key] !== undefined) out[key] = child(key, value[key]);
  }
  return out;
}

function canonicalGeocode(geocode: Json): Json {
  return ordered(geocode, GEOCODE_KEYS, (k, v) =>
    k === 'basis' ? ordered(v, BILINGUAL_KEYS) : k === 'region' ? ordered(v, GEOMETRY_KEYS) : v,
  );
}

function canonicalProperties(properties: Json): Json {
  return ordered(properties, PARK_KEYS, (k, v) => {
    if (k === 'geocode') return canonicalGeocode(v);
    if (k === 'town') return ordered(v, TOWN_KEYS);
    if (k === 'name' || k === 'location' || k === 'scale' || k === 'positioning') return ordered(v, BILINGUAL_KEYS);
    return v;
  });
}

function canonicalFeature(feature: Json): Json {
  return ordered(feature, FEATURE_KEYS, (k, v) =>
    k === 'geometry' ? ordered(v, GEOMETRY_KEYS) : k === 'properties' ? canonicalProperties(v) : v,
  );
}

const seqOf = (f: Json): number => {
  const seq = isObject(f) && isObject(f.properties) ? f.properties.seq : undefined;
  return typeof seq === 'number' ? seq : Infinity;
};

/**
 * The patch as text: keys in a fixed order (the data file's for properties; geocode as precision, basis, accuracyM,
 * source, region; unknown keys after them, sorted), features sorted by park `seq`, 2-space JSON and a final newline.
 * The same patch gives the same bytes whatever the key order it was built or parsed with.
 */
export function serializePatch(patch: ParkPatch): string {
  const features = [...patch.features].sort((a, b) => seqOf(a) - seqOf(b)).map(canonicalFeature);
  const out = ordered({ ...patch, features }, PATCH_KEYS, (k, v) => (k === 'patch' ? ordered(v, PATCH_META_KEYS) : v));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** data/parks.geojson's exact formatting: `JSON.stringify(file, null, 2)` and a final newline. */
export function serializeDataFile(file: unknown): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/* ---- Building (the editor) ---- */

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** One park's correction, as the editor holds it. */
export type ParkEdit = {
  /** The park's current properties (a Park from src/data also works: keys that are not properties are dropped). */
  properties: ParkProperties;
  /** The new point, WGS-84 [lng, lat] (rounded to 6 decimals, ~0.1 m, like the data file). */
  coordinates: LngLat;
  geocode: Geocode;
  /** When the park was last edited, ISO 8601. */
  editedAt: string;
  /** Why the point may lie outside the town the plan names; only where it does. */
  allowOutsideTown?: string;
};

/** The park's properties in the data file's key order, only the keys a park has (drops a Park's coordinates, region). */
function parkProperties(p: ParkProperties): ParkProperties {
  const out: Record<string, unknown> = {};
  for (const key of PARK_KEYS) if (p[key] !== undefined) out[key] = p[key];
  return canonicalProperties(out) as ParkProperties;
}

/**
 * A park as a feature of data/parks.geojson, from its properties and point: how the editor, which holds PARKS from
 * src/data (properties plus coordinates and region), gets the `current` features checkPatch and summarizePatch take.
 */
export function toParkFeature(properties: ParkProperties, coordinates: LngLat): ParkFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [coordinates[0], coordinates[1]] },
    properties: parkProperties(properties),
  };
}

/** A patch from the editor's edits, created at `now`. Plan facts are copied from each edit's current properties. */
export function buildPatch(edits: readonly ParkEdit[], now: Date): ParkPatch {
  const features = edits
    .map((e): PatchFeature => {
      const properties = parkProperties({ ...e.properties, geocode: canonicalGeocode(e.geocode) as Geocode });
      const feature: PatchFeature = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [round6(e.coordinates[0]), round6(e.coordinates[1])] },
        properties,
        editedAt: e.editedAt,
      };
      if (e.allowOutsideTown !== undefined) feature.allowOutsideTown = e.allowOutsideTown;
      return feature;
    })
    .sort((a, b) => a.properties.seq - b.properties.seq);
  return {
    type: 'FeatureCollection',
    patch: { format: PATCH_FORMAT, version: PATCH_VERSION, createdAt: now.toISOString() },
    features,
  };
}

/* ---- Parsing ---- */

export type PatchResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const isIso = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** `feature #i (id)` as in build errors (src/lib/schema.ts formatIssue); the index is the feature's place in the patch. */
function featureLabel(index: number, feature: unknown): string {
  const id = isObject(feature) && isObject(feature.properties) ? feature.properties.id : undefined;
  return `feature #${index}${typeof id === 'string' ? ` (${id})` : ''}`;
}

function parseFeature(f: unknown, i: number, errors: string[]): void {
  const at = (field: string, message: string): void => {
    errors.push(`${featureLabel(i, f)} › ${field}: ${message}`);
  };
  if (!isObject(f)) return at('(feature)', 'expected a GeoJSON Feature object');
  if (f.type !== 'Feature') at('type', `expected "Feature", got ${show(f.type)}`);
  for (const key of Object.keys(f)) {
    if (!FEATURE_KEYS.includes(key)) at(key, `unknown member of a patch feature (expected ${FEATURE_KEYS.join(', ')})`);
  }
  const g = f.geometry;
  if (!isObject(g) || g.type !== 'Point') at('geometry', 'expected a Point geometry (a park is one point)');
  else {
    const c = g.coordinates;
    const finite = Array.isArray(c) && c.length === 2 && c.every((x) => typeof x === 'number' && Number.isFinite(x));
    if (!finite) at('geometry.coordinates', `expected [lng, lat], two finite numbers; got ${show(c)}`);
    else if (Math.abs(c[0] as number) > 180 || Math.abs(c[1] as number) > 90)
      at('geometry.coordinates', `out of range: expected [lng, lat] with |lng| ≤ 180 and |lat| ≤ 90; got ${show(c)}`);
  }
  if (!isIso(f.editedAt))
    at('editedAt', `expected an ISO 8601 date-time (e.g. 2026-05-01T08:30:00Z); got ${show(f.editedAt)}`);
  if (
    'allowOutsideTown' in f &&
    (typeof f.allowOutsideTown !== 'string' || f.allowOutsideTown.trim().length < MIN_OUTSIDE_TOWN_REASON)
  )
    at(
      'allowOutsideTown',
      `a reason of at least ${MIN_OUTSIDE_TOWN_REASON} characters; got ${show(f.allowOutsideTown)}`,
    );
  const p = f.properties;
  if (!isObject(p)) return at('properties', 'expected an object (the park as in data/parks.geojson)');
  if (typeof p.id !== 'string' || !p.id) at('properties.id', `expected the park's id; got ${show(p.id)}`);
  const gc = p.geocode;
  if (!isObject(gc)) return at('properties.geocode', 'expected an object');
  if (!PRECISION_ORDER.includes(gc.precision as Precision))
    at('properties.geocode.precision', `expected one of ${PRECISION_ORDER.join(', ')}; got ${show(gc.precision)}`);
  if (typeof gc.accuracyM !== 'number' || !(gc.accuracyM > 0) || !Number.isFinite(gc.accuracyM))
    at('properties.geocode.accuracyM', `expected a positive number of metres; got ${show(gc.accuracyM)}`);
}

/**
 * Reads a patch file's text. Checks the envelope (format marker, version, dates) and each feature's shape (type, a
 * Point with finite [lng, lat], a park id, editedAt, a geocode with precision and accuracyM); whether the changes
 * are allowed is checkPatch's job. Every problem is reported, each naming the feature and the field.
 */
export function parsePatch(text: string): PatchResult<ParkPatch> {
  if (text.includes('\uFFFD')) return { ok: false, errors: ['(file): not valid UTF-8 (replacement characters found)'] };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, errors: [`(file): invalid JSON: ${(e as Error).message}`] };
  }
  const errors: string[] = [];
  if (!isObject(data) || data.type !== 'FeatureCollection')
    return { ok: false, errors: ['(root): a patch is a GeoJSON FeatureCollection (type "FeatureCollection")'] };
  for (const key of Object.keys(data)) {
    if (!PATCH_KEYS.includes(key)) errors.push(`${key}: unknown member of a patch (expected ${PATCH_KEYS.join(', ')})`);
  }
  const meta = data.patch;
  if (!isObject(meta)) {
    errors.push(
      `patch: missing; a patch says what it is: "patch": {"format": "${PATCH_FORMAT}", "version": ${PATCH_VERSION}, "createdAt": …}`,
    );
  } else {
    if (meta.format !== PATCH_FORMAT) errors.push(`patch.format: expected "${PATCH_FORMAT}", got ${show(meta.format)}`);
    else if (meta.version !== PATCH_VERSION)
      errors.push(
        `patch.version: unsupported version ${show(meta.version)} (this tool reads version ${PATCH_VERSION})`,
      );
    if (!isIso(meta.createdAt))
      errors.push(`patch.createdAt: expected an ISO 8601 date-time; got ${show(meta.createdAt)}`);
  }
  if (!Array.isArray(data.features)) errors.push('features: expected an array of park features');
  else if (data.features.length === 0) errors.push('features: empty; a patch changes at least one park');
  else data.features.forEach((f, i) => parseFeature(f, i, errors));
  return errors.length ? { ok: false, errors } : { ok: true, value: data as unknown as ParkPatch };
}

/* ---- Checking ---- */

type PolygonGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** A problem found by a validator, its path relative to the feature (e.g. ['properties', 'geocode', 'accuracyM']). */
export type FeatureIssue = { path: readonly PropertyKey[]; message: string };

/** What checkPatch needs besides the patch: the district and the towns (geo/), and the build's validator. */
export type PatchContext = {
  /** The district outline (geo/boundary.geojson). */
  district: PolygonGeometry;
  /** The towns (geo/towns.geojson), matched to a park's `town.zh` by name. */
  towns: readonly { properties: { name: Bilingual }; geometry: PolygonGeometry }[];
  /**
   * The build's schema for one park feature (src/lib/patch-validate.ts validateParkFeature), run on the park as it
   * would be written. Optional so the browser can check without zod; the command line always passes it.
   */
  validate?: (feature: ParkFeature) => readonly FeatureIssue[];
};

export type CheckResult = { errors: string[]; warnings: string[] };

/** Paths (dotted, from `path`) where a and b differ; object key order does not matter, array order does. */
function differences(a: unknown, b: unknown, path: string): { path: string; a: unknown; b: unknown }[] {
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    return keys.flatMap((k) => differences(a[k], b[k], `${path}.${k}`));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length)
    return a.flatMap((x, i) => differences(x, b[i], `${path}.${i}`));
  return a === b || JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path, a, b }];
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Whether the patch may be applied to the parks now in data/parks.geojson (`current`). Refused, each with the
 * feature and the field: an unknown or duplicate id; any change to a plan fact (every property but `geocode`);
 * an unknown geocode field; a point outside the district; a point outside the town the plan names
 * (`town.basis: "plan"`) unless the feature gives `allowOutsideTown`; a point outside a town derived from the
 * location (`town.basis: "location"`: the town would no longer be true, and a patch cannot change it); a region that
 * no longer holds the point or that accuracyM does not reach; a basis shorter than the data contract wants
 * (tests/unit/data/contract.test.ts); whatever the build's schema refuses (`ctx.validate`).
 * An outside-town point whose basis does not say "飞地" / "enclave" is refused too (the data contract asks it).
 * Warnings do not refuse: a feature that changes nothing.
 */
export function checkPatch(patch: ParkPatch, current: readonly ParkFeature[], ctx: PatchContext): CheckResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const byId = new Map(current.map((f) => [f.properties.id, f]));
  const seen = new Map<string, number>();
  patch.features.forEach((f, i) => {
    const label = featureLabel(i, f);
    const refuse = (field: string, message: string): void => {
      errors.push(`${label} › ${field}: ${message}`);
    };
    const id = f.properties.id;
    const was = byId.get(id);
    if (!was) return refuse('properties.id', `unknown park id "${id}" (not in data/parks.geojson)`);
    const first = seen.get(id);
    if (first !== undefined) return refuse('properties.id', `duplicate id, first used by feature #${first}`);
    seen.set(id, i);

    // Plan facts: everything but the geocode must be exactly as in the data.
    const { geocode: _was, ...facts } = was.properties;
    const { geocode, ...patchFacts } = f.properties;
    for (const d of differences(facts, patchFacts, 'properties')) {
      if (d.b === undefined)
        refuse(d.path, `a plan fact cannot change (missing from the patch; data/parks.geojson has ${show(d.a)})`);
      else if (d.a === undefined)
        refuse(d.path, `not in data/parks.geojson; only geometry and properties.geocode may change`);
      else refuse(d.path, `a plan fact cannot change (data/parks.geojson has ${show(d.a)}, the patch ${show(d.b)})`);
    }
    for (const key of Object.keys(geocode)) {
      if (!(GEOCODE_KEYS as readonly string[]).includes(key))
        refuse(`properties.geocode.${key}`, `unknown field (a geocode has ${GEOCODE_KEYS.join(', ')})`);
    }

    const point: LngLat = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!];
    const at = `[${point[0]}, ${point[1]}]`;
    if (!pointInPolygonFeature(point, ctx.district)) {
      refuse('geometry.coordinates', `the point ${at} is outside the district (geo/boundary.geojson)`);
    } else {
      const town = was.properties.town;
      const polygon = ctx.towns.find((t) => t.properties.name.zh === town.zh)?.geometry;
      const name = `${town.zh} (${town.en})`;
      if (!polygon) refuse('properties.town.zh', `the town ${name} is not in geo/towns.geojson`);
      else if (!pointInPolygonFeature(point, polygon)) {
        if (town.basis === 'location') {
          refuse(
            'geometry.coordinates',
            `the point ${at} is outside ${name}, the town named from the park's location (town.basis "location"); ` +
              'a patch cannot change properties.town: correct data/parks.geojson by hand',
          );
        } else if (f.allowOutsideTown === undefined) {
          refuse(
            'geometry.coordinates',
            `the point ${at} is outside ${name}, the town the plan names; to place it there anyway, give the reason ` +
              `in the feature's "allowOutsideTown" (at least ${MIN_OUTSIDE_TOWN_REASON} characters)`,
          );
        } else if (!/enclave/i.test(geocode.basis?.en ?? '') || !/飞地/.test(geocode.basis?.zh ?? '')) {
          // The data contract (tests/unit/data/contract.test.ts): the basis itself must explain the enclave.
          refuse(
            'properties.geocode.basis',
            `the point is outside ${name} (allowed: "${f.allowOutsideTown}"), so the basis must say why, ` +
              'with "飞地" in Chinese and "enclave" in English',
          );
        }
      }
    }

    const region = geocode.region;
    if (isObject(region) && Array.isArray(region.coordinates) && Array.isArray(region.coordinates[0])) {
      const ring = region.coordinates[0] as LngLat[];
      if (!pointInPolygonFeature(point, { type: 'Polygon', coordinates: [ring] }))
        refuse(
          'properties.geocode.region',
          'the point is outside its region: move the region with the point, or drop it',
        );
      else if (typeof geocode.accuracyM === 'number') {
        const farthest = Math.max(...ring.map((v) => straightLineKm(point, v) * 1000));
        if (farthest > geocode.accuracyM)
          refuse(
            'properties.geocode.accuracyM',
            `must reach the region's farthest vertex (${Math.ceil(farthest)} m from the point)`,
          );
      }
    }

    // The data contract (tests/unit/data/contract.test.ts) asks more of a basis than the schema does.
    const basis = geocode.basis as Partial<Bilingual> | undefined;
    if (typeof basis?.zh === 'string' && (!CJK.test(basis.zh) || basis.zh.length <= 20))
      refuse(
        'properties.geocode.basis.zh',
        'say in Chinese, in more than 20 characters, what the point was placed from',
      );
    if (typeof basis?.en === 'string' && basis.en.length <= 40)
      refuse(
        'properties.geocode.basis.en',
        'say in English, in more than 40 characters, what the point was placed from',
      );
    if (typeof basis?.zh === 'string' && basis.zh === basis.en)
      refuse('properties.geocode.basis.en', 'the English basis must not repeat the Chinese');

    const written = placed(was, f);
    for (const issue of ctx.validate?.(written) ?? [])
      refuse(issue.path.map(String).join('.') || '(feature)', issue.message);

    if (JSON.stringify(canonicalFeature(written)) === JSON.stringify(canonicalFeature(was)))
      warnings.push(`${label}: changes nothing (the point and geocode are as in data/parks.geojson)`);
  });
  return { errors, warnings };
}

/* ---- Applying ---- */

/** A geocode with only its schema's keys, in schema order (a deep copy). */
function pickGeocode(g: Geocode): Geocode {
  const out: Record<string, unknown> = {};
  for (const key of GEOCODE_KEYS) if (g[key] !== undefined) out[key] = structuredClone(g[key]);
  return canonicalGeocode(out) as Geocode;
}

/** The park `was` as it is written once `f` is applied: only geometry and properties.geocode replaced. */
function placed(was: ParkFeature, f: PatchFeature): ParkFeature {
  return {
    ...was,
    geometry: { type: 'Point', coordinates: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] },
    properties: { ...was.properties, geocode: pickGeocode(f.properties.geocode) },
  };
}

/**
 * The data file with the patch applied: for each patched park, its geometry and properties.geocode replaced (geocode
 * keys in schema order, unknown keys dropped); every other byte is as before once serialised (serializeDataFile).
 * Call checkPatch first; an id not in the file throws. The input is not changed.
 */
export function applyPatch(file: ParksFile, patch: ParkPatch): ParksFile {
  const byId = new Map(patch.features.map((f) => [f.properties.id, f]));
  const known = new Set(file.features.map((f) => f.properties.id));
  for (const id of byId.keys()) if (!known.has(id)) throw new Error(`applyPatch: unknown park id "${id}"`);
  const next = structuredClone(file);
  next.features = next.features.map((was) => {
    const f = byId.get(was.properties.id);
    return f ? placed(was, f) : was;
  });
  return next;
}

/* ---- Summary ---- */

/** One change as the editor and the command line show it. */
export type PatchChange = {
  id: string;
  seq: number;
  name: Bilingual;
  from: LngLat;
  to: LngLat;
  /** Great-circle distance between the old and the new point, metres. */
  movedM: number;
  precisionFrom: Precision;
  precisionTo: Precision;
  accuracyFrom: number;
  accuracyTo: number;
};

/** Each patched park's change against the data (ids not in `current` are left out), in patch order. */
export function summarizePatch(patch: ParkPatch, current: readonly ParkFeature[]): PatchChange[] {
  const byId = new Map(current.map((f) => [f.properties.id, f]));
  return patch.features.flatMap((f) => {
    const was = byId.get(f.properties.id);
    if (!was) return [];
    const from: LngLat = [was.geometry.coordinates[0]!, was.geometry.coordinates[1]!];
    const to: LngLat = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!];
    return [
      {
        id: was.properties.id,
        seq: was.properties.seq,
        name: was.properties.name,
        from,
        to,
        movedM: straightLineKm(from, to) * 1000,
        precisionFrom: was.properties.geocode.precision,
        precisionTo: f.properties.geocode.precision,
        accuracyFrom: was.properties.geocode.accuracyM,
        accuracyTo: f.properties.geocode.accuracyM,
      },
    ];
  });
}

/** A change on one line, for the command line: `#18 id 名称: [lng, lat] → [lng, lat], moved 123 m; …`. */
export function formatChange(c: PatchChange): string {
  const pt = (p: LngLat) => `[${p[0]}, ${p[1]}]`;
  return (
    `#${c.seq} ${c.id} ${c.name.zh}: ${pt(c.from)} → ${pt(c.to)}, moved ${Math.round(c.movedM)} m; ` +
    `precision ${c.precisionFrom} → ${c.precisionTo}; accuracy ${c.accuracyFrom} m → ${c.accuracyTo} m`
  );
}

/* ---- Diff ---- */

/**
 * A unified line diff of two texts (`---`/`+++` headers, `@@` hunks with `context` lines around each change), or ''
 * when they are equal. Longest common subsequence after trimming the common head and tail: fine for a data file.
 */
export function diffLines(before: string, after: string, names = { a: 'before', b: 'after' }, context = 3): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  // lcs[i][j]: length of the LCS of am[i..] and bm[j..].
  const w = bm.length + 1;
  const lcs = new Uint32Array((am.length + 1) * w);
  for (let i = am.length - 1; i >= 0; i--) {
    for (let j = bm.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        am[i] === bm[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  type Op = { op: ' ' | '-' | '+'; line: string };
  const ops: Op[] = a.slice(0, head).map((line) => ({ op: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < am.length || j < bm.length) {
    if (i < am.length && j < bm.length && am[i] === bm[j]) {
      ops.push({ op: ' ', line: am[i++]! });
      j++;
    } else if (i < am.length && (j === bm.length || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
      ops.push({ op: '-', line: am[i++]! });
    } else ops.push({ op: '+', line: bm[j++]! });
  }
  ops.push(...a.slice(a.length - tail).map((line): Op => ({ op: ' ', line })));

  const out = [`--- ${names.a}`, `+++ ${names.b}`];
  const lineNo = (upTo: number, side: '-' | '+') =>
    ops.slice(0, upTo).filter((o) => o.op === ' ' || o.op === side).length;
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.op === ' ') {
      k++;
      continue;
    }
    // A hunk: `context` lines before its first change to `context` after its last; changes fewer than 2 × context
    // unchanged lines apart share a hunk.
    const start = Math.max(0, k - context);
    let last = k;
    let scan = k;
    while (scan < ops.length) {
      if (ops[scan]!.op !== ' ') {
        last = scan++;
        continue;
      }
      let run = scan;
      while (run < ops.length && ops[run]!.op === ' ') run++;
      if (run === ops.length || run - scan > 2 * context) break;
      scan = run;
    }
    const end = Math.min(ops.length, last + 1 + context);
    const hunk = ops.slice(start, end);
    const aLen = hunk.filter((o) => o.op !== '+').length;
    const bLen = hunk.filter((o) => o.op !== '-').length;
    out.push(`@@ -${lineNo(start, '-') + 1},${aLen} +${lineNo(start, '+') + 1},${bLen} @@`);
    for (const o of hunk) out.push(`${o.op}${o.line}`);
    k = end;
  }
  return `${out.join('\n')}\n`;
}
