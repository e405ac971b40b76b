/**
 * The park list: compact cards in the current sort, virtualised (stays smooth with thousands of rows).
 * Hover highlights on the map; click or Enter selects; arrow keys move between cards.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
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
import { useHydrated } from '../../ui/use-hydrated.ts';
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
      onMouseEnter={() => useAppStore.getState().setHoveredPark(park.id)}
      onMouseLeave={() => useAppStore.getState().setHoveredPark(null)}
      onFocus={() => useAppStore.getState().setHoveredPark(park.id)}
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
 * Focuses an entry once the virtualiser has rendered it. Coming back from a card the list was display:none, so it
 * renders its rows only after the next resize observation, a frame or two later; try for up to 20 frames.
 */
function focusWhenRendered(find: () => HTMLElement | null | undefined, scroll: () => void, frames = 20) {
  requestAnimationFrame(() => {
    const el = find();
    if (el) el.focus();
    else if (frames > 1) {
      // Scroll again: the first scroll ran before the list had its size back.
      scroll();
      focusWhenRendered(find, scroll, frames - 1);
    }
  });
}

export function ParkList() {
  const { t } = useTranslation();
  const parks = useSortedVisibleParks();
  const matches = useTransitMatches();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const hoveredId = useAppStore((s) => s.hoveredParkId);
  const virtualizer = useVirtualizer({
    count: parks.length,
    // Measured heights belong to a park, not to a position: after a sort each row keeps its own height, so rows
    // never overlap or leave gaps.
    getItemKey: (i) => parks[i]!.id,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 112,
    overscan: 6,
    // Before the list is measured: tall enough for the plan's 18 parks, so the first render (the page index.html
    // carries prerendered, scripts/vite-plugin-prerender.ts) lists them all; the real height is measured at mount.
    initialRect: { width: 360, height: 18 * 112 },
  });

  // Ids are kebab-case (schema), safe in a selector. When the card closes, the list shows the park that was open (selected from the list or the map) and focus returns to it.
  const selectedId = useAppStore(selectSelectedParkId);
  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    const closed = lastSelected.current;
    lastSelected.current = selectedId;
    if (selectedId || !closed) return;
    const i = parks.findIndex((p) => p.id === closed);
    if (i < 0) return;
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    focusWhenRendered(
      () => scrollRef.current?.querySelector<HTMLElement>(`.park-item[data-park-id="${closed}"]`),
      () => virtualizer.scrollToIndex(i, { align: 'auto' }),
    );
  }, [selectedId, parks, virtualizer]);

  // A park hovered on the map scrolls into view in the list.
  useEffect(() => {
    if (!hoveredId) return;
    const i = parks.findIndex((p) => p.id === hoveredId);
    if (i >= 0 && !scrollRef.current?.contains(document.activeElement)) virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [hoveredId, parks, virtualizer]);

  const focusIndex = (i: number) => {
    const next = Math.max(0, Math.min(parks.length - 1, i));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusWhenRendered(
      () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] .park-item`),
      () => virtualizer.scrollToIndex(next, { align: 'auto' }),
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: parks.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      focusIndex(keys[e.key]!);
    }
  };

  // The prerendered page (and its hydration) lays the rows out in flow: their heights are not measured yet, and
  // placing them at estimated offsets would overlap them. Placed by the virtualizer from the render after.
  const placed = useHydrated();
  if (!parks.length) return <EmptyState />;
  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      className="park-list"
      role="list"
      aria-label={t('list.label')}
      onKeyDown={onKeyDown}
      id="park-list"
    >
      <div style={placed ? { height: virtualizer.getTotalSize(), position: 'relative' } : undefined}>
        {items.map((row) => {
          const park = parks[row.index]!;
          return (
            <div
              key={park.id}
              role="listitem"
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={
                placed
                  ? { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }
                  : undefined
              }
            >
              <ParkListItem
                park={park}
                active={row.index === Math.min(active, parks.length - 1)}
                maybe={matches.get(park.id) === 'possible'}
              />
              <CompareBadge parkId={park.id} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
