/**
 * The park list: compact cards in the current sort, in flow (the plan's 18 parks; no virtualiser to measure them).
 * Hover highlights on the map; click or Enter selects; arrow keys move between cards.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { IndustryTags } from '../common/IndustryTags.tsx';
import { compareLetter } from '../common/shortlist.ts';
import { useAppStore } from '../../store/index.ts';
import { selectSelectedParkId } from '../../store/selection-slice.ts';
import { useSortedVisibleParks, useTransitMatches } from '../../store/hooks.ts';
import { MAX_FLOOR_AREA_M2 } from '../../data/index.ts';
import { formatAreaM2, formatDistanceKm } from '../../i18n/format.ts';
import type { Park } from '../../lib/parks.ts';
import { AreaBar } from '../../ui/AreaBar.tsx';
import { EmptyState } from './EmptyState.tsx';
import { afterNextFrame } from '../../lib/after-next-frame.ts';
import { ParkTransitLine } from './ParkTransitLine.tsx';
import { ParkCommuteLine } from '../commute/ParkCommuteLine.tsx';

/**
 * One park of the list. `maybe`: the park is only possibly within the transit filter's distance (its site is
 * uncertain), so it carries a visible mark.
 */
export function ParkListItem({ park, active, maybe = false }: { park: Park; active: boolean; maybe?: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const maxKm = useAppStore((s) => s.filters.transit.maxKm);
  const hovered = useAppStore((s) => s.hoveredParkId === park.id);
  const compareAt = useAppStore((s) => s.compareIds.indexOf(park.id));
  const area = formatAreaM2(park.floorAreaM2, lang, { short: true });
  const [opening, setOpening] = useState(false);
  const open = () => {
    // The row answers the tap in the next frame (pressed); the card, a heavier render and layout, follows in the one
    // after (issue 24: a tap's answer within 200 ms on a phone).
    setOpening(true);
    afterNextFrame(window, () => {
      setOpening(false);
      useAppStore.getState().selectPark(park.id);
    });
  };
  return (
    <button
      type="button"
      className={`park-item${hovered ? ' is-hovered' : ''}${maybe ? ' is-maybe' : ''}${compareAt >= 0 ? ' in-compare' : ''}${opening ? ' is-opening' : ''}`}
      data-park-id={park.id}
      data-transit-match={maybe ? 'possible' : undefined}
      tabIndex={active ? 0 : -1}
      aria-label={t('list.select', { name: park.name[lang] })}
      aria-describedby={`park-desc-${park.id}`}
      onClick={open}
      // A mouse or a pen hovers; a finger does not (a tap's compatibility mouse events would set and clear the map's
      // highlight around every tap, a re-render each way on the tap's path). Focus highlights when it is the
      // keyboard's (focus-visible), not a tap's.
      onPointerEnter={(e) => e.pointerType !== 'touch' && useAppStore.getState().setHoveredPark(park.id)}
      onPointerLeave={(e) => e.pointerType !== 'touch' && useAppStore.getState().setHoveredPark(null)}
      onFocus={(e) => e.currentTarget.matches(':focus-visible') && useAppStore.getState().setHoveredPark(park.id)}
    >
      <span className="park-item-title">
        <span className="seq" aria-hidden="true">
          {park.seq}
        </span>
        {park.name[lang]}
        {maybe && maxKm !== null ? (
          <span className="maybe-tag">{t('transit.filter.mayBe', { distance: formatDistanceKm(maxKm, lang) })}</span>
        ) : null}
      </span>
      {/* The name above is the button's name (it contains the visible title); the facts below are its description. */}
      <span className="park-item-desc" id={`park-desc-${park.id}`} aria-hidden="true">
        <span className="park-item-meta">
          {park.town[lang]} · {area}
          {park.aboveGroundAreaM2 !== null
            ? ` (${t('list.above')} ${formatAreaM2(park.aboveGroundAreaM2, lang, { short: true })})`
            : ''}
        </span>
        <AreaBar valueM2={park.floorAreaM2} maxM2={MAX_FLOOR_AREA_M2} label={`${t('list.floor')} ${area}`} />
        <span className="tags">
          <IndustryTags ids={park.industries} lang={lang} />
        </span>
        <ParkTransitLine park={park} />
        <ParkCommuteLine park={park} />
        {compareAt >= 0 ? (
          <span className="visually-hidden">{t('list.inCompare', { letter: compareLetter(compareAt) })}</span>
        ) : null}
      </span>
    </button>
  );
}

/**
 * The park's letter in the compare set (A–D), over the row's top right corner: outside the button, whose name is the
 * park's (the row's description says the same in words).
 */
function CompareBadge({ parkId }: { parkId: string }) {
  const { t } = useTranslation();
  const at = useAppStore((s) => s.compareIds.indexOf(parkId));
  if (at < 0) return null;
  return (
    <span
      className="compare-letter row-badge"
      aria-hidden="true"
      title={t('list.inCompare', { letter: compareLetter(at) })}
    >
      {compareLetter(at)}
    </span>
  );
}

/**
 * Scrolls the list (only the list: not the page or the phone's sheet around it) the least that shows the row whole:
 * for a park hovered on the map, which must not move the sheet under the pointer.
 */
function revealRow(list: HTMLElement, row: HTMLElement) {
  const box = list.getBoundingClientRect();
  const at = row.getBoundingClientRect();
  if (at.top < box.top) list.scrollTop += at.top - box.top;
  else if (at.bottom > box.bottom) list.scrollTop += Math.min(at.bottom - box.bottom, at.top - box.top);
}

export function ParkList() {
  const { t } = useTranslation();
  const parks = useSortedVisibleParks();
  const matches = useTransitMatches();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // The rows are laid out in flow, as in the prerendered page: the plan's 18 parks (a few dozen at most) render and
  // lay out in less time than a virtualiser spends measuring them, and opening a card forces no extra layout.
  const rowOf = (id: string) => scrollRef.current?.querySelector<HTMLElement>(`.park-item[data-park-id="${id}"]`);
  // Focus is shown where it lands: the least scroll of the list, then of whatever holds it (the phone's sheet, where
  // the list is in flow and the sheet scrolls), that shows the row whole (WCAG 2.4.11, focus not obscured).
  const focusRow = (id: string) => {
    const row = rowOf(id);
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };

  // Ids are kebab-case (schema), safe in a selector. When the card closes, the list shows the park that was open
  // (selected from the list or the map) and focus returns to it. The list was display:none under the card: it is
  // shown again in this commit, so its rows can be measured and focused in the effect.
  const selectedId = useAppStore(selectSelectedParkId);
  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    const closed = lastSelected.current;
    lastSelected.current = selectedId;
    if (selectedId || !closed) return;
    const i = parks.findIndex((p) => p.id === closed);
    if (i < 0) return;
    setActive(i);
    focusRow(closed);
  }, [selectedId, parks]);

  // A park hovered on the map scrolls into view in the list: from a subscription, so that a hover re-renders only the
  // two rows whose highlight changes, not the list.
  useEffect(
    () =>
      useAppStore.subscribe((state, prev) => {
        const id = state.hoveredParkId;
        if (id === prev.hoveredParkId || !id) return;
        const row = rowOf(id);
        if (row && scrollRef.current && !scrollRef.current.contains(document.activeElement))
          revealRow(scrollRef.current, row);
      }),
    [],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: parks.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      const next = Math.max(0, Math.min(parks.length - 1, keys[e.key]!));
      setActive(next);
      focusRow(parks[next]!.id);
    }
  };

  if (!parks.length) return <EmptyState />;
  return (
    <div
      ref={scrollRef}
      className="park-list"
      role="list"
      aria-label={t('list.label')}
      onKeyDown={onKeyDown}
      id="park-list"
    >
      {parks.map((park, i) => (
        <div key={park.id} role="listitem" data-index={i}>
          <ParkListItem
            park={park}
            active={i === Math.min(active, parks.length - 1)}
            maybe={matches.get(park.id) === 'possible'}
          />
          <CompareBadge parkId={park.id} />
        </div>
      ))}
    </div>
  );
}
