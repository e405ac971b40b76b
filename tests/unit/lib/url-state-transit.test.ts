import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARE_STATE,
  parseUrlState,
  serializeUrlState,
  type ShareState,
  type UrlVocabulary,
} from '../../../src/lib/url-state.ts';
import { EMPTY_TRANSIT_QUERY } from '../../../src/lib/filters.ts';

const vocab: UrlVocabulary = {
  parkIds: new Set(['a-park']),
  industryIds: new Set(['ai']),
  townSlugs: new Set(['wenquan-town']),
  bbox: [116, 39.8, 116.5, 40.2],
  lineIds: new Set(['L15', 'L19N', 'CP']),
};

/** Share state with the transit filter set (it is part of the filters). */
const tf = (t: Partial<typeof EMPTY_TRANSIT_QUERY>): Partial<ShareState> => ({
  filters: { ...DEFAULT_SHARE_STATE.filters, transit: { ...EMPTY_TRANSIT_QUERY, ...t } },
});

describe('url state: transit keys', () => {
  it.each<[string, Partial<ShareState>, string]>([
    [
      'a radius query in the plan scenario',
      { scenario: 'plan', radius: { origin: [116.36204, 40.00012], radiusKm: 1.5 } },
      '?scen=plan&at=116.36204,40.00012&r=1.5',
    ],
    ['within 1 km of any station', tf({ maxKm: 1 }), '?tk=1'],
    [
      'within 2.5 km of a planned Line 19N station',
      tf({ maxKm: 2.5, lines: ['L19N'], statuses: ['planned'] }),
      '?tk=2.5&tl=L19N&ts=planned',
    ],
    ['within 500 m, possibly included', tf({ maxKm: 0.5, possible: true }), '?tk=0.5&tp=1'],
    [
      'lines and statuses without a distance (for the sort)',
      tf({ lines: ['L15', 'CP'], statuses: ['open', 'under-construction'] }),
      '?tl=L15,CP&ts=open,under-construction',
    ],
  ])('round-trips %s', (_name, partial, search) => {
    const state: ShareState = { ...structuredClone(DEFAULT_SHARE_STATE), ...partial };
    expect(serializeUrlState(state)).toBe(search);
    const parsed = parseUrlState(search, vocab);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it.each<[string, string, Partial<ShareState>, string[]]>([
    ['a distance out of range', '?tk=99', {}, ['tk']],
    ['a distance that is not a number', '?tk=near', {}, ['tk']],
    ['an unknown line kept apart from a known one', '?tl=L19N,L99', tf({ lines: ['L19N'] }), ['tl']],
    ['an unknown status', '?ts=planned,dreamt', tf({ statuses: ['planned'] }), ['ts']],
    ['a malformed "possibly" switch', '?tk=1&tp=yes', tf({ maxKm: 1 }), ['tp']],
    ['a radius without an origin is ignored; an origin outside the district warns', '?at=0,0&r=3', {}, ['at']],
  ])('drops %s and warns', (_name, search, expected, params) => {
    const { state, warnings } = parseUrlState(search, vocab);
    expect(state).toEqual({ ...DEFAULT_SHARE_STATE, ...expected });
    expect(warnings.map((w) => w.param)).toEqual(params);
  });
});
