/**
 * The Layers panel: the layer toggles, then the basemap (BasemapChooser.tsx); the link keeps what differs from the
 * default (`basemap=`, `hide=`, and `show=` for the regions, off by default).
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { LAYER_IDS } from '../../lib/domain.ts';
import { selectBasemapView } from '../../store/basemap-slice.ts';
import { Deferred, lazyNamed } from '../../ui/Deferred.tsx';

// The chooser and its key form load when the panel first opens: most visits never change the basemap.
const BasemapChooser = lazyNamed(() => import('./BasemapChooser.tsx').then((m) => m.BasemapChooser));

export function LayerToggles() {
  const { t } = useTranslation();
  const hidden = useAppStore((s) => s.hiddenLayers);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const dim = useAppStore((s) => s.dimFiltered);
  const setDim = useAppStore((s) => s.setDimFiltered);
  // An online basemap brings its own roads (the embedded ones are left out under it): the switch has nothing to show.
  const onlineGround = useAppStore((s) => {
    const kind = selectBasemapView(s).kind;
    return kind === 'preset' || kind === 'custom';
  });
  const [opened, setOpened] = useState(false);
  return (
    <details className="layers map-panel" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('layers.title')}</summary>
      <ul>
        {LAYER_IDS.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={!hidden.includes(id)}
                disabled={id === 'roads' && onlineGround}
                onChange={() => toggleLayer(id)}
              />
              {id === 'regions' ? t('regions.layer') : t(`layers.${id}`)}
              {id === 'roads' && onlineGround ? (
                <small className="basemap-note">{t('basemap.roadsInBasemap')}</small>
              ) : null}
            </label>
          </li>
        ))}
        <li>
          <label>
            <input type="checkbox" checked={dim} onChange={(e) => setDim(e.target.checked)} />
            {t('filters.dim')}
          </label>
        </li>
      </ul>
      {opened ? (
        <Deferred pending={t('common.loading')} failed={t('common.loadFailed')}>
          <BasemapChooser />
        </Deferred>
      ) : null}
    </details>
  );
}
