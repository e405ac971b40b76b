/** Pieces shared by the park card and the project card. */
import { useTranslation } from '../../i18n/react.ts';
import type { TFunction } from '../../i18n/index.ts';
import type { Lang } from '../../lib/format.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import type { Bilingual, Geocode } from '../../lib/schema.ts';
import { useAnswerFirst } from './use-answer-first.ts';

/**
 * A card's way back to the list: it answers the tap in the next frame (pressed), and `onBack` (the list's larger
 * layout and paint) follows in the one after (issue 24: a tap's answer within 200 ms on a phone).
 */
export function BackButton({ label, onBack }: { label: string; onBack: () => void }) {
  const { pressed, press } = useAnswerFirst();
  return (
    <button type="button" className={`link-button back${pressed ? ' is-pressed' : ''}`} onClick={() => press(onBack)}>
      ← {label}
    </button>
  );
}

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

/**
 * How precisely a point is placed, in the reader's language: "仅定位到镇街（温泉镇），误差约 6.5 公里" /
 * "Placed at town level (Wenquan Town), within about 6.5 km". `town` names the town for a town-level placement.
 */
export function placementText(
  t: TFunction,
  geocode: Pick<Geocode, 'precision' | 'accuracyM'>,
  lang: Lang,
  town?: Bilingual,
): string {
  const precision =
    geocode.precision === 'town' && town
      ? t('card.precisionTown', { town: town[lang] })
      : t(`card.precision.${geocode.precision}`);
  const text = t('card.placedSentence', {
    precision,
    accuracy: t('card.accuracy', { d: formatDistanceKm(geocode.accuracyM / 1000, lang) }),
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The placement section of a card: the precision in plain words, and the technical basis (in the reader's language)
 * with its sources behind a "How this was placed / 定位说明" disclosure.
 */
export function PlacementSection({ geocode, lang, town }: { geocode: Geocode; lang: Lang; town?: Bilingual }) {
  const { t } = useTranslation();
  return (
    <section className="placement">
      <h3>{t('card.placement')}</h3>
      <p data-testid="placement-text">
        <strong>{placementText(t, geocode, lang, town)}</strong>
      </p>
      <details className="placement-basis">
        <summary>{t('card.basis')}</summary>
        <p lang={lang === 'zh' ? 'zh-CN' : 'en'}>{geocode.basis[lang]}</p>
        {geocode.source ? (
          <p className="muted small">
            {t('card.basisSource')}: {geocode.source}
          </p>
        ) : null}
      </details>
    </section>
  );
}
