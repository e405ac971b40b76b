/**
 * Draws the PNG export on a 2D canvas: the map picture (map/use-map-snapshot.ts, framed by `exportFrame`) framed by the title band, the legend
 * column and the footer with scale bar and attribution, as lib/png-layout.ts places them. Text is set in the UI's
 * fonts (the system's, styles.css `--font-ui`).
 */
import { pngLayout, type LegendSymbol, type PngContent, type PngLayout, type TextFont } from '../../lib/png-layout.ts';
import { PARK_STYLE } from '../../map/layers.ts';
import type { MapPicture, SnapshotFrame } from '../../map/use-map-snapshot.ts';
import type { LngLat } from '../../lib/schema.ts';

const INK = '#1f1d1a';
const MUTED = '#5e5952';
const PAPER = '#ffffff';
const RULE = '#d9d4cc';
/** The legend's neutral park colour and line colour, as in the on-screen legend (styles.css .swatch-*). */
const NEUTRAL = '#5e5952';
const LINE = '#0072b2';

/**
 * The picture shows every park the title counts, with room for its label (bold 11–14 px, up to 12 em wide, beside
 * a circle of up to 31 px radius): when one lies outside the view or this near its edge, the camera is fitted to
 * them for the picture and put back afterwards; otherwise the user's view is kept as it is.
 */
export function exportFrame(points: readonly LngLat[]): SnapshotFrame {
  return { points, paddingPx: { top: 64, bottom: 64, left: 110, right: 110 }, maxZoom: 14, onlyIfNeeded: true };
}

const css = (f: TextFont, family: string) => `${f.bold ? 700 : 400} ${f.sizePx}px ${family}`;

/** The UI's font stack (styles.css `--font-ui`), so the page reads like the app. */
function uiFamily(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
}

function drawSymbol(ctx: CanvasRenderingContext2D, s: LegendSymbol, cx: number, cy: number, u: number): void {
  ctx.save();
  const circle = (r: number) => {
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
  };
  if (s.kind === 'disc' || s.kind === 'precise' || s.kind === 'size') {
    const colour = s.kind === 'disc' ? s.colour : NEUTRAL;
    circle(s.kind === 'size' ? s.radiusPx : 6.5 * u);
    ctx.globalAlpha = PARK_STYLE.precise.fillOpacity;
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = PARK_STYLE.precise.strokeWidthPx * u;
    ctx.strokeStyle = PARK_STYLE.precise.strokeColour;
    ctx.stroke();
    // The white edge needs a hairline to show on white paper.
    circle((s.kind === 'size' ? s.radiusPx : 6.5 * u) + PARK_STYLE.precise.strokeWidthPx * u);
    ctx.lineWidth = 0.75 * u;
    ctx.strokeStyle = 'rgba(0,0,0,0.25)';
    ctx.stroke();
  } else if (s.kind === 'rough') {
    circle(5.5 * u);
    ctx.globalAlpha = PARK_STYLE.rough.fillOpacity;
    ctx.fillStyle = NEUTRAL;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = PARK_STYLE.rough.strokeWidthPx * u;
    ctx.strokeStyle = NEUTRAL;
    ctx.stroke();
  } else if (s.kind === 'station') {
    circle(5 * u);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 1.5 * u;
    ctx.strokeStyle = '#3d3a36';
    ctx.stroke();
  } else {
    const style = {
      open: { colour: LINE, width: 3, dash: [] as number[], alpha: 1 },
      planned: { colour: LINE, width: 3, dash: [5, 3], alpha: 1 },
      indicative: { colour: LINE, width: 3, dash: [1.5, 3], alpha: 0.5 },
      district: { colour: '#4a4640', width: 2, dash: [], alpha: 1 },
      town: { colour: '#9a958c', width: 1, dash: [4, 3], alpha: 1 },
    }[s.style];
    ctx.globalAlpha = style.alpha;
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = style.width * u;
    ctx.setLineDash(style.dash.map((d) => d * u));
    ctx.beginPath();
    ctx.moveTo(cx - 12 * u, cy);
    ctx.lineTo(cx + 12 * u, cy);
    ctx.stroke();
  }
  ctx.restore();
}

function drawScaleBar(ctx: CanvasRenderingContext2D, bar: NonNullable<PngLayout['scaleBar']>, u: number): void {
  const tick = 6 * u;
  ctx.save();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2 * u;
  ctx.lineCap = 'square';
  ctx.beginPath();
  ctx.moveTo(bar.x, bar.y);
  ctx.lineTo(bar.x, bar.y + tick);
  ctx.lineTo(bar.x + bar.lengthPx, bar.y + tick);
  ctx.lineTo(bar.x + bar.lengthPx, bar.y);
  ctx.stroke();
  ctx.restore();
}

/** The finished page as a PNG data URL, and where its parts lie (for the end-to-end tests). */
export async function drawExportPng(
  picture: MapPicture,
  content: PngContent,
): Promise<{ dataUrl: string; layout: PngLayout } | null> {
  const family = uiFamily();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const measure = (text: string, f: TextFont) => {
    ctx.font = css(f, family);
    return ctx.measureText(text).width;
  };
  const layout = pngLayout(content, measure);
  const u = content.unitPx;
  canvas.width = layout.widthPx;
  canvas.height = layout.heightPx;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // The picture, untouched, with a hairline frame; the legend column's rule beside it.
  ctx.drawImage(picture.canvas, layout.map.x, layout.map.y);
  ctx.strokeStyle = RULE;
  ctx.lineWidth = u;
  ctx.strokeRect(layout.map.x - u / 2, layout.map.y - u / 2, layout.map.width + u, layout.map.height + u);
  ctx.beginPath();
  ctx.moveTo(layout.legend.x + u / 2, layout.legend.y);
  ctx.lineTo(layout.legend.x + u / 2, layout.legend.y + layout.legend.height);
  ctx.stroke();
  for (const s of layout.symbols) drawSymbol(ctx, s.symbol, s.cx, s.cy, u);
  if (layout.scaleBar) drawScaleBar(ctx, layout.scaleBar, u);
  ctx.textBaseline = 'alphabetic';
  for (const r of layout.texts) {
    ctx.font = css(r.font, family);
    ctx.fillStyle = r.tone === 'ink' ? INK : MUTED;
    ctx.textAlign = r.align;
    ctx.fillText(r.text, r.x, r.y);
  }
  try {
    return { dataUrl: canvas.toDataURL('image/png'), layout };
  } catch {
    return null;
  }
}
