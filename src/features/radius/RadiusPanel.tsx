/**
 * Radius query results in the sidebar: the parks, stations (of the current scenario) and plan projects inside the
 * circle, with distances; the radius is adjustable and the query lives in the URL (`at`, `r`). Parks, plan projects
 * and indicative stations are known only to lie in a region, so each is listed as within the circle only when the
 * whole region is, and as "may be" within when only part of it is (lib/radius.ts, the rule the "what's near here"
 * summary uses too); the list runs by the far end of each distance range, and the range is what is shown.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAppStore } from '../../store/index.ts';
import { transitNetwork } from '../../store/hooks.ts';
import { PARKS, PLAN_PROJECTS } from '../../data/index.ts';
import { formatCount, type Lang } from '../../lib/format.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import { RADIUS_KM_RANGE } from '../../lib/domain.ts';
import { radiusQueryIndexed } from '../../lib/spatial.ts';
import { countWithin, regionsInRadius, type RegionHit } from '../../lib/radius.ts';
import { pointRegion } from '../../lib/region.ts';
import { distanceText, notesText, stationName } from '../transit/transit-text.ts';
import { NoteList } from '../../ui/NoteList.tsx';

const SHOWN = 8;

/** The count in a group's heading: "3", "1，另有 2 个可能在范围内", or "2 个可能在范围内" when none is certainly inside. */
function countLabel(t: TFunction, hits: readonly RegionHit<unknown>[], lang: Lang): string {
  const { certain, possible } = countWithin(hits);
  if (!possible) return formatCount(certain, lang);
  if (!certain) return t('transit.radius.countOnlyPossible', { possible: formatCount(possible, lang) });
  return t('transit.radius.countPossible', {
    count: formatCount(certain, lang),
    possible: formatCount(possible, lang),
  });
}

function HitList<T>({
  title,
  hits,
  render,
  testId,
}: {
  title: string;
  hits: RegionHit<T>[];
  render: (h: RegionHit<T>) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const [all, setAll] = useState(false);
  const shown = all ? hits : hits.slice(0, SHOWN);
  return (
    <section className="radius-group" data-testid={testId}>
      <h3>{title}</h3>
      {hits.length ? (
        <ol className="radius-hits">
          {shown.map((h, i) => (
            <li key={i} data-within={h.within}>
              {render(h)}
              {h.within === 'possible' ? (
                <span className="maybe-tag" title={t('transit.radius.maybeTitle')}>
                  {t('transit.radius.maybe')}
                </span>
              ) : null}
              <span className="figure radius-distance">{distanceText(h.range, lang)}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">{t('transit.radius.none')}</p>
      )}
      {hits.length > SHOWN && !all ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('transit.radius.showAll', { count: formatCount(hits.length, lang) })}
        </button>
      ) : null}
    </section>
  );
}

export function RadiusPanel() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const radius = useAppStore((s) => s.radius);
  const s = useAppStore.getState();
  const network = transitNetwork(scenario);

  const result = useMemo(() => {
    if (!radius) return null;
    const { origin, radiusKm } = radius;
    // Stations: the index finds every placed point that could be in range; an indicative one may lie up to its
    // uncertainty from its point, a surveyed one (uncertainty 0) gets a zero-width range, i.e. its point distance.
    const candidates = radiusQueryIndexed(
      origin,
      radiusKm + network.maxUncertaintyKm,
      network.stations,
      network.index,
    ).map((h) => h.item);
    return {
      parks: regionsInRadius(origin, radiusKm, PARKS, (p) => p.region),
      stations: regionsInRadius(origin, radiusKm, candidates, (st) => pointRegion(st.coordinates, st.uncertaintyKm)),
      projects: regionsInRadius(origin, radiusKm, PLAN_PROJECTS, (p) => p.region),
    };
  }, [radius, network]);

  if (!radius || !result) return <p className="radius-hint muted small">{t('transit.radius.hint')}</p>;
  const notes = notesText(t, network.notes, lang);
  return (
    <section className="radius-panel" aria-labelledby="radius-title" key={`${radius.origin.join(',')}`}>
      <div className="radius-head">
        <h2 id="radius-title">{t('transit.radius.title')}</h2>
        <button type="button" className="button" onClick={() => s.clearRadius()}>
          {t('transit.radius.clear')}
        </button>
      </div>
      <label className="radius-slider">
        <span>
          {t('transit.radius.radius')} <strong className="figure">{formatDistanceKm(radius.radiusKm, lang)}</strong>
        </span>
        <input
          type="range"
          min={RADIUS_KM_RANGE[0]}
          max={RADIUS_KM_RANGE[1]}
          step={0.1}
          value={radius.radiusKm}
          aria-valuetext={formatDistanceKm(radius.radiusKm, lang)}
          onChange={(e) => s.setRadiusKm(Number(e.target.value))}
        />
      </label>
      <div className="radius-results">
        <HitList
          testId="radius-parks"
          title={t('transit.radius.parks', { count: countLabel(t, result.parks, lang) })}
          hits={result.parks}
          render={(h) => (
            <button
              type="button"
              className="link-button"
              data-park-id={h.item.id}
              aria-label={t('transit.radius.selectPark', { name: h.item.name[lang] })}
              onClick={() => s.selectPark(h.item.id)}
            >
              {h.item.name[lang]}
            </button>
          )}
        />
        <HitList
          testId="radius-stations"
          title={t('transit.radius.stations', {
            count: countLabel(t, result.stations, lang),
            scenario: t(`transit.scenario.${scenario}`),
          })}
          hits={result.stations}
          render={(h) => (
            <span className="radius-station">
              <button
                type="button"
                className="link-button"
                title={t('transit.radius.centreOn', { station: stationName(t, h.item, lang) })}
                onClick={() => s.setRadiusOrigin(h.item.coordinates)}
              >
                {stationName(t, h.item, lang)}
              </button>
              <span className="radius-lines">
                {h.item.lines.map((l) => {
                  const line = network.lines.get(l.lineId);
                  return (
                    <span
                      key={l.lineId}
                      className={`line-tag${l.status === 'open' ? '' : ' planned'}`}
                      style={{ borderColor: line?.colour ?? '#7a7570' }}
                    >
                      {line?.name[lang] ?? l.lineId}
                      {l.status !== 'open' ? ` · ${t(`transit.status.${l.status}`)}` : ''}
                    </span>
                  );
                })}
              </span>
            </span>
          )}
        />
        <HitList
          testId="radius-projects"
          title={t('transit.radius.projects', { count: countLabel(t, result.projects, lang) })}
          hits={result.projects}
          render={(h) => <span>{h.item.name[lang]}</span>}
        />
        <NoteList notes={notes} />
      </div>
    </section>
  );
}
