/**
 * Camera padding from the panels that lie over the map (legend, layers, the phone's sheet, the presentation card,
 * notices): each panel is taken to hug the map edge it is nearest to, and the camera keeps what it frames inside the
 * rest. Pure: rectangles in, padding out (src/map/cover-padding.ts measures the page).
 */

/** A rectangle in page pixels (DOMRect's fields). */
export type Rect = { left: number; top: number; right: number; bottom: number };
export type Padding = { top: number; right: number; bottom: number; left: number };

export const ZERO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

type Side = keyof Padding;

/** Covers smaller than this share of the map's area are left to the margin (map buttons, closed disclosures). */
export const MIN_COVER_SHARE = 0.04;

/**
 * How far each side of `view` must be pushed in so that no part of `covers` lies inside, one side per cover (the
 * side that gives up the smallest share of the map's width or height), plus `margin` on every side (room for a
 * label). Covers under `minShare` of the view's area are left to the margin. The padded area keeps at least
 * `minKeep` of the view's width and height: a cover too big to avoid (a panel over most of the map) shrinks the
 * padding on that axis in proportion rather than leaving nothing to frame.
 */
export function coverPadding(
  view: Rect,
  covers: readonly Rect[],
  margin = 0,
  minKeep = 0.3,
  minShare = MIN_COVER_SHARE,
): Padding {
  const pad: Padding = { ...ZERO_PADDING };
  const width = view.right - view.left;
  const height = view.bottom - view.top;
  for (const c of covers) {
    const left = Math.max(c.left, view.left);
    const right = Math.min(c.right, view.right);
    const top = Math.max(c.top, view.top);
    const bottom = Math.min(c.bottom, view.bottom);
    if (right <= left || bottom <= top) continue;
    // A button (a closed legend, the zoom or measure control) covers too little to frame around; the margin does.
    if ((right - left) * (bottom - top) < minShare * width * height) continue;
    const need: Padding = {
      left: right - view.left,
      right: view.right - left,
      top: bottom - view.top,
      bottom: view.bottom - top,
    };
    // The side that gives up the smallest share of its axis: a full-width sheet is avoided from below, not sideways.
    const share = (s: Side) => need[s] / (s === 'left' || s === 'right' ? width : height);
    let side: Side = 'left';
    for (const s of ['right', 'top', 'bottom'] as const) if (share(s) < share(side)) side = s;
    pad[side] = Math.max(pad[side], need[side]);
  }
  const fit = (a: Side, b: Side, size: number) => {
    const room = Math.max(0, size * (1 - minKeep) - 2 * margin);
    const used = pad[a] + pad[b];
    if (used > room) {
      const k = room / used;
      pad[a] *= k;
      pad[b] *= k;
    }
  };
  fit('left', 'right', width);
  fit('top', 'bottom', height);
  return {
    top: Math.round(pad.top + margin),
    right: Math.round(pad.right + margin),
    bottom: Math.round(pad.bottom + margin),
    left: Math.round(pad.left + margin),
  };
}

/** Where the centre of the padded area lies relative to the view's centre, px: the `offset` of a fly-to. */
export function paddingOffset(p: Padding): [number, number] {
  return [(p.left - p.right) / 2, (p.top - p.bottom) / 2];
}
