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
  };
}

/** The browser's language as one of ours: zh for any Chinese locale, else en. */
export function browserLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? 'zh';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Applies a query string to the store; returns the number of warnings shown. */
export function applySearch(search: string, fallbackLang: Lang, envBasemap: string | null): number {
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
    basemapUrl: basemap ?? envBasemap,
    basemapCrs: basemapCrs ?? envCrs(),
  });
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

let started = false;

/** Called once from main.tsx. */
export function startUrlSync(win: Window = window): () => void {
  if (started) return () => {};
  started = true;
  const env = (import.meta.env.VITE_BASEMAP_STYLE as string | undefined) || null;
  applySearch(win.location.search, browserLang(win.navigator.languages ?? [win.navigator.language]), env);
  applyHash(win);
  // A camera typed into the address bar later: MapLibre ignores a bad one silently; say so.
  const onHashChange = () => applyHash(win);
  win.addEventListener('hashchange', onHashChange);
  const write = () => {
    const s = useAppStore.getState();
    const search = serializeUrlState(selectShareState(s), {
      basemap: s.basemapUrl !== env ? s.basemapUrl : null,
      basemapCrs: s.basemapCrs !== envCrs() ? s.basemapCrs : null,
    });
    if (search !== win.location.search) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
    }
  };
  write();
  const unsub = useAppStore.subscribe(selectShareState, write, {
    equalityFn: (a, b) => serializeUrlState(a) === serializeUrlState(b),
  });
  return () => {
    unsub();
    win.removeEventListener('hashchange', onHashChange);
    started = false;
  };
}
