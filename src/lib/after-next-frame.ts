/** The part of a window that schedules frames and tasks. */
export type FrameHost = Pick<Window, 'requestAnimationFrame' | 'setTimeout'>;

/**
 * Runs `run` once the browser has produced its next frame: a task queued from a frame callback runs after that
 * frame's paint. What a tap or a key changes paints first; work queued here (the map's redraw, the park
 * filter behind the search box) follows a frame later (issue 24: interactions under 200 ms on a phone).
 */
export function afterNextFrame(win: FrameHost, run: () => void): void {
  win.requestAnimationFrame(() => win.setTimeout(run, 0));
}
