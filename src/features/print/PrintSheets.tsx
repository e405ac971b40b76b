/**
 * Print-only A4 sheets (print CSS in common/views.css, not a separate renderer): on a print request the map view is copied
 * to a PNG (use-map-snapshot.ts) and the link to a QR code, the sheets render with them, and once every image has
 * decoded the page calls window.print(). Shortlist: one summary sheet for the compare set (or the filtered parks)
 * followed by one sheet per park; park: that park's sheet. Everything in the current language.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useRanking } from '../../store/rank-hooks.ts';
import type { RankRow } from '../../lib/ranking/types.ts';
import { contributionText, rankText, scoreText, tierText } from '../ranking/rank-text.ts';
import { toDataURL } from 'qrcode';
import { useAppStore } from '../../store/index.ts';
import type { PrintJob } from '../../store/shortlist-slice.ts';
import { INDUSTRY_BY_ID, PARK_BY_ID } from '../../data/index.ts';
import { WALK_MAX_WIDTH_KM, type Lang } from '../../lib/format.ts';
import { formatAreaM2, formatDistanceKm, joinList } from '../../i18n/format.ts';
import { formatSheetDate } from '../../lib/export.ts';
import type { Park } from '../../lib/parks.ts';
import { DETOUR_FACTOR, WALK_SPEED_KMH } from '../../lib/transit.ts';
import { useMapSnapshot } from '../../map/use-map-snapshot.ts';
import { nearestStation, placementText, stationCellText, useShortlist } from '../common/shortlist.ts';
import { stationWords } from '../transit/transit-text.ts';
import { useDestination, useParkTrips } from '../../store/commute-hooks.ts';
import { towardsText, tripLine, tripText } from '../commute/commute-text.ts';
import { LocatorMap } from './LocatorMap.tsx';
import { QR_OPTIONS } from '../share/SharePanel.tsx';
import '../common/views.css';
import '../../i18n/later/compare.ts';
import '../../i18n/later/share.ts';

const transitAssumptions = (lang: Lang) => ({
  detour: String(DETOUR_FACTOR),
  speed: String(WALK_SPEED_KMH),
  walkMax: formatDistanceKm(WALK_MAX_WIDTH_KM, lang),
});

/** Room around the parks in a sheet's map picture, px: a park's label fits. */
const SHEET_MAP_PADDING_PX = 80;

/** What the sheets show beside their text: the map picture (with its basemap's credit), the QR code, date and link. */
type Assets = {
  nonce: number;
  mapPng: string | null;
  mapCredit: string | null;
  qrPng: string | null;
  date: Date;
  href: string;
};

export function PrintSheets() {
  const job = useAppStore((s) => s.printJob);
  return job ? <PrintJobSheets job={job} /> : null;
}

function industries(park: Park, lang: Lang): string {
  return joinList(
    park.industries.map((id) => INDUSTRY_BY_ID.get(id)?.[lang] ?? id),
    lang,
  );
}

function SheetFooter({ assets, lang }: { assets: Assets; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <footer className="sheet-footer">
      <div>
        <p>{t('print.sheet.source', { source: t('common.planSource') })}</p>
        <p>{t('print.sheet.date', { date: formatSheetDate(assets.date, lang) })}</p>
        <p className="sheet-url">{t('print.sheet.link', { url: assets.href })}</p>
      </div>
      {assets.qrPng ? <img className="sheet-qr" src={assets.qrPng} alt={t('share.qrLabel')} /> : null}
    </footer>
  );
}

function ShortlistSheet({
  parks,
  scope,
  assets,
  lang,
}: {
  parks: Park[];
  scope: 'rank' | 'compare' | 'filter';
  assets: Assets;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const commute = useSheetCommute(lang);
  const rank = useSheetRanking(scope === 'rank');
  return (
    <section className={`print-sheet shortlist-sheet${parks.length > 10 ? ' long' : ''}`} data-print-sheet="shortlist">
      <header className="sheet-head">
        <p className="sheet-app">
          {t('app.title')} · {t('app.subtitle')}
        </p>
        <h1>{t('print.sheet.shortlistTitle')}</h1>
        <p>{t(`common.scope.${scope}`, { count: parks.length })}</p>
      </header>
      <div className="sheet-maps">
        {assets.mapPng ? (
          <figure className="sheet-map">
            <img src={assets.mapPng} alt={t('print.sheet.mapAlt')} />
            <figcaption>
              {t('print.sheet.mapCaption')}
              {assets.mapCredit ? <span className="sheet-credit">{assets.mapCredit}</span> : null}
            </figcaption>
          </figure>
        ) : null}
        <figure className="sheet-locator">
          <LocatorMap highlight={parks.map((p) => p.id)} numbered label={t('print.sheet.locatorCaption')} />
          <figcaption>{t('print.sheet.locatorNumbered')}</figcaption>
        </figure>
      </div>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            {rank ? <th scope="col">{t('ranking.rank')}</th> : null}
            <th scope="col">{t('print.sheet.park')}</th>
            <th scope="col">{t('card.town')}</th>
            <th scope="col">{t('card.floor')}</th>
            <th scope="col">{t('card.above')}</th>
            <th scope="col">{t('card.industries')}</th>
            <th scope="col">{t('compare.stationNow')}</th>
            <th scope="col">{t('compare.stationPlan')}</th>
            {commute ? <th scope="col">{commute.heading}</th> : null}
            {rank ? <th scope="col">{t('ranking.score')}</th> : null}
            {rank ? <th scope="col">{t('ranking.contributions')}</th> : null}
            <th scope="col">{t('card.placement')}</th>
          </tr>
        </thead>
        <tbody>
          {parks.map((p, i) => {
            const now = nearestStation(p, 'now');
            const plan = nearestStation(p, 'plan');
            return (
              <tr key={p.id} data-park-id={p.id}>
                <td className="figure">{i + 1}</td>
                {rank ? <td className="figure">{rank.rank(p.id)}</td> : null}
                <th scope="row">{p.name[lang]}</th>
                <td>{p.town[lang]}</td>
                <td className="figure">{formatAreaM2(p.floorAreaM2, lang, { short: true })}</td>
                <td className="figure">
                  {p.aboveGroundAreaM2 === null ? '—' : formatAreaM2(p.aboveGroundAreaM2, lang, { short: true })}
                </td>
                <td>{industries(p, lang)}</td>
                <td>{stationCellText(t, now, lang)}</td>
                <td>{stationCellText(t, plan, lang)}</td>
                {commute ? <td>{commute.cell(p.id)}</td> : null}
                {rank ? <td className="figure">{rank.score(p.id)}</td> : null}
                {rank ? <td>{rank.contributions(p.id)}</td> : null}
                <td>{placementText(t, p, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="sheet-note">{t('print.sheet.transitNote', transitAssumptions(lang))}</p>
      <SheetFooter assets={assets} lang={lang} />
    </section>
  );
}

/**
 * The ranking on the shortlist sheet (issue 23), when the sheet follows it: each park's rank range, score interval
 * with its tier, and each criterion's contribution.
 */
function useSheetRanking(on: boolean) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const { current } = useRanking(on);
  if (!on) return null;
  const row = (id: string) => current.rows.find((r) => r.park.id === id);
  const or = (id: string, f: (r: RankRow) => string) => {
    const r = row(id);
    return r ? f(r) : '—';
  };
  return {
    rank: (id: string) => or(id, (r) => rankText(t, r.rank)),
    score: (id: string) => or(id, (r) => `${scoreText(t, r.score, lang)} · ${tierText(t, r.tier)}`),
    contributions: (id: string) => or(id, (r) => contributionText(t, r, lang)),
  };
}

/**
 * Door to door on the sheets (issue 22), when a destination is chosen and the network has loaded: a column of the
 * shortlist ("到西二旗" with now · after the plan) and a line of each park's sheet.
 */
function useSheetCommute(lang: Lang) {
  const { t } = useTranslation();
  const trips = useParkTrips();
  const destination = useDestination();
  const from = useAppStore((s) => s.commuteFrom);
  if (!trips || !destination) return null;
  const towards = towardsText(t, destination.name, from, lang);
  const cell = (id: string) => {
    const trip = trips.get(id);
    return trip ? `${tripText(t, trip.now, lang)} · ${t('commute.plan')} ${tripText(t, trip.plan, lang)}` : '—';
  };
  const line = (id: string) => {
    const trip = trips.get(id);
    return trip ? tripLine(t, trip, destination.name, from, lang) : '—';
  };
  return { heading: towards, cell, line };
}

function ParkSheet({ park, assets, lang, withMap }: { park: Park; assets: Assets; lang: Lang; withMap: boolean }) {
  const { t } = useTranslation();
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const commute = useSheetCommute(lang);
  const now = nearestStation(park, 'now');
  const plan = nearestStation(park, 'plan');
  return (
    <section className="print-sheet park-sheet" data-print-sheet="park" data-park-id={park.id}>
      <header className="sheet-head">
        <p className="sheet-app">
          {t('app.title')} · {t('app.subtitle')}
        </p>
        <h1>{park.name[lang]}</h1>
        <p className="sheet-sub">{park.name[other]}</p>
      </header>
      <div className="sheet-maps">
        {withMap && assets.mapPng ? (
          <figure className="sheet-map">
            <img src={assets.mapPng} alt={t('print.sheet.mapAlt')} />
            <figcaption>
              {t('print.sheet.mapCaptionPark')}
              {assets.mapCredit ? <span className="sheet-credit">{assets.mapCredit}</span> : null}
            </figcaption>
          </figure>
        ) : null}
        <figure className="sheet-locator">
          <LocatorMap highlight={[park.id]} label={t('print.sheet.locatorCaption')} />
          <figcaption>{t('print.sheet.locatorCaption')}</figcaption>
        </figure>
      </div>
      <dl className="sheet-figures">
        <div>
          <dt>{t('card.floor')}</dt>
          <dd>{formatAreaM2(park.floorAreaM2, lang)}</dd>
        </div>
        <div>
          <dt>{t('card.above')}</dt>
          <dd>{park.aboveGroundAreaM2 === null ? t('card.notGiven') : formatAreaM2(park.aboveGroundAreaM2, lang)}</dd>
        </div>
        {park.expansionAreaM2 ? (
          <div>
            <dt>{t('card.expansion')}</dt>
            <dd>
              {park.expansionIsLowerBound
                ? t('card.expansionLower', { area: formatAreaM2(park.expansionAreaM2, lang) })
                : formatAreaM2(park.expansionAreaM2, lang)}
            </dd>
          </div>
        ) : null}
      </dl>
      <dl className="sheet-facts">
        <dt>{t('card.location')}</dt>
        <dd>
          {park.location[lang]}
          <span className="translation">{park.location[other]}</span>
        </dd>
        <dt>{t('card.town')}</dt>
        <dd>{park.town[lang]}</dd>
        <dt>{t('card.industries')}</dt>
        <dd>{industries(park, lang)}</dd>
        <dt>{t('card.positioning')}</dt>
        <dd>
          {park.positioning[lang]}
          <span className="translation">{park.positioning[other]}</span>
        </dd>
        <dt>{t('compare.stationNow')}</dt>
        <dd>{stationWords(t, now, lang)}</dd>
        <dt>{t('compare.stationPlan')}</dt>
        <dd>{stationWords(t, plan, lang)}</dd>
        {commute ? (
          <>
            <dt>{t('commute.title')}</dt>
            <dd>{commute.line(park.id)}</dd>
          </>
        ) : null}
        <dt>{t('card.placement')}</dt>
        <dd>{placementText(t, park, lang)}</dd>
      </dl>
      <p className="sheet-note">{t('print.sheet.transitNote', transitAssumptions(lang))}</p>
      <SheetFooter assets={assets} lang={lang} />
    </section>
  );
}

function PrintJobSheets({ job }: { job: PrintJob }) {
  const lang = useAppStore((s) => s.lang);
  const shortlist = useShortlist();
  const snapshot = useMapSnapshot();
  const [assets, setAssets] = useState<Assets | null>(null);
  const [readyNonce, setReadyNonce] = useState<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // 1. Copy the map and draw the QR code for this request.
  useEffect(() => {
    let live = true;
    const href = window.location.href;
    // The shortlist's map shows every shortlisted park; one park's sheet centres that park, with room for its label.
    const points =
      job.scope === 'park'
        ? [PARK_BY_ID.get(job.parkId)?.coordinates].filter((p) => p !== undefined)
        : shortlist.parks.map((p) => p.coordinates);
    const frame = { points, paddingPx: SHEET_MAP_PADDING_PX, maxZoom: job.scope === 'park' ? 14 : 13 };
    void Promise.all([snapshot(frame), toDataURL(href, { ...QR_OPTIONS, width: 200 }).catch(() => null)]).then(
      ([map, qrPng]) => {
        if (live)
          setAssets({
            nonce: job.nonce,
            mapPng: map?.png ?? null,
            mapCredit: map?.credit ?? null,
            qrPng,
            date: new Date(),
            href,
          });
      },
    );
    return () => {
      live = false;
    };
    // Only a new request (nonce) re-captures; the snapshot function may change identity as the map mounts.
  }, [job.nonce]);

  // 2. Once the sheets' images have decoded, print.
  useEffect(() => {
    if (!assets || assets.nonce !== job.nonce) return;
    let live = true;
    const imgs = [...(rootRef.current?.querySelectorAll('img') ?? [])];
    void Promise.all(imgs.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (live) setReadyNonce(job.nonce);
    });
    return () => {
      live = false;
    };
  }, [assets, job.nonce]);

  // 3. Print after the ready sheets are in the DOM (window.print() blocks, so it must not run before that render).
  useEffect(() => {
    if (readyNonce !== null && readyNonce === job.nonce) window.print();
  }, [readyNonce, job.nonce]);

  useEffect(() => {
    const done = () => useAppStore.getState().clearPrint();
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  const ready = assets !== null && readyNonce === job.nonce;
  const single = job.scope === 'park' ? PARK_BY_ID.get(job.parkId) : undefined;
  return (
    <div
      className="print-sheets"
      ref={rootRef}
      data-ready={ready ? 'true' : 'false'}
      data-scope={job.scope}
      aria-hidden="true"
    >
      {assets ? (
        single ? (
          <ParkSheet park={single} assets={assets} lang={lang} withMap />
        ) : (
          <>
            <ShortlistSheet parks={shortlist.parks} scope={shortlist.scope} assets={assets} lang={lang} />
            {shortlist.parks.map((p) => (
              <ParkSheet key={p.id} park={p} assets={assets} lang={lang} withMap={false} />
            ))}
          </>
        )
      ) : null}
    </div>
  );
}
