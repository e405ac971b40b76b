/**
 * Small map images as RGBA pixels, computed without a canvas: a page's first drawing on a 2D canvas starts the
 * browser's canvas machinery, about 50 ms of main thread (over 200 ms on the phone profile, issue 24), which the map
 * would wait for at start-up. Pixels are straight (not premultiplied) RGBA, as MapLibre's `addImage` takes them.
 */

/** An image as `addImage` takes it. */
export type RgbaImage = { width: number; height: number; data: Uint8Array };

/** A fully transparent square of `sizePx` × `sizePx` pixels. */
export function transparentImage(sizePx: number): RgbaImage {
  return { width: sizePx, height: sizePx, data: new Uint8Array(sizePx * sizePx * 4) };
}

/** A dashed ring: a solid `halo` ring under a `dash`ed one of the same radius, both centred in the square. */
export type DashedRing = {
  /** The square's side, the ring's radius and the dashed line's width, in CSS pixels. */
  sizePx: number;
  radiusPx: number;
  lineWidthPx: number;
  /** How much wider the halo is than the dashed line, in CSS pixels. */
  haloExtraPx: number;
  /** Dash and gap lengths along the ring, in CSS pixels, from angle 0 clockwise (as a canvas's setLineDash). */
  dashPx: number;
  gapPx: number;
  /** Colours as [r, g, b, alpha 0–1]. */
  halo: readonly [number, number, number, number];
  dash: readonly [number, number, number, number];
};

/** Coverage (0–1) of a band `halfWidth` either side of 0, at signed distance `d`, antialiased over one pixel of `px`. */
const band = (d: number, halfWidth: number, px: number) =>
  Math.min(1, Math.max(0, 0.5 + (halfWidth - Math.abs(d)) / px));

/** The ring's pixels at `pixelRatio` device pixels per CSS pixel. */
export function dashedRingImage(ring: DashedRing, pixelRatio: number): RgbaImage {
  const size = Math.round(ring.sizePx * pixelRatio);
  const data = new Uint8Array(size * size * 4);
  const c = ring.sizePx / 2;
  const px = 1 / pixelRatio;
  const period = ring.dashPx + ring.gapPx;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // The pixel's centre in CSS pixels, relative to the ring's centre (y down, as on screen).
      const dx = (x + 0.5) * px - c;
      const dy = (y + 0.5) * px - c;
      const off = Math.sqrt(dx * dx + dy * dy) - ring.radiusPx;
      const haloA = band(off, (ring.lineWidthPx + ring.haloExtraPx) / 2, px) * ring.halo[3];
      // Distance along the ring from angle 0, clockwise on screen; inside a dash, how far from its nearer end.
      const angle = Math.atan2(dy, dx);
      const along = ((angle < 0 ? angle + 2 * Math.PI : angle) * ring.radiusPx) % period;
      const inDash = Math.min(along, ring.dashPx - along);
      const dashA = band(off, ring.lineWidthPx / 2, px) * Math.min(1, Math.max(0, 0.5 + inDash / px)) * ring.dash[3];
      // The dash over the halo ("source over"), kept straight.
      const a = dashA + haloA * (1 - dashA);
      if (a <= 0) continue;
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++)
        data[i + k] = Math.round((ring.dash[k]! * dashA + ring.halo[k]! * haloA * (1 - dashA)) / a);
      data[i + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, data };
}
