/**
 * The park card's "通勤 / Door to door" block (issue 22): the time to the chosen destination now and after the plan,
 * as intervals, the route of each end in the current scenario, and the model's assumptions behind a disclosure.
 */
import { useId } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useDestination, useMetro, useParkTrips } from '../../store/commute-hooks.ts';
import type { Park } from '../../lib/parks.ts';
import { DestinationSelect } from './CommuteFilter.tsx';
import { assumptionLines, routeText, tripLine } from './commute-text.ts';

export function ParkCommuteBlock({ park }: { park: Park }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const key = useAppStore((s) => s.commuteTo);
  const from = useAppStore((s) => s.commuteFrom);
  const scenario = useAppStore((s) => s.scenario);
  const status = useAppStore((s) => s.metroStatus);
  const loaded = useMetro();
  const destination = useDestination();
  const trips = useParkTrips()?.get(park.id);
  const selectId = useId();
  const titleId = useId();

  let body;
  if (key === null) {
    body = (
      <p className="commute-choose">
        <label htmlFor={selectId}>{t('commute.choose')}</label> <DestinationSelect id={selectId} />
      </p>
    );
  } else if (!loaded || !destination || !trips) {
    body = (
      <p className="muted" role="status">
        {status === 'failed' ? t('commute.failed') : t('commute.loading')}
      </p>
    );
  } else {
    const trip = scenario === 'plan' ? trips.plan : trips.now;
    const net = loaded.metro.net;
    body = (
      <>
        <p className="commute-line figure">{tripLine(t, trips, destination.name, from, lang)}</p>
        {trip.routes.low || trip.routes.high ? (
          <dl className="commute-routes">
            {trip.routes.low ? (
              <>
                <dt>{t('commute.routeLow')}</dt>
                <dd>{routeText(t, trip.routes.low, net, lang)}</dd>
              </>
            ) : null}
            {trip.routes.high ? (
              <>
                <dt>{t('commute.routeHigh')}</dt>
                <dd>{routeText(t, trip.routes.high, net, lang)}</dd>
              </>
            ) : null}
          </dl>
        ) : null}
        {trip.reason === 'partly-beyond-walk' ? <p className="muted">{t('commute.atLeastWhy')}</p> : null}
        <details className="commute-assumptions">
          <summary>{t('commute.assumptionsTitle')}</summary>
          <ul>
            {assumptionLines(t, net, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </>
    );
  }
  return (
    <section className="commute-block" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('commute.title')}</h3>
      {body}
    </section>
  );
}
