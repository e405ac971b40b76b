/**
 * The ranking's CSV columns (issue 23), appended to the parks' CSV while the ranking is open: each park's rank range
 * (`rank_best`, `rank_worst`), score interval on 0–100 (`score_low`, `score_high`), whether a hard limit excludes it
 * (`rank_excluded`: 1, with empty rank and score), and each criterion's contribution in score points
 * (`<criterion>_points_low`, `_high`; empty where the criterion does not count). Keys are stable; labels follow the
 * reader's language. Figures to 0.01.
 */
import type { TFunction } from '../../i18n/index.ts';
import type { CsvExtraColumn } from '../../lib/export.ts';
import { CRITERIA, type RankResult } from '../../lib/ranking/types.ts';
import { criterionName } from './rank-text.ts';

const round2 = (v: number) => Math.round(v * 100) / 100;

export function rankColumns(t: TFunction, result: RankResult): CsvExtraColumn[] {
  const row = new Map(result.rows.map((r) => [r.park.id, r]));
  const excluded = new Set(result.excluded.map((e) => e.park.id));
  const bound = (low: boolean) => (low ? t('ranking.csvLow') : t('ranking.csvHigh'));
  const cols: CsvExtraColumn[] = [
    { key: 'rank_best', label: t('ranking.csvRankBest'), value: (p) => row.get(p.id)?.rank.best ?? null },
    { key: 'rank_worst', label: t('ranking.csvRankWorst'), value: (p) => row.get(p.id)?.rank.worst ?? null },
    {
      key: 'score_low',
      label: `${t('ranking.score')} · ${bound(true)}`,
      value: (p) => {
        const r = row.get(p.id);
        return r ? round2(r.score.low) : null;
      },
    },
    {
      key: 'score_high',
      label: `${t('ranking.score')} · ${bound(false)}`,
      value: (p) => {
        const r = row.get(p.id);
        return r ? round2(r.score.high) : null;
      },
    },
    { key: 'rank_excluded', label: t('ranking.csvExcluded'), value: (p) => (excluded.has(p.id) ? 1 : 0) },
  ];
  for (const id of CRITERIA)
    for (const low of [true, false])
      cols.push({
        key: `${id}_points_${low ? 'low' : 'high'}`,
        label: `${criterionName(t, id)} · ${t('ranking.csvPoints')} · ${bound(low)}`,
        value: (p) => {
          const c = row.get(p.id)?.contributions[id];
          return c ? round2(low ? c.low : c.high) : null;
        },
      });
  return cols;
}
