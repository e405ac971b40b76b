/**
 * "Use my location": the browser's geolocation, once, on request. A position inside Haidian becomes the chosen place;
 * denial, failure and a position outside the district each get a plain notice.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { MY_LOCATION } from '../../store/place-slice.ts';
import { BOUNDARY } from '../../data/index.ts';
import type { LngLat } from '../../lib/schema.ts';

const GEO_NOTICES = ['search.geo.denied', 'search.geo.unavailable', 'search.geo.outside'];

/** Whether the point lies in the district outline; the test's code loads when the button is pressed (issue 24). */
async function insideHaidian(p: LngLat): Promise<boolean> {
  const { pointInPolygonFeature } = await import('../../lib/spatial-polygon.ts');
  return BOUNDARY.features.some((f) => pointInPolygonFeature(p, f.geometry));
}

function clearGeoNotices() {
  const s = useAppStore.getState();
  for (const n of s.notices) if (GEO_NOTICES.includes(n.key)) s.dismissNotice(n.id);
}

export function LocateButton() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const locate = () => {
    clearGeoNotices();
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) {
      useAppStore.getState().addNotice('search.geo.unavailable');
      return;
    }
    setBusy(true);
    geo.getCurrentPosition(
      (pos) => {
        const p: LngLat = [pos.coords.longitude, pos.coords.latitude];
        insideHaidian(p).then(
          (inside) => {
            setBusy(false);
            const s = useAppStore.getState();
            if (!inside) {
              s.addNotice('search.geo.outside');
              return;
            }
            s.choosePlace(MY_LOCATION, p);
            s.setSheet('half');
          },
          () => {
            setBusy(false);
            useAppStore.getState().addNotice('search.geo.unavailable');
          },
        );
      },
      (err) => {
        setBusy(false);
        useAppStore
          .getState()
          .addNotice(err.code === err.PERMISSION_DENIED ? 'search.geo.denied' : 'search.geo.unavailable');
      },
      // A coarse fix is enough for a 2 km summary; a fresh one, since the user may have moved since the last tap.
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 0 },
    );
  };

  return (
    <button
      type="button"
      className="button locate-button"
      aria-busy={busy}
      disabled={busy}
      onClick={locate}
      title={t('search.locate')}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <circle cx="12" cy="12" r="4" fill="currentColor" />
        <path d="M12 2v4M12 18v4M2 12h4M18 12h4" stroke="currentColor" strokeWidth="2" />
        <circle cx="12" cy="12" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      <span className="visually-hidden">{busy ? t('search.locating') : t('search.locate')}</span>
    </button>
  );
}
