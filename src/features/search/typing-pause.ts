/**
 * How long typing pauses before the park list and the map follow the search box's text (ms): redrawn for each key,
 * they held the next key back on a phone (issue 24). A timer queued this long after the last key, from the same page,
 * runs after the text has been applied: the tests wait for it so.
 */
export const TYPING_PAUSE_MS = 250;
