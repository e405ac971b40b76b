import { beforeAll, describe, expect, it } from 'vitest';
import { searchPlaces } from '../../../src/lib/gazetteer.ts';
import { charPinyinIndex, homophoneIndexOf, type CharPinyin } from '../../../src/lib/text-match.ts';
import { GAZETTEER_PLACES, gazetteer } from '../../../src/data/gazetteer-index.ts';
import { loadCharPinyin } from '../../../src/data/gazetteer-data.ts';

describe('homophoneIndexOf', () => {
  // A hand-made table: 其/旗/七 read qi, 二/儿 er, 行 xing or hang, 航 hang.
  const py = charPinyinIndex({ qi: '七其旗', er: '二儿', xi: '西希', xing: '行', hang: '行航', da: '大', jie: '街' });
  it.each([
    ['西二其', '西二旗', 0, 'one character swapped for a homophone'],
    ['西儿旗', '西二旗大街', 0, 'at the start of a longer name'],
    ['希儿其', '西二旗', 0, 'every character a homophone (three or more characters)'],
    ['二其', '西二旗', 1, 'inside the name, counted in characters'],
    ['航大', '行大', 0, 'a second reading of a polyphone (行 hang)'],
    ['其', '西二旗', -1, 'never for one character'],
    ['希儿', '西二旗', -1, 'two characters need one of them exact'],
    ['西二q', '西二旗', -1, 'a Latin letter is not a reading'],
    ['西三旗', '西二旗', -1, 'a different sound'],
    ['xierqi', 'xierqi', -1, 'no Chinese in the query'],
    ['西二其大街', '西二旗', -1, 'longer than the name'],
  ])('%s in %s → %i (%s)', (q, h, at) => {
    expect(homophoneIndexOf(q, h, py)).toBe(at);
  });
});

describe('searchPlaces by sound, with the build table of readings', () => {
  let py: CharPinyin;
  beforeAll(async () => {
    py = await loadCharPinyin();
  });

  it('the lazily loaded table has every character of every name searched by sound, with all its readings', () => {
    const names = GAZETTEER_PLACES.flatMap((p) => [p.name.zh, ...(p.aliases ?? [])]);
    const chars = new Set([...names.join('')].filter((c) => /\p{Script=Han}/u.test(c)));
    expect(chars.size).toBeGreaterThan(200);
    for (const c of chars) expect(py.get(c), c).toBeDefined();
    expect(py.get('旗')).toContain('qi');
    expect(py.get('长')).toEqual(expect.arrayContaining(['chang', 'zhang']));
    // Common characters that share a reading with some name are in it (其 qi, 儿 er); others are left out, as they
    // could match no name (of 绿's readings lv and lu, only lu, which every …路 road has).
    expect(py.get('其')).toContain('qi');
    expect(py.get('儿')).toContain('er');
    expect(py.get('绿')).toEqual(['lu']);
  });

  it.each(['西二其', '西儿旗', '西而旗'])('%s finds 西二旗 station first, marked as a sound match', (q) => {
    const hits = searchPlaces(gazetteer(), q, 8, py);
    expect(hits[0]?.place.key).toBe('station:xierqi');
    expect(hits[0]?.match).toBe('sound');
  });

  it('finds nothing by sound without the table (before it has loaded)', () => {
    expect(searchPlaces(gazetteer(), '西二其')).toEqual([]);
  });

  it('ranks character matches above sound matches', () => {
    // 清河 literally names places; 青河 (qing he) only sounds like them.
    const literal = searchPlaces(gazetteer(), '清河', 20, py);
    expect(literal.length).toBeGreaterThan(0);
    expect(literal.every((h) => h.match === 'name')).toBe(true);
    const mixed = searchPlaces(gazetteer(), '西二旗', 20, py);
    expect(mixed[0]).toMatchObject({ match: 'name' });
    const firstSound = mixed.findIndex((h) => h.match === 'sound');
    if (firstSound >= 0)
      expect(mixed.slice(firstSound).every((h) => h.match === 'sound' || h.match === 'typo')).toBe(true);
  });

  it('finds a park by a homophone of its name', () => {
    // 驭 and 玉 both read yu.
    expect(searchPlaces(gazetteer(), '翠湖玉智', 8, py)[0]?.place.key).toBe('park:cuihu-yuzhi-industrial-park');
  });

  it('does not let one character match everything', () => {
    expect(searchPlaces(gazetteer(), '其', 8, py)).toEqual([]);
    // One Chinese character that literally occurs in names finds only those names.
    for (const h of searchPlaces(gazetteer(), '旗', 50, py)) expect(h.match).toBe('name');
  });
});
