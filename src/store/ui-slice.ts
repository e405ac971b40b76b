import type { StateCreator } from 'zustand';
import type { Lang } from '../lib/format.ts';
import { DEFAULT_SHARE_STATE } from '../lib/url-state.ts';
import type { LayerId, NoticeKey } from '../lib/domain.ts';
import type { Bilingual } from '../lib/schema.ts';
import type { AppState } from './index.ts';
import { toggleIn } from '../lib/list.ts';

/** A value that fills a notice: a string, or one per language (a basemap's name), chosen when the notice is shown. */
export type NoticeValue = string | Bilingual;
/** A message at the top of the map. `key` is an i18n key; `values` fill it. */
export type Notice = { id: number; key: NoticeKey; values?: Record<string, NoticeValue> };

export type UiSlice = {
  lang: Lang;
  /** True once the user (or the link) chose the language; otherwise it follows the browser and stays out of the URL. */
  langChosen: boolean;
  hiddenLayers: LayerId[];
  dimFiltered: boolean;
  presenting: boolean;
  hoveredParkId: string | null;
  notices: Notice[];
  /** The map's WebGL context is lost (the browser may restore it): show the list at full width meanwhile. */
  mapLost: boolean;
  setLang: (lang: Lang) => void;
  toggleLayer: (id: LayerId) => void;
  setDimFiltered: (dim: boolean) => void;
  setPresenting: (on: boolean) => void;
  setHoveredPark: (id: string | null) => void;
  addNotice: (key: NoticeKey, values?: Record<string, NoticeValue>) => void;
  dismissNotice: (id: number) => void;
  /** Marks the map lost (adds the notice) or back (removes it). */
  setMapLost: (lost: boolean) => void;
};

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], UiSlice> = (
  set,
) => ({
  lang: 'zh',
  langChosen: false,
  hiddenLayers: [...DEFAULT_SHARE_STATE.hiddenLayers],
  dimFiltered: false,
  presenting: false,
  hoveredParkId: null,
  notices: [],
  mapLost: false,
  setLang: (lang) => set({ lang, langChosen: true }),
  toggleLayer: (id) => set((s) => ({ hiddenLayers: toggleIn(s.hiddenLayers, id) })),
  setDimFiltered: (dimFiltered) => set({ dimFiltered }),
  setPresenting: (presenting) => set({ presenting }),
  setHoveredPark: (hoveredParkId) => set({ hoveredParkId }),
  addNotice: (key, values) =>
    set((s) =>
      s.notices.some((n) => n.key === key && JSON.stringify(n.values) === JSON.stringify(values))
        ? {}
        : { notices: [...s.notices, { id: nextNoticeId++, key, values }] },
    ),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setMapLost: (lost) =>
    set((s) => {
      const others = s.notices.filter((n) => n.key !== 'notice.mapLost');
      return { mapLost: lost, notices: lost ? [...others, { id: nextNoticeId++, key: 'notice.mapLost' }] : others };
    }),
});
