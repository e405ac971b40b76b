/**
 * The ranking in words (issue 23), the one place that words it, so the view, the print sheet and the presentation say
 * the same: rank ranges ("第 3–7" / "#3–#7"), score intervals rounded outward, tiers, each criterion's value and
 * anchors in its own unit, limits, and the robustness sentence.
 */
import type { TFunction } from '../../i18n/index.ts';
// The ranking's strings join the translator with its code (they are not in the start-up tables).
import '../../i18n/ranking.ts';
import { formatCount, formatFigure, type Lang } from '../../lib/format.ts';
import { formatAreaM2, formatDistanceKm, formatKmRange, formatMinutes } from '../../i18n/format.ts';
import { anchorOf, type Anchor } from '../../lib/ranking/anchors.ts';
import { CRITERIA } from '../../lib/ranking/types.ts';
import type {
  CriterionId,
  Influence,
  Interval,
  Limit,
  RankRow,
  RankSettings,
  Robustness,
  Tier,
  ValueRange,
} from '../../lib/ranking/types.ts';
import type { Park } from '../../lib/parks.ts';

type T = TFunction;

/** "第 3" / "#3", or "第 3–7" / "#3–#7"; `short`: "#3–#7" in both languages (map labels, tables). */
export function rankText(t: T, rank: RankRow['rank'], short = false): string {
  const one = rank.best === rank.worst;
  if (short) return t(one ? 'ranking.rankShort' : 'ranking.rankShortRange', rank);
  return t(one ? 'ranking.rankOne' : 'ranking.rankRange', rank);
}

/** A score interval in whole points, rounded outward (low down, high up): "62–78 分" / "62–78". */
export function scoreText(t: T, score: Interval, lang: Lang): string {
  const low = Math.floor(score.low + 1e-9);
  const high = Math.ceil(score.high - 1e-9);
  return low === high
    ? t('ranking.scoreOne', { low: formatCount(low, lang) })
    : t('ranking.scoreRange', { low: formatCount(low, lang), high: formatCount(Math.max(low, high), lang) });
}

/** "中" / "medium", or "中–高" / "medium–high" when the score spans two tiers. */
export function tierText(t: T, tier: { low: Tier; high: Tier }): string {
  return tier.low === tier.high
    ? t(`ranking.tiers.${tier.low}`)
    : t('ranking.tierRange', { low: t(`ranking.tiers.${tier.low}`), high: t(`ranking.tiers.${tier.high}`) });
}

/** A criterion's name. */
export function criterionName(t: T, id: CriterionId): string {
  return t(`ranking.criterion.${id}`);
}

const percent = (share: number, lang: Lang) => `${formatFigure(Math.round(share * 1000) / 10, lang)}%`;
const counted = (t: T, id: 'cluster' | 'amenities', n: string) => `${n} ${t(`ranking.limitUnit.${id}`)}`;

/** One figure of a criterion in its unit: 1.2 公里, 45 分钟, 10万㎡, 50%, 3 个. */
export function figureText(t: T, id: CriterionId, value: number, lang: Lang): string {
  switch (id) {
    case 'transit':
      return formatDistanceKm(value, lang);
    case 'commute':
      return formatMinutes(value, lang);
    case 'size':
      return formatAreaM2(value, lang, { short: true });
    case 'industry':
      return percent(value, lang);
    default:
      return counted(t, id, formatCount(value, lang));
  }
}

/**
 * A criterion's value interval in words: "约 0.2–0.8 公里", "约 24–41 分钟" (or "至少约 35 分钟" where part of the region
 * has no metro time), "10万㎡", "50%", "2–4 个园区"; no value: "无数据，按 0–1 分计".
 */
export function valueText(t: T, id: CriterionId, value: ValueRange | null, lang: Lang): string {
  if (!value) return t('ranking.noValue');
  switch (id) {
    case 'transit':
      return formatKmRange({ nearKm: value.low, farKm: value.high }, lang);
    case 'commute': {
      const low = Math.floor(value.low);
      if (!Number.isFinite(value.high)) return t('commute.atLeast', { low: formatCount(low, lang) });
      return t('commute.range', { low: formatCount(low, lang), high: formatCount(Math.ceil(value.high), lang) });
    }
    case 'size':
    case 'industry':
      return figureText(t, id, value.low, lang);
    default:
      return counted(
        t,
        id,
        value.low === value.high
          ? formatCount(value.low, lang)
          : `${formatCount(value.low, lang)}–${formatCount(value.high, lang)}`,
      );
  }
}

/** An anchor's figure: a size anchor is a multiple of the target, stated as an area. */
function anchorFigure(t: T, id: CriterionId, anchor: Anchor, x: number, settings: RankSettings, lang: Lang): string {
  return anchor.unit === 'target'
    ? formatAreaM2(x * settings.targetM2, lang, { short: true })
    : figureText(t, id, x, lang);
}

/** How a criterion's value becomes a score: "300 米 → 1 分，3 公里 → 0 分" / "target → 1, ×3 or ÷3 the target → 0". */
export function anchorsText(t: T, id: CriterionId, influence: Influence, settings: RankSettings, lang: Lang): string {
  const anchor = anchorOf(id, influence);
  if (id === 'size' && influence === 'ideal') return t('ranking.anchorIdeal');
  const points = anchor.points
    .map(([x, s]) =>
      t('ranking.anchorPoint', { value: anchorFigure(t, id, anchor, x, settings, lang), score: formatCount(s, lang) }),
    )
    .join(lang === 'zh' ? '，' : ', ');
  return t('ranking.anchors', { points });
}

/** A hard limit in words: "至多 1.5 公里", "至少 1 个园区", "5万㎡–30万㎡". */
export function limitText(t: T, id: CriterionId, limit: Limit, lang: Lang): string {
  const f = (v: number) => figureText(t, id, v, lang);
  if (limit.min !== null && limit.max !== null)
    return t('ranking.limitText.both', { min: f(limit.min), max: f(limit.max) });
  if (limit.min !== null) return t('ranking.limitText.min', { min: f(limit.min) });
  return t('ranking.limitText.max', { max: f(limit.max ?? 0) });
}

/** Whether the first park stays first as single weights move, in a sentence; null when there is nothing to say. */
export function robustnessText(
  t: T,
  r: Robustness | null,
  parks: ReadonlyMap<string, Park>,
  lang: Lang,
): string | null {
  if (!r) return null;
  const name = (id: string | null | undefined) => (id ? (parks.get(id)?.name[lang] ?? id) : '');
  const park = name(r.firstId);
  if (!r.weakest) return t('ranking.robust.fixed', { park });
  const margin = r.margins.find((m) => m.criterion === r.weakest!.criterion);
  const other =
    margin && margin.down !== null && Math.abs(margin.down - r.weakest.by) < 1e-9
      ? margin.takenBy.down
      : (margin?.takenBy.up ?? null);
  const args = {
    park,
    criterion: criterionName(t, r.weakest.criterion),
    by: formatFigure(Math.round(r.weakest.by * 100) / 100, lang),
    other: name(other),
  };
  if (r.weakest.by === 0) return t('ranking.robust.tie', args);
  return t(r.robust ? 'ranking.robust.stays' : 'ranking.robust.not', args);
}

/** Each counted criterion's share of the score, to 0.1 point, rounded outward: "距车站 20–30 分；面积 10 分". */
export function contributionText(t: T, row: RankRow, lang: Lang): string {
  return CRITERIA.filter((id) => row.contributions[id])
    .map((id) => {
      const c = row.contributions[id]!;
      const low = formatFigure(Math.floor(c.low * 10 + 1e-9) / 10, lang);
      const high = formatFigure(Math.ceil(c.high * 10 - 1e-9) / 10, lang);
      const criterion = criterionName(t, id);
      return low === high
        ? t('ranking.contributionOne', { criterion, low })
        : t('ranking.contribution', { criterion, low, high });
    })
    .join(lang === 'zh' ? '；' : '; ');
}
