/** Saved ranking scenarios (issue 23): the link text of a scenario, the file, its refusals, and merging by name. */
import { describe, expect, it } from 'vitest';
import {
  MAX_SCENARIOS,
  mergeScenarios,
  prefsFromText,
  prefsToText,
  scenariosFromFile,
  scenariosToFile,
  type Scenario,
} from '../../../src/lib/ranking/scenarios.ts';
import { DEFAULT_RANK_PREFS, type RankPrefs } from '../../../src/lib/ranking/types.ts';

const prefs: RankPrefs = {
  ...DEFAULT_RANK_PREFS,
  criteria: {
    commute: { weight: 4, influence: 'less', limit: { min: null, max: 45 } },
    cluster: { weight: 1.5, influence: 'less', limit: null },
  },
  targetM2: 20000,
  amenitiesKm: 1,
};

describe('ranking scenarios', () => {
  it('writes a scenario as the link writes it, and reads it back', () => {
    const text = prefsToText(prefs);
    expect(text).toBe('w=commute:4,cluster:1.5&inf=cluster:less&lim=commute:-45&target=20000&akm=1');
    expect(prefsFromText(text)).toEqual({ ok: true, prefs });
    expect(prefsToText(DEFAULT_RANK_PREFS)).toBe('w=transit:3,size:2,industry:2&target=100000');
  });

  it('refuses link text with another key or a value it cannot read', () => {
    expect(prefsFromText('w=size:1&park=x')).toEqual({ ok: false, detail: 'park=' });
    expect(prefsFromText('w=size:7')).toEqual({ ok: false, detail: 'w=size:7' });
  });

  it('round-trips a file', () => {
    const list: Scenario[] = [
      { name: 'AI, 1万㎡', prefs },
      { name: 'default', prefs: DEFAULT_RANK_PREFS },
    ];
    const file = scenariosToFile(list, '2026-12-05T00:00:00.000Z');
    expect(JSON.parse(file)).toMatchObject({ format: 'haidian-site-finder/rank-scenarios', version: 1 });
    expect(scenariosFromFile(`\uFEFF${file}`)).toEqual({ ok: true, scenarios: list });
  });

  it.each([
    ['not JSON', '{', { code: 'json' }],
    ['a foreign file', '{"type":"FeatureCollection"}', { code: 'format' }],
    [
      'another version',
      '{"format":"haidian-site-finder/rank-scenarios","version":2,"scenarios":[]}',
      { code: 'version', version: '2' },
    ],
    ['no scenario', '{"format":"haidian-site-finder/rank-scenarios","version":1,"scenarios":[]}', { code: 'empty' }],
    [
      'a scenario without a name',
      '{"format":"haidian-site-finder/rank-scenarios","version":1,"scenarios":[{"name":"  ","settings":"w=size:1"}]}',
      { code: 'name', index: 1 },
    ],
    [
      'settings it cannot read',
      '{"format":"haidian-site-finder/rank-scenarios","version":1,"scenarios":[{"name":"a","settings":"w=size:1"},{"name":"b","settings":"lim=size:9-3"}]}',
      { code: 'settings', index: 2, name: 'b', detail: 'lim=size:9-3' },
    ],
    [
      'settings that are not text',
      '{"format":"haidian-site-finder/rank-scenarios","version":1,"scenarios":[{"name":"a","settings":{"w":1}}]}',
      { code: 'settings', index: 1, name: 'a', detail: 'not a short text' },
    ],
  ])('refuses %s whole, with the reason', (_name, text, problem) => {
    expect(scenariosFromFile(text)).toEqual({ ok: false, problem });
  });

  it('refuses a file of more than MAX_SCENARIOS', () => {
    const many = Array.from({ length: MAX_SCENARIOS + 1 }, (_, i) => ({ name: `s${i}`, prefs }));
    expect(scenariosFromFile(scenariosToFile(many, 'x'))).toEqual({
      ok: false,
      problem: { code: 'tooMany', max: MAX_SCENARIOS },
    });
  });

  it('adds scenarios without overwriting: a taken name gets a number; past the limit they are counted out', () => {
    const a = { name: 'a', prefs };
    expect(mergeScenarios([a], [a, a]).list.map((s) => s.name)).toEqual(['a', 'a (2)', 'a (3)']);
    const full = Array.from({ length: MAX_SCENARIOS }, (_, i) => ({ name: `s${i}`, prefs }));
    expect(mergeScenarios(full, [a]).dropped).toBe(1);
  });
});
