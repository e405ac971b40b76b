import { describe, it, expect } from 'vitest';
import { PARKS, pinyinOf } from '../../../src/data/index.ts';
import {
  EMPTY_FILTERS,
  activeFilterKeys,
  bestRelaxation,
  filterParks,
  industryCounts,
  possibleExtraCount,
  sortParks,
  townCounts,
  transitMatch,
  withoutFilter,
  commuteMatch,
  compareMinRanges,
  type Filters,
  type MinRange,
} from '../../../src/lib/filters.ts';

const ctx = { pinyin: pinyinOf };
const ids = (f: Partial<Filters>) =>
  filterParks(PARKS, { ...EMPTY_FILTERS, ...f }, ctx)
    .map((p) => p.id)
    .sort();

describe('filterParks on the real 18 parks', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filter', {}, PARKS.map((p) => p.id).sort()],
    [
      'floor area ≥ 20万㎡',
      { minM2: 200000 },
      [
        'beijing-collaborative-innovation-park',
        'dongsheng-science-park-haikai',
        'xueyuan-road-science-park-dongsheng',
        'yongfeng-digital-tech-center',
        'zgc-dongsheng-phase-3-dongpan',
        'zgc-international-medical-valley',
        'zgc-wenquan-science-park-phase-2',
        'zgc-xibeiwang-science-park-phase-1',
      ],
    ],
    ['floor area ≤ 5万㎡', { maxM2: 50000 }, ['ic-design-park-phase-2', 'zgc-haidian-quantum-future-industry-park']],
    [
      'above-ground ≤ 5万㎡ (the IC park has no figure and drops out)',
      { sizeBasis: 'above', maxM2: 50000 },
      ['cuihu-yuzhi-industrial-park', 'haixing-medical-innovation-park-b', 'zgc-haidian-quantum-future-industry-park'],
    ],
    [
      'industry biomed',
      { industries: ['biomed'] },
      [
        'haixing-medical-innovation-park-b',
        'sijiqing-life-science-park',
        'yongfeng-digital-tech-center',
        'zgc-bonded-zone-phase-1',
        'zgc-international-medical-valley',
      ],
    ],
    [
      'industries quantum or fintech (any of)',
      { industries: ['quantum', 'fintech'] },
      ['xueyuan-road-science-park-dongsheng', 'zgc-haidian-quantum-future-industry-park'],
    ],
    [
      'town Wenquan',
      { towns: ['wenquan-town'] },
      ['cuihu-yuzhi-industrial-park', 'zgc-bonded-zone-phase-1', 'zgc-wenquan-science-park-phase-2'],
    ],
    [
      'ai in Xibeiwang',
      { industries: ['ai'], towns: ['xibeiwang-town'] },
      ['zgc-xibeiwang-science-park-phase-1', 'zgc-yongfeng-xinyu-phase-1'],
    ],
    [
      'search in pinyin: wenquan',
      { query: 'wenquan' },
      ['cuihu-yuzhi-industrial-park', 'zgc-bonded-zone-phase-1', 'zgc-wenquan-science-park-phase-2'],
    ],
    ['search in Chinese: 量子', { query: '量子' }, ['zgc-haidian-quantum-future-industry-park']],
    ['search in English, any case: QUANTUM', { query: 'QUANTUM' }, ['zgc-haidian-quantum-future-industry-park']],
    ['search matches the positioning: 脑机接口', { query: '脑机接口' }, ['zgc-international-medical-valley']],
    ['no match', { query: 'zzzz' }, []],
  ])('%s', (_name, f, expected) => {
    expect(ids(f)).toEqual(expected);
  });

  it('gives [] for an empty park list', () => {
    expect(filterParks([], { ...EMPTY_FILTERS, minM2: 1 })).toEqual([]);
  });
});

describe('facet counts', () => {
  it('counts each industry with the other filters kept', () => {
    const counts = industryCounts(
      PARKS,
      { ...EMPTY_FILTERS, towns: ['xibeiwang-town'] },
      ['ai', 'biomed', 'quantum'],
      ctx,
    );
    expect(Object.fromEntries(counts)).toEqual({ ai: 2, biomed: 2, quantum: 0 });
  });
  it('counts each town with the other filters kept, including towns with none', () => {
    const counts = townCounts(PARKS, { ...EMPTY_FILTERS, industries: ['biomed'] }, ctx);
    expect(counts.get('xibeiwang-town')).toBe(2);
    expect(counts.get('shangzhuang-town')).toBe(1);
    expect(counts.get('shangdi-subdistrict')).toBe(0);
  });
});

describe('bestRelaxation', () => {
  it('names the filter whose removal brings back the most parks', () => {
    const f: Filters = { ...EMPTY_FILTERS, industries: ['quantum'], towns: ['wenquan-town'] };
    expect(filterParks(PARKS, f, ctx)).toHaveLength(0);
    // Dropping the town gives the 1 quantum park; dropping the industry gives the 3 Wenquan parks.
    expect(bestRelaxation(PARKS, f, ctx)).toEqual({ key: 'industries', count: 3 });
  });
  it('is null with no active filter', () => {
    expect(bestRelaxation(PARKS, EMPTY_FILTERS, ctx)).toBeNull();
  });
});

describe('sortParks', () => {
  it('sorts by floor area, largest first', () => {
    const sorted = sortParks(PARKS, 'floor', 'zh').map((p) => p.floorAreaM2);
    expect(sorted.slice(0, 3)).toEqual([807000, 327600, 304000]);
    expect(sorted.at(-1)).toBe(22000);
  });
  it('puts a park without an above-ground figure last when sorting by above-ground area', () => {
    expect(sortParks(PARKS, 'above', 'en').at(-1)?.id).toBe('ic-design-park-phase-2');
  });
  it('sorts English names alphabetically', () => {
    const names = sortParks(PARKS, 'name', 'en').map((p) => p.name.en);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });
  it('sorts by transit distance with missing values last, ties in plan order', () => {
    const km = new Map([
      ['zgc-bonded-zone-phase-1', { nearKm: 2, farKm: 2 }],
      ['ic-design-park-phase-2', { nearKm: 0.5, farKm: 0.5 }],
    ]);
    const order = sortParks(PARKS, 'transit', 'zh', km).map((p) => p.seq);
    expect(order.slice(0, 4)).toEqual([5, 1, 2, 3]);
  });
  it('never ranks a wide interval above one whose worst case is smaller (far end first, then near end)', () => {
    const ranges = new Map([
      ['zgc-xibeiwang-science-park-phase-1', { nearKm: 0, farKm: 3.1 }], // ±3 km, placed near a station
      ['zgc-dongsheng-phase-3-dongpan', { nearKm: 0.2, farKm: 0.6 }],
      ['zgc-bonded-zone-phase-1', { nearKm: 0.1, farKm: 0.6 }],
    ]);
    const order = sortParks(PARKS, 'transit', 'en', ranges).map((p) => p.id);
    expect(order.slice(0, 3)).toEqual([
      'zgc-bonded-zone-phase-1',
      'zgc-dongsheng-phase-3-dongpan',
      'zgc-xibeiwang-science-park-phase-1',
    ]);
  });
});

describe('the transit filter (three answers: certainly, possibly, not within)', () => {
  // Hand-made intervals: A certainly within 500 m, B possibly, C not; the rest have no matching station.
  const ranges = new Map([
    ['zgc-dongsheng-phase-3-dongpan', { nearKm: 0.1, farKm: 0.45 }],
    ['zgc-bonded-zone-phase-1', { nearKm: 0.1, farKm: 5.3 }],
    ['zgc-siji-innovation-center', { nearKm: 0.9, farKm: 1.8 }],
  ]);
  const tctx = { ...ctx, transitRange: (p: { id: string }) => ranges.get(p.id) };
  const within = (km: number | null, possible = false) => ({
    ...EMPTY_FILTERS,
    transit: { ...EMPTY_FILTERS.transit, maxKm: km, possible },
  });

  it('"within 500 m" keeps only the parks certainly within it by default', () => {
    expect(filterParks(PARKS, within(0.5), tctx).map((p) => p.id)).toEqual(['zgc-dongsheng-phase-3-dongpan']);
    expect(possibleExtraCount(PARKS, within(0.5), tctx)).toBe(1);
  });
  it('the switch adds the parks that may be within it, and they are marked possible', () => {
    const shown = filterParks(PARKS, within(0.5, true), tctx);
    expect(shown.map((p) => p.id)).toEqual(['zgc-bonded-zone-phase-1', 'zgc-dongsheng-phase-3-dongpan']);
    expect(shown.map((p) => transitMatch(p, within(0.5, true), tctx))).toEqual(['possible', 'certain']);
    expect(possibleExtraCount(PARKS, within(0.5, true), tctx)).toBe(0);
  });
  it('counts chips under the transit filter: industry counts agree with the list', () => {
    const f = within(0.5, true);
    const shown = filterParks(PARKS, f, tctx);
    const counts = industryCounts(PARKS, f, ['ic', 'ai'], tctx);
    expect(counts.get('ic')).toBe(shown.filter((p) => p.industries.includes('ic')).length);
    expect(counts.get('ai')).toBe(shown.filter((p) => p.industries.includes('ai')).length);
  });
  it('is an active filter: a chip, cleared by "clear all", offered as the relaxation when it empties the list', () => {
    const f = { ...within(0.5), towns: ['wenquan-town'] };
    expect(activeFilterKeys(f)).toEqual(['towns', 'transit']);
    expect(withoutFilter(f, 'transit').transit).toEqual(EMPTY_FILTERS.transit);
    expect(filterParks(PARKS, f, tctx)).toEqual([]);
    // Removing the transit filter brings back Wenquan's three parks; removing the town brings back one.
    expect(bestRelaxation(PARKS, f, tctx)).toEqual({ key: 'transit', count: 3 });
  });
  it('without a distance, lines alone filter nothing and every park is unmarked', () => {
    const f = { ...EMPTY_FILTERS, transit: { ...EMPTY_FILTERS.transit, lines: ['L15'] } };
    expect(filterParks(PARKS, f, tctx)).toHaveLength(18);
    expect(transitMatch(PARKS[0]!, f, tctx)).toBeNull();
  });
});

describe('the door-to-door filter and sort (issue 22)', () => {
  // Hand-made intervals in minutes: A certainly within 45, B possibly, C not, D with no high end, E no trip.
  const ranges = new Map<string, MinRange | null>([
    ['zgc-dongsheng-phase-3-dongpan', { lowMin: 20, highMin: 41 }],
    ['zgc-bonded-zone-phase-1', { lowMin: 38, highMin: 70 }],
    ['zgc-siji-innovation-center', { lowMin: 50, highMin: 80 }],
    ['zgc-haidian-quantum-future-industry-park', { lowMin: 9, highMin: null }],
    ['zgc-international-medical-valley', null],
  ]);
  const cctx = { ...ctx, commuteRange: (p: { id: string }) => ranges.get(p.id) ?? null };
  const within = (min: number | null, possible = false) => ({ ...EMPTY_FILTERS, commute: { maxMin: min, possible } });

  it('"≤ 45 min" keeps the parks whose upper bound is within it; the switch adds those whose lower bound is', () => {
    expect(filterParks(PARKS, within(45), cctx).map((p) => p.id)).toEqual(['zgc-dongsheng-phase-3-dongpan']);
    const shown = filterParks(PARKS, within(45, true), cctx);
    expect(shown.map((p) => p.id).sort()).toEqual(
      ['zgc-bonded-zone-phase-1', 'zgc-dongsheng-phase-3-dongpan', 'zgc-haidian-quantum-future-industry-park'].sort(),
    );
    expect(shown.map((p) => commuteMatch(p, within(45, true), cctx)).filter((m) => m === 'possible')).toHaveLength(2);
  });

  it('filters nothing while the intervals are not known yet (no destination, or the network loading)', () => {
    expect(filterParks(PARKS, within(45), ctx)).toHaveLength(18);
    expect(commuteMatch(PARKS[0]!, within(45), ctx)).toBeNull();
  });

  it('is an active filter with a chip key, cleared alone', () => {
    const f = within(30);
    expect(activeFilterKeys(f)).toEqual(['commute']);
    expect(withoutFilter(f, 'commute').commute).toEqual(EMPTY_FILTERS.commute);
  });

  it('sorts by the upper bound, then the lower; no upper bound or no trip last; ties in plan order', () => {
    const order = sortParks(PARKS, 'commute', 'zh', undefined, ranges).map((p) => p.id);
    expect(order.slice(0, 5)).toEqual([
      'zgc-dongsheng-phase-3-dongpan',
      'zgc-bonded-zone-phase-1',
      'zgc-siji-innovation-center',
      'zgc-haidian-quantum-future-industry-park',
      PARKS.filter((p) => !ranges.has(p.id))[0]!.id,
    ]);
    expect(compareMinRanges({ lowMin: 10, highMin: 30 }, { lowMin: 5, highMin: 30 })).toBe(1);
    expect(compareMinRanges(null, { lowMin: 5, highMin: null })).toBe(1);
  });
});
