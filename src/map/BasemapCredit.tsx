/**
 * The online basemap's credit, at the bottom left of the map beside the scale bar (issue 21): the provider's copyright
 * and its approval number (审图号), which a map published on the internet in China must show there. Always shown in
 * full (MapLibre's attribution control folds up on small screens). Nothing for the embedded map.
 */
import { createPortal } from 'react-dom';
import { useControl } from 'react-map-gl/maplibre';
import { useTranslation } from '../i18n/react.ts';
import { attributionOf, type OnlinePreset } from '../lib/basemaps.ts';
import { useAppStore } from '../store/index.ts';

/** A MapLibre control that is only a box; React renders the text into it. */
class CreditControl {
  readonly box = document.createElement('div');
  constructor() {
    this.box.className = 'maplibregl-ctrl basemap-credit';
  }
  onAdd() {
    return this.box;
  }
  onRemove() {
    this.box.remove();
  }
}

function Credit({ text }: { text: string }) {
  const control = useControl(() => new CreditControl(), { position: 'bottom-left' });
  return createPortal(text, control.box);
}

export function BasemapCredit({ preset }: { preset: OnlinePreset | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return preset ? <Credit text={t('basemap.credit', { attribution: attributionOf(preset, lang) })} /> : null;
}
