import { describe, expect, it } from 'vitest';
import { PRESENT_MIN_TEXT_PX, scaledTextSize } from '../../../src/map/use-presentation-text.ts';

describe('projector-sized map text', () => {
  it('scales a fixed size, never below the minimum', () => {
    expect(scaledTextSize(11, 1.5, PRESENT_MIN_TEXT_PX)).toBe(16.5);
    expect(scaledTextSize(8, 1.5, PRESENT_MIN_TEXT_PX)).toBe(16);
    expect(scaledTextSize(20, 1.5, PRESENT_MIN_TEXT_PX)).toBe(30);
  });
  it('scales each output of a zoom curve (no arithmetic may wrap a zoom expression)', () => {
    expect(scaledTextSize(['interpolate', ['linear'], ['zoom'], 9, 11, 14, 14], 1.5, 16)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      9,
      16.5,
      14,
      21,
    ]);
    expect(scaledTextSize(['step', ['zoom'], 10, 12, 14], 1.5, 16)).toEqual(['step', ['zoom'], 16, 12, 21]);
  });
  it('leaves other expressions alone', () => {
    const e = ['get', 'size'] as never;
    expect(scaledTextSize(e, 1.5, 16)).toBe(e);
  });
});
