/**
 * The form of the editor's park: where the point is (with the live check), three ways to move it (the map, typed
 * coordinates in a chosen datum, a place from the offline gazetteer), and how it is placed (precision, accuracy,
 * basis, source, and the reason where it leaves the plan's town). Every keystroke goes into the draft, valid or not;
 * each field shows its own problems (lib/site-draft.ts checkDraft).
 */
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { PLACE_CONTEXT, type EditorTarget } from '../../store/editor-hooks.ts';
import { findPlaces } from '../../data/gazetteer-index.ts';
import { INPUT_DATUMS, type InputDatum } from '../../lib/datum.ts';
import { PRECISION_ORDER, type Precision } from '../../lib/patch.ts';
import { readTypedPoint, type DraftField, type DraftIssue, type SiteDraft } from '../../lib/site-draft.ts';
import { DraftFeedback } from './DraftFeedback.tsx';
import { coordText, issueText } from './issue-text.ts';
import '../../i18n/later/editor.ts';

const MAX_PLACES = 6;

type Edit = (changes: Partial<Omit<SiteDraft, 'editedAt'>>, field: DraftField) => void;

/** A labelled control with its problems under it, tied to it by aria-describedby. */
function Field({
  label,
  issues,
  children,
}: {
  label: string;
  issues: readonly { text: string; level: DraftIssue['level'] }[];
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const described = issues.map((_, i) => `${id}-issue-${i}`).join(' ') || undefined;
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': issues.some((i) => i.level === 'error'),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {issues.map((issue, i) => (
        <p key={i} id={`${id}-issue-${i}`} className={`field-issue ${issue.level}`}>
          {issue.text}
        </p>
      ))}
    </div>
  );
}

function TypedCoordinates({ draft, edit }: { draft: SiteDraft; edit: Edit }) {
  const { t } = useTranslation();
  const typed = useMemo(() => readTypedPoint(draft, PLACE_CONTEXT), [draft]);
  const datumId = useId();
  const problem =
    typed.ok || typed.reason === 'empty'
      ? []
      : [{ text: t(`editor.coords.error.${typed.reason}`), level: 'error' as const }];
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (typed.ok) edit({ point: typed.point }, 'point');
  };
  return (
    <form className="editor-coords" onSubmit={apply}>
      <h4>{t('editor.coords.heading')}</h4>
      <div className="editor-field">
        <label htmlFor={datumId}>{t('editor.coords.datum')}</label>
        <select
          id={datumId}
          value={draft.datum}
          onChange={(e) => edit({ datum: e.target.value as InputDatum }, 'datum')}
        >
          {INPUT_DATUMS.map((d) => (
            <option key={d} value={d}>
              {t(`editor.coords.datums.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <Field label={t('editor.coords.label')} issues={problem}>
        {(props) => (
          <input
            {...props}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            placeholder={t('editor.coords.placeholder')}
            value={draft.coordText}
            onChange={(e) => edit({ coordText: e.target.value }, 'coordText')}
          />
        )}
      </Field>
      {typed.ok ? (
        <p className="hint">
          {t('editor.coords.preview', coordText(typed.point))}
          {typed.latFirst ? t('editor.coords.latFirst') : ''}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={!typed.ok}>
        {t('editor.coords.apply')}
      </button>
    </form>
  );
}

function PlacePicker({ edit }: { edit: Edit }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const [query, setQuery] = useState('');
  const hits = useMemo(() => findPlaces(query, MAX_PLACES), [query]);
  const id = useId();
  return (
    <div className="editor-places">
      <h4>{t('editor.place.heading')}</h4>
      <div className="editor-field">
        <label htmlFor={id}>{t('editor.place.label')}</label>
        <input
          id={id}
          type="search"
          autoComplete="off"
          maxLength={100}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {query.trim() ? (
        hits.length ? (
          <ul className="editor-place-list">
            {hits.map(({ place }) => (
              <li key={place.key}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    edit({ point: place.lngLat }, 'point');
                    setQuery('');
                  }}
                >
                  {t('editor.place.use', { place: place.name[lang], kind: t(`search.kind.${place.kind}`) })}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">{t('editor.place.none')}</p>
        )
      ) : null}
    </div>
  );
}

export function DraftForm({ target }: { target: EditorTarget }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const { park, draft, check, entry } = target;
  // A point typed or picked from the gazetteer was not placed on a basemap: moveDraftPoint drops any such statement.
  const edit: Edit = (changes, field) =>
    field === 'point' && changes.point
      ? useAppStore.getState().moveDraftPoint(park.id, changes.point, null)
      : useAppStore.getState().editDraft(park.id, changes, field);
  const issuesOf = (field: DraftField) =>
    check.issues.filter((i) => i.field === field).map((i) => ({ text: issueText(t, i, lang), level: i.level }));
  const showReason = check.outsidePlanTown || draft.outsideReason !== '';

  return (
    <div className="editor-form">
      <h3>{t('editor.point.heading')}</h3>
      <p className="figure">{t('editor.point.current', coordText(draft.point))}</p>
      <p className="hint">{t('editor.point.hint')}</p>
      <DraftFeedback target={target} />
      <button
        type="button"
        className="button"
        disabled={!entry?.history.length}
        onClick={() => useAppStore.getState().undoDraft(park.id)}
      >
        {t('editor.undo')}
      </button>

      <TypedCoordinates draft={draft} edit={edit} />
      <PlacePicker edit={edit} />

      <h3>{t('editor.fields.heading')}</h3>
      <Field label={t('editor.fields.precision')} issues={issuesOf('precision')}>
        {(props) => (
          <select
            {...props}
            value={draft.precision}
            onChange={(e) => edit({ precision: e.target.value as Precision }, 'precision')}
          >
            {PRECISION_ORDER.map((p) => (
              <option key={p} value={p}>
                {t(`card.precision.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('editor.fields.accuracy')} issues={issuesOf('accuracyM')}>
        {(props) => (
          <input
            {...props}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            maxLength={20}
            value={draft.accuracyM}
            onChange={(e) => edit({ accuracyM: e.target.value }, 'accuracyM')}
          />
        )}
      </Field>
      <Field label={t('editor.fields.basisZh')} issues={issuesOf('basisZh')}>
        {(props) => (
          <textarea
            {...props}
            lang="zh-CN"
            rows={4}
            maxLength={5000}
            value={draft.basisZh}
            onChange={(e) => edit({ basisZh: e.target.value }, 'basisZh')}
          />
        )}
      </Field>
      <Field label={t('editor.fields.basisEn')} issues={issuesOf('basisEn')}>
        {(props) => (
          <textarea
            {...props}
            lang="en"
            rows={4}
            maxLength={5000}
            value={draft.basisEn}
            onChange={(e) => edit({ basisEn: e.target.value }, 'basisEn')}
          />
        )}
      </Field>
      <Field label={t('editor.fields.source')} issues={issuesOf('source')}>
        {(props) => (
          <input
            {...props}
            type="text"
            maxLength={500}
            value={draft.source}
            onChange={(e) => edit({ source: e.target.value }, 'source')}
          />
        )}
      </Field>
      {showReason ? (
        <Field label={t('editor.fields.reason', { town: park.town[lang] })} issues={issuesOf('outsideReason')}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              maxLength={2000}
              value={draft.outsideReason}
              onChange={(e) => edit({ outsideReason: e.target.value }, 'outsideReason')}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}
