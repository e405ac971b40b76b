/**
 * The answer to a tap or a key paints before the map redraws (issue 24: interactions under 200 ms on a phone). A
 * MapLibre frame under software WebGL (or on a slow phone) takes longer than the whole DOM change a tap makes: drawn
 * in the same frame, it holds the tap's visible answer (a chip pressed, a card opened, a list filtered) back by that
 * long. So after an input event, until the browser has produced its next frame, a map's requests to redraw wait, and
 * are made right after that frame: the map follows one frame later. Animations and drags between inputs are not
 * touched (their frames are requested from frames, not from inputs).
 */

import { afterNextFrame } from '../lib/after-next-frame.ts';

/** Inputs whose answer is the next paint (the events INP measures). */
const INPUTS = ['pointerdown', 'pointerup', 'click', 'keydown', 'keyup', 'input', 'change'] as const;

/** True from an input event until the frame after it has been produced. */
let inputUnpainted = false;
const waiting = new Set<() => void>();

function onInput(this: Window) {
  if (inputUnpainted) return;
  inputUnpainted = true;
  afterNextFrame(this, () => {
    inputUnpainted = false;
    const runs = [...waiting];
    waiting.clear();
    for (const run of runs) run();
  });
}

const watching = new WeakSet<Window>();

/** The part of a MapLibre map this needs. */
type Repaintable = { triggerRepaint: () => void };

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
  return () => {
    map.triggerRepaint = original;
    waiting.delete(repaint);
  };
}
