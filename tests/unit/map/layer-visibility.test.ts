import { describe, expect, it } from 'vitest';
import { visibilityChanges } from '../../../src/map/layer-visibility.ts';
import { LAYER, LAYER_MEMBERS } from '../../../src/map/ids.ts';
import { LAYER_IDS } from '../../../src/lib/domain.ts';

describe('layer toggles: one table, one function', () => {
  it('names member layers for every toggle but the regions (a filter, not a visibility)', () => {
    expect(Object.keys(LAYER_MEMBERS).sort()).toEqual([...LAYER_IDS].sort());
    for (const id of LAYER_IDS) expect(LAYER_MEMBERS[id].length > 0, id).toBe(id !== 'regions');
  });

  it('hides exactly the members of hidden toggles that exist and show, and shows the others again', () => {
    const state = new Map<string, 'visible' | 'none' | undefined>([
      ['roads-line', undefined],
      ['roads-casing', 'visible'],
      ['towns-line', 'none'],
      [LAYER.parksCircle, undefined],
    ]);
    const changes = visibilityChanges(
      ['roads', 'parks'],
      (id) => state.has(id),
      (id) => state.get(id),
    );
    expect(changes.sort()).toEqual(
      [
        ['roads-casing', 'none'],
        ['roads-line', 'none'],
        ['towns-line', 'visible'],
        [LAYER.parksCircle, 'none'],
      ].sort(),
    );
    // Applied, nothing is left to change: a styledata event after setLayoutProperty does not loop.
    for (const [id, v] of changes) state.set(id, v);
    expect(
      visibilityChanges(
        ['roads', 'parks'],
        (id) => state.has(id),
        (id) => state.get(id),
      ),
    ).toEqual([]);
  });
});
