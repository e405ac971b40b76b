/**
 * Radius query results in the sidebar: the parks, stations (of the current scenario) and plan projects inside the
 * circle, nearest first, with distances; the radius is adjustable and the query lives in the URL (`at`, `r`).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/index.ts';
import { transitNetwork } from '../../store/hooks.ts';
import { PARKS, PLAN_PROJECTS } from '../../data/index.ts';
import { formatCount, formatDistanceKm } from '../../lib/format.ts';
import { RADIUS_KM_RANGE } from '../../lib/url-state.ts';
import { radiusQuery, radiusQueryIndexed, type Hit } from '../../lib/spatial.ts';
import { stationLabel } from '../../lib/transit.ts';
import { notesText } from './transit-text.ts';
import { NoteList } from '../../ui/NoteList.tsx';

const SHOWN = 8;

function HitList<T>({ title, hits, render, testId }: { title: string; hits: Hit<T>[]; render: (h: Hit<T>) => ReactNode; testId: string }) {
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
            <li key={i}>
              {render(h)}
              <span className="figure radius-distance">{formatDistanceKm(h.distanceKm, lang)}</span>
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
    return {
      parks: radiusQuery(origin, radiusKm, PARKS, (p) => p.coordinates),
      stations: radiusQueryIndexed(origin, radiusKm, network.stations, network.index),
      projects: radiusQuery(origin, radiusKm, PLAN_PROJECTS, (p) => p.coordinates),
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
          title={t('transit.radius.parks', { count: formatCount(result.parks.length, lang) })}
          hits={result.parks}
          render={(h) => (
            <button type="button" className="link-button" data-park-id={h.item.id} aria-label={t('transit.radius.selectPark', { name: h.item.name[lang] })} onClick={() => s.selectPark(h.item.id)}>
              {h.item.name[lang]}
            </button>
          )}
        />
        <HitList
          testId="radius-stations"
          title={t('transit.radius.stations', { count: formatCount(result.stations.length, lang), scenario: t(`transit.scenario.${scenario}`) })}
          hits={result.stations}
          render={(h) => (
            <span className="radius-station">
              <button type="button" className="link-button" title={t('transit.radius.centreOn', { station: stationLabel(h.item.name, lang) })} onClick={() => s.setRadiusOrigin(h.item.coordinates)}>
                {stationLabel(h.item.name, lang)}
              </button>
              <span className="radius-lines">
                {h.item.lines.map((l) => {
                  const line = network.lines.get(l.lineId);
                  return (
                    <span key={l.lineId} className={`line-tag${l.status === 'open' ? '' : ' planned'}`} style={{ borderColor: line?.colour ?? '#7a7570' }}>
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
          title={t('transit.radius.projects', { count: formatCount(result.projects.length, lang) })}
          hits={result.projects}
          render={(h) => <span>{h.item.name[lang]}</span>}
        />
        <NoteList notes={notes} />
      </div>
    </section>
  );
}
