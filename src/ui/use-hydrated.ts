import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server (the build's prerender) and while React hydrates that HTML, true from the render after: a part
 * that must not be in the prerendered page (the map pane, which loads its code on demand) waits for it, so the first
 * render in the browser matches the HTML exactly. Without a prerendered page it is true at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
