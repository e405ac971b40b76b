/** The ranking's link keys (issue 23): view=rank, w, inf, lim, target, ckm, akm, rmap. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARE_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlVocabulary,
} from '../../../src/lib/url-state.ts';
import { DEFAULT_RANK_PREFS } from '../../../src/lib/ranking/types.ts';

const vocab: UrlVocabulary = {
  parkIds: new Set(['a-park']),
  industryIds: new Set(['ai', 'ic']),
  townSlugs: new Set(['wenquan-town']),
  bbox: [116, 39.8, 116.5, 40.2],
};
const parse = (search: string) => parseUrlState(search, vocab);

describe('url state: the ranking', () => {
  it("reads the issue's link, and writes it back the same", () => {
    const search = '?ind=ai&view=rank&w=transit:3,size:2,industry:2&target=100000';
    const { state, warnings } = parse('?view=rank&w=transit:3,size:2,industry:2&target=100000&ind=ai');
    expect(warnings).toEqual([]);
    expect(state.rankOpen).toBe(true);
    expect(state.rank.criteria).toEqual({
      transit: { weight: 3, influence: 'less', limit: null },
      size: { weight: 2, influence: 'ideal', limit: null },
      industry: { weight: 2, influence: 'more', limit: null },
    });
    expect(state.rank.targetM2).toBe(100000);
    expect(serializeUrlState(state)).toBe(search);
  });

  it('keeps the defaults out of a link whose view is closed, and writes changed choices anyway', () => {
    expect(serializeUrlState(DEFAULT_SHARE_STATE)).toBe('');
    const state = structuredClone(DEFAULT_SHARE_STATE);
    state.rank = {
      ...DEFAULT_RANK_PREFS,
      criteria: {
        commute: { weight: 4, influence: 'less', limit: { min: null, max: 45 } },
        size: { weight: 2.5, influence: 'more', limit: { min: 50000, max: 300000 } },
        cluster: { weight: 0, influence: 'less', limit: { min: 1, max: null } },
      },
      clusterKm: 1.5,
    };
    state.rankMap = true;
    const search = serializeUrlState(state);
    expect(search).toBe(
      '?w=commute:4,size:2.5,cluster:0&inf=size:more,cluster:less&lim=commute:-45,size:50000-300000,cluster:1-&target=100000&ckm=1.5&rmap=1',
    );
    const back = parse(search);
    expect(back.warnings).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('writes every criterion off as w=none', () => {
    const state = { ...structuredClone(DEFAULT_SHARE_STATE), rankOpen: true };
    state.rank = { ...DEFAULT_RANK_PREFS, criteria: {} };
    expect(serializeUrlState(state)).toBe('?view=rank&w=none&target=100000');
    expect(parse('?view=rank&w=none').state.rank.criteria).toEqual({});
  });

  it.each([
    ['w=transit:9,size:2', 'w', 'transit:9', { size: { weight: 2, influence: 'ideal', limit: null } }],
    ['w=speed:3,size:1', 'w', 'speed:3', { size: { weight: 1, influence: 'ideal', limit: null } }],
    ['w=size:1.25', 'w', 'size:1.25', DEFAULT_RANK_PREFS.criteria],
    ['w=size:1&inf=transit:more', 'inf', 'transit:more', { size: { weight: 1, influence: 'ideal', limit: null } }],
    ['w=size:1&inf=cluster:less', 'inf', 'cluster:less', { size: { weight: 1, influence: 'ideal', limit: null } }],
    ['w=size:1&lim=size:9-3', 'lim', 'size:9-3', { size: { weight: 1, influence: 'ideal', limit: null } }],
    ['w=size:1&lim=size:-', 'lim', 'size:-', { size: { weight: 1, influence: 'ideal', limit: null } }],
    ['w=size:1&lim=size:1e9-', 'lim', 'size:1e9-', { size: { weight: 1, influence: 'ideal', limit: null } }],
  ])('drops a bad value with a warning and keeps the rest: %s', (query, param, value, criteria) => {
    const { state, warnings } = parse(`?${query}`);
    expect(warnings).toEqual([{ param, value }]);
    expect(state.rank.criteria).toEqual(criteria);
  });

  it.each([
    ['target=500', 'target'],
    ['target=abc', 'target'],
    ['ckm=20', 'ckm'],
    ['akm=0.1', 'akm'],
    ['view=ranking', 'view'],
    ['rmap=yes', 'rmap'],
  ])('refuses %s', (query, param) => {
    const { state, warnings } = parse(`?${query}`);
    expect(warnings.map((w) => w.param)).toEqual([param]);
    expect(state.rank).toEqual(DEFAULT_RANK_PREFS);
    expect(state.rankOpen).toBe(false);
  });

  it('opens one view only: compare wins over rank in a hand-made link', () => {
    const { state, warnings } = parse('?view=compare&view=rank');
    expect(state.compareOpen).toBe(true);
    expect(state.rankOpen).toBe(false);
    expect(warnings).toEqual([{ param: 'view', value: 'rank' }]);
  });
});
