/* eslint-disable @typescript-eslint/no-explicit-any -- the raw JSON of the network file, corrupted field by field */
/** geo/metro-network.json through the build's own check: a malformed file names the line, pattern, hop and field. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset, type MetroNetworkFile } from '../../../src/lib/schema.ts';
import { pointKm } from '../../../src/lib/metro/door-to-door.ts';

const FILE = 'geo/metro-network.json';
const text = readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8');
const mutate = (fn: (d: any) => void): string[] => {
  const d = JSON.parse(text);
  fn(d);
  const r = validateDataset(FILE, JSON.stringify(d));
  return r.ok ? [] : r.errors;
};
const line = (d: any, id: string) => d.lines.find((l: any) => l.id === id);

describe('the metro network file', () => {
  it('validates', () => {
    const r = validateDataset(FILE, text);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it("agrees with its stations' positions: no hop is longer in a straight line than its track (homophones such as 管庄 and 关庄 are kept apart)", () => {
    const net = JSON.parse(text) as MetroNetworkFile;
    const at = new Map(net.stations.map((s) => [s.id, s.coordinates]));
    const far: string[] = [];
    for (const l of net.lines)
      for (const p of l.patterns)
        p.hops.forEach((h, i) => {
          const a = at.get(p.stops[i] as string);
          const b = at.get(p.stops[(i + 1) % p.stops.length] as string);
          if (!a || !b || h.distM === null || h.distM === undefined) return;
          const m = pointKm(a, b) * 1000;
          if (m > h.distM * 1.1 + 300) far.push(`${p.id} ${p.stops[i]}→${p.stops[(i + 1) % p.stops.length]} ${m} m`);
        });
    expect(far).toEqual([]);
    const names = net.stations.filter((s) => s.name.zh === '管庄' || s.name.zh === '关庄').map((s) => [s.id, s.lines]);
    expect(names).toEqual([
      ['guanzhuang', ['L1']],
      ['guanzhuang-l15', ['L15']],
    ]);
  });

  it.each([
    [
      'a hop with a minute that is not a number',
      (d: any) => (line(d, 'L13').patterns[0].hops[3].medianMin = 'x'),
      /^geo\/metro-network\.json › line L13 › pattern L13-\w+ › hop #3 \(\w+→\w+\) › medianMin: /,
    ],
    [
      'a hop with no figure',
      (d: any) => delete line(d, 'L4').patterns[1].hops[0].meanMin,
      /› line L4 › pattern L4-\w+ › hop #0 \(\w+→\w+\) › medianMin: a timetable hop needs medianMin and meanMin$/,
    ],
    [
      'a stop at an unknown station',
      (d: any) => (line(d, 'L10').patterns[0].stops[2] = 'nowhere'),
      /› line L10 › pattern L10-\w+ › stops\.2: unknown station "nowhere"$/,
    ],
    [
      'a hop too few',
      (d: any) => line(d, 'CP').patterns[0].hops.pop(),
      /› line CP › pattern CP-\w+ › hops: \d+ hops for \d+ stops \(expected \d+\)$/,
    ],
    [
      'an estimated hop whose low end exceeds its high end',
      (d: any) => {
        const h = line(d, 'L19N').patterns[0].hops.find((x: any) => x.estimated);
        h.lowMin = h.highMin + 1;
      },
      /› line L19N › pattern L19N-main-beixing › hop #\d+ \(\w+→\w+\) › lowMin: lowMin exceeds highMin$/,
    ],
    [
      'an interchange at an unknown line',
      (d: any) => (d.transfers[0].toLine = 'L99'),
      /› transfer #0 \(\w+ \w+→L99\) › toLine: unknown line "L99"$/,
    ],
    [
      'a station without a name in English',
      (d: any) => (d.stations[4].name.en = ''),
      /› station #4 \(\w+\) › name\.en: /,
    ],
  ])('refuses %s, naming where', (_what, fn, message) => {
    const errors = mutate(fn);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => message.test(e)), errors.join('\n')).toBe(true);
  });
});
