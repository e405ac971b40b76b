/** The shortlist views: whether the comparison is open, and a pending print job (sheets of the shortlist or one park). */
import type { StateCreator } from 'zustand';
import type { AppState } from './index.ts';

/**
 * What to print: the shortlist (the compare set, else the filtered parks) followed by one sheet per park,
 * or one park's sheet. `nonce` makes a repeated request a new one.
 */
export type PrintRequest = { scope: 'shortlist' } | { scope: 'park'; parkId: string };
export type PrintJob = PrintRequest & { nonce: number };

export type ShortlistSlice = {
  /** The side-by-side compare view is open (in the URL as `view=compare`). */
  compareOpen: boolean;
  printJob: PrintJob | null;
  setCompareOpen: (open: boolean) => void;
  requestPrint: (request: PrintRequest) => void;
  clearPrint: () => void;
};

let nextNonce = 1;

export const createShortlistSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ShortlistSlice
> = (set) => ({
  compareOpen: false,
  printJob: null,
  setCompareOpen: (compareOpen) => set(compareOpen ? { compareOpen, rankOpen: false } : { compareOpen }),
  requestPrint: (request) => set({ printJob: { ...request, nonce: nextNonce++ } }),
  clearPrint: () => set({ printJob: null }),
});
