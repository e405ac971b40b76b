/** The export menu (header, HeaderActions.tsx; loaded on first use): the visible parks as CSV or GeoJSON, the map as PNG. */
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useVisibleParks } from '../../store/hooks.ts';
import { INDUSTRY_BY_ID, PARKS } from '../../data/index.ts';
import { exportFileName, parksToCsv, parksToGeoJson } from '../../lib/export.ts';
import { useMapPicture } from '../../map/use-map-snapshot.ts';
import { transitByPark } from '../common/shortlist.ts';
import { downloadDataUrl, downloadText } from './download.ts';
import { localIsoDate } from '../../lib/format.ts';
import { csvTextFor } from './csv-text.ts';
import { pngContent } from './png-text.ts';
import { loadMetro } from '../../data/metro.ts';
import { commuteColumns } from '../commute/commute-csv.ts';
import { useRanking } from '../../store/rank-hooks.ts';
import { rankColumns } from '../ranking/rank-csv.ts';
import { drawExportPng, exportFrame } from './png-export.ts';
import '../common/views.css';
import '../../i18n/later/export.ts';

export function ExportMenu({ id, onDone }: { id: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const visible = useVisibleParks();
  // While the ranking is open the CSV follows it (rank order, excluded parks last) and carries its columns.
  const rankOpen = useAppStore((s) => s.rankOpen);
  const ranking = useRanking(rankOpen);
  const parks = useMemo(
    () =>
      rankOpen ? [...ranking.current.rows.map((r) => r.park), ...ranking.current.excluded.map((e) => e.park)] : visible,
    [rankOpen, ranking, visible],
  );
  const picture = useMapPicture();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const fixed = () => ({ zh: i18n.getFixedT('zh'), en: i18n.getFixedT('en') });
  // Computed on click, not on render: the figures are cached per park (use-station-access.ts) but need not exist to open the menu.
  const transit = () => transitByPark(parks, fixed());
  const csv = async () => {
    // Door-to-door columns need the metro network (loaded now if it is not yet); without it, the CSV leaves them out.
    setBusy(true);
    const loaded = await loadMetro().catch(() => null);
    const s = useAppStore.getState();
    const extra = [
      ...(loaded ? commuteColumns(t, lang, loaded, s.commuteTo, s.commuteFrom) : []),
      ...(rankOpen ? rankColumns(t, ranking.current) : []),
    ];
    setBusy(false);
    downloadText(
      exportFileName('parks', localIsoDate(new Date()), 'csv'),
      parksToCsv(parks, INDUSTRY_BY_ID, csvTextFor(lang, fixed()), transit(), extra),
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
      <button type="button" className="menu-item" disabled={!parks.length || busy} onClick={() => void csv()}>
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
