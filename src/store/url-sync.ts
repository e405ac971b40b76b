/**
 * Keeps the shareable state in the query string: applies the parsed URL once at start (showing warnings as a notice),
 * then writes every change with history.replaceState. One parse/serialize pair (lib/url-state.ts), one subscription.
 */
import { useAppStore, type AppState } from './index.ts';
import { selectSelectedParkId } from './selection-slice.ts';
import { PARKS, INDUSTRIES, DISTRICT_BBOX, TRANSIT_LINES } from '../data/index.ts';
import { parseUrlState, serializeUrlState, type ShareState, type UrlVocabulary } from '../lib/url-state.ts';
import { parseCameraHash } from '../lib/camera-hash.ts';
import { CAMERA_LIMITS } from '../data/camera.ts';
import { townSlug } from '../lib/parks.ts';
import type { Lang } from '../lib/format.ts';
import type { Crs } from '../lib/crs.ts';
import { isBasemapId } from '../lib/basemaps.ts';
import { BUILD_BASEMAP_STYLE, DEFAULT_CHOICE, selectBasemapView, type BasemapSlice } from './basemap-slice.ts';

export function urlVocabulary(): UrlVocabulary {
  const [w, s, e, n] = DISTRICT_BBOX;
  const pad = 0.05;
  return {
    parkIds: new Set(PARKS.map((p) => p.id)),
    industryIds: new Set(INDUSTRIES.map((i) => i.id)),
    townSlugs: new Set(PARKS.map((p) => townSlug(p.town.en))),
    bbox: [w - pad, s - pad, e + pad, n + pad],
    lineIds: new Set(TRANSIT_LINES.features.map((f) => f.properties.id)),
  };
}

/**
 * Refuses a malformed or out-of-range `#map=` camera before MapLibre reads it: the address keeps only a valid camera
 * (or no hash) and a notice names what was ignored. Returns true when something was refused.
 */
export function applyHash(win: Window = window): boolean {
  const result = parseCameraHash(win.location.hash, CAMERA_LIMITS);
  if (result.ok) return false;
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${result.hash}`);
  useAppStore.getState().addNotice('notice.hashIgnored', { value: result.value });
  return true;
}

export function selectShareState(s: AppState): ShareState {
  return {
    lang: s.langChosen ? s.lang : null,
    filters: s.filters,
    sort: s.sort,
    park: selectSelectedParkId(s),
    compare: s.compareIds,
    hiddenLayers: s.hiddenLayers,
    scenario: s.scenario,
    radius: s.radius,
    presenting: s.presenting,
    compareOpen: s.compareOpen,
    dimFiltered: s.dimFiltered,
    editing: s.editorOpen,
    commuteTo: s.commuteTo,
    commuteFrom: s.commuteFrom,
    reachMin: s.reachMin,
    rankOpen: s.rankOpen,
    rank: s.rankPrefs,
    rankMap: s.rankMap,
  };
}

/** The browser's language as one of ours: zh for any Chinese locale, else en. */
export function browserLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? 'zh';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * The basemap a link names (`basemap=`): a preset, or a custom style's URL; nothing when the link names none, so a
 * choice remembered in this browser (basemap-storage.ts, read before this) stands.
 */
function linkedBasemap(value: string | null): Partial<BasemapSlice> {
  if (value === null) return {};
  return isBasemapId(value) ? { basemap: value } : { basemap: 'custom', basemapUrl: value };
}

/** The link's `basemap=` value for the current choice: null for the build's default (and the build's own style). */
export function basemapParam(s: Pick<AppState, 'basemap' | 'basemapUrl'>): string | null {
  if (s.basemap === DEFAULT_CHOICE && (s.basemap !== 'custom' || s.basemapUrl === BUILD_BASEMAP_STYLE)) return null;
  return s.basemap === 'custom' ? s.basemapUrl : s.basemap;
}

/** Applies a query string to the store; returns the number of warnings shown. */
export function applySearch(search: string, fallbackLang: Lang): number {
  const { state, warnings, basemap, basemapCrs } = parseUrlState(search, urlVocabulary());
  useAppStore.setState({
    lang: state.lang ?? fallbackLang,
    langChosen: state.lang !== null,
    filters: state.filters,
    sort: state.sort,
    selection: state.park ? { kind: 'park', id: state.park } : null,
    compareIds: state.compare,
    hiddenLayers: state.hiddenLayers,
    scenario: state.scenario,
    radius: state.radius,
    presenting: state.presenting,
    compareOpen: state.compareOpen,
    dimFiltered: state.dimFiltered,
    editorOpen: state.editing,
    editorParkId: state.editing ? state.park : null,
    commuteTo: state.commuteTo,
    commuteFrom: state.commuteFrom,
    reachMin: state.reachMin,
    rankOpen: state.rankOpen && !state.compareOpen,
    rankPrefs: state.rank,
    rankMap: state.rankMap,
    ...linkedBasemap(basemap),
    basemapCrs: basemapCrs ?? envCrs(),
  });
  // A link to a preset that needs a key this browser does not have: say where to enter one (the map stays embedded).
  const view = selectBasemapView(useAppStore.getState());
  if (view.kind === 'needsKey') useAppStore.getState().addNotice('basemap.notice.needsKey', { name: view.preset.name });
  if (warnings.length) {
    const list =
      warnings
        .slice(0, 5)
        .map((w) => `${w.param}=${w.value}`)
        .join(', ') + (warnings.length > 5 ? ` (+${warnings.length - 5})` : '');
    useAppStore.getState().addNotice('notice.urlIgnored', { list });
  }
  return warnings.length;
}

/** VITE_BASEMAP_CRS=gcj02 marks a build-time online basemap as GCJ-02. */
function envCrs(): Crs {
  return import.meta.env.VITE_BASEMAP_CRS === 'gcj02' ? 'gcj02' : 'wgs84';
}

/** The query string for the store's state: the share state and the basemap choice (never a key). */
export function selectSearch(s: AppState): string {
  return serializeUrlState(selectShareState(s), {
    basemap: basemapParam(s),
    basemapCrs: s.basemap === 'custom' && s.basemapCrs !== envCrs() ? s.basemapCrs : null,
  });
}

let started = false;

/** Called once from main.tsx. */
export function startUrlSync(win: Window = window): () => void {
  if (started) return () => {};
  started = true;
  applySearch(win.location.search, browserLang(win.navigator.languages ?? [win.navigator.language]));
  applyHash(win);
  // A camera typed into the address bar later: MapLibre ignores a bad one silently; say so.
  const onHashChange = () => applyHash(win);
  win.addEventListener('hashchange', onHashChange);
  const write = (search: string) => {
    if (search !== win.location.search) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
    }
  };
  write(selectSearch(useAppStore.getState()));
  // One string per state: the address is written only when it changes.
  const unsub = useAppStore.subscribe(selectSearch, write);
  return () => {
    unsub();
    win.removeEventListener('hashchange', onHashChange);
    started = false;
  };
}
