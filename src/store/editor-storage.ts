/**
 * Keeps the site editor's drafts in the browser (localStorage), so they survive a reload and a closed tab: read once at
 * start, then written on every change. Unreadable storage never breaks the app: a notice, no drafts, and the text that
 * could not be read copied aside (DRAFTS_BACKUP_KEY) before it is overwritten, so nothing is lost.
 * Reading stored drafts checks them with the editor's own rules (lib/site-draft.ts), which load only when there is
 * something stored: most visitors never edit, and their start-up does not carry the editor's logic.
 */
import { useAppStore } from './index.ts';
import type { Drafts } from './editor-slice.ts';
import { PARKS } from '../data/index.ts';
import { serializeStoredDrafts } from '../lib/draft-entry.ts';
import { localStorageOrNull } from './browser-storage.ts';

export const DRAFTS_KEY = 'haidian-site-editor-drafts-v1';
/** Where unreadable stored drafts are copied before the first write replaces them. */
export const DRAFTS_BACKUP_KEY = `${DRAFTS_KEY}-unreadable`;

/** What startDraftStorage returns: the stop function, and `read`, settled once stored drafts are in the store. */
export type DraftStorage = (() => void) & { read: Promise<void> };

/**
 * Reads the stored drafts into the store, then writes the drafts back whenever they change. Returns the stop function
 * (with `read`, see DraftStorage). Called once from main.tsx; tests pass their own storage.
 */
export function startDraftStorage(storage: Storage | null = localStorageOrNull()): DraftStorage {
  let text: string | null;
  try {
    text = storage?.getItem(DRAFTS_KEY) ?? null;
  } catch {
    text = null;
  }
  let failed = false;
  // Until stored text is read (and backed up if unreadable), nothing overwrites it; the last change is written then.
  let reading = Boolean(text);
  let unwritten = false;
  const write = (drafts: Drafts) => {
    if (reading) {
      unwritten = true;
      return;
    }
    try {
      if (!storage) throw new Error('no storage');
      if (Object.keys(drafts).length) storage.setItem(DRAFTS_KEY, serializeStoredDrafts(drafts));
      else storage.removeItem(DRAFTS_KEY);
      failed = false;
    } catch {
      // No storage, quota exceeded or storage switched off: say so once per failure spell; the drafts stay in the page.
      if (!failed) useAppStore.getState().addNotice('editor.notice.saveFailed');
      failed = true;
    }
  };
  const read = text
    ? readStored(text, storage)
        .catch(() => {
          // The editor's checks failed to load (a lost connection): keep the text aside and say it was not read.
          keepAside(text, storage);
          useAppStore.getState().addNotice('editor.notice.corrupt');
        })
        .finally(() => {
          reading = false;
          if (unwritten) write(useAppStore.getState().drafts);
        })
    : Promise.resolve();
  const stop = useAppStore.subscribe((s) => s.drafts, write);
  return Object.assign(stop, { read });
}

/** Copies stored text that could not be read aside (DRAFTS_BACKUP_KEY), before a write replaces it. */
function keepAside(text: string, storage: Storage | null): void {
  try {
    storage?.setItem(DRAFTS_BACKUP_KEY, text);
  } catch {
    // The backup is a courtesy; the notice still tells the user.
  }
}

/** Checks the stored text and puts its drafts in the store (under any made meanwhile), or says why it cannot. */
async function readStored(text: string, storage: Storage | null): Promise<void> {
  const { parseStoredDrafts } = await import('../lib/site-draft.ts');
  const store = useAppStore.getState();
  const read = parseStoredDrafts(text, new Set(PARKS.map((p) => p.id)));
  if (read.corrupt || read.dropped) {
    keepAside(text, storage);
    if (read.corrupt) store.addNotice('editor.notice.corrupt');
    else store.addNotice('editor.notice.dropped', { count: String(read.dropped) });
  }
  const drafts: Drafts = { ...read.drafts, ...useAppStore.getState().drafts };
  if (Object.keys(drafts).length) store.replaceDrafts(drafts);
}
