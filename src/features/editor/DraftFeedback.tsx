/**
 * Live check of the editor's draft: the town the point falls in (warning when it leaves the town the plan names),
 * how far it moved, and the nearest-station interval now and after the plan from the draft's placement region.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { transitNetwork } from '../../store/hooks.ts';
import type { EditorTarget } from '../../store/editor-hooks.ts';
import { stationAccessFor } from '../../lib/transit.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import { parkStationAccess } from '../transit/use-station-access.ts';
import { stationWords } from '../transit/transit-text.ts';
import { issueText } from './issue-text.ts';
import '../../i18n/later/editor.ts';

export function DraftFeedback({ target }: { target: EditorTarget }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const { park, draft, check, region } = target;
  const stations = useMemo(() => {
    const place = { coordinates: draft.point, region };
    return {
      now: stationAccessFor(place, transitNetwork('now')).nearest,
      plan: stationAccessFor(place, transitNetwork('plan')).nearest,
    };
  }, [draft.point, region]);
  const before = parkStationAccess(park);
  const pointIssues = check.issues.filter((i) => i.field === 'point');

  const scenario = (key: 'now' | 'plan') => {
    const text = stationWords(t, stations[key], lang);
    const was = stationWords(t, before[key].nearest, lang);
    return (
      <>
        <dt>{t(`editor.feedback.${key}`)}</dt>
        <dd>
          {text}
          {was !== text ? <span className="muted"> ({t('editor.feedback.was', { text: was })})</span> : null}
        </dd>
      </>
    );
  };

  return (
    <div className="editor-feedback" role="status" aria-live="polite" aria-label={t('editor.feedback.label')}>
      <dl className="facts">
        <dt>{t('editor.feedback.town')}</dt>
        <dd className={check.outsidePlanTown ? 'is-warning' : undefined}>
          {check.town ? check.town[lang] : t('editor.feedback.noTown')}
        </dd>
        <dt>{t('editor.feedback.moved')}</dt>
        <dd>
          {check.moved
            ? t('editor.feedback.movedValue', { distance: formatDistanceKm(check.movedM / 1000, lang) })
            : t('editor.feedback.notMoved')}
        </dd>
        {scenario('now')}
        {scenario('plan')}
      </dl>
      {pointIssues.map((i) => (
        <p key={i.code} className={`field-issue ${i.level}`}>
          {issueText(t, i, lang)}
        </p>
      ))}
      {park.geocode.region ? (
        <p className="hint">{t(check.moved ? 'editor.feedback.regionDropped' : 'editor.feedback.regionKept')}</p>
      ) : null}
    </div>
  );
}
