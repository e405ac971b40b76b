import { describe, expect, it } from 'vitest';
import { buildGazetteer, searchPlaces } from '../../../src/lib/gazetteer.ts';
import { makePlace, representativePoint } from '../../../src/lib/places.ts';
import { GAZETTEER_PLACES, gazetteer, placeByKey } from '../../../src/data/gazetteer-index.ts';
import { STATIONS } from '../../../src/data/index.ts';

describe('searchPlaces on the project gazetteer', () => {
  it.each([
    // [query, expected first key, why]
    ['xierqi', 'station:xierqi', 'pinyin finds the station before 西二旗大街'],
    ['西二旗', 'station:xierqi', 'Chinese, exact name'],
    ['Xierqi', 'station:xierqi', 'English (romanised) name, any case'],
    ['xiereqi', 'station:xierqi', 'a typo: one extra letter'],
    ['zhongguancnu', 'station:zhongguancun', 'a typo: two letters swapped'],
    ['颐和园', 'landmark:yiheyuan', 'a landmark from geo/green.geojson'],
    ['Summer Palace', 'landmark:yiheyuan', 'English landmark name with a space'],
    ['Sumer Palace', 'landmark:yiheyuan', 'English typo'],
    ['kunminghu', 'landmark:kunminghu', 'water from geo/water.geojson, by pinyin'],
    ['温泉镇', 'town:wenquan', 'a town by its full Chinese name'],
    ['wenquan', 'town:wenquan', 'town before road and park for a shared prefix'],
    ['hospital', 'project:sujiatuo-central-hospital', 'a plan project by an English word inside its name'],
    ['湿地', 'project:cuihu-national-urban-wetland-park', 'a plan project by a Chinese word inside its name'],
    ['Beiqing Road', 'road:road-beiqing', 'a road by English name'],
    ['houchangcunlu', 'road:road-houchangcun', 'a road by full pinyin'],
    ['翠湖驭智', 'park:cuihu-yuzhi-industrial-park', 'a park by the start of its name'],
  ])('%s → %s (%s)', (query, key) => {
    expect(searchPlaces(gazetteer(), query)[0]?.place.key).toBe(key);
  });

  it('gives nothing for a blank query, and no noise for a short unknown one', () => {
    expect(searchPlaces(gazetteer(), '   ')).toEqual([]);
    expect(searchPlaces(gazetteer(), 'pkx')).toEqual([]);
    expect(searchPlaces(gazetteer(), 'qqqqqqq')).toEqual([]);
  });

  it('honours the limit and ranks an exact match with score 0', () => {
    const hits = searchPlaces(gazetteer(), 'zhongguancun', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]!.score).toBe(0);
  });
});

describe('the gazetteer data', () => {
  it('has every kind, unique keys, pinyin for every name and points near Haidian', () => {
    const kinds = new Set(GAZETTEER_PLACES.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['landmark', 'park', 'project', 'road', 'station', 'town']);
    expect(new Set(GAZETTEER_PLACES.map((p) => p.key)).size).toBe(GAZETTEER_PLACES.length);
    for (const p of GAZETTEER_PLACES) {
      expect(p.pinyin, p.key).not.toBe('');
      // Haidian plus the ring roads that run just outside it.
      expect(p.lngLat[0], p.key).toBeGreaterThan(115.9);
      expect(p.lngLat[0], p.key).toBeLessThan(116.5);
      expect(p.lngLat[1], p.key).toBeGreaterThan(39.8);
      expect(p.lngLat[1], p.key).toBeLessThan(40.2);
    }
  });

  it('leaves out stations without a published position (indicative planned ones)', () => {
    const unplaced = STATIONS.features
      .filter((f) => !f.geometry || f.properties.indicative)
      .map((f) => `station:${f.properties.id}`);
    expect(unplaced.length).toBeGreaterThan(0);
    for (const key of unplaced) expect(placeByKey(key)).toBeUndefined();
  });
});

describe('representativePoint', () => {
  it.each([
    ['a point', { type: 'Point' as const, coordinates: [116.3, 40] }, [116.3, 40]],
    [
      'the middle vertex of a line',
      {
        type: 'LineString' as const,
        coordinates: [
          [0, 0],
          [1, 0],
          [2, 0],
        ],
      },
      [1, 0],
    ],
    [
      'the middle of the longest part',
      {
        type: 'MultiLineString' as const,
        coordinates: [
          [
            [9, 9],
            [9, 8],
          ],
          [
            [0, 0],
            [1, 1],
            [2, 2],
            [3, 3],
          ],
        ],
      },
      [2, 2],
    ],
    [
      'the vertex average of a square, closing vertex not counted',
      {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      },
      [1, 1],
    ],
  ])('%s', (_, geometry, expected) => {
    const p = representativePoint(geometry)!;
    expect(p[0]).toBeCloseTo(expected[0]!, 9);
    expect(p[1]).toBeCloseTo(expected[1]!, 9);
  });

  it('gives null for an empty line', () => {
    expect(representativePoint({ type: 'LineString', coordinates: [] })).toBeNull();
  });
});

describe('buildGazetteer', () => {
  it('keeps the first of two places with the same key', () => {
    const a = makePlace('town', 'x', { zh: '甲', en: 'A' }, 'jia', [116, 40]);
    const b = makePlace('town', 'x', { zh: '乙', en: 'B' }, 'yi', [117, 40]);
    const g = buildGazetteer([a, b]);
    expect(g.entries).toHaveLength(1);
    expect(searchPlaces(g, 'jia')[0]?.place).toBe(a);
  });
});
