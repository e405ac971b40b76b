/**
 * Keeps the basemap choice and the typed Tianditu key in this browser (issue 21): read once at start, before the link
 * is applied (a link's `basemap=` wins over the remembered choice), then written on every change. The key is stored
 * only here, in this browser's localStorage; where the browser refuses storage it lasts for the visit, and a notice
 * says so. A refused key stays stored, marked refused.
 */
import { useAppStore, type AppState } from './index.ts';
import { isBasemapId, FALLBACK_REASONS, checkTiandituKey, type FallbackReason } from '../lib/basemaps.ts';
import { localStorageOrNull } from './browser-storage.ts';

export const BASEMAP_KEY = 'haidian-basemap-v1';
export const TIANDITU_KEY_KEY = 'haidian-tianditu-key-v1';

type StoredKey = { key: string; refused: FallbackReason | null };

/** A stored key record, or null when there is none or it cannot be read (it is then replaced on the next write). */
export function parseStoredKey(text: string | null): StoredKey | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { key?: unknown; refused?: unknown };
    const checked = typeof v.key === 'string' ? checkTiandituKey(v.key) : null;
    if (!checked?.ok) return null;
    const refused = (FALLBACK_REASONS as readonly unknown[]).includes(v.refused) ? (v.refused as FallbackReason) : null;
    return { key: checked.key, refused };
  } catch {
    return null;
  }
}

const read = (storage: Storage | null, key: string): string | null => {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

/** Reads what is stored into the store, then writes changes back. Returns the stop function. Called once from main.tsx. */
export function startBasemapStorage(storage: Storage | null = localStorageOrNull()): () => void {
  const choice = read(storage, BASEMAP_KEY);
  const stored = parseStoredKey(read(storage, TIANDITU_KEY_KEY));
  useAppStore.setState({
    ...(choice && (isBasemapId(choice) || choice === 'custom') ? { basemap: choice } : {}),
    ...(stored ? { tiandituKey: stored.key, tiandituKeyRefused: stored.refused } : {}),
  });

  const writeChoice = (value: AppState['basemap']) => {
    try {
      storage?.setItem(BASEMAP_KEY, value);
    } catch {
      // Not remembered across visits: the link still carries it.
    }
  };
  const writeKey = ([key, refused]: [string | null, FallbackReason | null]) => {
    try {
      if (!storage) throw new Error('no storage');
      if (key) storage.setItem(TIANDITU_KEY_KEY, JSON.stringify({ key, refused } satisfies StoredKey));
      else storage.removeItem(TIANDITU_KEY_KEY);
      if (useAppStore.getState().tiandituKeySessionOnly) useAppStore.setState({ tiandituKeySessionOnly: false });
    } catch {
      if (!key) return;
      const s = useAppStore.getState();
      if (!s.tiandituKeySessionOnly) {
        useAppStore.setState({ tiandituKeySessionOnly: true });
        s.addNotice('basemap.notice.keySessionOnly');
      }
    }
  };
  const stopChoice = useAppStore.subscribe((s) => s.basemap, writeChoice);
  const stopKey = useAppStore.subscribe(
    (s): [string | null, FallbackReason | null] => [s.tiandituKey, s.tiandituKeyRefused],
    writeKey,
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  return () => {
    stopChoice();
    stopKey();
  };
}
