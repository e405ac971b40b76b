import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/store/index.ts';
import { selectSelectedParkId, selectSelectedProjectId } from '../../../src/store/selection-slice.ts';

describe('selection slice: one selection at a time', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('selecting a park clears a selected project, so "Back" returns to the list, not to the project', () => {
    const s = useAppStore.getState();
    s.selectProject('qinghe-station-area');
    expect(selectSelectedProjectId(useAppStore.getState())).toBe('qinghe-station-area');
    s.selectPark('zgc-bonded-zone-phase-1');
    expect(useAppStore.getState().selection).toEqual({ kind: 'park', id: 'zgc-bonded-zone-phase-1' });
    expect(selectSelectedProjectId(useAppStore.getState())).toBeNull();
    s.selectPark(null); // Back
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('selecting a project clears a selected park', () => {
    const s = useAppStore.getState();
    s.selectPark('zgc-bonded-zone-phase-1');
    s.selectProject('qinghe-station-area');
    expect(selectSelectedParkId(useAppStore.getState())).toBeNull();
    expect(selectSelectedProjectId(useAppStore.getState())).toBe('qinghe-station-area');
  });

  it('choosing a place closes any card', () => {
    const s = useAppStore.getState();
    s.selectPark('zgc-bonded-zone-phase-1');
    s.choosePlace('station:xierqi', [116.306, 40.053]);
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('keeps at most four parks in the compare set, in the order picked', () => {
    const s = useAppStore.getState();
    for (const id of ['a', 'b', 'c', 'd', 'e']) s.toggleCompare(id);
    expect(useAppStore.getState().compareIds).toEqual(['a', 'b', 'c', 'd']);
    s.toggleCompare('b');
    expect(useAppStore.getState().compareIds).toEqual(['a', 'c', 'd']);
  });
});

describe('filters slice: the transit filter is one of the filters', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('sets, clamps and clears the distance, and "reset" clears it with the others', () => {
    const s = useAppStore.getState();
    s.setTransitMaxKm(0.5);
    s.setTransitPossible(true);
    s.toggleTransitLine('L15');
    s.toggleIndustry('ai');
    expect(useAppStore.getState().filters.transit).toEqual({
      maxKm: 0.5,
      lines: ['L15'],
      statuses: [],
      possible: true,
    });
    s.setTransitMaxKm(99);
    expect(useAppStore.getState().filters.transit.maxKm).toBe(20);
    s.clearFilter('transit');
    expect(useAppStore.getState().filters.transit).toEqual({ maxKm: null, lines: [], statuses: [], possible: false });
    expect(useAppStore.getState().filters.industries).toEqual(['ai']);
    s.setTransitMaxKm(1);
    s.resetFilters();
    expect(useAppStore.getState().filters.transit.maxKm).toBeNull();
    expect(useAppStore.getState().filters.industries).toEqual([]);
  });
});
