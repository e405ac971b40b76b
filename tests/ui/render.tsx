/**
 * The one render helper of the UI tests: a component (by default the whole app; the translator needs no provider),
 * after resetting the store to its initial state and applying `state` (e.g. `{ lang: 'en' }`).
 */
import type { ReactNode } from 'react';
import { act, render, type RenderResult } from '@testing-library/react';
import { App } from '../../src/app.tsx';
import { useAppStore, type AppState } from '../../src/store/index.ts';
import { TYPING_PAUSE_MS } from '../../src/features/search/typing-pause.ts';

/** Resets the store to its initial state, then applies `state`. */
export function resetStore(state: Partial<AppState> = {}): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
  if (Object.keys(state).length) useAppStore.setState(state);
}

/** Renders `ui` (default: the app) with translations; the store is left as it is unless `state` is given. */
export function renderUi(ui: ReactNode = <App />, state?: Partial<AppState>): RenderResult {
  if (state) resetStore(state);
  return render(ui);
}

/**
 * Resolves once the search box's text has been applied to the park filter: a timer queued a typing pause after the
 * last key runs after the box's own (src/features/search/typing-pause.ts).
 */
export function typingPaused(): Promise<void> {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, TYPING_PAUSE_MS)));
}
