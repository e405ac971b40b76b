import { describe, expect, it } from 'vitest';
import { dashedRingImage, transparentImage, type DashedRing } from '../../../src/lib/ring-image.ts';

const RING: DashedRing = {
  sizePx: 48,
  radiusPx: 22,
  lineWidthPx: 2,
  haloExtraPx: 1.5,
  dashPx: 4,
  gapPx: 3,
  halo: [255, 255, 255, 0.85],
  dash: [0x1f, 0x1d, 0x1a, 1],
};
const img = dashedRingImage(RING, 2);
/** The RGBA of the device pixel whose centre is nearest the CSS point (x, y). */
const at = (x: number, y: number) => {
  const i = (Math.floor(y * 2) * img.width + Math.floor(x * 2)) * 4;
  return [...img.data.slice(i, i + 4)];
};
/** The CSS point on the ring at distance `s` along it from angle 0, clockwise on screen. */
const onRing = (s: number) => {
  const a = s / RING.radiusPx;
  return [24 + RING.radiusPx * Math.cos(a), 24 + RING.radiusPx * Math.sin(a)] as const;
};

describe('map images without a canvas (lib/ring-image.ts)', () => {
  it('a transparent square is all zeros', () => {
    const t = transparentImage(2);
    expect([t.width, t.height]).toEqual([2, 2]);
    expect([...t.data]).toEqual(new Array(16).fill(0));
  });

  it('the dashed ring: 96 device pixels square at ratio 2, clear inside and outside', () => {
    expect([img.width, img.height, img.data.length]).toEqual([96, 96, 96 * 96 * 4]);
    expect(at(24, 24)[3]).toBe(0);
    expect(at(1, 1)[3]).toBe(0);
    expect(at(24, 10)[3]).toBe(0);
  });

  it('is dark and opaque in the middle of a dash, pale and 85 % opaque in the middle of a gap', () => {
    const [dx, dy] = onRing(2); // the first dash runs 0–4 px along the ring
    expect(at(dx, dy)).toEqual([0x1f, 0x1d, 0x1a, 255]);
    const [gx, gy] = onRing(5.5); // its gap runs 4–7 px
    const gap = at(gx, gy);
    expect(gap.slice(0, 3)).toEqual([255, 255, 255]);
    expect(gap[3]).toBe(Math.round(0.85 * 255));
    // The next period starts a dash again (7–11 px).
    const [nx, ny] = onRing(9);
    expect(at(nx, ny)[3]).toBe(255);
  });

  it('the halo shows either side of a dash, wider than it', () => {
    // 1.5 px out from the ring's radius, beside a dash: halo only (the dash is 1 px either side, the halo 1.75 px).
    const a = 2 / RING.radiusPx;
    const r = RING.radiusPx + 1.4;
    const p = at(24 + r * Math.cos(a), 24 + r * Math.sin(a));
    expect(p.slice(0, 3)).toEqual([255, 255, 255]);
    expect(p[3]).toBeGreaterThan(0);
    expect(p[3]).toBeLessThanOrEqual(Math.round(0.85 * 255));
  });
});
