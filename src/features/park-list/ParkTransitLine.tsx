/** The nearest-station line on a list card, with a badge when the planned works change the park's transit. */
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import type { Park } from '../../lib/parks.ts';
import { useParkStationAccess } from '../transit/use-station-access.ts';
import { changeShort, changeText, nearestText } from '../transit/transit-text.ts';

export function ParkTransitLine({ park }: { park: Park }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const { current, changes } = useParkStationAccess(park);
  const text = current.nearest ? nearestText(t, current.nearest, lang) : t('transit.noStation');
  const first = changes[0];
  const all = changes.map((c) => changeText(t, c, lang)).join('; ');
  return (
    <span className="transit-line" data-testid="park-transit-line">
      <span className="transit-nearest-text">{text}</span>
      {first ? (
        <span className={`transit-badge ${scenario}`} title={t('transit.badgeNowTitle', { what: all })}>
          {scenario === 'plan' ? t('transit.badgePlan', { what: changeShort(first, lang) }) : t('transit.badgeNow')}
        </span>
      ) : null}
    </span>
  );
}
