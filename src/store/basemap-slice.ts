/**
 * The basemap (issue 21): which one is chosen (the embedded map, an online preset of lib/basemaps.ts, or a custom
 * online style), why the app last fell back from a preset, and the Tianditu key typed in this browser. What is drawn
 * is derived (selectBasemapView): a preset that needs a key it does not have is not drawn; the chooser asks for one.
 * Kept in the browser by basemap-storage.ts; the link carries the choice, never the key (url-sync.ts).
 */
import type { StateCreator } from 'zustand';
import {
  DEFAULT_BASEMAP,
  KEY_REASONS,
  checkTiandituKey,
  onlinePreset,
  type BasemapId,
  type FallbackReason,
  type OnlineBasemapId,
  type OnlinePreset,
} from '../lib/basemaps.ts';
import type { Crs } from '../lib/crs.ts';
import type { AppState } from './index.ts';

/** A preset, or `custom`: the online MapLibre style at `basemapUrl` (`?basemap=<URL>`, VITE_BASEMAP_STYLE). */
export type BasemapChoice = BasemapId | 'custom';

export type BasemapSlice = {
  basemap: BasemapChoice;
  /** A MapLibre style URL to draw under the app's layers (from ?basemap= or VITE_BASEMAP_STYLE), or null. */
  basemapUrl: string | null;
  /** The custom style's coordinate system (?bcrs= or VITE_BASEMAP_CRS): gcj02 shifts the app's drawing onto it. */
  basemapCrs: Crs;
  /** Why the app last fell back from each preset to the embedded map; cleared when the preset is chosen again. */
  basemapFailures: Partial<Record<OnlineBasemapId, FallbackReason>>;
  /** The Tianditu key typed in this browser (trimmed and checked); null when none was typed. */
  tiandituKey: string | null;
  /** Why Tianditu last refused the key in use; the key stays, marked, until the preset is chosen again. */
  tiandituKeyRefused: FallbackReason | null;
  /** The typed key could not be stored in this browser, so it lasts for this visit only. */
  tiandituKeySessionOnly: boolean;
  /**
   * The embedded basemap is drawn for a moment instead of the chosen preset: a map picture (print, PNG) the browser
   * would not let be read off the online basemap is taken again on it (map/use-map-snapshot.ts).
   */
  basemapSuspended: boolean;
  /** Chooses a basemap. Choosing a preset again retries it (and a refused key with it). */
  chooseBasemap: (choice: BasemapChoice) => void;
  /** Leaves a failing preset for the embedded map, with a notice saying why and where to fix it. */
  failBasemap: (id: OnlineBasemapId, reason: FallbackReason) => void;
  /** Stores a typed key (checked again here: a bad one changes nothing) and draws the chosen preset with it. */
  setTiandituKey: (key: string) => void;
  clearTiandituKey: () => void;
};

/** A Tianditu key built into the app (VITE_TIANDITU_KEY), if it is a well-formed one. */
export const BUILD_TIANDITU_KEY: string | null = (() => {
  const raw = import.meta.env?.VITE_TIANDITU_KEY as string | undefined;
  const checked = raw ? checkTiandituKey(raw) : null;
  return checked?.ok ? checked.key : null;
})();

/** The build's own online style (VITE_BASEMAP_STYLE): the default choice when set. */
export const BUILD_BASEMAP_STYLE: string | null = (import.meta.env?.VITE_BASEMAP_STYLE as string | undefined) || null;

/** The choice a link that names no basemap gets. */
export const DEFAULT_CHOICE: BasemapChoice = BUILD_BASEMAP_STYLE ? 'custom' : DEFAULT_BASEMAP;

/** The Tianditu key in use: the one typed in this browser, else the build's. */
export function selectTiandituKey(s: Pick<AppState, 'tiandituKey'>): string | null {
  return s.tiandituKey ?? BUILD_TIANDITU_KEY;
}

/** What the map draws: the embedded map, a preset (with the key it needs), a custom style, or the embedded map while a chosen preset waits for a key. */
export type BasemapView =
  | { kind: 'offline' }
  | { kind: 'preset'; preset: OnlinePreset }
  | { kind: 'custom'; url: string }
  | { kind: 'needsKey'; preset: OnlinePreset };

export function selectBasemapView(
  s: Pick<AppState, 'basemap' | 'basemapUrl' | 'tiandituKey'> & Partial<Pick<AppState, 'basemapSuspended'>>,
): BasemapView {
  if (s.basemapSuspended) return { kind: 'offline' };
  if (s.basemap === 'custom') return s.basemapUrl ? { kind: 'custom', url: s.basemapUrl } : { kind: 'offline' };
  const preset = onlinePreset(s.basemap);
  if (!preset) return { kind: 'offline' };
  if (preset.needsKey && !selectTiandituKey(s)) return { kind: 'needsKey', preset };
  return { kind: 'preset', preset };
}

/** The preset the map draws (a stable registry object), or null. */
export function selectDrawnPreset(
  s: Pick<AppState, 'basemap' | 'basemapUrl' | 'tiandituKey'> & Partial<Pick<AppState, 'basemapSuspended'>>,
): OnlinePreset | null {
  const view = selectBasemapView(s);
  return view.kind === 'preset' ? view.preset : null;
}

/** The custom online style drawn under the app's layers, or null. */
export function selectCustomStyleUrl(s: Pick<AppState, 'basemap' | 'basemapUrl'>): string | null {
  return s.basemap === 'custom' ? s.basemapUrl : null;
}

export const createBasemapSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  BasemapSlice
> = (set, get) => ({
  basemap: DEFAULT_CHOICE,
  basemapUrl: BUILD_BASEMAP_STYLE,
  basemapCrs: 'wgs84',
  basemapFailures: {},
  tiandituKey: null,
  tiandituKeyRefused: null,
  tiandituKeySessionOnly: false,
  basemapSuspended: false,
  chooseBasemap: (choice) =>
    set((s) => {
      const preset = onlinePreset(choice);
      if (!preset) return { basemap: choice };
      const { [preset.id]: _retried, ...failures } = s.basemapFailures;
      return {
        basemap: choice,
        basemapFailures: failures,
        ...(preset.provider === 'tianditu' ? { tiandituKeyRefused: null } : {}),
      };
    }),
  failBasemap: (id, reason) => {
    if (get().basemap !== id) return;
    set((s) => ({
      basemap: DEFAULT_BASEMAP,
      basemapFailures: { ...s.basemapFailures, [id]: reason },
      ...(KEY_REASONS.includes(reason) ? { tiandituKeyRefused: reason } : {}),
    }));
    const preset = onlinePreset(id)!;
    get().addNotice(`basemap.fail.${reason}`, { name: preset.name });
  },
  setTiandituKey: (raw) => {
    const checked = checkTiandituKey(raw);
    if (checked.ok) set({ tiandituKey: checked.key, tiandituKeyRefused: null });
  },
  clearTiandituKey: () => set({ tiandituKey: null, tiandituKeyRefused: null, tiandituKeySessionOnly: false }),
});
