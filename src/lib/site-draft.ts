/**
 * The site editor's drafts (issue 13, part 1): one park's correction as the user is typing it, checked field by field
 * as it changes, kept with its undo steps, stored in the browser, and turned into a patch (patch.ts buildPatch).
 * Pure: the caller passes the park, the district and town polygons, and the date.
 *
 * Every field is kept exactly as typed (text), valid or not, so nothing typed is lost; `checkDraft` says what is
 * wrong, field by field, with the same rules as patch.ts checkPatch and the data contract
 * (tests/unit/data/contract.test.ts), so a draft without errors exports to a patch that `npm run data:apply` accepts.
 */
import type { Bilingual, Geocode, LngLat } from './schema.ts';
import {
  MAX_UNDO,
  STORED_FORMAT,
  STORED_VERSION,
  type DraftEntry,
  type DraftField,
  type SiteDraft,
  type SitePark,
} from './draft-entry.ts';
import {
  MIN_OUTSIDE_TOWN_REASON,
  PRECISION_ORDER,
  type ParkEdit,
  type PatchContext,
  type PatchFeature,
} from './patch.ts';
import { INPUT_DATUMS, parseTypedCoordinates, toWgs84 } from './datum.ts';
import { regionOf, type Region } from './region.ts';
import { straightLineKm } from './spatial.ts';
import { pointInPolygonFeature } from './spatial-polygon.ts';

export * from './draft-entry.ts';

/** The district and towns a point is checked against (geo/boundary.geojson, geo/towns.geojson). */
export type PlaceContext = Pick<PatchContext, 'district' | 'towns'>;

/** The draft of a park in an imported patch (the feature's point and geocode; plan facts stay the data's). */
export function draftFromPatchFeature(f: PatchFeature): SiteDraft {
  const g = f.properties.geocode;
  return {
    point: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!],
    precision: g.precision,
    accuracyM: String(g.accuracyM),
    basisZh: g.basis?.zh ?? '',
    basisEn: g.basis?.en ?? '',
    source: g.source ?? '',
    outsideReason: f.allowOutsideTown ?? '',
    coordText: '',
    datum: 'wgs84',
    editedAt: f.editedAt,
  };
}

/* ---- Reading a draft ---- */

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const samePoint = (a: LngLat, b: LngLat) => round6(a[0]) === round6(b[0]) && round6(a[1]) === round6(b[1]);

/** The accuracy typed, in metres, or null when it is not a positive number. */
export function accuracyOf(draft: SiteDraft): number | null {
  const s = draft.accuracyM.normalize('NFKC').trim();
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const m = Number(s);
  return m > 0 && Number.isFinite(m) ? m : null;
}

/**
 * Whether the draft keeps the park's drawn region (geocode.region): only while the point has not moved. A moved point
 * is placed by the disc of its accuracy (the region described the old placement, and may no longer hold the point).
 */
export function keepsRegion(draft: SiteDraft, park: SitePark): boolean {
  return park.geocode.region !== undefined && samePoint(draft.point, park.coordinates);
}

/** The town whose polygon holds the point, or null (outside every town). */
export function townAt(point: LngLat, ctx: PlaceContext): PlaceContext['towns'][number] | null {
  return ctx.towns.find((t) => pointInPolygonFeature(point, t.geometry)) ?? null;
}

/**
 * The placement region of the draft (region.ts): the disc of its accuracy (the data's accuracy while the typed one is
 * not a number), the park's drawn region while the point has not moved, or, at precision 'town', the disc clipped to
 * the town holding the point (as src/data places every park).
 */
export function draftRegion(draft: SiteDraft, park: SitePark, ctx: PlaceContext): Region {
  const geocode = {
    precision: draft.precision,
    accuracyM: accuracyOf(draft) ?? park.geocode.accuracyM,
    region: keepsRegion(draft, park) ? park.geocode.region : undefined,
  };
  const town = draft.precision === 'town' ? (townAt(draft.point, ctx)?.geometry ?? null) : null;
  return regionOf(draft.point, geocode, town);
}

/** The coordinates box read: the WGS-84 point it gives, or why it gives none. */
export type TypedPoint =
  { ok: true; point: LngLat; latFirst: boolean } | { ok: false; reason: 'empty' | 'format' | 'range' | 'outside' };

/**
 * The point the draft's coordinates box gives (datum.ts parseTypedCoordinates, converted from the chosen datum to
 * WGS-84), refused when it falls outside the district (most likely a wrong datum or the numbers swapped).
 */
export function readTypedPoint(draft: Pick<SiteDraft, 'coordText' | 'datum'>, ctx: PlaceContext): TypedPoint {
  const typed = parseTypedCoordinates(draft.coordText);
  if (!typed.ok) return typed;
  const point = toWgs84(typed.lngLat, draft.datum);
  if (!pointInPolygonFeature(point, ctx.district)) return { ok: false, reason: 'outside' };
  return { ok: true, point, latFirst: typed.latFirst };
}

/* ---- Checking ---- */

/** A problem of one field: `code` names the message (i18n `editor.issue.<code>`), `values` fill it. */
export type DraftIssue = {
  field: DraftField;
  code:
    | 'outsideDistrict'
    | 'outsideLocationTown'
    | 'outsidePlanTown'
    | 'accuracyNumber'
    | 'accuracyRegion'
    | 'basisZhShort'
    | 'basisZhEnclave'
    | 'basisEnShort'
    | 'basisEnSame'
    | 'basisEnEnclave'
    | 'basisStale'
    | 'reasonShort'
    | 'precisionUnknown';
  level: 'error' | 'warning';
  values?: Record<string, string>;
};

export type DraftCheck = {
  /** The town the point falls in (both names), or null outside every town. */
  town: Bilingual | null;
  inDistrict: boolean;
  /** The point lies outside the town the plan names (town.basis 'plan'): the patch must say why. */
  outsidePlanTown: boolean;
  /** The point differs from the data's (to 6 decimals, as the data file stores it). */
  moved: boolean;
  /** Straight-line metres from the park's point in the data. */
  movedM: number;
  /** The point or the geocode differs from the data. */
  changed: boolean;
  issues: DraftIssue[];
};

const CJK = /[\u4e00-\u9fff]/;
/** The data contract's lengths (tests/unit/data/contract.test.ts): more than this many characters. */
export const BASIS_MIN = { zh: 20, en: 40 } as const;

/**
 * Checks a draft against the park, the district and the towns, field by field (errors stop the export; warnings do
 * not). The rules are patch.ts checkPatch's and the data contract's: the point inside the district; inside the town
 * of a location-derived town (no patch can move it out); outside the town the plan names only with a reason
 * (`outsideReason`, at least MIN_OUTSIDE_TOWN_REASON characters) and a basis that says "飞地" / "enclave"; an accuracy
 * in metres that reaches the drawn region's farthest vertex; a basis of more than 20 Chinese / 40 English characters,
 * the English not a copy of the Chinese. Warns when the point moved but the basis is still the data's.
 */
export function checkDraft(draft: SiteDraft, park: SitePark, ctx: PlaceContext): DraftCheck {
  const issues: DraftIssue[] = [];
  const add = (
    field: DraftField,
    code: DraftIssue['code'],
    level: DraftIssue['level'],
    values?: DraftIssue['values'],
  ) => issues.push({ field, code, level, ...(values ? { values } : {}) });
  const point = draft.point;
  const inDistrict = pointInPolygonFeature(point, ctx.district);
  const here = townAt(point, ctx);
  const town = here ? { zh: here.properties.name.zh, en: here.properties.name.en } : null;
  const plan = park.town;
  const planPolygon = ctx.towns.find((t) => t.properties.name.zh === plan.zh)?.geometry;
  const outsideTown = inDistrict && planPolygon !== undefined && !pointInPolygonFeature(point, planPolygon);
  const outsidePlanTown = outsideTown && plan.basis === 'plan';
  const names = { townZh: plan.zh, townEn: plan.en };

  if (!inDistrict) add('point', 'outsideDistrict', 'error');
  else if (outsideTown && plan.basis === 'location') add('point', 'outsideLocationTown', 'error', names);
  else if (outsidePlanTown) add('point', 'outsidePlanTown', 'warning', names);

  if (!(PRECISION_ORDER as readonly string[]).includes(draft.precision)) add('precision', 'precisionUnknown', 'error');

  const accuracy = accuracyOf(draft);
  if (accuracy === null) add('accuracyM', 'accuracyNumber', 'error');
  else if (keepsRegion(draft, park)) {
    const ring = park.geocode.region!.coordinates[0]!;
    const farthestM = Math.max(...ring.map((v) => straightLineKm(point, [v[0]!, v[1]!]) * 1000));
    if (farthestM > accuracy) add('accuracyM', 'accuracyRegion', 'error', { m: String(Math.ceil(farthestM)) });
  }

  const zh = draft.basisZh.trim();
  const en = draft.basisEn.trim();
  if (!CJK.test(zh) || zh.length <= BASIS_MIN.zh)
    add('basisZh', 'basisZhShort', 'error', { min: String(BASIS_MIN.zh + 1) });
  else if (outsidePlanTown && !/飞地/.test(zh)) add('basisZh', 'basisZhEnclave', 'error', names);
  if (en.length <= BASIS_MIN.en) add('basisEn', 'basisEnShort', 'error', { min: String(BASIS_MIN.en + 1) });
  else if (en === zh) add('basisEn', 'basisEnSame', 'error');
  else if (outsidePlanTown && !/enclave/i.test(en)) add('basisEn', 'basisEnEnclave', 'error', names);
  if (outsidePlanTown && draft.outsideReason.trim().length < MIN_OUTSIDE_TOWN_REASON)
    add('outsideReason', 'reasonShort', 'error', { min: String(MIN_OUTSIDE_TOWN_REASON) });

  const movedM = straightLineKm(park.coordinates, point) * 1000;
  const moved = !samePoint(point, park.coordinates);
  if (moved && zh === park.geocode.basis.zh.trim() && en === park.geocode.basis.en.trim())
    add('basisZh', 'basisStale', 'warning');

  const g = park.geocode;
  const changed =
    moved ||
    draft.precision !== g.precision ||
    accuracy !== g.accuracyM ||
    zh !== g.basis.zh ||
    en !== g.basis.en ||
    draft.source.trim() !== (g.source ?? '');
  return { town, inDistrict, outsidePlanTown, moved, movedM, changed, issues };
}

/** True when the check found no error (warnings allowed). */
export const isReady = (check: DraftCheck): boolean => !check.issues.some((i) => i.level === 'error');

/**
 * The draft as an edit for patch.ts buildPatch. Call only for a ready draft (checkDraft): the accuracy must be a
 * number. The source is left out when empty; the drawn region is kept only while the point has not moved.
 */
export function draftToEdit(draft: SiteDraft, park: SitePark, check: DraftCheck): ParkEdit {
  const geocode: Geocode = {
    precision: draft.precision,
    basis: { zh: draft.basisZh.trim(), en: draft.basisEn.trim() },
    accuracyM: accuracyOf(draft) ?? park.geocode.accuracyM,
  };
  const source = draft.source.trim();
  if (source) geocode.source = source;
  if (keepsRegion(draft, park)) geocode.region = park.geocode.region;
  return {
    properties: park,
    coordinates: draft.point,
    geocode,
    editedAt: draft.editedAt,
    ...(check.outsidePlanTown ? { allowOutsideTown: draft.outsideReason.trim() } : {}),
  };
}

/* ---- Storage ---- */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= 10_000;
const FIELDS: readonly DraftField[] = [
  'point',
  'precision',
  'accuracyM',
  'basisZh',
  'basisEn',
  'source',
  'outsideReason',
  'coordText',
  'datum',
];

function isDraft(v: unknown): v is SiteDraft {
  if (!isObject(v)) return false;
  const p = v.point;
  return (
    Array.isArray(p) &&
    p.length === 2 &&
    p.every((x) => typeof x === 'number' && Number.isFinite(x)) &&
    Math.abs(p[0] as number) <= 180 &&
    Math.abs(p[1] as number) <= 90 &&
    (PRECISION_ORDER as readonly unknown[]).includes(v.precision) &&
    (INPUT_DATUMS as readonly unknown[]).includes(v.datum) &&
    [v.accuracyM, v.basisZh, v.basisEn, v.source, v.outsideReason, v.coordText, v.editedAt].every(isText)
  );
}

function isEntry(v: unknown): v is DraftEntry {
  return (
    isObject(v) &&
    isDraft(v.draft) &&
    Array.isArray(v.history) &&
    v.history.every(isDraft) &&
    (v.lastField === null || FIELDS.includes(v.lastField as DraftField))
  );
}

/**
 * Reads stored drafts. Nothing stored gives none. Text that is not the stored format (bad JSON, another shape or
 * version) gives none and `corrupt`; an entry that is malformed, or for a park not in `parkIds`, is dropped and
 * counted in `dropped` while the others are kept. Never throws.
 */
export function parseStoredDrafts(
  text: string | null,
  parkIds: ReadonlySet<string>,
): { drafts: Record<string, DraftEntry>; corrupt: boolean; dropped: number } {
  if (text === null || text === '') return { drafts: {}, corrupt: false, dropped: 0 };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { drafts: {}, corrupt: true, dropped: 0 };
  }
  if (!isObject(data) || data.format !== STORED_FORMAT || data.version !== STORED_VERSION || !isObject(data.drafts))
    return { drafts: {}, corrupt: true, dropped: 0 };
  const drafts: Record<string, DraftEntry> = {};
  let dropped = 0;
  for (const [id, entry] of Object.entries(data.drafts)) {
    if (parkIds.has(id) && isEntry(entry))
      drafts[id] = { draft: entry.draft, history: entry.history.slice(-MAX_UNDO), lastField: entry.lastField };
    else dropped++;
  }
  return { drafts, corrupt: false, dropped };
}

/* ---- Export ---- */

/** What an export of the drafts holds: the edits to write, and the drafts left out (not ready, or no change). */
export type ExportPlan = {
  edits: ParkEdit[];
  /** Drafts with an error, by park id in plan order, with their checks. */
  notReady: { id: string; check: DraftCheck }[];
  /** Drafts that change nothing (the point and geocode are the data's). */
  unchanged: string[];
};

/**
 * Sorts the drafts for an export: each ready draft that changes something becomes an edit; the others are left out
 * and listed. Drafts of parks not in `parks` are ignored. Parks in plan order (`seq`).
 */
export function exportPlan(
  drafts: Readonly<Record<string, DraftEntry>>,
  parks: ReadonlyMap<string, SitePark>,
  ctx: PlaceContext,
): ExportPlan {
  const plan: ExportPlan = { edits: [], notReady: [], unchanged: [] };
  const known = Object.keys(drafts)
    .flatMap((id) => {
      const park = parks.get(id);
      return park ? [{ id, park, draft: drafts[id]!.draft }] : [];
    })
    .sort((a, b) => a.park.seq - b.park.seq);
  for (const { id, park, draft } of known) {
    const check = checkDraft(draft, park, ctx);
    if (!isReady(check)) plan.notReady.push({ id, check });
    else if (!check.changed) plan.unchanged.push(id);
    else plan.edits.push(draftToEdit(draft, park, check));
  }
  return plan;
}
