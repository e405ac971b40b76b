/** The header's controls: inline on wide screens; on phones the header keeps its title and a menu button. */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { SHORTCUT_LEVEL, useShortcuts } from '../../ui/use-shortcuts.ts';
import './phone.css';

export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  useShortcuts(SHORTCUT_LEVEL.panel, open, { Escape: () => setOpen(false) });
  return (
    <>
      <button
        type="button"
        className="button header-menu-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={open ? t('shell.closeMenu') : t('shell.menu')}
        onClick={() => setOpen((x) => !x)}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          {open ? (
            <path d="M6 6l12 12M18 6 6 18" stroke="currentColor" strokeWidth="2.2" />
          ) : (
            <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2.2" />
          )}
        </svg>
      </button>
      {/* A control marked data-close-menu (one that opens a view in the sidebar) closes the menu behind it. */}
      <div
        id={id}
        className={`header-menu${open ? ' open' : ''}`}
        onClick={(e) => {
          if ((e.target as Element).closest('[data-close-menu]')) setOpen(false);
        }}
      >
        {children}
      </div>
    </>
  );
}
