import { describe, expect, it } from 'vitest';
import { coverPadding, paddingOffset, ZERO_PADDING } from '../../../src/lib/cover-padding.ts';

const VIEW = { left: 366, top: 55, right: 1440, bottom: 900 }; // the map beside the sidebar at 1440×900

describe('coverPadding', () => {
  it('is the margin alone when nothing lies over the map', () => {
    expect(coverPadding(VIEW, [], 24)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
    // A panel beside the map (the desktop sidebar) does not count.
    expect(coverPadding(VIEW, [{ left: 0, top: 55, right: 366, bottom: 900 }])).toEqual(ZERO_PADDING);
  });

  it('pushes the side a panel hugs: an open legend at the bottom right is cheaper to avoid from the right', () => {
    const legend = { left: 1160, top: 420, right: 1428, bottom: 888 }; // 268 wide, 468 tall
    expect(coverPadding(VIEW, [legend])).toEqual({ top: 0, right: 280, bottom: 0, left: 0 });
  });

  it("pushes the bottom for the phone's sheet, the left for the presentation card", () => {
    const phone = { left: 0, top: 56, right: 390, bottom: 844 };
    const sheet = { left: 0, top: 480, right: 390, bottom: 844 };
    expect(coverPadding(phone, [sheet], 16)).toEqual({ top: 16, right: 16, bottom: 380, left: 16 });
    // The sheet spans the phone's width: avoiding it sideways would give up all of it, from below half.
    const phoneCovers = [
      sheet,
      { left: 10, top: 66, right: 84, bottom: 124 },
      { left: 331, top: 172, right: 380, bottom: 230 },
    ];
    expect(coverPadding(phone, phoneCovers, 0, 0.3, 0)).toEqual({ top: 68, right: 59, bottom: 364, left: 0 });
    const card = { left: 24, top: 80, right: 604, bottom: 700 };
    const projector = { left: 0, top: 0, right: 1280, bottom: 720 };
    expect(coverPadding(projector, [card], 24).left).toBe(628);
  });

  it('takes the largest need per side over several panels', () => {
    const layers = { left: 1000, top: 55, right: 1430, bottom: 300 }; // an open Layers panel, top right
    const legend = { left: 1160, top: 420, right: 1428, bottom: 888 };
    const notice = { left: 500, top: 60, right: 1000, bottom: 160 };
    const p = coverPadding(VIEW, [layers, legend, notice]);
    expect(p).toEqual({ top: 245, right: 280, bottom: 0, left: 0 });
  });

  it('leaves buttons (under 4% of the map) to the margin', () => {
    const phone = { left: 0, top: 56, right: 390, bottom: 844 };
    const buttons = [
      { left: 10, top: 66, right: 100, bottom: 124 }, // Measure
      { left: 10, top: 190, right: 76, bottom: 248 }, // Layers, closed
      { left: 310, top: 172, right: 380, bottom: 230 }, // Legend, closed
    ];
    expect(coverPadding(phone, buttons, 16)).toEqual({ top: 16, right: 16, bottom: 16, left: 16 });
  });

  it('keeps at least minKeep of each axis when a panel covers most of the map', () => {
    const huge = { left: 366, top: 100, right: 1300, bottom: 900 }; // all but 140 px on the right, 45 at the top
    const p = coverPadding(VIEW, [huge], 0, 0.3);
    expect(p).toEqual({ top: 0, right: 0, bottom: 0, left: Math.round(0.7 * 1074) });
    const card = { left: 366, top: 55, right: 900, bottom: 800 }; // a tall card at the left: cheaper to avoid sideways
    expect(coverPadding(VIEW, [card], 10, 0.3)).toEqual({ top: 10, right: 10, bottom: 10, left: 544 });
  });
});

describe('paddingOffset', () => {
  it('is half the difference of opposite sides', () => {
    expect(paddingOffset({ top: 16, right: 16, bottom: 380, left: 16 })).toEqual([0, -182]);
    expect(paddingOffset({ top: 0, right: 0, bottom: 0, left: 628 })).toEqual([314, 0]);
  });
});
