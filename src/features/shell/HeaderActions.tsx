/** Header actions for promotion staff: Share (link + QR), Present (tour), Print (A4 sheets) and Export (CSV, GeoJSON, PNG). */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/index.ts';
import { selectSelectedParkId } from '../../store/selection-slice.ts';
import { useVisibleParks } from '../../store/hooks.ts';
import { INDUSTRY_BY_ID, PARK_BY_ID, PARKS } from '../../data/index.ts';
import { exportFileName, parksToCsv, parksToGeoJson } from '../../lib/export.ts';
import { useMapPicture } from '../../map/use-map-snapshot.ts';
import { SharePanel } from '../share/SharePanel.tsx';
import { transitByPark, useShortlist } from '../common/shortlist.ts';
import { downloadDataUrl, downloadText, localIsoDate } from '../export/download.ts';
import { csvTextFor } from '../export/csv-text.ts';
import { pngContent } from '../export/png-text.ts';
import { drawExportPng, exportFrame } from '../export/png-export.ts';
import { enterPresentation } from '../present/presentation.ts';
import '../common/views.css';
import { SHORTCUT_LEVEL, useShortcuts } from '../../ui/use-shortcuts.ts';

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

function ExportMenu({ id, onDone }: { id: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const parks = useVisibleParks();
  const picture = useMapPicture();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const fixed = () => ({ zh: i18n.getFixedT('zh'), en: i18n.getFixedT('en') });
  // Computed on click, not on render: the figures are cached per park (use-commute.ts) but need not exist to open the menu.
  const transit = () => transitByPark(parks, fixed());
  const csv = () => {
    downloadText(
      exportFileName('parks', localIsoDate(new Date()), 'csv'),
      parksToCsv(parks, INDUSTRY_BY_ID, csvTextFor(lang, fixed()), transit()),
      'text/csv;charset=utf-8',
    );
    onDone();
  };
  const geojson = () => {
    downloadText(
      exportFileName('parks', localIsoDate(new Date()), 'geojson'),
      `${JSON.stringify(parksToGeoJson(parks, transit()), null, 2)}\n`,
      'application/geo+json',
    );
    onDone();
  };
  const png = async () => {
    setBusy(true);
    const date = new Date();
    const shot = await picture(exportFrame(parks.map((p) => p.coordinates)));
    const s = useAppStore.getState();
    const content = shot
      ? pngContent(
          {
            lang,
            t,
            parks,
            total: PARKS.length,
            filters: s.filters,
            scenario: s.scenario,
            hiddenLayers: s.hiddenLayers,
            date,
          },
          shot,
        )
      : null;
    const page = shot && content ? await drawExportPng(shot, content) : null;
    setBusy(false);
    if (!page) {
      setFailed(true);
      return;
    }
    // The end-to-end tests check the pixels against the layout; only automation (navigator.webdriver) gets it.
    if (navigator.webdriver) {
      const { canvas, ...picture } = shot!;
      const debug = {
        ...picture,
        parksPx: picture.pointsPx,
        canvas: [canvas.width, canvas.height],
        layout: page.layout,
      };
      (window as unknown as { __haidianPngExport?: unknown }).__haidianPngExport = debug;
    }
    downloadDataUrl(exportFileName('map', localIsoDate(date), 'png'), page.dataUrl);
    onDone();
  };
  return (
    <div className="promo-popover menu" id={id} role="group" aria-label={t('export.title')}>
      <p className="menu-note">{t('export.note', { count: parks.length })}</p>
      <button type="button" className="menu-item" disabled={!parks.length} onClick={csv}>
        {t('export.csv')}
        <span className="menu-hint">{t('export.csvHint')}</span>
      </button>
      <button type="button" className="menu-item" disabled={!parks.length} onClick={geojson}>
        {t('export.geojson')}
      </button>
      <button type="button" className="menu-item" disabled={busy} onClick={() => void png()}>
        {t('export.png')}
        <span className="menu-hint">{t('export.pngHint')}</span>
      </button>
      {failed ? (
        <p className="menu-note" role="alert">
          {t('export.pngFailed')}
        </p>
      ) : null}
    </div>
  );
}

export function HeaderActions() {
  const { t } = useTranslation();
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
      {trigger('print', t('print.title'))}
      {trigger('export', t('export.title'))}
      {panel === 'share' ? <SharePanel id="promo-share" /> : null}
      {panel === 'print' ? <PrintMenu id="promo-print" onDone={() => setPanel(null)} /> : null}
      {panel === 'export' ? <ExportMenu id="promo-export" onDone={() => setPanel(null)} /> : null}
    </div>
  );
}
