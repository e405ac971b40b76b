/**
 * The site editor (issue 13, part 1), a mode of the app opened with `?edit=1` or from a park card: it takes the
 * sidebar while open (editor.css). Staff choose a park, move its point and say how it is placed; drafts are kept in
 * the browser (store/editor-storage.ts) and leave as a patch file that a maintainer reviews and applies.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useEditorTarget } from '../../store/editor-hooks.ts';
import { PARKS } from '../../data/index.ts';
import { DraftForm } from './DraftForm.tsx';
import { DraftList } from './DraftList.tsx';
import { PatchTools } from './PatchTools.tsx';
import '../common/views.css';
import './editor.css';
import '../../i18n/later/editor.ts';

export function EditorPanel() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const open = useAppStore((s) => s.editorOpen);
  const parkId = useAppStore((s) => s.editorParkId);
  const drafts = useAppStore((s) => s.drafts);
  const target = useEditorTarget();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening the editor moves focus to it.
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  if (!open) return null;
  const s = useAppStore.getState();
  return (
    <section className="editor-panel" aria-labelledby="editor-title">
      <div className="editor-head">
        <h2 id="editor-title" ref={headingRef} tabIndex={-1}>
          {t('editor.title')}
        </h2>
        <button type="button" className="button" onClick={() => s.closeEditor()}>
          {t('editor.close')}
        </button>
      </div>
      <p className="hint">{t('editor.intro')}</p>
      <div className="editor-field">
        <label htmlFor="editor-park">{t('editor.park')}</label>
        <select id="editor-park" value={parkId ?? ''} onChange={(e) => s.chooseEditorPark(e.target.value || null)}>
          <option value="">{t('editor.choosePark')}</option>
          {PARKS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id in drafts ? t('editor.hasDraft', { park: p.name[lang] }) : p.name[lang]}
            </option>
          ))}
        </select>
      </div>
      {target ? <DraftForm key={target.park.id} target={target} /> : <p className="hint">{t('editor.choosePark')}</p>}
      <DraftList />
      <PatchTools />
    </section>
  );
}
