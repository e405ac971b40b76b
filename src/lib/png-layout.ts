/**
 * The PNG export's page, as plain numbers: where the title band, the map picture, the legend, the scale bar and the
 * attribution go, and which words fall on which line. Title and legend sit in bands beside the picture, never on it,
 * so they cover no map label. Everything is in output pixels (the map canvas's device pixels); `unitPx` is output
 * pixels per CSS pixel, so type and margins scale with the picture. Text width comes from the caller's `measure`
 * (the canvas's measureText in the app, a stub in tests): no DOM here.
 */

/** A text run's font: size in output px, weight. */
export type TextFont = { sizePx: number; bold: boolean };
/** Width in output px of `text` set in `font`. */
export type Measure = (text: string, font: TextFont) => number;
type Rect = { x: number; y: number; width: number; height: number };

/** What a legend row shows left of its words; a row without a symbol is a heading. */
export type LegendSymbol =
  | { kind: 'disc'; colour: string }
  | { kind: 'precise' }
  | { kind: 'rough' }
  | { kind: 'size'; radiusPx: number }
  | { kind: 'line'; style: 'open' | 'planned' | 'indicative' | 'district' | 'town' }
  | { kind: 'station' };
export type LegendEntry = { symbol: LegendSymbol | null; text: string };

export type PngContent = {
  /** The map picture, output px. */
  mapWidthPx: number;
  mapHeightPx: number;
  /** Output px per CSS px (the map's devicePixelRatio). */
  unitPx: number;
  title: string;
  /** What is shown, e.g. "… · 12 / 18 个园区 · 交通：现状". */
  subtitle: string;
  /** The active filters in words, or null when none. */
  filters: string | null;
  date: string;
  legendTitle: string;
  legend: readonly LegendEntry[];
  /** The bar's length in output px and its label, or null when the scale is unknown. */
  scaleBar: { lengthPx: number; label: string } | null;
  /** Paragraphs of attribution and source, each wrapped to the footer. */
  attribution: readonly string[];
};

/** A line of text: `y` is its baseline. */
type TextRun = {
  text: string;
  x: number;
  y: number;
  font: TextFont;
  align: 'left' | 'right';
  tone: 'ink' | 'muted';
};
/** A legend symbol centred on (cx, cy). */
type PlacedSymbol = { symbol: LegendSymbol; cx: number; cy: number };

export type PngLayout = {
  widthPx: number;
  heightPx: number;
  titleBand: Rect;
  map: Rect;
  legend: Rect;
  footer: Rect;
  texts: TextRun[];
  symbols: PlacedSymbol[];
  /** The bar's left end and baseline, output px; null without a scale. */
  scaleBar: { x: number; y: number; lengthPx: number } | null;
};

/** CSS px sizes, multiplied by unitPx. */
const CSS = {
  margin: 16,
  gap: 16,
  legendWidth: 280,
  legendPad: 12,
  title: 22,
  subtitle: 15,
  small: 12.5,
  legend: 13,
  legendHeading: 13.5,
  lineHeight: 1.4,
  symbolColumn: 30,
  rowGap: 4,
  scaleColumn: 150,
};

/** Metres per CSS pixel of a MapLibre map (512-px tiles) at `latDeg` and `zoom`: 40075016.686 · cos φ / (512 · 2^z). */
export function metresPerPixel(latDeg: number, zoom: number): number {
  return (40075016.686 * Math.cos((latDeg * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * A scale bar: the longest round length (1, 2 or 5 × 10^n metres) no longer than `maxPx` at `metresPerPx`, and its
 * length in px. Null for a non-positive or non-finite scale or width.
 */
export function niceScaleBar(metresPerPx: number, maxPx: number): { metres: number; lengthPx: number } | null {
  if (!(metresPerPx > 0) || !(maxPx > 0) || !Number.isFinite(metresPerPx * maxPx)) return null;
  const most = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((k) => k * pow <= most * (1 + 1e-9)) ?? 1;
  const metres = step * pow;
  return { metres, lengthPx: metres / metresPerPx };
}

/**
 * Evaluates the numeric subset of a MapLibre expression that the park circle's radius uses: numbers, ['zoom'],
 * ['get', key], ['sqrt', x], ['*', …], ['+', …], ['interpolate', ['linear'], input, stop, value, …] (clamped at the
 * ends, as MapLibre does). Null for anything else, so a caller can leave out what it cannot draw truthfully.
 */
export function evaluateNumber(
  expr: unknown,
  ctx: { zoom: number; properties: Readonly<Record<string, number>> },
): number | null {
  if (typeof expr === 'number') return expr;
  if (!Array.isArray(expr) || typeof expr[0] !== 'string') return null;
  const [op, ...args] = expr as [string, ...unknown[]];
  const num = (e: unknown) => evaluateNumber(e, ctx);
  switch (op) {
    case 'zoom':
      return ctx.zoom;
    case 'get':
      return typeof args[0] === 'string' && typeof ctx.properties[args[0]] === 'number'
        ? ctx.properties[args[0]]!
        : null;
    case 'sqrt': {
      const v = num(args[0]);
      return v === null ? null : Math.sqrt(v);
    }
    case '*':
    case '+': {
      const vs = args.map(num);
      if (vs.some((v) => v === null)) return null;
      return (vs as number[]).reduce((a, b) => (op === '*' ? a * b : a + b), op === '*' ? 1 : 0);
    }
    case 'interpolate': {
      const [kind, input, ...stops] = args;
      if (!Array.isArray(kind) || kind[0] !== 'linear' || stops.length < 2 || stops.length % 2) return null;
      const x = num(input);
      if (x === null) return null;
      const at = (i: number) => stops[2 * i] as number;
      const n = stops.length / 2;
      if (x <= at(0)) return num(stops[1]);
      if (x >= at(n - 1)) return num(stops[2 * n - 1]);
      const i = [...Array(n - 1).keys()].find((k) => x >= at(k) && x <= at(k + 1))!;
      const [lo, hi] = [num(stops[2 * i + 1]), num(stops[2 * i + 3])];
      if (lo === null || hi === null) return null;
      return lo + ((hi - lo) * (x - at(i))) / (at(i + 1) - at(i));
    }
    default:
      return null;
  }
}

/** Characters that may not begin a line (closing punctuation), in either script. */
const NO_LINE_START = /^[，。、；：！？）》」』”’,.;:!?)\]…·]/;
/** A CJK character (or full-width form): a line may break before it. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Splits text into unbreakable pieces: Latin words with their following spaces, single CJK characters. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ') {
      word += ch;
      out.push(word);
      word = '';
    } else if (word.endsWith(' ')) {
      out.push(word);
      word = ch;
    } else word += ch;
  }
  if (word) out.push(word);
  // Closing punctuation stays with what it closes.
  return out.reduce<string[]>((acc, t) => {
    if (acc.length && NO_LINE_START.test(t)) acc[acc.length - 1] += t;
    else acc.push(t);
    return acc;
  }, []);
}

/**
 * `text` broken into lines no wider than `maxWidth`: at spaces between Latin words, between any two CJK characters,
 * never before closing punctuation. A single piece wider than the line is broken between characters. Empty text gives
 * no lines.
 */
export function wrapText(text: string, maxWidth: number, font: TextFont, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (piece: string) => {
    if (measure(piece.trimEnd(), font) <= maxWidth) {
      line = piece;
      return;
    }
    // Too wide alone: break it between characters.
    let part = '';
    for (const ch of piece) {
      if (part && measure(part + ch, font) > maxWidth) {
        lines.push(part);
        part = '';
      }
      part += ch;
    }
    line = part;
  };
  for (const t of tokens(text.trim())) {
    if (!line) push(t);
    else if (measure((line + t).trimEnd(), font) <= maxWidth) line += t;
    else {
      lines.push(line.trimEnd());
      push(t.trimStart());
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** How much room a legend symbol needs, CSS px (the side of its box). */
function symbolSize(s: LegendSymbol, unitPx: number): number {
  if (s.kind === 'size') return (2 * s.radiusPx) / unitPx + 4;
  if (s.kind === 'line') return 24;
  return 14;
}

/**
 * Lays out the page:
 *
 *     ┌ title band: title ················· date ┐
 *     │ subtitle; the active filters (wrapped)    │
 *     ├ map picture, untouched ──┬ legend column ─┤
 *     ├ scale bar │ attribution and source (wrapped)
 *     └───────────────────────────────────────────┘
 *
 * The legend column is as tall as it needs; when it is taller than the picture, the body grows (the picture stays
 * at the top). Every text run lies inside the page and outside the map rectangle.
 */
export function pngLayout(c: PngContent, measure: Measure): PngLayout {
  const u = c.unitPx;
  const m = CSS.margin * u;
  const gap = CSS.gap * u;
  const legendWidth = CSS.legendWidth * u;
  const widthPx = Math.round(m + c.mapWidthPx + gap + legendWidth + m);
  const inner = widthPx - 2 * m;
  const texts: TextRun[] = [];
  const font = (css: number, bold = false): TextFont => ({ sizePx: css * u, bold });
  const lh = (f: TextFont) => f.sizePx * CSS.lineHeight;
  const run = (
    text: string,
    x: number,
    y: number,
    f: TextFont,
    tone: TextRun['tone'] = 'ink',
    align: TextRun['align'] = 'left',
  ) => texts.push({ text, x, y, font: f, align, tone });

  // Title band: the title left and the date right on the first line; then what is shown, then the filters.
  let y = m;
  const titleFont = font(CSS.title, true);
  const smallFont = font(CSS.small);
  const dateWidth = measure(c.date, smallFont);
  y += titleFont.sizePx;
  const titleLines = wrapText(c.title, inner - dateWidth - gap, titleFont, measure);
  titleLines.forEach((line, i) => run(line, m, y + i * lh(titleFont), titleFont));
  run(c.date, widthPx - m, y, smallFont, 'muted', 'right');
  y += (titleLines.length - 1) * lh(titleFont) + titleFont.sizePx * 0.5;
  const subFont = font(CSS.subtitle);
  for (const line of wrapText(c.subtitle, inner, subFont, measure)) {
    y += lh(subFont);
    run(line, m, y, subFont);
  }
  if (c.filters) {
    for (const line of wrapText(c.filters, inner, smallFont, measure)) {
      y += lh(smallFont);
      run(line, m, y, smallFont, 'muted');
    }
  }
  y += smallFont.sizePx * 0.9;
  const titleBand: Rect = { x: 0, y: 0, width: widthPx, height: Math.ceil(y) };

  // Body: the picture on the left, the legend column on the right.
  const bodyTop = titleBand.height;
  const map: Rect = { x: Math.round(m), y: bodyTop, width: c.mapWidthPx, height: c.mapHeightPx };
  const legendX = map.x + map.width + gap;
  const pad = CSS.legendPad * u;
  const symbols: PlacedSymbol[] = [];
  const symbolColumn =
    Math.max(CSS.symbolColumn, ...c.legend.map((e) => (e.symbol ? symbolSize(e.symbol, u) + 6 : 0))) * u;
  let ly = bodyTop + pad;
  const headFont = font(CSS.legendHeading, true);
  ly += headFont.sizePx;
  run(c.legendTitle, legendX + pad, ly, headFont);
  ly += headFont.sizePx * 0.4;
  const itemFont = font(CSS.legend);
  for (const e of c.legend) {
    if (!e.symbol) {
      ly += CSS.rowGap * 2 * u;
      for (const line of wrapText(e.text, legendWidth - 2 * pad, headFont, measure)) {
        ly += lh(headFont);
        run(line, legendX + pad, ly, headFont, 'muted');
      }
      continue;
    }
    const lines = wrapText(e.text, legendWidth - 2 * pad - symbolColumn, itemFont, measure);
    const textHeight = lines.length * lh(itemFont);
    const rowHeight = Math.max(textHeight, symbolSize(e.symbol, u) * u);
    const top = ly + CSS.rowGap * u;
    symbols.push({ symbol: e.symbol, cx: legendX + pad + symbolColumn / 2 - 3 * u, cy: top + rowHeight / 2 });
    const textTop = top + (rowHeight - textHeight) / 2;
    lines.forEach((line, i) =>
      run(line, legendX + pad + symbolColumn, textTop + i * lh(itemFont) + itemFont.sizePx * 1.05, itemFont),
    );
    ly = top + rowHeight;
  }
  const legend: Rect = { x: legendX, y: bodyTop, width: legendWidth, height: Math.ceil(ly + pad - bodyTop) };
  const bodyBottom = bodyTop + Math.max(map.height, legend.height);

  // Footer: the scale bar under the picture's left edge, the attribution beside it.
  const footerTop = bodyBottom + gap * 0.75;
  let scaleBar: PngLayout['scaleBar'] = null;
  let attrX = m;
  let fy = footerTop;
  if (c.scaleBar) {
    const barY = footerTop + smallFont.sizePx * 0.5;
    scaleBar = { x: m, y: barY, lengthPx: c.scaleBar.lengthPx };
    run(c.scaleBar.label, m, barY + 6 * u + smallFont.sizePx, smallFont);
    attrX = m + Math.max(CSS.scaleColumn * u, c.scaleBar.lengthPx + gap, measure(c.scaleBar.label, smallFont) + gap);
  }
  const attrWidth = widthPx - m - attrX;
  for (const para of c.attribution) {
    for (const line of wrapText(para, attrWidth, smallFont, measure)) {
      fy += lh(smallFont);
      run(line, attrX, fy, smallFont, 'muted');
    }
  }
  const scaleBottom = scaleBar ? scaleBar.y + 6 * u + smallFont.sizePx * 1.4 : footerTop;
  const footerBottom = Math.max(fy + smallFont.sizePx * 0.4, scaleBottom);
  const heightPx = Math.ceil(footerBottom + m * 0.75);
  return {
    widthPx,
    heightPx,
    titleBand,
    map,
    legend,
    footer: { x: 0, y: bodyBottom, width: widthPx, height: heightPx - bodyBottom },
    texts,
    symbols,
    scaleBar,
  };
}
