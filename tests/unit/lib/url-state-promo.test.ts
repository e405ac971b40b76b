import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARE_STATE,
  parseUrlState,
  serializeUrlState,
  type ShareState,
  type UrlVocabulary,
} from '../../../src/lib/url-state.ts';

const vocab: UrlVocabulary = {
  parkIds: new Set(['a-park', 'b-park', 'c-park']),
  industryIds: new Set(['ai', 'biomed']),
  townSlugs: new Set(['wenquan-town']),
  bbox: [116, 39.8, 116.5, 40.2],
};

describe('url state: promotion keys', () => {
  it.each<[string, Partial<ShareState>, string]>([
    [
      'compare view with its set',
      { compare: ['a-park', 'c-park'], compareOpen: true },
      '?cmp=a-park,c-park&view=compare',
    ],
    [
      'presentation over a filter',
      { filters: { ...DEFAULT_SHARE_STATE.filters, industries: ['biomed'] }, presenting: true },
      '?ind=biomed&present=1',
    ],
    [
      'presentation over the compare set at a park',
      { compare: ['b-park', 'a-park'], park: 'a-park', presenting: true },
      '?park=a-park&cmp=b-park,a-park&present=1',
    ],
  ])('round-trips %s', (_name, partial, search) => {
    const state: ShareState = { ...structuredClone(DEFAULT_SHARE_STATE), ...partial };
    expect(serializeUrlState(state)).toBe(search);
    const parsed = parseUrlState(search, vocab);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('omits the closed compare view', () => {
    expect(serializeUrlState({ ...DEFAULT_SHARE_STATE, compare: ['a-park'] })).toBe('?cmp=a-park');
  });

  it('drops an unknown view and warns', () => {
    const { state, warnings } = parseUrlState('?view=table', vocab);
    expect(state.compareOpen).toBe(false);
    expect(warnings).toEqual([{ param: 'view', value: 'table' }]);
  });
});
