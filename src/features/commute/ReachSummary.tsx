/**
 * The reach layer in words and swatches (issue 22): what is shaded, how much area, and what the plan adds ("规划实施后
 * 新增约 X 平方公里进入 30 分钟范围"). In the legend, and under the reach chooser.
 */
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useDestination } from '../../store/commute-hooks.ts';
import { useReach } from '../../map/use-reach.ts';
import { REACH_STYLE } from '../../map/layers.ts';
import { formatCount } from '../../lib/format.ts';

/** Square km to whole numbers (under 10: one decimal), rounded down: an area is never overstated. */
function km2(value: number, lang: 'zh' | 'en'): string {
  const v = value < 10 ? Math.floor(value * 10) / 10 : Math.floor(value);
  return formatCount(v, lang);
}

const swatch = (colour: string, opacity: number) => ({
  background: colour,
  opacity: Math.min(1, opacity * 2),
});

export function ReachSummary({ swatches = false }: { swatches?: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const from = useAppStore((s) => s.commuteFrom);
  const minutes = useAppStore((s) => s.reachMin);
  const destination = useDestination();
  const reach = useReach();
  if (minutes === null) return null;
  if (!destination)
    return (
      <p className="muted reach-summary" role="status">
        {t('commute.reach.needsDestination')}
      </p>
    );
  if (reach.status !== 'ready') {
    return reach.status === 'failed' ? null : (
      <p className="muted reach-summary" role="status">
        {t('commute.reach.computing')}
      </p>
    );
  }
  const a = reach.result.areas;
  const min = formatCount(minutes, lang);
  const place = destination.name[lang];
  const certain = scenario === 'plan' ? a.planCertain : a.nowCertain;
  const possible = scenario === 'plan' ? a.planPossible : a.nowPossible;
  return (
    <div className="reach-summary" data-reach-minutes={minutes}>
      {swatches ? (
        <>
          <p className="legend-heading">
            {t(from ? 'commute.reach.titleFrom' : 'commute.reach.title', { min, place })}
          </p>
          <ul>
            {(scenario === 'plan'
              ? (['certain', 'possible', 'added'] as const)
              : (['certain', 'possible'] as const)
            ).map((k) => (
              <li key={k}>
                <span
                  className="swatch-area"
                  style={swatch(REACH_STYLE[k].colour, REACH_STYLE[k].opacity)}
                  aria-hidden="true"
                />
                {t(`commute.reach.${k}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t('commute.reach.areas', { certain: km2(certain, lang), possible: km2(possible, lang) })}</p>
      <p className="reach-added">
        {a.addedCertain > 0
          ? t('commute.reach.sentence', { km2: km2(a.addedCertain, lang), min })
          : t('commute.reach.noneAdded', { min })}
      </p>
    </div>
  );
}
