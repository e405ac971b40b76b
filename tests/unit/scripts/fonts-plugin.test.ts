// The font trimming in scripts/vite-plugin-fonts.ts: a subset left with no glyph but .notdef (its unicode-range
// names characters Noto Sans SC does not draw, such as ▸ in subset 88) must be recognised, so it is not shipped as a
// file the browser cannot decode.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import subsetFont from 'subset-font';
import { glyphCount } from '../../../scripts/vite-plugin-fonts.ts';

const require = createRequire(import.meta.url);
const file = (name: string) => readFileSync(require.resolve(`@fontsource/noto-sans-sc/files/${name}`));

describe('glyphCount', () => {
  it('sees that subset 88 draws none of ▸ ▾ ▴ (only .notdef is left)', async () => {
    const trimmed = await subsetFont(file('noto-sans-sc-88-400-normal.woff2'), '▸▾▴', { targetFormat: 'sfnt' });
    expect(glyphCount(trimmed)).toBe(1);
  });

  it('counts the glyphs a useful subset keeps', async () => {
    const latin = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'));
    const trimmed = await subsetFont(latin, 'Haidian', { targetFormat: 'sfnt' });
    // .notdef and H, a, i, d, n.
    expect(glyphCount(trimmed)).toBe(6);
  });
});
