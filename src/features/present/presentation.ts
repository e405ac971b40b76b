/**
 * Entering and leaving presentation mode. The page goes full screen when the browser allows it (it needs the click's
 * user gesture, so this runs from the button, not from state); leaving full screen with the browser's own Esc also
 * leaves presentation mode (PresentMode listens for fullscreenchange).
 */
import { useAppStore } from '../../store/index.ts';

let wentFullscreen = false;

export function enterPresentation(): void {
  useAppStore.getState().setPresenting(true);
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().then(
      () => {
        wentFullscreen = true;
      },
      () => {
        // Refused (no gesture, iframe, headless): presentation mode still works in the window.
      },
    );
  }
}

export function exitPresentation(): void {
  useAppStore.getState().setPresenting(false);
  if (wentFullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  wentFullscreen = false;
}

/** Called on fullscreenchange: the browser left full screen (e.g. its own Esc), so presentation mode ends too. */
export function onFullscreenChange(): void {
  if (wentFullscreen && !document.fullscreenElement) {
    wentFullscreen = false;
    useAppStore.getState().setPresenting(false);
  }
}
