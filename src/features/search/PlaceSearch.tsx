/**
 * The one search box. It offers places from the offline gazetteer in an ARIA combobox, by name, other name, pinyin,
 * homophone (西二其 → 西二旗, once the readings have loaded on focus) or typo; choosing a park opens its card, any other
 * place centres the radius query there and clears the text. The gazetteer and the readings are chunks of their own,
 * fetched when the box is first used; until the gazetteer is there the list says it is loading.
 *
 * The same text filters the park list (the `q=` of a link) only while some park's name, location, town or positioning
 * contains it: a place name no park mentions ("西二旗", "中关村软件园") leaves the list, map and counts whole instead of
 * emptying them. A line under the box says which of the two is happening.
 */
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { loadCharPinyin } from '../../data/gazetteer-data.ts';
import { usePlaceIndex } from '../../store/use-place-index.ts';
import { PARKS, pinyinOf } from '../../data/index.ts';
import type { Place } from '../../lib/places.ts';
import { EMPTY_FILTERS, filterParks } from '../../lib/filters.ts';
import type { CharPinyin } from '../../lib/text-match.ts';
import { LocateButton } from './LocateButton.tsx';
import '../shell/phone.css';
import './search.css';
import { TYPING_PAUSE_MS } from './typing-pause.ts';

const MAX_OPTIONS = 8;

/** The text as a park filter: itself when some park contains it (filterParks' own matching), else '' (no filter). */
function asParkFilter(text: string): string {
  if (!text.trim()) return '';
  return filterParks(PARKS, { ...EMPTY_FILTERS, query: text }, { pinyin: pinyinOf }).length ? text : '';
}

/** What choosing a place does. */
export function choosePlaceAction(place: Place): void {
  const s = useAppStore.getState();
  if (place.kind === 'park') {
    s.selectPark(place.id);
    return;
  }
  s.choosePlace(place.key, place.lngLat);
  if (place.kind === 'project') s.selectProject(place.id);
  else s.setSheet('half');
}

export function PlaceSearch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  // `query` is the park filter as applied (and in the link); `text` is what the box shows.
  const query = useAppStore((s) => s.filters.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const [text, setText] = useState(query);
  const written = useRef<string | null>(null);
  const typed = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(typed.current), []);
  const [readings, setReadings] = useState<CharPinyin | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const index = usePlaceIndex(open);
  // The typed character shows at once; the places are searched in a render after (a transition React can drop when
  // the next key comes first), so a key's answer does not wait for the search (issue 24).
  const searched = useDeferredValue(text);
  const hits = useMemo(
    () => (index ? index.findPlaces(searched, MAX_OPTIONS, readings ?? undefined) : []),
    [index, searched, readings],
  );
  const other = lang === 'zh' ? 'en' : 'zh';
  const showList = open && text.trim() !== '';

  const apply = (value: string) => {
    const q = asParkFilter(value);
    written.current = q;
    if (q !== useAppStore.getState().filters.query) setQuery(q);
  };
  // A filter text set elsewhere (a link, a chip's ×, "Clear all") shows in the box, and is dropped if no park has it.
  useEffect(() => {
    if (query === written.current) return;
    setText(query);
    apply(query);
  }, [query]);
  // The readings of characters (a lazy chunk) are fetched when the box is first used; without them, no sound matches.
  const wantReadings = () => {
    if (!readings) loadCharPinyin().then(setReadings, () => {});
  };

  const inputRef = useRef<HTMLInputElement>(null);
  const choose = (place: Place, by: 'keyboard' | 'pointer') => {
    // After a tap, put the phone's keyboard away so the map and the summary show; a keyboard user keeps focus.
    if (by === 'pointer') inputRef.current?.blur();
    setOpen(false);
    setActive(-1);
    // The place replaces the text, and with it any park filter by text (a text still to be applied is dropped).
    window.clearTimeout(typed.current);
    setText('');
    apply('');
    choosePlaceAction(place);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      setOpen(true);
      const down = e.key === 'ArrowDown';
      setActive((i) => (down ? (i + 1) % hits.length : i <= 0 ? hits.length - 1 : i - 1));
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (showList && hit) {
        e.preventDefault();
        choose(hit.place, 'keyboard');
      }
    } else if (e.key === 'Escape' && showList) {
      // Close the list first; a second Escape clears the box (the browser's default for type=search).
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <div className="place-search">
      <div className="place-search-row">
        <input
          ref={inputRef}
          type="search"
          className="search"
          role="combobox"
          aria-expanded={showList && hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 && active < hits.length ? optionId(active) : undefined}
          aria-describedby={`${listId}-hint${text.trim() ? ` ${listId}-scope` : ''}`}
          value={text}
          placeholder={t('filters.search')}
          aria-label={t('filters.searchLabel')}
          maxLength={100}
          autoComplete="off"
          onChange={(e) => {
            const value = e.target.value;
            setText(value);
            // The park list and the map follow the text once typing pauses: redrawn for each key, they held the
            // next key back on a phone (the store's updates cannot be deferred by React).
            window.clearTimeout(typed.current);
            // A box emptied (cleared, or its text deleted) is not typing: the whole list comes back at once, so
            // its redraw is this input's answer and does not land on the next tap (issue 24).
            if (value.trim() === '') apply(value);
            else typed.current = window.setTimeout(() => apply(value), TYPING_PAUSE_MS);
            wantReadings();
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            wantReadings();
            setOpen(true);
            if (useAppStore.getState().sheet === 'peek') useAppStore.getState().setSheet('half');
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <LocateButton />
      </div>
      <span id={`${listId}-hint`} className="visually-hidden">
        {t('search.hint')}
      </span>
      {text.trim() ? (
        <p id={`${listId}-scope`} className={`search-scope${query ? ' is-filtering' : ''}`}>
          {query ? t('search.listFiltered', { q: query.trim() }) : t('search.listNotFiltered', { q: text.trim() })}
        </p>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.places')}
        className="place-options"
        hidden={!showList || !hits.length}
      >
        {showList &&
          hits.map((h, i) => (
            <li
              key={h.place.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="place-option"
              // Keep focus in the input so the list does not close before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h.place, 'pointer')}
            >
              <span className="place-name">
                {h.place.name[lang]}{' '}
                <span className="place-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                  {h.place.name[other]}
                </span>
                {h.place.pointNote ? <span className="place-note"> {h.place.pointNote[lang]}</span> : null}
              </span>{' '}
              {/* The spaces keep the option's accessible name readable: "西二旗 Xierqi 读音相近 地铁站". */}
              <span className="place-tags">
                {h.match === 'sound' ? <span className="place-sound">{t('search.soundsLike')}</span> : null}{' '}
                <span className="place-kind">{t(`search.kind.${h.place.kind}`)}</span>
              </span>
            </li>
          ))}
      </ul>
      {showList && !hits.length ? (
        <p className="place-none" role="status">
          {index ? t('search.noPlaces') : t('common.loading')}
        </p>
      ) : null}
    </div>
  );
}
