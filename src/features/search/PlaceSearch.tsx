/**
 * The one search box: typing filters the park list (as before) and offers places from the offline gazetteer
 * in an ARIA combobox. Choosing a park opens its card; any other place centres the radius query there.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/index.ts';
import { gazetteer } from '../../data/gazetteer-data.ts';
import { searchPlaces, type Place } from '../../lib/gazetteer.ts';
import { LocateButton } from './LocateButton.tsx';
import '../shell/phone.css';

const MAX_OPTIONS = 8;

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
  const query = useAppStore((s) => s.filters.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const hits = useMemo(() => searchPlaces(gazetteer(), query, MAX_OPTIONS), [query]);
  const other = lang === 'zh' ? 'en' : 'zh';
  const showList = open && query.trim() !== '';

  const inputRef = useRef<HTMLInputElement>(null);
  const choose = (place: Place, by: 'keyboard' | 'pointer') => {
    // After a tap, put the phone's keyboard away so the map and the summary show; a keyboard user keeps focus.
    if (by === 'pointer') inputRef.current?.blur();
    setOpen(false);
    setActive(-1);
    // The place replaces the text: keeping "xierqi" would leave the park list filtered to nothing.
    setQuery('');
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
          aria-describedby={`${listId}-hint`}
          value={query}
          placeholder={t('filters.search')}
          aria-label={t('filters.searchLabel')}
          maxLength={100}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
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
              </span>
              <span className="place-kind">{t(`search.kind.${h.place.kind}`)}</span>
            </li>
          ))}
      </ul>
      {showList && !hits.length ? (
        <p className="place-none" role="status">
          {t('search.noPlaces')}
        </p>
      ) : null}
    </div>
  );
}
