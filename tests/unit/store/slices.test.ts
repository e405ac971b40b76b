/**
 * The store's slices, action by action, on the real store (no React): each action replaces its slice's object, so
 * reference equality means "unchanged", and bad values are clamped where a user can type them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/store/index.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters.ts';
import { MAX_COMPARE } from '../../../src/lib/domain.ts';

const state = () => useAppStore.getState();

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

describe('filters slice', () => {
  it('toggles industries and towns in and out, and clears one filter or all', () => {
    state().toggleIndustry('ai');
    state().toggleIndustry('biomed');
    state().toggleIndustry('ai');
    expect(state().filters.industries).toEqual(['biomed']);
    state().toggleTown('wenquan');
    state().setSizeRange(50000, null);
    state().setQuery('软件');
    expect(state().filters).toMatchObject({ towns: ['wenquan'], minM2: 50000, maxM2: null, query: '软件' });
    state().clearFilter('towns');
    expect(state().filters.towns).toEqual([]);
    expect(state().filters.industries).toEqual(['biomed']);
    state().resetFilters();
    expect(state().filters).toBe(EMPTY_FILTERS);
  });

  it('replaces the filters object on a change and keeps the other fields by reference', () => {
    const before = state().filters;
    state().setSort('floor');
    expect(state().filters).toBe(before);
    state().setSizeBasis('above');
    expect(state().filters).not.toBe(before);
    expect(state().filters.industries).toBe(before.industries);
    expect(state().sort).toBe('floor');
  });

  it('clamps the transit distance to 0.1–20 km in steps of 0.1 km; null means any', () => {
    state().setTransitMaxKm(0.4449);
    expect(state().filters.transit.maxKm).toBe(0.4);
    state().setTransitMaxKm(-3);
    expect(state().filters.transit.maxKm).toBe(0.1);
    state().setTransitMaxKm(99);
    expect(state().filters.transit.maxKm).toBe(20);
    state().setTransitMaxKm(null);
    expect(state().filters.transit.maxKm).toBeNull();
    state().toggleTransitLine('line-19');
    state().toggleTransitStatus('planned');
    state().setTransitPossible(true);
    expect(state().filters.transit).toMatchObject({ lines: ['line-19'], statuses: ['planned'], possible: true });
  });
});

describe('query slice', () => {
  it('starts a radius query at 2 km, keeps the radius when the origin moves, clamps it to 0.2–20 km', () => {
    state().setRadiusKm(5); // no query yet: nothing to change
    expect(state().radius).toBeNull();
    state().setRadiusOrigin([116.3, 40.0]);
    expect(state().radius).toEqual({ origin: [116.3, 40.0], radiusKm: 2 });
    state().setRadiusKm(7.25);
    state().setRadiusOrigin([116.31, 40.01]);
    expect(state().radius).toEqual({ origin: [116.31, 40.01], radiusKm: 7.3 });
    state().setRadiusKm(0);
    expect(state().radius?.radiusKm).toBe(0.2);
    state().setRadiusKm(1000);
    expect(state().radius?.radiusKm).toBe(20);
    state().clearRadius();
    expect(state().radius).toBeNull();
  });

  it('measures: points are added and undone; leaving measure mode drops them', () => {
    state().setMeasuring(true);
    state().addMeasurePoint([116.3, 40.0]);
    state().addMeasurePoint([116.31, 40.0]);
    state().addMeasurePoint([116.32, 40.0]);
    state().undoMeasurePoint();
    expect(state().measurePoints).toEqual([
      [116.3, 40.0],
      [116.31, 40.0],
    ]);
    state().setMeasuring(false);
    expect(state().measurePoints).toEqual([]);
    state().setScenario('plan');
    expect(state().scenario).toBe('plan');
  });
});

describe('ui slice', () => {
  it('toggles layers; the placement regions start hidden', () => {
    expect(state().hiddenLayers).toEqual(['regions']);
    state().toggleLayer('roads');
    state().toggleLayer('regions');
    expect(state().hiddenLayers).toEqual(['roads']);
  });

  it('shows a notice once per key and values, dismisses it by id', () => {
    state().addNotice('notice.urlIgnored', { list: 'foo' });
    state().addNotice('notice.urlIgnored', { list: 'foo' });
    state().addNotice('notice.urlIgnored', { list: 'bar' });
    expect(state().notices.map((n) => n.values?.list)).toEqual(['foo', 'bar']);
    state().dismissNotice(state().notices[0]!.id);
    expect(state().notices.map((n) => n.values?.list)).toEqual(['bar']);
  });

  it('a lost map adds its notice once and removes it when the map is back', () => {
    state().setMapLost(true);
    state().setMapLost(true);
    expect(state().notices.filter((n) => n.key === 'notice.mapLost')).toHaveLength(1);
    expect(state().mapLost).toBe(true);
    state().setMapLost(false);
    expect(state().notices).toEqual([]);
    expect(state().mapLost).toBe(false);
  });

  it('a language chosen by the user is remembered as chosen', () => {
    expect(state().langChosen).toBe(false);
    state().setLang('en');
    expect(state()).toMatchObject({ lang: 'en', langChosen: true });
  });
});

describe('compare set and print jobs', () => {
  it(`holds at most ${MAX_COMPARE} parks, in the order chosen; toggling removes`, () => {
    for (const id of ['a', 'b', 'c', 'd', 'e']) state().toggleCompare(id);
    expect(state().compareIds).toEqual(['a', 'b', 'c', 'd']);
    state().toggleCompare('b');
    state().toggleCompare('e');
    expect(state().compareIds).toEqual(['a', 'c', 'd', 'e']);
    state().clearCompare();
    expect(state().compareIds).toEqual([]);
  });

  it('a repeated print request is a new job', () => {
    state().requestPrint({ scope: 'shortlist' });
    const first = state().printJob;
    state().requestPrint({ scope: 'shortlist' });
    expect(state().printJob).not.toEqual(first);
    expect(state().printJob?.scope).toBe('shortlist');
    state().clearPrint();
    expect(state().printJob).toBeNull();
  });
});

describe('chosen place', () => {
  it('centres the radius query on the place, keeps the radius, closes the card, and counts repeated choices', () => {
    state().setRadiusOrigin([116.2, 40.0]);
    state().setRadiusKm(3);
    state().selectPark('zgc-bonded-zone-phase-1');
    state().choosePlace('station:xierqi', [116.306, 40.053]);
    state().choosePlace('station:xierqi', [116.306, 40.053]);
    expect(state().radius).toEqual({ origin: [116.306, 40.053], radiusKm: 3 });
    expect(state().selection).toBeNull();
    expect(state().place).toEqual({ key: 'station:xierqi', origin: [116.306, 40.053], nonce: 2 });
    state().setSheet('full');
    expect(state().sheet).toBe('full');
  });
});
