/**
 * The transit block of the park card: nearest station now and after the plan, the nearest station on each line within
 * 5 km with the distance to the line's corridor, what the planned works change, and every exclusion as a note.
 */
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { formatCount } from '../../lib/format.ts';
import { DETOUR_FACTOR, LINE_SEARCH_KM, WALK_SPEED_KMH, type LineAccess } from '../../lib/transit.ts';
import type { Park } from '../../lib/parks.ts';
import { useParkStationAccess } from '../transit/use-station-access.ts';
import {
  changeText,
  distanceText,
  nearestText,
  notesText,
  stationName,
  walkText,
  whenText,
} from '../transit/transit-text.ts';
import { NoteList } from '../../ui/NoteList.tsx';

function CorridorCell({ a }: { a: LineAccess }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const c = a.corridor;
  if (c.kind === 'exact') return <td className="figure">{distanceText(c.range, lang)}</td>;
  if (c.kind === 'approximate') {
    const reason = a.line.note?.[lang] ?? t('transit.indicativeReason');
    return (
      <td className="figure approx" title={t('transit.corridorApproxTitle', { reason })}>
        {t('transit.corridorApprox', { distance: distanceText(c.range, lang) })}
        <span className="transit-reason">{reason}</span>
      </td>
    );
  }
  return <td className="muted">{t('transit.corridorNone')}</td>;
}

export function ParkTransitBlock({ park }: { park: Park }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const { now, plan, current, changes } = useParkStationAccess(park);
  const km = formatCount(LINE_SEARCH_KM, lang);
  // The plan's exclusions belong with "what the planned works change", so they show in both scenarios.
  const allNotes = [
    ...plan.notes,
    ...now.notes.filter((n) => !plan.notes.some((p) => JSON.stringify(p) === JSON.stringify(n))),
  ];
  const notes = notesText(t, allNotes, lang);
  return (
    <section className="transit-block" aria-labelledby="transit-block-title">
      <h3 id="transit-block-title">{t('transit.blockTitle')}</h3>
      <dl className="transit-scenarios">
        {(
          [
            ['now', now],
            ['plan', plan],
          ] as const
        ).map(([s, c]) => (
          <div key={s} className={s === scenario ? 'is-current' : undefined} data-scenario={s}>
            <dt>{t(`transit.scenario.${s}`)}</dt>
            <dd>{c.nearest ? nearestText(t, c.nearest, lang) : t('transit.noStation')}</dd>
          </div>
        ))}
      </dl>
      {current.byLine.length ? (
        <table className="transit-table">
          <caption>{t('transit.byLineCaption', { km, scenario: t(`transit.scenario.${scenario}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transit.col.line')}</th>
              <th scope="col">{t('transit.col.station')}</th>
              <th scope="col">{t('transit.col.distance')}</th>
              <th scope="col">{t('transit.col.corridor')}</th>
            </tr>
          </thead>
          <tbody>
            {current.byLine.map((a) => (
              <tr key={a.line.id} data-line={a.line.id}>
                <th scope="row">
                  <span className="line-swatch" style={{ background: a.line.colour }} aria-hidden="true" />
                  {a.line.name[lang]}
                </th>
                <td>
                  {stationName(t, a.station, lang)}
                  {a.stationLine.status !== 'open' ? (
                    <span className="transit-status">
                      {t(`transit.status.${a.stationLine.status}`)} · {whenText(t, a.stationLine.openingYear)}
                    </span>
                  ) : null}
                </td>
                <td className="figure">
                  {distanceText(a.range, lang)}
                  {walkText(a.range, lang) ? <span className="transit-walk">{walkText(a.range, lang)}</span> : null}
                </td>
                <CorridorCell a={a} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('transit.noLineNear', { km })}</p>
      )}
      <h4>{t('transit.changesTitle')}</h4>
      {changes.length ? (
        <ul className="transit-changes">
          {changes.map((c, i) => (
            <li key={i}>{changeText(t, c, lang)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('transit.noChanges', { km })}</p>
      )}
      <NoteList notes={notes} />
      <p className="muted transit-assumptions">
        {t('transit.assumptions', { detour: String(DETOUR_FACTOR), speed: String(WALK_SPEED_KMH) })}
      </p>
    </section>
  );
}
