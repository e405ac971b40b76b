/**
 * The shell: header, sidebar beside the map; a full-width list when the map cannot run. The shell paints first: the map
 * pane's code (with react-map-gl; maplibre-gl itself starts loading in src/map/maplibre.ts) loads on demand, a quiet
 * panel in its place meanwhile, and so do the editor, the comparison, the presentation and the print sheets, on
 * first use (index.html preloads the map's chunks, scripts/vite-plugin-startup.ts).
 */
import { Component, Suspense, useEffect, useLayoutEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from './i18n/react.ts';
import { useAppStore } from './store/index.ts';
import { selectSelectedParkId, selectSelectedProjectId } from './store/selection-slice.ts';
import { i18n } from './i18n/index.ts';
import { MapProvider } from './map/map-context.ts';
import { afterFirstPaint, hasWebGL2 } from './map/maplibre.ts';
import { FilterPanel, ResultBar } from './features/filters/FilterPanel.tsx';
import { PlaceSearch } from './features/search/PlaceSearch.tsx';
import { NearHere } from './features/radius/NearHere.tsx';
import { ProjectCard } from './features/projects/ProjectCard.tsx';
import { BottomSheet } from './features/shell/BottomSheet.tsx';
import { HeaderMenu } from './features/shell/HeaderMenu.tsx';
import { HeaderActions } from './features/shell/HeaderActions.tsx';
import { useAnswerFirst } from './features/common/use-answer-first.ts';
import { CompareTray } from './features/compare/CompareTray.tsx';
import { ParkList } from './features/park-list/ParkList.tsx';
import { ParkCard } from './features/park-card/ParkCard.tsx';
import { Legend } from './features/map-controls/Legend.tsx';
import { LayerToggles } from './features/map-controls/LayerToggles.tsx';
import { Notices } from './ui/Notices.tsx';
import { useNoticeItems } from './features/shell/use-notice-text.ts';
import { SHORTCUT_LEVEL, useShortcuts } from './ui/use-shortcuts.ts';
import { Deferred, lazyNamed } from './ui/Deferred.tsx';
import { FIRST_VIEW_STALE } from './lib/first-view.ts';
import { useHydrated } from './ui/use-hydrated.ts';

// After the first contentful paint (src/map/maplibre.ts), and after hydration when the page carries the first view
// prerendered (useHydrated below). Starting it before hydration measured no sooner map and a busier start on the phone
// profile (README, Performance).
const MapPane = lazyNamed(() => afterFirstPaint().then(() => import('./map/MapPane.tsx').then((m) => m.MapPane)));
const EditorPanel = lazyNamed(() => import('./features/editor/EditorPanel.tsx').then((m) => m.EditorPanel));
const CompareView = lazyNamed(() => import('./features/compare/CompareView.tsx').then((m) => m.CompareView));
const RankView = lazyNamed(() => import('./features/ranking/RankView.tsx').then((m) => m.RankView));
const PresentMode = lazyNamed(() => import('./features/present/PresentMode.tsx').then((m) => m.PresentMode));
const PrintSheets = lazyNamed(() => import('./features/print/PrintSheets.tsx').then((m) => m.PrintSheets));

/** A part of the app loaded on first use, with the words for its pending and failed states. */
function OnDemand({ children, className }: { children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <Deferred pending={t('common.loading')} failed={t('common.loadFailed')} className={className}>
      {children}
    </Deferred>
  );
}

/** Where the map will be, while its code loads: the map's ground colour and one quiet line. */
function MapPlaceholder() {
  const { t } = useTranslation();
  return (
    <div className="map-placeholder" role="status">
      {t('map.loading')}
    </div>
  );
}

/** Focuses the park list's current entry (or an open card's title) instead of following the link. */
function skipToList(e: MouseEvent) {
  e.preventDefault();
  document.querySelector<HTMLElement>('#park-list .park-item[tabindex="0"], #park-card-title')?.focus();
}

class MapBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function Header() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const setScenario = useAppStore((s) => s.setScenario);
  const setLang = useAppStore((s) => s.setLang);
  const langPress = useAnswerFirst();
  return (
    <header className="app-header">
      <h1>
        {t('app.title')} <span className="subtitle">{t('app.subtitle')}</span>
      </h1>
      <HeaderMenu>
        <div className="segmented" role="group" aria-label={t('header.scenarioLabel')}>
          {(['now', 'plan'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={scenario === s} onClick={() => setScenario(s)}>
              {t(`header.${s}`)}
            </button>
          ))}
        </div>
        <HeaderActions />
        {/* The name starts with the visible word (WCAG 2.5.3, label in name), so "click English" works for voice control. */}
        {/* Pressed at once; the whole app in the other language (and the map's labels) a frame later (issue 24). */}
        <button
          type="button"
          className={`button lang-toggle${langPress.pressed ? ' is-pressed' : ''}`}
          aria-label={`${t('header.lang')} · ${t('header.langLabel')}`}
          onClick={() => langPress.press(() => setLang(useAppStore.getState().lang === 'zh' ? 'en' : 'zh'))}
        >
          <span lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t('header.lang')}</span>
        </button>
      </HeaderMenu>
    </header>
  );
}

function Sidebar({ fullWidth }: { fullWidth: boolean }) {
  const selectedId = useAppStore(selectSelectedParkId);
  const projectId = useAppStore(selectSelectedProjectId);
  const editorOpen = useAppStore((s) => s.editorOpen);
  const comparing = useAppStore((s) => s.compareOpen && s.compareIds.length >= 2);
  const ranking = useAppStore((s) => s.rankOpen);
  return (
    <aside className={`sidebar${fullWidth ? ' full' : ''}`}>
      {editorOpen ? (
        <OnDemand>
          <EditorPanel />
        </OnDemand>
      ) : null}
      {selectedId ? <ParkCard parkId={selectedId} /> : projectId ? <ProjectCard projectId={projectId} /> : null}
      {/* The list stays mounted behind the card, so "back" returns to the same scroll position. */}
      <div className="sidebar-browse" hidden={selectedId !== null || projectId !== null}>
        <PlaceSearch />
        <NearHere />
        {comparing ? (
          <OnDemand>
            <CompareView />
          </OnDemand>
        ) : null}
        <FilterPanel />
        <ResultBar />
        {ranking ? (
          <OnDemand>
            <RankView />
          </OnDemand>
        ) : null}
        {/* Hidden, not unmounted, while the ranking is open. */}
        <div className="park-list-wrap" hidden={ranking}>
          <ParkList />
        </div>
      </div>
      <CompareTray />
    </aside>
  );
}

export function App() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const [mapOk, setMapOk] = useState(() => hasWebGL2());
  const notices = useNoticeItems();
  const dismiss = useAppStore((s) => s.dismissNotice);
  const presenting = useAppStore((s) => s.presenting);
  const printing = useAppStore((s) => s.printJob !== null);
  // While the WebGL context is lost the map stays mounted (so MapLibre can restore it) but hidden behind the list.
  const mapLost = useAppStore((s) => s.mapLost);
  const listOnly = !mapOk || mapLost;
  // The prerendered page has the map's placeholder: hydration keeps it, and the map pane replaces it right after.
  const hydrated = useHydrated();

  // The page is this render's now: show it if first-view.js hid a prerendered view that the link did not ask for.
  useLayoutEffect(() => {
    document.documentElement.classList.remove(FIRST_VIEW_STALE);
    performance.mark('app-committed');
  }, []);

  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${i18n.t('app.title')} · ${i18n.t('app.subtitle')}`;
  }, [lang]);

  useEffect(() => {
    if (!mapOk) useAppStore.getState().addNotice('notice.noWebgl');
  }, [mapOk]);

  // Escape clears the selection, when nothing above it (src/ui/use-shortcuts.ts) takes the key first.
  const parkSelected = useAppStore((s) => selectSelectedParkId(s) !== null);
  useShortcuts(SHORTCUT_LEVEL.selection, parkSelected, { Escape: () => useAppStore.getState().selectPark(null) });

  const fail = () => {
    setMapOk(false);
  };

  // One MapProvider around everything: the header (PNG export) and the print sheets reach the map through it.
  return (
    <MapProvider>
      <div className={`app${listOnly ? ' list-only' : ''}${presenting ? ' presenting' : ''}`}>
        {/* Moves focus without touching the address: the fragment holds the map camera (#map=…). */}
        <a className="skip-link" href="#park-list" onClick={skipToList}>
          {t('app.skip')}
        </a>
        <Header />
        <main className="app-main">
          <BottomSheet>
            <Sidebar fullWidth={listOnly} />
          </BottomSheet>
          {mapOk ? (
            <section className="map-area" hidden={mapLost}>
              {/* A map chunk that cannot load is a map failure: the boundary falls back to the list. */}
              <MapBoundary onError={fail}>
                <Suspense fallback={<MapPlaceholder />}>
                  {hydrated ? <MapPane onFatal={fail} /> : <MapPlaceholder />}
                </Suspense>
              </MapBoundary>
              {mapLost ? null : <Notices items={notices} dismissLabel={t('notice.dismiss')} onDismiss={dismiss} />}
              <div className="map-overlay-right">
                <LayerToggles />
              </div>
              <div className="map-overlay-bottom-right">
                <Legend />
              </div>
            </section>
          ) : null}
          {listOnly ? <Notices items={notices} dismissLabel={t('notice.dismiss')} onDismiss={dismiss} /> : null}
          {presenting ? (
            <OnDemand className="deferred-overlay">
              <PresentMode />
            </OnDemand>
          ) : null}
        </main>
        {printing ? (
          <OnDemand className="deferred-overlay">
            <PrintSheets />
          </OnDemand>
        ) : null}
      </div>
    </MapProvider>
  );
}
