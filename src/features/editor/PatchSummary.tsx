/**
 * A patch's changes before export and after import (lib/patch.ts summarizePatch): for each park, from → to, the
 * distance moved, precision and accuracy before → after; then every problem and warning of checkPatch, each naming
 * the feature and the field.
 */
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import type { PatchChange } from '../../lib/patch.ts';
import '../../i18n/later/editor.ts';

const pointText = (p: readonly number[]) => `${p[0]!.toFixed(6)}, ${p[1]!.toFixed(6)}`;

export function PatchSummary({
  changes,
  errors,
  warnings,
}: {
  changes: readonly PatchChange[];
  errors: readonly string[];
  warnings: readonly string[];
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const m = (metres: number) => formatDistanceKm(metres / 1000, lang);
  return (
    <div className="patch-summary">
      {changes.length ? <p>{t('editor.patch.changes', { count: changes.length })}</p> : null}
      <ol className="patch-changes">
        {changes.map((c) => (
          <li key={c.id} data-park-id={c.id}>
            <strong>{c.name[lang]}</strong>
            <br />
            <span className="figure">{t('editor.patch.change', { from: pointText(c.from), to: pointText(c.to) })}</span>
            <br />
            {t('editor.patch.moved', { distance: m(c.movedM) })}
            {' · '}
            {t('editor.patch.precision', {
              from: t(`card.precision.${c.precisionFrom}`),
              to: t(`card.precision.${c.precisionTo}`),
            })}
            {' · '}
            {t('editor.patch.accuracy', { from: m(c.accuracyFrom), to: m(c.accuracyTo) })}
          </li>
        ))}
      </ol>
      {errors.length ? (
        <div className="patch-problems" role="alert">
          <h4>{t('editor.patch.errors', { count: errors.length })}</h4>
          <ul>
            {errors.map((e, i) => (
              <li key={i} lang="en">
                {e}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {warnings.length ? (
        <div className="patch-warnings">
          <h4>{t('editor.patch.warnings', { count: warnings.length })}</h4>
          <ul>
            {warnings.map((w, i) => (
              <li key={i} lang="en">
                {w}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
