import { describe, it, expect } from 'vitest';
import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { buildBasemapStyle, glyphsUrl, mergeOnlineStyle } from '../../../src/map/basemap-style.ts';
import { MAP_DATA, lineStatusLabel } from '../../../src/map/basemap-data.ts';
import { TRANSIT_LINES } from '../../../src/data/index.ts';
import type { Lang } from '../../../src/lib/format.ts';
import { FONT_BOLD, FONT_REGULAR, LAYER, LAYER_MEMBERS } from '../../../src/map/ids.ts';
import { parksLabel } from '../../../src/map/layers.ts';
import { presetPieces } from '../../../src/map/basemaps.ts';
import { onlinePreset } from '../../../src/lib/basemaps.ts';

const ORIGIN = 'http://127.0.0.1:4173/';
const style = (lang: Lang) =>
  buildBasemapStyle({
    lang,
    glyphs: glyphsUrl(`${ORIGIN}glyphs/`),
    urls: {
      roads: `${ORIGIN}assets/roads.json`,
      water: `${ORIGIN}assets/water.json`,
      green: `${ORIGIN}assets/green.json`,
    },
    data: MAP_DATA,
  });

/** Whether a feature with these properties passes the layer's filter. */
const passes = (layer: LineLayerSpecification | SymbolLayerSpecification, properties: Record<string, string>) =>
  featureFilter(layer.filter, `layers.${layer.id}.filter`).filter({ zoom: 14 }, { type: 2, properties } as never);

/** A line layer's `line-width` at a zoom, for a feature with these properties. */
function widthAt(layer: LineLayerSpecification, zoom: number, properties: Record<string, string>): number {
  const parsed = createExpression(layer.paint!['line-width'], `layers.${layer.id}.paint.line-width`, {
    type: 'number',
    'property-type': 'data-driven',
    expression: { interpolated: true, parameters: ['zoom', 'feature'] },
  } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, { type: 'LineString', properties, geometry: [] } as never) as number;
}

/** Every string in the style that looks like a URL. */
function urls(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^[a-z]+:\/\//i.test(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => urls(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => urls(v, out));
  return out;
}

describe('buildBasemapStyle', () => {
  it.each(['zh', 'en'] as const)('produces a valid style in %s', (lang) => {
    expect(validateStyleMin(style(lang))).toEqual([]);
  });

  it('names only existing sources in its layers', () => {
    const s = style('zh');
    for (const layer of s.layers)
      if ('source' in layer) expect(Object.keys(s.sources), layer.id).toContain(layer.source);
  });

  it('holds no remote URL: every URL is on the page origin', () => {
    const all = urls(style('en'));
    expect(all.length).toBe(4); // glyphs and data
    for (const u of all) expect(u.startsWith(ORIGIN), u).toBe(true);
  });

  it('draws labels from the shipped glyph files, not from fonts in the browser', () => {
    const s = style('zh');
    expect(s.glyphs).toBe(`${ORIGIN}glyphs/{fontstack}/{range}.pbf`);
    expect(glyphsUrl(`${ORIGIN}glyphs`)).toBe(s.glyphs);
    expect(s['font-faces']).toBeUndefined();
    // Every text-font names a stack the glyph files exist for (scripts/vite-plugin-fonts.ts writes these two).
    const fonts = new Set(
      [...s.layers, parksLabel].flatMap(
        (l) => (l.layout as { 'text-font'?: string[] } | undefined)?.['text-font'] ?? [],
      ),
    );
    expect(
      [...fonts].every((f) => f === FONT_REGULAR || f === FONT_BOLD),
      [...fonts].join(),
    ).toBe(true);
  });

  it('labels in the chosen language', () => {
    const townLabel = (lang: Lang) => style(lang).layers.find((l) => l.id === 'towns-label')!;
    expect(JSON.stringify(townLabel('en'))).toContain('name_en');
    expect(JSON.stringify(townLabel('zh'))).toContain('name_zh');
  });

  it('sets no visibility (the toggles go through layer-visibility.ts) and names every toggled layer it has', () => {
    const s = style('zh');
    expect(s.layers.filter((l) => (l.layout as { visibility?: string } | undefined)?.visibility)).toEqual([]);
    const ids = new Set(s.layers.map((l) => l.id));
    const basemapMembers = Object.values(LAYER_MEMBERS)
      .flat()
      .filter((id) => !Object.values(LAYER).includes(id as never));
    expect(basemapMembers.length).toBeGreaterThan(8);
    expect(basemapMembers.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('draws the streets from zoom 12, under the other roads and thinner, all from the roads source', () => {
    const s = style('zh');
    const ids = s.layers.map((l) => l.id);
    const layer = (id: string) => s.layers.find((l) => l.id === id) as LineLayerSpecification;
    const isStreet = { class: 'street' };
    const isArterial = { class: 'arterial' };
    for (const id of ['roads-street-casing', 'roads-street-line']) {
      expect(layer(id).minzoom, id).toBeGreaterThanOrEqual(12);
      expect(passes(layer(id), isStreet), id).toBe(true);
      expect(passes(layer(id), isArterial), id).toBe(false);
      expect(ids.indexOf(id), id).toBeLessThan(ids.indexOf('roads-casing'));
    }
    for (const id of ['roads-casing', 'roads-line', 'roads-label', 'roads-major-label']) {
      expect(passes(layer(id), isStreet), id).toBe(false);
    }
    for (const zoom of [12, 13.5, 15, 17]) {
      expect(widthAt(layer('roads-street-line'), zoom, isStreet)).toBeLessThan(
        widthAt(layer('roads-line'), zoom, isArterial),
      );
      expect(widthAt(layer('roads-street-casing'), zoom, isStreet)).toBeLessThan(
        widthAt(layer('roads-casing'), zoom, isArterial),
      );
    }
    // An online basemap hides the embedded ground by source, and the roads toggle reaches every road layer.
    const roadLayers = s.layers.filter((l) => 'source' in l && l.source === 'roads').map((l) => l.id);
    expect(s.layers.filter((l) => l.id.startsWith('roads-')).map((l) => l.id)).toEqual(roadLayers);
    expect([...LAYER_MEMBERS.roads].sort()).toEqual([...roadLayers].sort());
  });

  it('draws planned lines dashed and indicative ones fainter', () => {
    const planned = style('zh').layers.find((l) => l.id === 'transit-planned-line')!;
    expect(planned.paint).toHaveProperty('line-dasharray');
    expect(JSON.stringify(planned.paint)).toContain('indicative');
  });

  it('puts an online style under the app layers, replacing only the ground', () => {
    const online = {
      version: 8 as const,
      sources: { osm: { type: 'raster' as const, tiles: ['https://tiles.example/{z}/{x}/{y}.png'] } },
      layers: [{ id: 'osm', type: 'raster' as const, source: 'osm' }],
    };
    const merged = mergeOnlineStyle(online, style('zh'));
    expect(merged.layers[0]!.id).toBe('osm');
    expect(merged.layers.map((l) => l.id)).not.toContain('background');
    // Every layer of the ground goes, the streets too; and so do the ground's sources (nothing fetched for nothing).
    expect(
      merged.layers.filter((l) => 'source' in l && /^(roads|water|green|landmark-labels)$/.test(l.source)),
    ).toEqual([]);
    expect(Object.keys(merged.sources).sort()).toEqual(
      ['boundary', 'osm', 'town-labels', 'towns', 'transit-lines', 'transit-stations'].sort(),
    );
    expect(merged.layers.map((l) => l.id)).toContain('transit-now-line');
    expect(validateStyleMin(merged)).toEqual([]);
    // One glyphs URL per style: ours, which the app's labels need (the online labels fall back to local fonts).
    const withGlyphs = mergeOnlineStyle(
      { ...online, glyphs: 'https://fonts.example/{fontstack}/{range}.pbf' },
      style('zh'),
    );
    expect(withGlyphs.glyphs).toBe(`${ORIGIN}glyphs/{fontstack}/{range}.pbf`);
  });
});

describe('buildBasemapStyle with an online preset', () => {
  const withPreset = (id: string, lang: Lang = 'zh') =>
    buildBasemapStyle({
      lang,
      glyphs: glyphsUrl(`${ORIGIN}glyphs/`),
      urls: { roads: 'r', water: 'w', green: 'g' },
      data: MAP_DATA,
      raster: presetPieces(onlinePreset(id)!, lang, null),
    });

  it.each(['tianditu-vec', 'tianditu-img', 'amap-road', 'amap-img'])('%s makes a valid style', (id) => {
    expect(validateStyleMin(withPreset(id))).toEqual([]);
  });

  it('draws the preset as the ground and leaves out the embedded ground, keeping district, towns and transit', () => {
    const s = withPreset('tianditu-img');
    const ids = s.layers.map((l) => l.id);
    expect(ids[0]).toBe('basemap-base');
    for (const gone of [
      'background',
      'green-fill',
      'water-fill',
      'roads-line',
      'roads-street-label',
      'roads-label',
      'landmarks-label',
    ])
      expect(ids).not.toContain(gone);
    for (const kept of [
      'towns-line',
      'boundary-line',
      'transit-now-line',
      'transit-planned-line',
      'towns-label',
      'stations-circle',
    ])
      expect(ids).toContain(kept);
    expect(Object.keys(s.sources)).not.toContain('roads');
    expect(s.sources['basemap-base']).toMatchObject({ type: 'raster', tileSize: 256, minzoom: 1, maxzoom: 18 });
  });

  it('puts the label raster over the areas and the district and town lines, under the transit lines and every label', () => {
    const ids = withPreset('tianditu-vec').layers.map((l) => l.id);
    const at = ids.indexOf('basemap-labels');
    expect(at).toBeGreaterThan(ids.indexOf('towns-line'));
    expect(at).toBeGreaterThan(ids.indexOf('boundary-line'));
    expect(at).toBe(ids.indexOf('transit-planned-line') - 1);
    const labelLayers = withPreset('tianditu-vec')
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => ids.indexOf(l.id));
    expect(Math.min(...labelLayers)).toBeGreaterThan(at);
    expect(withPreset('amap-road').layers.map((l) => l.id)).not.toContain('basemap-labels');
  });

  it('names its tiles in the UI’s language, with no key in the style', () => {
    const en = withPreset('tianditu-img', 'en');
    const tiles = (en.sources['basemap-labels'] as { tiles: string[] }).tiles;
    expect(tiles[0]).toMatch(/\/eia_w\/wmts\?/);
    expect(JSON.stringify(en)).not.toMatch(/tk=/);
  });
});

describe('lineStatusLabel', () => {
  it('says status, year and indicative', () => {
    const base = {
      id: 'x',
      name: { zh: 'x', en: 'x' },
      colour: '#000000',
      provenance: { basis: 'xxxxx', source: 'x' },
    };
    expect(lineStatusLabel({ ...base, status: 'planned', openingYear: 2029, indicative: true })).toEqual({
      zh: '规划，约2029年，走向示意',
      en: 'planned, ~2029, indicative',
    });
    expect(lineStatusLabel({ ...base, status: 'under-construction', indicative: false })).toEqual({
      zh: '在建',
      en: 'under construction',
    });
    expect(lineStatusLabel({ ...base, status: 'open', indicative: false })).toEqual({ zh: '', en: '' });
  });
  it('follows a line name on the map in brackets, per language', () => {
    const mapLines = (MAP_DATA.lines as { features: { properties: Record<string, unknown> }[] }).features;
    const onMap = (id: string) => mapLines.find((f) => f.properties.id === id)!.properties;
    const notOpen = TRANSIT_LINES.features.find((f) => f.properties.status !== 'open' && f.geometry)!.properties;
    const label = lineStatusLabel(notOpen);
    expect(label.zh).not.toBe('');
    expect(onMap(notOpen.id).status_suffix_zh).toBe(`（${label.zh}）`);
    expect(onMap(notOpen.id).status_suffix_en).toBe(` (${label.en})`);
    const open = TRANSIT_LINES.features.find((f) => f.properties.status === 'open' && f.geometry)!.properties;
    expect(onMap(open.id).status_suffix_zh).toBe('');
  });
});
