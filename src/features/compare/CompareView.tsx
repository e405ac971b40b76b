/**
 * The side-by-side comparison of two to four parks (opened from the compare tray; `view=compare` in the URL):
 * town, floor and above-ground area as bars to one scale, industries, nearest station now and after the plan, how
 * precisely each park is placed, and the straight-line distance between each pair (a range where a park is placed
 * only roughly). Rows whose values differ are shaded and marked ≠.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { IndustryTags } from '../common/IndustryTags.tsx';
import { useAppStore } from '../../store/index.ts';
import { formatAreaM2 } from '../../i18n/format.ts';
import type { KmRange } from '../../lib/interval.ts';
import type { Park } from '../../lib/parks.ts';
import { Both } from '../common/CardParts.tsx';
import { AreaBar } from '../../ui/AreaBar.tsx';
import {
  compareLetter,
  nearestStation,
  parkDistanceRange,
  placementText,
  useCompareParks,
} from '../common/shortlist.ts';
import { changeText, distanceText, stationWords } from '../transit/transit-text.ts';
import { parkStationAccess } from '../transit/use-station-access.ts';
import { useDestination, useParkTrips } from '../../store/commute-hooks.ts';
import { towardsText, tripText } from '../commute/commute-text.ts';
import { SHORTCUT_LEVEL, useShortcuts } from '../../ui/use-shortcuts.ts';
import '../common/views.css';
import '../../i18n/later/compare.ts';
import '../../i18n/later/commute.ts';

function useDistanceMatrix(parks: readonly Park[]): (KmRange | null)[][] {
  return useMemo(() => {
    const m: (KmRange | null)[][] = parks.map(() => parks.map(() => null));
    for (let i = 0; i < parks.length; i++) {
      for (let j = i + 1; j < parks.length; j++) m[i]![j] = m[j]![i] = parkDistanceRange(parks[i]!, parks[j]!);
    }
    return m;
  }, [parks]);
}

function Row({ id, label, values, differs }: { id: string; label: string; values: ReactNode[]; differs: boolean }) {
  const { t } = useTranslation();
  return (
    <tr data-row={id} className={differs ? 'differs' : undefined}>
      <th scope="row">
        {label}
        {differs ? (
          <span className="differs-mark" title={t('compare.differs')}>
            {' '}
            ≠<span className="visually-hidden">{t('compare.differs')}</span>
          </span>
        ) : null}
      </th>
      {values.map((v, i) => (
        <td key={i}>{v}</td>
      ))}
    </tr>
  );
}

const allSame = (xs: readonly unknown[]) => new Set(xs.map((x) => JSON.stringify(x))).size <= 1;

export function CompareView() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const open = useAppStore((s) => s.compareOpen);
  const parks = useCompareParks();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = open && parks.length >= 2;
  const distances = useDistanceMatrix(shown ? parks : []);
  // Door to door to the chosen destination (issue 22), once the network has loaded.
  const trips = useParkTrips();
  const destination = useDestination();
  const from = useAppStore((s) => s.commuteFrom);

  useEffect(() => {
    if (shown) headingRef.current?.focus();
  }, [shown]);

  useShortcuts(SHORTCUT_LEVEL.overlay, shown, { Escape: () => useAppStore.getState().setCompareOpen(false) });

  if (!shown) return null;
  const close = () => useAppStore.getState().setCompareOpen(false);
  const scaleM2 = Math.max(...parks.map((p) => p.floorAreaM2));
  const maxFloor = Math.max(...parks.map((p) => p.floorAreaM2));
  const maxAbove = Math.max(...parks.map((p) => p.aboveGroundAreaM2 ?? 0));
  const shared = parks.map((p) => p.industries).reduce((acc, ids) => acc.filter((id) => ids.includes(id)));
  const now = parks.map((p) => nearestStation(p, 'now'));
  // What the planned transit works change for each park (a new line at a station, a nearer station).
  const changes = parks.map((p) => parkStationAccess(p).changes);
  const plan = parks.map((p) => nearestStation(p, 'plan'));
  const commute = parks.map((p) => trips?.get(p.id) ?? null);

  const area = (p: Park, m2: number | null, max: number, label: string) =>
    m2 === null ? (
      <span className="muted-strong">{t('card.notGiven')}</span>
    ) : (
      <>
        <span className="figure">
          {m2 === max ? (
            <strong>{formatAreaM2(m2, lang, { short: true })}</strong>
          ) : (
            formatAreaM2(m2, lang, { short: true })
          )}
          {m2 === max ? (
            <>
              {' '}
              <span className="badge">{t('compare.largest')}</span>
            </>
          ) : null}
        </span>
        <AreaBar valueM2={m2} maxM2={scaleM2} label={`${p.name[lang]} ${label} ${formatAreaM2(m2, lang)}`} />
      </>
    );

  return (
    <section className="compare-view" role="dialog" aria-modal="false" aria-labelledby="compare-title">
      <header className="compare-head">
        <h2 id="compare-title" ref={headingRef} tabIndex={-1}>
          {t('compare.title')}
        </h2>
        <p className="hint">{t('compare.legend')}</p>
        <button type="button" className="button" onClick={close}>
          {t('common.close')}
        </button>
      </header>
      <div className="compare-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">{t('compare.title')}</caption>
          <thead>
            <tr>
              <td />
              {parks.map((p, i) => (
                <th key={p.id} scope="col">
                  <span className="compare-letter" aria-hidden="true">
                    {compareLetter(i)}
                  </span>
                  <button
                    type="button"
                    className="link-button compare-name"
                    onClick={() => useAppStore.getState().selectPark(p.id)}
                  >
                    {p.name[lang]}
                  </button>
                  <span className="subtitle">{p.name[lang === 'zh' ? 'en' : 'zh']}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <Row
              id="town"
              label={t('card.town')}
              differs={!allSame(parks.map((p) => p.town.en))}
              values={parks.map((p) => p.town[lang])}
            />
            <Row
              id="floor"
              label={t('card.floor')}
              differs={!allSame(parks.map((p) => p.floorAreaM2))}
              values={parks.map((p) => area(p, p.floorAreaM2, maxFloor, t('card.floor')))}
            />
            <Row
              id="above"
              label={t('card.above')}
              differs={!allSame(parks.map((p) => p.aboveGroundAreaM2))}
              values={parks.map((p) => area(p, p.aboveGroundAreaM2, maxAbove, t('card.above')))}
            />
            <Row
              id="industries"
              label={t('card.industries')}
              differs={!allSame(parks.map((p) => [...p.industries].sort()))}
              values={parks.map((p) => (
                <span className="tags">
                  <IndustryTags
                    ids={p.industries}
                    lang={lang}
                    wrap={(id, tag) => (
                      <span key={id} className={shared.includes(id) ? 'shared' : 'distinct'}>
                        {tag}
                      </span>
                    )}
                  />
                </span>
              ))}
            />
            <Row
              id="station-now"
              label={t('compare.stationNow')}
              differs={!allSame(now.map((h) => h?.station.id ?? null))}
              values={now.map((h) => stationWords(t, h, lang))}
            />
            <Row
              id="station-plan"
              label={t('compare.stationPlan')}
              differs={!allSame(plan.map((h) => h?.station.id ?? null))}
              values={plan.map((h, i) => (
                <>
                  {stationWords(t, h, lang)}
                  {h && h.station.id !== now[i]?.station.id ? (
                    <>
                      {' '}
                      <span className="badge">{t('compare.changes')}</span>
                    </>
                  ) : null}
                </>
              ))}
            />
            <Row
              id="plan-changes"
              label={t('transit.changesTitle')}
              differs={!allSame(changes.map((cs) => cs.length))}
              values={changes.map((cs) =>
                cs.length ? (
                  <ul className="compare-changes">
                    {cs.map((c, i) => (
                      <li key={i}>{changeText(t, c, lang)}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t('compare.noChange')}</span>
                ),
              )}
            />
            {destination && trips
              ? (['now', 'plan'] as const).map((sc) => (
                  <Row
                    key={sc}
                    id={`commute-${sc}`}
                    label={t('commute.withScenario', {
                      towards: towardsText(t, destination.name, from, lang),
                      scenario: t(`transit.scenario.${sc}`),
                    })}
                    differs={!allSame(commute.map((c) => (c ? tripText(t, c[sc], lang) : null)))}
                    values={commute.map((c) => (c ? tripText(t, c[sc], lang) : '—'))}
                  />
                ))
              : null}
            <Row
              id="location"
              label={t('card.location')}
              differs
              values={parks.map((p) => (
                <Both text={p.location} lang={lang} />
              ))}
            />
            <Row
              id="positioning"
              label={t('card.positioning')}
              differs
              values={parks.map((p) => (
                <Both text={p.positioning} lang={lang} />
              ))}
            />
            <Row
              id="placement"
              label={t('card.placement')}
              differs={!allSame(parks.map((p) => [p.geocode.precision, p.geocode.accuracyM]))}
              values={parks.map((p) => placementText(t, p, lang))}
            />
          </tbody>
        </table>
        <table className="distance-matrix" data-table="distances">
          <caption>{t('compare.distances')}</caption>
          <thead>
            <tr>
              <td />
              {parks.map((p, i) => (
                <th key={p.id} scope="col" title={p.name[lang]}>
                  {compareLetter(i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parks.map((a, i) => (
              <tr key={a.id}>
                <th scope="row">
                  {compareLetter(i)} <span className="matrix-name">{a.name[lang]}</span>
                </th>
                {parks.map((b, j) => {
                  const range = distances[i]?.[j];
                  return (
                    <td key={b.id} className="figure">
                      {i === j || !range ? '—' : distanceText(range, lang)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t('compare.distancesNote')}</p>
        <p className="source">{t('card.source')}</p>
      </div>
    </section>
  );
}
