/** Where the map's camera may go: Haidian plus a margin, zoom 8.5–17 (the map and the `#map=` hash check share it). */
import type { CameraLimits } from '../lib/camera-hash.ts';
import { DISTRICT_BBOX } from './index.ts';

const [W, S, E, N] = DISTRICT_BBOX;
export const CAMERA_LIMITS: CameraLimits = Object.freeze({ minZoom: 8.5, maxZoom: 17, maxPitch: 60, bbox: [W - 0.35, S - 0.25, E + 0.35, N + 0.25] as const });
