/** The selected park's card: every plan fact verbatim in Chinese with its English translation, placement and source. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { IndustryTags } from '../common/IndustryTags.tsx';
import { useAppStore } from '../../store/index.ts';
import { PARK_BY_ID } from '../../data/index.ts';
import { formatAreaM2 } from '../../i18n/format.ts';
import { ParkTransitBlock } from './ParkTransitBlock.tsx';
import { ParkCommuteBlock } from '../commute/ParkCommuteBlock.tsx';
import { BackButton, Both, PlacementSection } from '../common/CardParts.tsx';

export function ParkCard({ parkId }: { parkId: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const inCompare = useAppStore((s) => s.compareIds.includes(parkId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const park = PARK_BY_ID.get(parkId);

  // Opening a card moves focus to it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [parkId]);

  if (!park) return null;
  const s = useAppStore.getState();
  const g = park.geocode;
  return (
    <article className="park-card" aria-labelledby="park-card-title">
      <BackButton label={t('card.back')} onBack={() => s.selectPark(null)} />
      <h2 id="park-card-title" ref={headingRef} tabIndex={-1}>
        {park.name[lang]}
        <span className="subtitle">{park.name[lang === 'zh' ? 'en' : 'zh']}</span>
      </h2>
      <dl className="facts">
        <dt>{t('card.location')}</dt>
        <dd>
          <Both text={park.location} lang={lang} />
        </dd>
        <dt>{t('card.town')}</dt>
        <dd>
          {park.town[lang]} <span className="muted">({t(`card.townBasis.${park.town.basis}`)})</span>
        </dd>
        <dt>{t('card.floor')}</dt>
        <dd className="figure">{formatAreaM2(park.floorAreaM2, lang)}</dd>
        <dt>{t('card.above')}</dt>
        <dd className="figure">
          {park.aboveGroundAreaM2 === null ? t('card.notGiven') : formatAreaM2(park.aboveGroundAreaM2, lang)}
        </dd>
        {park.expansionAreaM2 ? (
          <>
            <dt>{t('card.expansion')}</dt>
            <dd className="figure">
              {park.expansionIsLowerBound
                ? t('card.expansionLower', { area: formatAreaM2(park.expansionAreaM2, lang) })
                : formatAreaM2(park.expansionAreaM2, lang)}
            </dd>
          </>
        ) : null}
        {park.scale ? (
          <>
            <dt>{t('card.scale')}</dt>
            <dd>
              <Both text={park.scale} lang={lang} />
            </dd>
          </>
        ) : null}
        <dt>{t('card.industries')}</dt>
        <dd className="tags">
          <IndustryTags ids={park.industries} lang={lang} />
        </dd>
        <dt>{t('card.positioning')}</dt>
        <dd>
          <blockquote>
            <Both text={park.positioning} lang={lang} />
          </blockquote>
        </dd>
      </dl>
      <PlacementSection geocode={g} lang={lang} town={park.town} />
      <ParkCommuteBlock park={park} />
      <ParkTransitBlock park={park} />
      <p className="source">{t('card.source')}</p>
      <div className="card-actions">
        <button type="button" className="button" aria-pressed={inCompare} onClick={() => s.toggleCompare(park.id)}>
          {t(inCompare ? 'card.uncompare' : 'card.compare')}
        </button>
        <button type="button" className="button" onClick={() => s.openEditor(park.id)}>
          {t('editor.open')}
        </button>
      </div>
    </article>
  );
}
