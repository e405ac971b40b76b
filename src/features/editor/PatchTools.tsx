/**
 * Export and import of patches (lib/patch.ts). Export: a review screen of the ready drafts (PatchSummary, plus the
 * drafts left out and why), then the file (serializePatch). Import: a patch file read with parsePatch and checked
 * with checkPatch against the data, the district and the towns; its summary with every problem, then loaded into
 * drafts (each park one undoable step).
 */
import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { PARK_FEATURES, PLACE_CONTEXT } from '../../store/editor-hooks.ts';
import { PARK_BY_ID } from '../../data/index.ts';
import { buildPatch, checkPatch, parsePatch, serializePatch, summarizePatch, type ParkPatch } from '../../lib/patch.ts';
import { draftFromPatchFeature, exportPlan, type SiteDraft } from '../../lib/site-draft.ts';
import { joinList } from '../../i18n/format.ts';
import { downloadText } from '../export/download.ts';
import { localIsoDate } from '../../lib/format.ts';
import { PatchSummary } from './PatchSummary.tsx';
import '../../i18n/later/editor.ts';

type Imported =
  | { file: string; ok: false; errors: string[] }
  | { file: string; ok: true; patch: ParkPatch; errors: string[]; warnings: string[]; loaded: number | null };

const PATCH_MIME = 'application/geo+json';

function ExportReview({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const drafts = useAppStore((s) => s.drafts);
  const review = useMemo(() => {
    const plan = exportPlan(drafts, PARK_BY_ID, PLACE_CONTEXT);
    const patch = plan.edits.length ? buildPatch(plan.edits, new Date()) : null;
    return {
      plan,
      changes: patch ? summarizePatch(patch, PARK_FEATURES) : [],
      ...(patch ? checkPatch(patch, PARK_FEATURES, PLACE_CONTEXT) : { errors: [], warnings: [] }),
    };
  }, [drafts]);
  const names = (ids: readonly string[]) =>
    joinList(
      ids.map((id) => PARK_BY_ID.get(id)?.name[lang] ?? id),
      lang,
    );
  const download = () => {
    // Built again at the moment of download, so the patch says when it was made.
    const now = new Date();
    downloadText(
      `haidian-park-patch-${localIsoDate(now)}.geojson`,
      serializePatch(buildPatch(review.plan.edits, now)),
      PATCH_MIME,
    );
  };
  return (
    <section className="patch-review" aria-labelledby="patch-review-title">
      <h3 id="patch-review-title">{t('editor.patch.exportHeading')}</h3>
      {review.changes.length ? (
        <PatchSummary changes={review.changes} errors={review.errors} warnings={review.warnings} />
      ) : (
        <p>{t('editor.patch.nothing')}</p>
      )}
      {review.plan.notReady.length ? (
        <p className="is-warning">
          {t('editor.patch.leftOut', { parks: names(review.plan.notReady.map((r) => r.id)) })}
        </p>
      ) : null}
      {review.plan.unchanged.length ? (
        <p className="muted">{t('editor.patch.unchanged', { parks: names(review.plan.unchanged) })}</p>
      ) : null}
      <div className="card-actions">
        <button
          type="button"
          className="button primary"
          disabled={!review.changes.length || review.errors.length > 0}
          onClick={download}
        >
          {t('editor.patch.download')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('editor.patch.back')}
        </button>
      </div>
      <p className="hint">{t('editor.patch.next')}</p>
    </section>
  );
}

function ImportResult({ result, onLoad, onBack }: { result: Imported; onLoad: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const loadable = result.ok ? loadableDrafts(result.patch) : {};
  const count = Object.keys(loadable).length;
  return (
    <section className="patch-review" aria-labelledby="patch-import-title">
      <h3 id="patch-import-title">{t('editor.patch.importHeading', { file: result.file })}</h3>
      {result.ok ? (
        <>
          <PatchSummary
            changes={summarizePatch(result.patch, PARK_FEATURES)}
            errors={result.errors}
            warnings={result.warnings}
          />
          {result.loaded !== null ? (
            <p role="status">{t('editor.patch.loaded', { count: result.loaded })}</p>
          ) : count ? (
            <button type="button" className="button primary" onClick={onLoad}>
              {t('editor.patch.load', { count })}
            </button>
          ) : null}
        </>
      ) : (
        <div className="patch-problems" role="alert">
          <p>{t('editor.patch.unreadable', { count: result.errors.length })}</p>
          <ul>
            {result.errors.map((e, i) => (
              <li key={i} lang="en">
                {e}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="card-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('editor.patch.back')}
        </button>
      </div>
    </section>
  );
}

/** The drafts a patch gives, for the parks the data knows (first feature of each id). */
function loadableDrafts(patch: ParkPatch): Record<string, SiteDraft> {
  const out: Record<string, SiteDraft> = {};
  for (const f of patch.features) {
    const id = f.properties.id;
    if (PARK_BY_ID.has(id) && !(id in out)) out[id] = draftFromPatchFeature(f);
  }
  return out;
}

export function PatchTools() {
  const { t } = useTranslation();
  const [view, setView] = useState<'idle' | 'export' | Imported>('idle');

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setView({ file: file.name, ok: false, errors: [t('editor.patch.fileFailed')] });
      return;
    } finally {
      // The same file can be chosen again (after fixing it, say).
      input.value = '';
    }
    const parsed = parsePatch(text);
    if (!parsed.ok) return setView({ file: file.name, ok: false, errors: parsed.errors });
    const { errors, warnings } = checkPatch(parsed.value, PARK_FEATURES, PLACE_CONTEXT);
    setView({ file: file.name, ok: true, patch: parsed.value, errors, warnings, loaded: null });
  };

  if (view === 'export') return <ExportReview onBack={() => setView('idle')} />;
  if (view !== 'idle') {
    const load = () => {
      if (!view.ok) return;
      const drafts = loadableDrafts(view.patch);
      const s = useAppStore.getState();
      s.importDrafts(drafts);
      const first = Object.keys(drafts)[0];
      if (!s.editorParkId && first) s.chooseEditorPark(first);
      setView({ ...view, loaded: Object.keys(drafts).length });
    };
    return <ImportResult result={view} onLoad={load} onBack={() => setView('idle')} />;
  }
  return (
    <div className="patch-tools card-actions">
      <button type="button" className="button primary" onClick={() => setView('export')}>
        {t('editor.patch.review')}
      </button>
      <label className="button file-button">
        {t('editor.patch.import')}
        <input
          type="file"
          className="visually-hidden"
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={(e) => void onFile(e)}
        />
      </label>
    </div>
  );
}
