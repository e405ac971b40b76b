/**
 * The compare tray at the bottom of the sidebar: the picked parks as A · B · C, with Compare and Clear.
 * On a screen under 1000 px tall it is one row (the letters and Compare), so the park list keeps room for at least
 * three parks; the letters open the names, their remove buttons and Clear on demand. The list rows carry the same
 * letters, so the set reads without the names.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { MAX_COMPARE } from '../../lib/domain.ts';
import { compareLetter, useCompareParks } from '../common/shortlist.ts';
import '../common/views.css';

/** A screen tall enough to list the names under the list without crowding it. */
const TALL = '(min-height: 1000px)';
const tallScreen = () => typeof window !== 'undefined' && window.matchMedia?.(TALL).matches === true;

export function CompareTray() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const open = useAppStore((s) => s.compareOpen);
  const parks = useCompareParks();
  const [showNames, setShowNames] = useState(tallScreen);
  if (!parks.length) return null;
  const s = useAppStore.getState();
  // One park: the name is the point (the hint asks for a second), so it is always shown.
  const names = showNames || parks.length < 2;
  const listId = 'compare-tray-names';
  return (
    <section className={`compare-tray${names ? '' : ' is-compact'}`} aria-label={t('compare.tray.label')}>
      <div className="compare-tray-bar">
        <h2 className="compare-tray-title">
          <span className={names ? undefined : 'visually-hidden'}>{t('compare.tray.title')} </span>
          <button
            type="button"
            className="compare-tray-toggle"
            aria-expanded={names}
            aria-controls={listId}
            title={names ? t('compare.tray.hideNames') : t('compare.tray.showNames')}
            onClick={() => setShowNames(!names)}
          >
            {names ? null : (
              <span className="compare-tray-letters" aria-hidden="true">
                {parks.map((p, i) => (
                  <span key={p.id} className="compare-letter">
                    {compareLetter(i)}
                  </span>
                ))}
              </span>
            )}
            <span className="count">
              {parks.length}/{MAX_COMPARE}
            </span>
            <span className="visually-hidden">{names ? t('compare.tray.hideNames') : t('compare.tray.showNames')}</span>
            <span className="compare-tray-caret" aria-hidden="true">
              {names ? '▾' : '▸'}
            </span>
          </button>
        </h2>
        <button
          type="button"
          className="button primary"
          disabled={parks.length < 2}
          aria-pressed={open}
          onClick={() => s.setCompareOpen(!open)}
        >
          {t('compare.tray.open', { count: parks.length })} →
        </button>
      </div>
      <div className="compare-tray-names" id={listId} hidden={!names}>
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
