import { describe, it, expect } from 'vitest';
import {
  DEFAULT_SHARE_STATE,
  parseUrlState,
  serializeUrlState,
  type ShareState,
  type UrlVocabulary,
} from '../../../src/lib/url-state.ts';

const vocab: UrlVocabulary = {
  parkIds: new Set(['a-park', 'b-park', 'c-park', 'd-park', 'e-park']),
  industryIds: new Set(['ai', 'ic', 'biomed']),
  townSlugs: new Set(['wenquan-town', 'shangdi-subdistrict']),
  bbox: [116.0, 39.8, 116.5, 40.2],
};

describe('url-state round trip', () => {
  it.each<[string, Partial<ShareState>]>([
    ['defaults', {}],
    [
      'filters',
      {
        filters: {
          industries: ['ai', 'ic'],
          towns: ['wenquan-town'],
          minM2: 100000,
          maxM2: 300000,
          sizeBasis: 'above',
          query: '温泉 park',
          transit: DEFAULT_SHARE_STATE.filters.transit,
          commute: DEFAULT_SHARE_STATE.filters.commute,
        },
      },
    ],
    [
      'door to door: destination, direction, limit, possible, reach',
      {
        commuteTo: 'xierqi',
        commuteFrom: true,
        reachMin: 30,
        filters: { ...DEFAULT_SHARE_STATE.filters, commute: { maxMin: 45, possible: true } },
      },
    ],
    ['a gazetteer place as destination', { commuteTo: 'landmark:pku' }],
    ['selection and compare', { park: 'b-park', compare: ['a-park', 'c-park'] }],
    [
      'language, layers, scenario, sort',
      { lang: 'en', hiddenLayers: ['roads', 'towns'], scenario: 'plan', sort: 'floor' },
    ],
    ['radius query', { radius: { origin: [116.3, 40.0], radiusKm: 1.5 } }],
    ['presentation and dimming', { presenting: true, dimFiltered: true }],
    ['placement regions shown, parks hidden', { hiddenLayers: ['parks'] }],
  ])('%s survives serialize → parse', (_n, partial) => {
    const state = { ...DEFAULT_SHARE_STATE, ...partial } as ShareState;
    const search = serializeUrlState(state);
    const { state: back, warnings } = parseUrlState(search, vocab);
    expect(warnings).toEqual([]);
    expect(back).toEqual(state);
  });

  it('omits defaults and keeps keys readable', () => {
    expect(serializeUrlState(DEFAULT_SHARE_STATE)).toBe('');
    const s = serializeUrlState({
      ...DEFAULT_SHARE_STATE,
      filters: { ...DEFAULT_SHARE_STATE.filters, industries: ['ai', 'ic'] },
      park: 'a-park',
    });
    expect(s).toBe('?ind=ai,ic&park=a-park');
  });

  it('writes door to door as to=, dir=from, cmin=, cp=1 and reach=', () => {
    const s = serializeUrlState({
      ...DEFAULT_SHARE_STATE,
      commuteTo: 'xierqi',
      commuteFrom: true,
      reachMin: 30,
      filters: { ...DEFAULT_SHARE_STATE.filters, commute: { maxMin: 45, possible: true } },
    });
    expect(s).toBe('?to=xierqi&dir=from&cmin=45&cp=1&reach=30');
  });

  it.each([
    ['to=Xi Erqi', 'to'],
    ['to=<b>x</b>', 'to'],
    ['dir=back', 'dir'],
    ['cmin=0', 'cmin'],
    ['cmin=999', 'cmin'],
    ['cmin=30.5', 'cmin'],
    ['reach=25', 'reach'],
    ['reach=90', 'reach'],
  ])('drops %s with a warning', (q, param) => {
    const { state, warnings } = parseUrlState(`?${q}`, vocab);
    expect(warnings.map((w) => w.param)).toEqual([param]);
    expect(state).toEqual(DEFAULT_SHARE_STATE);
  });
});

describe('layers that start hidden (placement regions)', () => {
  it('keeps the regions hidden by default and out of the link', () => {
    expect(DEFAULT_SHARE_STATE.hiddenLayers).toEqual(['regions']);
    expect(parseUrlState('', vocab).state.hiddenLayers).toEqual(['regions']);
    expect(serializeUrlState({ ...DEFAULT_SHARE_STATE, hiddenLayers: ['regions', 'roads'] })).toBe('?hide=roads');
  });
  it('writes show=regions when they are on, and reads it back', () => {
    expect(serializeUrlState({ ...DEFAULT_SHARE_STATE, hiddenLayers: [] })).toBe('?show=regions');
    const { state, warnings } = parseUrlState('?show=regions&hide=towns', vocab);
    expect(warnings).toEqual([]);
    expect(state.hiddenLayers).toEqual(['towns']);
  });
  it('takes hide=regions as the default, and warns about show= of a layer that is on anyway', () => {
    expect(parseUrlState('?hide=regions', vocab)).toMatchObject({ state: { hiddenLayers: ['regions'] }, warnings: [] });
    const { state, warnings } = parseUrlState('?show=parks,regions', vocab);
    expect(state.hiddenLayers).toEqual([]);
    expect(warnings).toEqual([{ param: 'show', value: 'parks' }]);
  });
});

describe('parseUrlState drops bad values with a warning', () => {
  it.each<[string, string, Partial<ShareState>, string[]]>([
    [
      'unknown industry kept apart from a good one',
      '?ind=ai,warp-drive',
      { filters: { ...DEFAULT_SHARE_STATE.filters, industries: ['ai'] } },
      ['ind'],
    ],
    ['unknown town', '?town=atlantis', {}, ['town']],
    ['bad language', '?lang=fr', {}, ['lang']],
    ['unknown park', '?park=nope', {}, ['park']],
    ['unknown key', '?foo=bar', {}, ['foo']],
    ['repeated key keeps the first', '?lang=en&lang=zh', { lang: 'en' }, ['lang']],
    ['non-numeric area', '?min=abc', {}, ['min']],
    [
      'min above max drops max',
      '?min=300000&max=100',
      { filters: { ...DEFAULT_SHARE_STATE.filters, minM2: 300000 } },
      ['max'],
    ],
    ['radius origin outside the district', '?at=0,0', {}, ['at']],
    ['radius out of range', '?at=116.3,40&r=500', { radius: { origin: [116.3, 40], radiusKm: 2 } }, ['r']],
    [
      'too many compared parks',
      '?cmp=a-park,b-park,c-park,d-park,e-park',
      { compare: ['a-park', 'b-park', 'c-park', 'd-park'] },
      ['cmp'],
    ],
    ['script in a value', '?park=<script>alert(1)</script>', {}, ['park']],
    ['huge value', `?sort=${'x'.repeat(5000)}`, {}, ['sort']],
  ])('%s', (_n, search, expected, params) => {
    const { state, warnings } = parseUrlState(search, vocab);
    expect(state).toEqual({ ...DEFAULT_SHARE_STATE, ...expected });
    expect(warnings.map((w) => w.param)).toEqual(params);
  });

  it('reads the basemap CRS and drops an unknown one', () => {
    expect(parseUrlState('?bcrs=gcj02', vocab).basemapCrs).toBe('gcj02');
    const bad = parseUrlState('?bcrs=bd09', vocab);
    expect(bad.basemapCrs).toBeNull();
    expect(bad.warnings.map((w) => w.param)).toEqual(['bcrs']);
    expect(serializeUrlState(DEFAULT_SHARE_STATE, { basemap: 'https://example.org/s.json', basemapCrs: 'gcj02' })).toBe(
      '?basemap=https%3A%2F%2Fexample.org%2Fs.json&bcrs=gcj02',
    );
  });

  it('accepts an http(s) basemap URL and rejects others', () => {
    expect(parseUrlState('?basemap=https://example.org/style.json', vocab).basemap).toBe(
      'https://example.org/style.json',
    );
    const bad = parseUrlState('?basemap=javascript:alert(1)', vocab);
    expect(bad.basemap).toBeNull();
    expect(bad.warnings.map((w) => w.param)).toEqual(['basemap']);
  });
});
