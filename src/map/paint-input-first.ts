/**
 * The answer to a tap or a key paints before the map redraws (issue 24: interactions under 200 ms on a phone). A
 * MapLibre frame under software WebGL (or on a slow phone) takes longer than the whole DOM change a tap makes: drawn
 * in the same frame, it holds the tap's visible answer (a chip pressed, a card opened, a list filtered) back by that
 * long. So after an input event, until the browser has produced its next frame, a map's requests to redraw wait, and
 * are made right after that frame: the map follows one frame later. A frame the map had already asked for when the
 * input came (the next frame of a camera flight) is called off and asked for again then too: it would otherwise run in
 * the very frame that shows the answer (a tap on "Back" while the camera is still flying to the park). Animations and
 * drags between inputs are not touched.
 */

import { afterNextFrame } from '../lib/after-next-frame.ts';

/** Inputs whose answer is the next paint (the events INP measures). */
const INPUTS = ['pointerdown', 'pointerup', 'click', 'keydown', 'keyup', 'input', 'change'] as const;

/** True from an input event until the frame after it has been produced. */
let inputUnpainted = false;
const waiting = new Set<() => void>();
/** Each map held, with the function that asks it for a frame. */
const held = new Map<Repaintable, () => void>();

function onInput(this: Window) {
  if (inputUnpainted) return;
  inputUnpainted = true;
  // A frame already asked for is called off and asked for after the input's frame (MapLibre's own pending request:
  // `_frameRequest`, an AbortController it also aborts itself in redraw() and remove()).
  for (const [map, repaint] of held)
    if (map._frameRequest) {
      map._frameRequest.abort();
      map._frameRequest = null;
      waiting.add(repaint);
    }
  afterNextFrame(this, () => {
    inputUnpainted = false;
    const runs = [...waiting];
    waiting.clear();
    for (const run of runs) run();
  });
}

const watching = new WeakSet<Window>();

/** The part of a MapLibre map this needs: its redraw, and its pending frame request (internal to MapLibre). */
type Repaintable = { triggerRepaint: () => void; _frameRequest?: AbortController | null };

/**
 * Makes `map` wait with any redraw asked for while an input's answer has not painted yet (see above). Returns the
 * function that restores it.
 */
export function paintInputFirst(map: Repaintable, win: Window = window): () => void {
  if (!watching.has(win)) {
    watching.add(win);
    for (const type of INPUTS) win.addEventListener(type, onInput, { capture: true, passive: true });
  }
  const original = map.triggerRepaint;
  const repaint = () => original.call(map);
  map.triggerRepaint = () => {
    if (inputUnpainted) waiting.add(repaint);
    else repaint();
  };
  held.set(map, repaint);
  return () => {
    map.triggerRepaint = original;
    waiting.delete(repaint);
    held.delete(map);
  };
}
