/** The compare tray at the bottom of the sidebar: the picked parks as A · B · C, with Compare and Clear. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/index.ts';
import { MAX_COMPARE } from '../../lib/domain.ts';
import { compareLetter, useCompareParks } from '../common/shortlist.ts';
import '../common/views.css';

export function CompareTray() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const open = useAppStore((s) => s.compareOpen);
  const parks = useCompareParks();
  if (!parks.length) return null;
  const s = useAppStore.getState();
  return (
    <section className="compare-tray" aria-label={t('compare.tray.label')}>
      <h2 className="compare-tray-title">
        {t('compare.tray.title')}{' '}
        <span className="count">
          {parks.length}/{MAX_COMPARE}
        </span>
      </h2>
      <ul className="compare-tray-list">
        {parks.map((p, i) => (
          <li key={p.id}>
            <span className="compare-letter" aria-hidden="true">
              {compareLetter(i)}
            </span>
            <span className="compare-tray-name">{p.name[lang]}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('compare.tray.remove', { name: p.name[lang] })}
              onClick={() => s.toggleCompare(p.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="compare-tray-actions">
        <button
          type="button"
          className="button primary"
          disabled={parks.length < 2}
          aria-pressed={open}
          onClick={() => s.setCompareOpen(!open)}
        >
          {t('compare.tray.open', { count: parks.length })} →
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            s.clearCompare();
            s.setCompareOpen(false);
          }}
        >
          {t('compare.tray.clear')}
        </button>
      </div>
      {parks.length < 2 ? <p className="hint">{t('compare.tray.needTwo')}</p> : null}
    </section>
  );
}
