/**
 * A tap's answer first (issue 24: every interaction answers within a frame on a phone): `press(then)` shows the button
 * pressed in the next frame and runs `then` — a larger re-render, such as the whole app in the other language or the
 * list coming back — in the one after (lib/after-next-frame.ts). `pressed` is true meanwhile.
 */
import { useCallback, useState } from 'react';
import { afterNextFrame } from '../../lib/after-next-frame.ts';

export function useAnswerFirst(): { pressed: boolean; press: (then: () => void) => void } {
  const [pressed, setPressed] = useState(false);
  const press = useCallback((then: () => void) => {
    setPressed(true);
    afterNextFrame(window, () => {
      setPressed(false);
      then();
    });
  }, []);
  return { pressed, press };
}
