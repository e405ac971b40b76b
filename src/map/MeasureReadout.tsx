/**
 * The measure tool's read-out while it is on (loaded the first time it is switched on, TransitMapLayers.tsx
 * MeasureControl): the running total, the number of points, undo and clear; Escape leaves measure mode.
 */
import { useMemo } from 'react';
import { useTranslation } from '../i18n/react.ts';
import { useAppStore } from '../store/index.ts';
import { pathLengthKm } from '../lib/spatial.ts';
import { formatCount } from '../lib/format.ts';
import { formatDistanceKm } from '../i18n/format.ts';
import { SHORTCUT_LEVEL, useShortcuts } from '../ui/use-shortcuts.ts';

export function MeasureReadout() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const points = useAppStore((s) => s.measurePoints);
  const s = useAppStore.getState();
  const km = useMemo(() => pathLengthKm(points), [points]);

  // Escape leaves measure mode (this read-out is shown only while measuring).
  useShortcuts(SHORTCUT_LEVEL.tool, true, { Escape: () => useAppStore.getState().setMeasuring(false) });

  return (
    <div className="measure-readout" aria-live="polite">
      {points.length < 2 ? (
        <span>{t('transit.measure.hint')}</span>
      ) : (
        <strong className="figure" data-testid="measure-total">
          {t('transit.measure.total', { distance: formatDistanceKm(km, lang) })}
        </strong>
      )}
      {points.length ? (
        <span className="muted"> · {t('transit.measure.points', { count: formatCount(points.length, lang) })}</span>
      ) : null}
      {points.length ? (
        <span className="measure-actions">
          <button type="button" className="link-button" onClick={() => s.undoMeasurePoint()}>
            {t('transit.measure.undo')}
          </button>
          <button type="button" className="link-button" onClick={() => s.clearMeasure()}>
            {t('transit.measure.clear')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
