/**
 * The drafts kept in this browser, in plan order: each with its state (ready, problems to fix, no change), how far it
 * moved, and per-park Edit, Undo and Discard. Discarding asks first, in the list itself.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { PLACE_CONTEXT } from '../../store/editor-hooks.ts';
import { PARK_BY_ID } from '../../data/index.ts';
import { checkDraft, isReady } from '../../lib/site-draft.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import { SHORTCUT_LEVEL, useShortcuts } from '../../ui/use-shortcuts.ts';
import '../../i18n/later/editor.ts';

function ConfirmDiscard({ parkName, onYes, onNo }: { parkName: string; onYes: () => void; onNo: () => void }) {
  const { t } = useTranslation();
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer takes focus; Escape means "keep it".
  useEffect(() => keep.current?.focus(), []);
  useShortcuts(SHORTCUT_LEVEL.panel, true, { Escape: onNo });
  const questionId = useId();
  return (
    <div className="editor-confirm" role="alertdialog" aria-labelledby={questionId}>
      <p id={questionId}>{t('editor.drafts.confirm', { park: parkName })}</p>
      <button type="button" className="button danger" onClick={onYes}>
        {t('editor.drafts.confirmYes')}
      </button>{' '}
      <button ref={keep} type="button" className="button" onClick={onNo}>
        {t('editor.drafts.confirmNo')}
      </button>
    </div>
  );
}

export function DraftList() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const drafts = useAppStore((s) => s.drafts);
  const currentId = useAppStore((s) => s.editorParkId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const rows = useMemo(
    () =>
      Object.entries(drafts)
        .flatMap(([id, entry]) => {
          const park = PARK_BY_ID.get(id);
          return park ? [{ id, park, entry, check: checkDraft(entry.draft, park, PLACE_CONTEXT) }] : [];
        })
        .sort((a, b) => a.park.seq - b.park.seq),
    [drafts],
  );
  const s = useAppStore.getState();

  return (
    <section className="editor-drafts" aria-labelledby="editor-drafts-title">
      <h3 id="editor-drafts-title">{t('editor.drafts.heading', { count: rows.length })}</h3>
      <p className="hint">{rows.length ? t('editor.drafts.saved') : t('editor.drafts.none')}</p>
      <ul>
        {rows.map(({ id, park, entry, check }) => {
          const name = park.name[lang];
          const errors = check.issues.filter((i) => i.level === 'error').length;
          const state = !isReady(check)
            ? t('editor.drafts.problems', { count: errors })
            : check.changed
              ? t('editor.drafts.ready')
              : t('editor.drafts.unchanged');
          return (
            <li key={id} className={id === currentId ? 'is-current' : undefined}>
              <div className="editor-draft-line">
                <strong>{name}</strong> <span className={isReady(check) ? 'muted' : 'is-warning'}>{state}</span>
                {check.moved ? (
                  <span className="muted">
                    {' · '}
                    {t('editor.drafts.moved', { distance: formatDistanceKm(check.movedM / 1000, lang) })}
                  </span>
                ) : null}
              </div>
              <div className="editor-draft-actions">
                <button type="button" className="link-button" onClick={() => s.chooseEditorPark(id)}>
                  {t('editor.drafts.edit')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('editor.drafts.undoLabel', { park: name })}
                  disabled={!entry.history.length}
                  onClick={() => s.undoDraft(id)}
                >
                  {t('editor.drafts.undo')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('editor.drafts.discardLabel', { park: name })}
                  onClick={() => setConfirming(id)}
                >
                  {t('editor.drafts.discard')}
                </button>
              </div>
              {confirming === id ? (
                <ConfirmDiscard
                  parkName={name}
                  onYes={() => {
                    s.discardDraft(id);
                    setConfirming(null);
                  }}
                  onNo={() => setConfirming(null)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
