/** Pieces shared by the park card and the project card. */
import { useTranslation } from 'react-i18next';
import { formatDistanceKm, type Lang } from '../../lib/format.ts';
import type { Bilingual, Geocode } from '../../lib/schema.ts';

/** Chinese (the plan's words) first, then the English translation; in English mode the translation leads. */
export function Both({ text, lang }: { text: Bilingual; lang: Lang }) {
  const [first, second] = lang === 'zh' ? (['zh', 'en'] as const) : (['en', 'zh'] as const);
  return (
    <>
      <span lang={first === 'zh' ? 'zh-CN' : 'en'}>{text[first]}</span>
      <span className="translation" lang={second === 'zh' ? 'zh-CN' : 'en'}>
        {text[second]}
      </span>
    </>
  );
}

/** How precisely the point is placed ("placed at town level, within about 3 km") and what it was placed from. */
export function PlacementSection({ geocode, lang }: { geocode: Geocode; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <section className="placement">
      <h3>{t('card.placement')}</h3>
      <p>
        <strong>{t(`card.precision.${geocode.precision}`)}</strong>
        {geocode.accuracyM ? `, ${t('card.accuracy', { d: formatDistanceKm(geocode.accuracyM / 1000, lang) })}` : ''}
      </p>
      <p className="muted">
        {t('card.basis')}: {geocode.basis}
      </p>
    </section>
  );
}
