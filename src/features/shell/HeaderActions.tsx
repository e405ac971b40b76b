/**
 * Header actions for promotion staff: Share (link + QR), Present (tour), Print (A4 sheets) and Export (CSV, GeoJSON,
 * PNG). The share panel and the export menu load on first use and say so in their place meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { selectSelectedParkId } from '../../store/selection-slice.ts';
import { PARK_BY_ID } from '../../data/index.ts';
import { useShortlist } from '../common/shortlist.ts';
import { enterPresentation } from '../present/presentation.ts';
import '../common/views.css';
import { SHORTCUT_LEVEL, useShortcuts } from '../../ui/use-shortcuts.ts';
import { Deferred, lazyNamed } from '../../ui/Deferred.tsx';

// The share panel (with the QR code library) and the export menu (CSV, GeoJSON, PNG) load when first opened; the
// presentation (app.tsx) and the print sheets too, when first asked for.
const SharePanel = lazyNamed(() => import('../share/SharePanel.tsx').then((m) => m.SharePanel));
const ExportMenu = lazyNamed(() => import('../export/ExportMenu.tsx').then((m) => m.ExportMenu));

type Panel = 'share' | 'print' | 'export';

function PrintMenu({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const selected = useAppStore(selectSelectedParkId);
  const lang = useAppStore((s) => s.lang);
  const shortlist = useShortlist();
  const s = useAppStore.getState();
  const park = selected ? PARK_BY_ID.get(selected) : undefined;
  return (
    <div className="promo-popover menu" id={id} role="group" aria-label={t('print.title')}>
      {selected ? (
        <button
          type="button"
          className="menu-item"
          onClick={() => {
            s.requestPrint({ scope: 'park', parkId: selected });
            onDone();
          }}
        >
          {t('print.park')}
          {park ? <span className="menu-hint">{park.name[lang]}</span> : null}
        </button>
      ) : null}
      <button
        type="button"
        className="menu-item"
        disabled={!shortlist.parks.length}
        onClick={() => {
          s.requestPrint({ scope: 'shortlist' });
          onDone();
        }}
      >
        {t('print.shortlist')}
        <span className="menu-hint">{t(`common.scope.${shortlist.scope}`, { count: shortlist.parks.length })}</span>
      </button>
    </div>
  );
}

export function HeaderActions() {
  const { t } = useTranslation();
  const rankOpen = useAppStore((s) => s.rankOpen);
  const [panel, setPanel] = useState<Panel | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const triggers = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});

  // Escape or a click elsewhere closes the open panel; Escape returns focus to its button.
  useShortcuts(SHORTCUT_LEVEL.panel, panel !== null, {
    Escape: () => {
      if (panel) triggers.current[panel]?.focus();
      setPanel(null);
    },
  });
  useEffect(() => {
    if (!panel) return;
    const onDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setPanel(null);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [panel]);

  const toggle = (p: Panel) => setPanel((cur) => (cur === p ? null : p));
  const trigger = (p: Panel, label: string) => (
    <button
      type="button"
      className="button"
      ref={(el) => {
        triggers.current[p] = el;
      }}
      aria-expanded={panel === p}
      aria-controls={`promo-${p}`}
      onClick={() => toggle(p)}
    >
      {label}
    </button>
  );

  return (
    <div className="promo-actions" ref={wrapRef}>
      {trigger('share', t('header.share'))}
      <button
        type="button"
        className="button"
        onClick={() => {
          setPanel(null);
          enterPresentation();
        }}
      >
        {t('header.present')}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={rankOpen}
        title={t('shell.rankHint')}
        data-close-menu
        onClick={() => {
          setPanel(null);
          const s = useAppStore.getState();
          s.setRankOpen(!rankOpen);
          // On a phone the ranking takes the whole sheet.
          if (!rankOpen) s.setSheet('full');
        }}
      >
        {t('shell.rank')}
      </button>
      {trigger('print', t('print.title'))}
      {trigger('export', t('export.title'))}
      {panel === 'share' ? (
        <Deferred pending={t('common.loading')} failed={t('common.loadFailed')} className="promo-popover">
          <SharePanel id="promo-share" />
        </Deferred>
      ) : null}
      {panel === 'print' ? <PrintMenu id="promo-print" onDone={() => setPanel(null)} /> : null}
      {panel === 'export' ? (
        <Deferred pending={t('common.loading')} failed={t('common.loadFailed')} className="promo-popover">
          <ExportMenu id="promo-export" onDone={() => setPanel(null)} />
        </Deferred>
      ) : null}
    </div>
  );
}
