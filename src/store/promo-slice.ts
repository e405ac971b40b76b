/** State of the promo feature (filled in by that feature). */
import type { StateCreator } from 'zustand';
import type { AppState } from './index.ts';

export type PromoSlice = {};

export const createPromoSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], PromoSlice> = () => ({});
