/** State of the resident feature (filled in by that feature). */
import type { StateCreator } from 'zustand';
import type { AppState } from './index.ts';

export type ResidentSlice = {};

export const createResidentSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], ResidentSlice> = () => ({});
