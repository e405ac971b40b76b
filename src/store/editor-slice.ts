/**
 * The site editor (issue 13, part 1): whether it is open (`?edit=1`), which park it edits, and the drafts by park id
 * with their undo steps (lib/draft-entry.ts). Checks, regions and distances are derived (editor-hooks.ts), never stored.
 */
import type { StateCreator } from 'zustand';
import { PARK_BY_ID } from '../data/index.ts';
import { localIsoDate } from '../lib/format.ts';
import type { Bilingual, LngLat } from '../lib/schema.ts';
import {
  draftFromPark,
  editEntry,
  placedOnNote,
  sourceAfterMove,
  undoEntry,
  type DraftEntry,
  type DraftField,
  type SiteDraft,
} from '../lib/draft-entry.ts';
import type { AppState } from './index.ts';

export type Drafts = Readonly<Record<string, DraftEntry>>;

export type EditorSlice = {
  editorOpen: boolean;
  /** The park being corrected, or null (the editor then asks which). */
  editorParkId: string | null;
  drafts: Drafts;
  /** Opens the editor, on `parkId` when given (which also selects it), else on the park it had. */
  openEditor: (parkId?: string | null) => void;
  closeEditor: () => void;
  /** Edits another park (and selects it, so the map goes there and the link names it); null asks which. */
  chooseEditorPark: (id: string | null) => void;
  /** Changes a park's draft (starting it from the data if it has none); one undo step per edit (site-draft.ts). */
  editDraft: (id: string, changes: Partial<Omit<SiteDraft, 'editedAt'>>, field: DraftField) => void;
  /**
   * Moves a park's draft point (an undoable edit). `on` names the online basemap it was placed on (lib/basemaps.ts
   * `surface`), which the draft's source then states with today's date; null (the embedded map, typed coordinates, a
   * place) removes such a statement, which no longer describes the point.
   */
  moveDraftPoint: (id: string, point: LngLat, on: Bilingual | null) => void;
  /** Undoes the last edit of a park's draft. */
  undoDraft: (id: string) => void;
  /** Removes a park's draft and its undo steps (the panel asks first). */
  discardDraft: (id: string) => void;
  /** Replaces every draft (read from the browser's storage). */
  replaceDrafts: (drafts: Drafts) => void;
  /** Puts imported drafts in place, each an undoable edit of the park's draft as it was. */
  importDrafts: (drafts: Readonly<Record<string, SiteDraft>>) => void;
};

const nowIso = () => new Date().toISOString();

/** A park's entry, started from the data when it has none; undefined for an unknown id. */
function entryOf(drafts: Drafts, id: string): DraftEntry | undefined {
  const park = PARK_BY_ID.get(id);
  if (!park) return undefined;
  return drafts[id] ?? { draft: draftFromPark(park, nowIso()), history: [], lastField: null };
}

export const createEditorSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], EditorSlice> = (
  set,
) => ({
  editorOpen: false,
  editorParkId: null,
  drafts: {},
  openEditor: (parkId) =>
    set((s) => {
      const id = parkId && PARK_BY_ID.has(parkId) ? parkId : s.editorParkId;
      return id && id !== s.editorParkId
        ? { editorOpen: true, editorParkId: id, selection: { kind: 'park', id } }
        : { editorOpen: true };
    }),
  closeEditor: () => set({ editorOpen: false }),
  chooseEditorPark: (id) =>
    set(() =>
      id && PARK_BY_ID.has(id) ? { editorParkId: id, selection: { kind: 'park', id } } : { editorParkId: null },
    ),
  editDraft: (id, changes, field) =>
    set((s) => {
      const entry = entryOf(s.drafts, id);
      return entry ? { drafts: { ...s.drafts, [id]: editEntry(entry, changes, field, nowIso()) } } : {};
    }),
  moveDraftPoint: (id, point, on) =>
    set((s) => {
      const entry = entryOf(s.drafts, id);
      if (!entry) return {};
      const source = sourceAfterMove(entry.draft.source, on ? placedOnNote(on, localIsoDate(new Date())) : null);
      return { drafts: { ...s.drafts, [id]: editEntry(entry, { point, source }, 'point', nowIso()) } };
    }),
  undoDraft: (id) =>
    set((s) => {
      const entry = s.drafts[id];
      const previous = entry ? undoEntry(entry) : null;
      return previous ? { drafts: { ...s.drafts, [id]: previous } } : {};
    }),
  discardDraft: (id) =>
    set((s) => {
      if (!(id in s.drafts)) return {};
      const { [id]: _gone, ...rest } = s.drafts;
      return { drafts: rest };
    }),
  replaceDrafts: (drafts) => set({ drafts }),
  importDrafts: (imported) =>
    set((s) => {
      const drafts = { ...s.drafts };
      for (const [id, draft] of Object.entries(imported)) {
        const entry = entryOf(drafts, id);
        if (!entry) continue;
        // One undo step: the draft before the import (or the data's, for a park without one).
        drafts[id] = { draft, history: [...entry.history, entry.draft], lastField: null };
      }
      return { drafts };
    }),
});
