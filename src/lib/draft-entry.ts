/**
 * A site draft and its undo steps (issue 13): the state the store keeps while a park is corrected. Only this small
 * part of the editor's logic is in the store, so the checks, patch reading and stored-draft parsing
 * (site-draft.ts, patch.ts) load with the editor, on first use. Pure.
 */
import type { Bilingual, LngLat, ParkProperties } from './schema.ts';
import type { Precision } from './patch.ts';
import type { InputDatum } from './datum.ts';

/** One park's correction as typed. */
export type SiteDraft = {
  /** The placed point, WGS-84 [lng, lat]. */
  point: LngLat;
  precision: Precision;
  /** Metres, as typed. */
  accuracyM: string;
  basisZh: string;
  basisEn: string;
  /** Where the point comes from (e.g. the address and the date it was checked); optional. */
  source: string;
  /** Why the point lies outside the town the plan names; used only where it does. */
  outsideReason: string;
  /** The coordinates box as typed, and the datum chosen for it. */
  coordText: string;
  datum: InputDatum;
  /** When the draft was last edited, ISO 8601. */
  editedAt: string;
};

/** What an edit changed: a field, or the point (moved on the map, from typed coordinates or from a place). */
export type DraftField = Exclude<keyof SiteDraft, 'editedAt'>;

/** A draft with its undo steps (the drafts before each edit, oldest first). */
export type DraftEntry = { draft: SiteDraft; history: SiteDraft[]; lastField: DraftField | null };

/** A park as the editor needs it: its plan facts and its point (a Park from src/data is one). */
export type SitePark = ParkProperties & { coordinates: LngLat };

/** Undo steps kept per park; older ones are dropped. */
export const MAX_UNDO = 50;

/** The draft of a park not yet edited: its data as it stands. */
export function draftFromPark(park: SitePark, now: string): SiteDraft {
  const g = park.geocode;
  return {
    point: [park.coordinates[0], park.coordinates[1]],
    precision: g.precision,
    accuracyM: String(g.accuracyM),
    basisZh: g.basis.zh,
    basisEn: g.basis.en,
    source: g.source ?? '',
    outsideReason: '',
    coordText: '',
    datum: 'wgs84',
    editedAt: now,
  };
}

/* ---- Editing and undo ---- */

/**
 * The entry after an edit at `now`. Each edit is an undo step, except that consecutive edits of the same text field
 * (typing) make one step; every move of the point is its own step. At most MAX_UNDO steps are kept.
 */
export function editEntry(
  entry: DraftEntry,
  changes: Partial<Omit<SiteDraft, 'editedAt'>>,
  field: DraftField,
  now: string,
): DraftEntry {
  const coalesce = field !== 'point' && entry.lastField === field;
  const history = coalesce ? entry.history : [...entry.history, entry.draft].slice(-MAX_UNDO);
  return { draft: { ...entry.draft, ...changes, editedAt: now }, history, lastField: field };
}

/** The entry with its last edit undone, or null when there is nothing to undo. */
export function undoEntry(entry: DraftEntry): DraftEntry | null {
  const previous = entry.history.at(-1);
  if (!previous) return null;
  return { draft: previous, history: entry.history.slice(0, -1), lastField: null };
}

/* ---- Where a point was placed ---- */

/** A "placed on" clause in a source: "在天地图影像上定位，2026-12-04 / placed on Tianditu imagery, 2026-12-04". */
const PLACED_ON = /(?:^|;\s*)在[^;]*?上定位，\d{4}-\d{2}-\d{2} \/ placed on [^;]*?, \d{4}-\d{2}-\d{2}/g;

/**
 * The clause a point placed on an online basemap adds to the draft's source (issue 21), in both languages, e.g.
 * "在天地图影像上定位，2026-12-04 / placed on Tianditu imagery, 2026-12-04". `surface` names the basemap
 * (lib/basemaps.ts `surface`), `date` is YYYY-MM-DD.
 */
export function placedOnNote(surface: Bilingual, date: string): string {
  return `在${surface.zh}上定位，${date} / placed on ${surface.en}, ${date}`;
}

/**
 * A draft's source after its point moved: an earlier "placed on" clause is removed (it no longer describes the
 * point), and `note` appended when the point was placed on an online basemap. The rest of the source is kept.
 */
export function sourceAfterMove(source: string, note: string | null): string {
  const rest = source.replace(PLACED_ON, '').replace(/^;\s*/, '').trim();
  if (!note) return rest;
  return rest ? `${rest}; ${note}` : note;
}

/* ---- Storing ---- */

export const STORED_FORMAT = 'haidian-site-editor-drafts';
export const STORED_VERSION = 1;

/** The drafts as stored in the browser (JSON with a format marker and version); read back by site-draft.ts. */
export function serializeStoredDrafts(drafts: Readonly<Record<string, DraftEntry>>): string {
  return JSON.stringify({ format: STORED_FORMAT, version: STORED_VERSION, drafts });
}
