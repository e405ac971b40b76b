/**
 * After a tap or a key, a map's redraw waits until the frame showing the input's answer has been produced, and is made
 * right after it; a redraw asked for with no input pending (an animation's next frame) is made at once.
 */
import { describe, expect, it } from 'vitest';
import { paintInputFirst } from '../../../src/map/paint-input-first.ts';

/** A window with hand-driven frames and tasks. */
function fakeWindow() {
  const listeners = new Map<string, (this: unknown) => void>();
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const win = {
    addEventListener: (type: string, fn: (this: unknown) => void) => listeners.set(type, fn),
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void) => tasks.push(fn),
  };
  return {
    win: win as unknown as Window,
    input: (type: string) => listeners.get(type)!.call(win),
    /** The browser produces a frame (its callbacks run), then runs the tasks queued so far. */
    frame: () => {
      frames.splice(0).forEach((f) => f());
      tasks.splice(0).forEach((t) => t());
    },
  };
}

describe('paintInputFirst', () => {
  it('holds a redraw asked for after an input until the next frame, then makes it once', () => {
    const { win, input, frame } = fakeWindow();
    let drawn = 0;
    const map = { triggerRepaint: () => void drawn++ };
    paintInputFirst(map, win);

    map.triggerRepaint();
    expect(drawn).toBe(1);

    input('pointerdown');
    map.triggerRepaint();
    map.triggerRepaint();
    expect(drawn).toBe(1);
    frame();
    expect(drawn).toBe(2);

    // No input pending: at once again.
    map.triggerRepaint();
    expect(drawn).toBe(3);
  });

  it("calls off a frame the map had already asked for (an animation's next one) and asks for it after the input's frame", () => {
    const { win, input, frame } = fakeWindow();
    let asked = 0;
    const request = new AbortController();
    const map: { triggerRepaint: () => void; _frameRequest: AbortController | null } = {
      triggerRepaint: () => {
        asked++;
        map._frameRequest = new AbortController();
      },
      _frameRequest: request,
    };
    paintInputFirst(map, win);
    input('pointerdown');
    expect(request.signal.aborted).toBe(true);
    expect(map._frameRequest).toBe(null);
    expect(asked).toBe(0);
    frame();
    expect(asked).toBe(1);
    expect(map._frameRequest).not.toBe(null);
  });

  it('leaves a map with no frame pending alone at an input', () => {
    const { win, input, frame } = fakeWindow();
    let asked = 0;
    const map = { triggerRepaint: () => void asked++, _frameRequest: null };
    paintInputFirst(map, win);
    input('click');
    frame();
    expect(asked).toBe(0);
  });

  it('lets the map go back to drawing at once when restored', () => {
    const { win, input } = fakeWindow();
    let drawn = 0;
    const map = { triggerRepaint: () => void drawn++ };
    const restore = paintInputFirst(map, win);
    input('keydown');
    restore();
    map.triggerRepaint();
    expect(drawn).toBe(1);
  });
});
