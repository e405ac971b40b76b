import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { CURATED_LANDMARKS, PLACE_ALIASES } from '../../../src/data/landmarks.ts';
import { GAZETTEER_PLACES, gazetteer, placeByKey } from '../../../src/data/gazetteer-index.ts';
import { searchPlaces } from '../../../src/lib/gazetteer.ts';

describe('the curated landmarks (src/data/landmarks.ts)', () => {
  it.each(CURATED_LANDMARKS.map((l) => [l.name.zh, l] as const))(
    '%s takes the point of a feature of the data, says so, and carries pinyin-pro’s pinyin',
    (_, l) => {
      const at = placeByKey(l.at);
      expect(at, l.at).toBeDefined();
      // A feature of geo/ or data/, never another curated landmark.
      expect(CURATED_LANDMARKS.some((o) => `landmark:${o.id}` === l.at)).toBe(false);
      const place = placeByKey(`landmark:${l.id}`)!;
      expect(place.lngLat).toEqual(at!.lngLat);
      expect(place.pointNote).toEqual(l.pointNote);
      expect(l.pointNote.zh).not.toBe('');
      expect(l.pointNote.en).not.toBe('');
      expect(l.pinyin).toBe(pinyin(l.name.zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''));
    },
  );

  it('has no id or name already in the gazetteer from the data', () => {
    const fromData = GAZETTEER_PLACES.filter((p) => !CURATED_LANDMARKS.some((l) => `landmark:${l.id}` === p.key));
    for (const l of CURATED_LANDMARKS) {
      expect(fromData.some((p) => p.key === `landmark:${l.id}`)).toBe(false);
      expect(fromData.some((p) => p.name.zh === l.name.zh)).toBe(false);
    }
  });

  it('gives other names only to places that exist', () => {
    for (const [key, aliases] of Object.entries(PLACE_ALIASES)) {
      expect(placeByKey(key)?.aliases, key).toEqual(aliases);
    }
  });

  it.each([
    ['中关村软件园', 'landmark:zgc-software-park'],
    ['软件园', 'landmark:zgc-software-park'],
    ['Zhongguancun Software Park', 'landmark:zgc-software-park'],
    ['zhongguancunruanjianyuan', 'landmark:zgc-software-park'],
    ['中国人民大学', 'landmark:renmin-university'],
    ['人大', 'landmark:renmin-university'],
    ['北大', 'landmark:pku'],
    ['Beida', 'landmark:pku'],
    ['清华', 'landmark:tsinghua'],
    ['奥森', 'landmark:aolinpike-senlin-gongyuan'],
    ['北京植物园', 'landmark:guojia-zhiwuyuan'],
    ['中关村创业大厦', 'landmark:zgc-chuangye-building'],
    ['环保园', 'landmark:zgc-environmental-park'],
  ])('%s → %s', (query, key) => {
    const first = searchPlaces(gazetteer(), query)[0];
    expect(first?.place.key).toBe(key);
  });

  it('the station 上地软件园 is still offered next to the software park', () => {
    const keys = searchPlaces(gazetteer(), '软件园').map((h) => h.place.key);
    expect(keys).toEqual(['landmark:zgc-software-park', 'station:shangdiruanjianyuan']);
  });
});
