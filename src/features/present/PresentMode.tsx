/**
 * Presentation mode: the map full screen (app.tsx adds `presenting`; common/views.css hides header and sidebar), a large card
 * at the lower left and a guided tour over the compare set, or else the filtered parks in list order. Stepping selects
 * the park, so the map's own fly-to moves the camera (a jump under prefers-reduced-motion). Arrow keys, Page Up/Down,
 * Home/End and the on-screen buttons move; Escape leaves; auto-advance is optional.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useRanking } from '../../store/rank-hooks.ts';
import type { Park } from '../../lib/parks.ts';
import { rankText, scoreText, tierText } from '../ranking/rank-text.ts';
import { IndustryTags } from '../common/IndustryTags.tsx';
import { useAppStore } from '../../store/index.ts';
import { selectSelectedParkId } from '../../store/selection-slice.ts';
import { formatCount } from '../../lib/format.ts';
import { formatAreaM2 } from '../../i18n/format.ts';
import { nearestStation, placementText, useShortlist } from '../common/shortlist.ts';
import { useDestination, useParkTrips } from '../../store/commute-hooks.ts';
import { towardsText, tripText } from '../commute/commute-text.ts';
import { stationWords } from '../transit/transit-text.ts';
import { exitPresentation, onFullscreenChange } from './presentation.ts';
import { SHORTCUT_LEVEL, useShortcuts } from '../../ui/use-shortcuts.ts';
import '../common/views.css';
import '../../i18n/later/compare.ts';
import '../../i18n/later/present.ts';

/** Seconds per park when auto-advancing. */
export const AUTO_ADVANCE_S = 8;

const KEYS: Record<string, 'next' | 'prev' | 'first' | 'last'> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
};

export function PresentMode() {
  const presenting = useAppStore((s) => s.presenting);
  return presenting ? <Presentation /> : null;
}

/** The park's place in the ranking (issue 23), when the tour follows it: "第 1–4 · 79–90 分 · 高". */
function PresentRank({ park }: { park: Park }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const row = useRanking().current.rows.find((r) => r.park.id === park.id);
  if (!row) return null;
  return (
    <div>
      <dt>{t('ranking.title')}</dt>
      <dd className="present-rank">
        {rankText(t, row.rank)} · {scoreText(t, row.score, lang)} · {tierText(t, row.tier)}
      </dd>
    </div>
  );
}

function Presentation() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const selectedId = useAppStore(selectSelectedParkId);
  const { parks, scope } = useShortlist();
  // Door to door to the chosen destination (issue 22), once the network has loaded.
  const trips = useParkTrips();
  const destination = useDestination();
  const commuteFrom = useAppStore((s) => s.commuteFrom);
  const [auto, setAuto] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const index = parks.findIndex((p) => p.id === selectedId);
  const park = index >= 0 ? parks[index]! : null;
  const n = parks.length;

  // The tour starts at the first park unless the selected one is part of it.
  useEffect(() => {
    if (index < 0 && n > 0) useAppStore.getState().selectPark(parks[0]!.id);
  }, [index, n, parks]);

  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  const go = (i: number) => {
    if (n === 0) return;
    const next = parks[Math.max(0, Math.min(n - 1, i))]!;
    if (next.id !== selectSelectedParkId(useAppStore.getState())) useAppStore.getState().selectPark(next.id);
  };
  const goRef = useRef(go);
  goRef.current = go;
  const indexRef = useRef(index);
  indexRef.current = index;

  // Arrow keys, Page Up/Down and Home/End step; Escape leaves but keeps the park (one shortcut layer: the
  // presentation sits above everything, so the selection's own Escape does not run).
  const step = (action: (typeof KEYS)[string]) => (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const i = indexRef.current;
    goRef.current(action === 'next' ? i + 1 : action === 'prev' ? i - 1 : action === 'first' ? 0 : Infinity);
  };
  useShortcuts(
    SHORTCUT_LEVEL.presentation,
    true,
    { Escape: () => exitPresentation(), ...Object.fromEntries(Object.entries(KEYS).map(([k, a]) => [k, step(a)])) },
    { skipFields: true },
  );
  useEffect(() => {
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, []);

  // Auto-advance wraps round to the first park.
  useEffect(() => {
    if (!auto || n < 2) return;
    const timer = setInterval(() => goRef.current((indexRef.current + 1) % n), AUTO_ADVANCE_S * 1000);
    return () => clearInterval(timer);
  }, [auto, n]);

  const station = park ? nearestStation(park, scenario) : null;
  const trip = park ? trips?.get(park.id) : undefined;
  return (
    <div className="present" ref={rootRef} tabIndex={-1} role="region" aria-label={t('present.label')}>
      <button type="button" className="present-exit" onClick={exitPresentation}>
        {t('present.exit')}
      </button>
      {park ? (
        <article className="present-card" aria-live="polite" aria-atomic="true">
          <p className="present-scope">{t(`present.scope.${scope}`)}</p>
          <h2>{park.name[lang]}</h2>
          <p className="present-sub">
            {park.town[lang]} · {park.name[lang === 'zh' ? 'en' : 'zh']}
          </p>
          <dl className="present-figures">
            <div>
              <dt>{t('card.floor')}</dt>
              <dd>{formatAreaM2(park.floorAreaM2, lang, { short: true })}</dd>
            </div>
            <div>
              <dt>{t('card.above')}</dt>
              <dd>
                {park.aboveGroundAreaM2 === null
                  ? t('card.notGiven')
                  : formatAreaM2(park.aboveGroundAreaM2, lang, { short: true })}
              </dd>
            </div>
            <div>
              <dt>{t(scenario === 'now' ? 'compare.stationNow' : 'compare.stationPlan')}</dt>
              <dd className="present-station">{stationWords(t, station, lang)}</dd>
            </div>
            {scope === 'rank' ? <PresentRank park={park} /> : null}
            {trip && destination ? (
              <div>
                <dt>{towardsText(t, destination.name, commuteFrom, lang)}</dt>
                <dd className="present-commute">{tripText(t, scenario === 'plan' ? trip.plan : trip.now, lang)}</dd>
              </div>
            ) : null}
          </dl>
          <p className="present-placement">{placementText(t, park, lang)}</p>
          <div className="tags present-tags">
            <IndustryTags ids={park.industries} lang={lang} />
          </div>
          <p className="present-source">{t('card.source')}</p>
        </article>
      ) : (
        <article className="present-card">
          <h2>{t('present.empty')}</h2>
        </article>
      )}
      <div className="present-controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index <= 0} aria-label={t('present.prev')}>
          ←
        </button>
        <span className="present-progress" aria-label={t('present.progressLabel', { n: index + 1, total: n })}>
          {formatCount(index + 1, lang)} / {formatCount(n, lang)}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= n - 1} aria-label={t('present.next')}>
          →
        </button>
        <button
          type="button"
          className="present-auto"
          aria-pressed={auto}
          disabled={n < 2}
          onClick={() => setAuto((a) => !a)}
        >
          {t('present.auto', { s: AUTO_ADVANCE_S })}
        </button>
      </div>
    </div>
  );
}
