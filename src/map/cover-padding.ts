/**
 * Measures the panels that lie over the map and turns them into camera padding (src/lib/cover-padding.ts), so that
 * whatever the camera frames — a park opened from a link, the list or the presentation, a chosen place, the district
 * at start — lands in the part of the map no panel covers: the open legend and layer panels, notices, the
 * presentation card, the comparison, and on a phone the bottom sheet.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { coverPadding, paddingOffset, type Padding, type Rect } from '../lib/cover-padding.ts';

/** Everything that can lie over the map. The desktop sidebar (also `.sheet`) lies beside it and drops out. */
const COVERS = '.map-panel, .present-card, .notices, .compare-view';
/** Room around what is framed, px: the label beside a park, the map's own buttons at its corners. */
export const FRAME_MARGIN_PX = 32;

type CameraMap = Pick<MapLibreMap, 'getContainer'>;

/**
 * The phone's sheet where it is headed, not where its 0.2 s height transition has got to: peek or half height; a
 * full sheet (an open card) counts as half, the height that closing the card returns to, so the park is in view then.
 */
function sheetRect(sheet: HTMLElement): Rect | null {
  const box = sheet.getBoundingClientRect();
  const parent = sheet.parentElement?.getBoundingClientRect();
  if (!parent || box.width === 0 || getComputedStyle(sheet).position !== 'absolute') return null;
  const peek = parseFloat(getComputedStyle(sheet).getPropertyValue('--sheet-peek')) || box.height;
  const height = sheet.dataset.sheet === 'peek' ? peek : parent.height * 0.5;
  return { left: box.left, right: box.right, top: parent.bottom - height, bottom: parent.bottom };
}

function coverRects(): Rect[] {
  const rects: Rect[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(COVERS)) {
    if (el.getClientRects().length === 0) continue; // display: none, or inside something hidden
    rects.push(el.getBoundingClientRect());
  }
  const sheet = document.querySelector<HTMLElement>('.sheet[data-sheet]');
  const fromSheet = sheet ? sheetRect(sheet) : null;
  if (fromSheet) rects.push(fromSheet);
  return rects;
}

/** Padding that keeps a framed thing clear of every panel over the map, plus `margin` on each side. */
export function mapCoverPadding(map: CameraMap, margin = FRAME_MARGIN_PX): Padding {
  return coverPadding(map.getContainer().getBoundingClientRect(), coverRects(), margin);
}

/** The `offset` that centres a point in the map's uncovered part (a fly-to's target lands there). */
export function mapCoverOffset(map: CameraMap): [number, number] {
  return paddingOffset(mapCoverPadding(map, 0));
}
