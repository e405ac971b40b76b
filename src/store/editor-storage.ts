/**
 * Keeps the site editor's drafts in the browser (localStorage), so they survive a reload and a closed tab: read once at
 * start, then written on every change. Unreadable storage never breaks the app: a notice, no drafts, and the text that
 * could not be read copied aside (DRAFTS_BACKUP_KEY) before it is overwritten, so nothing is lost.
 */
import { useAppStore } from './index.ts';
import { PARKS } from '../data/index.ts';
import { parseStoredDrafts, serializeStoredDrafts } from '../lib/site-draft.ts';

export const DRAFTS_KEY = 'haidian-site-editor-drafts-v1';
/** Where unreadable stored drafts are copied before the first write replaces them. */
export const DRAFTS_BACKUP_KEY = `${DRAFTS_KEY}-unreadable`;

/** The page's localStorage, or null where the browser refuses it (storage disabled, sandboxed frame). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Reads the stored drafts into the store, then writes the drafts back whenever they change. Returns the unsubscribe.
 * Called once from main.tsx; tests pass their own storage.
 */
export function startDraftStorage(storage: Storage | null = localStorageOrNull()): () => void {
  const store = useAppStore.getState();
  let text: string | null;
  try {
    text = storage?.getItem(DRAFTS_KEY) ?? null;
  } catch {
    text = null;
  }
  const read = parseStoredDrafts(text, new Set(PARKS.map((p) => p.id)));
  if (read.corrupt || read.dropped) {
    try {
      storage?.setItem(DRAFTS_BACKUP_KEY, text ?? '');
    } catch {
      // The backup is a courtesy; the notice below still tells the user.
    }
    if (read.corrupt) store.addNotice('editor.notice.corrupt');
    else store.addNotice('editor.notice.dropped', { count: String(read.dropped) });
  }
  store.replaceDrafts(read.drafts);

  let failed = false;
  return useAppStore.subscribe(
    (s) => s.drafts,
    (drafts) => {
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
    },
  );
}
