/**
 * On phones (< 768 px) the sidebar becomes a sheet over the full-screen map with three heights: peek (search and
 * the count), half (the list) and full (a card). Tap the handle to step up, or drag it; opening a card goes full.
 * On wider screens the wrapper is `display: contents` and the handle is hidden, so the sidebar is untouched.
 */
import { useEffect, useRef, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import type { SheetHeight } from '../../store/place-slice.ts';
import './phone.css';

const NEXT: Record<SheetHeight, SheetHeight> = { peek: 'half', half: 'full', full: 'peek' };
/** Moves shorter than this are taps, not drags (px). */
const TAP_PX = 8;

/** The snap height nearest to a dragged height, from the sheet's three heights in px. */
export function nearestSheet(heightPx: number, heights: Record<SheetHeight, number>): SheetHeight {
  return (Object.keys(heights) as SheetHeight[]).reduce(
    (best, k) => (Math.abs(heights[k] - heightPx) < Math.abs(heights[best] - heightPx) ? k : best),
    'peek',
  );
}

export function BottomSheet({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const sheet = useAppStore((s) => s.sheet);
  const setSheet = useAppStore((s) => s.setSheet);
  const cardOpen = useAppStore((s) => s.selection !== null);
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ y: number; h: number; moved: boolean } | null>(null);
  const dragged = useRef(false);

  // A card wants the whole sheet; closing it returns to the list.
  useEffect(() => {
    const s = useAppStore.getState();
    if (cardOpen) s.setSheet('full');
    else if (s.sheet === 'full') s.setSheet('half');
  }, [cardOpen]);

  // Whatever has focus inside the sheet stays in view when the sheet changes height (WCAG 2.4.11, focus not
  // obscured): closing a card returns focus to the park's row, which the full sheet showed and the half one may not.
  // Once the height has settled: at the end of its transition, or in the next frame when there is none.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const reveal = () => {
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused !== el && el.contains(focused))
        focused.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    };
    const onEnd = (e: TransitionEvent) => {
      if (e.target === el && e.propertyName === 'height') reveal();
    };
    const frame = requestAnimationFrame(reveal);
    el.addEventListener('transitionend', onEnd);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('transitionend', onEnd);
    };
  }, [sheet]);

  const heights = (): Record<SheetHeight, number> => {
    const el = ref.current!;
    const parent = el.parentElement!.clientHeight;
    const css = getComputedStyle(el);
    const px = (v: string, fallback: number) => (v.endsWith('px') ? parseFloat(v) : fallback);
    return {
      peek: px(css.getPropertyValue('--sheet-peek').trim(), 150),
      half: parent * 0.5,
      full: parent - px(css.getPropertyValue('--sheet-gap').trim(), 8),
    };
  };

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (!ref.current) return;
    drag.current = { y: e.clientY, h: ref.current.getBoundingClientRect().height, moved: false };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || !ref.current) return;
    const dy = d.y - e.clientY;
    if (Math.abs(dy) > TAP_PX) d.moved = true;
    if (d.moved) ref.current.style.height = `${Math.max(60, d.h + dy)}px`;
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    dragged.current = Boolean(d?.moved);
    if (!d || !ref.current || !d.moved) return;
    const h = ref.current.getBoundingClientRect().height;
    ref.current.style.height = '';
    setSheet(nearestSheet(h, heights()));
  };

  return (
    <div ref={ref} className="sheet" data-sheet={sheet}>
      <button
        type="button"
        className="sheet-handle"
        aria-label={sheet === 'full' ? t('shell.sheet.collapse') : t('shell.sheet.expand')}
        aria-expanded={sheet !== 'peek'}
        onClick={() => {
          // A drag ends in a click too; only a tap (or Enter/Space) steps the height.
          if (!dragged.current) setSheet(NEXT[sheet]);
          dragged.current = false;
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          if (ref.current) ref.current.style.height = '';
        }}
      >
        <span className="sheet-grip" aria-hidden="true" />
      </button>
      {children}
    </div>
  );
}
