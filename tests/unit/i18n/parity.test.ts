import { describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/index.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { en } from '../../../src/i18n/en.ts';
import * as features from '../../../src/i18n/features.ts';
import { ranking } from '../../../src/i18n/ranking.ts';
import { LATER } from './later-tables.ts';

/** Every key path of a string table, e.g. `card.precision.town` (plural forms kept as they are). */
function keys(table: unknown, prefix = ''): string[] {
  if (typeof table === 'string') return [prefix];
  if (!table || typeof table !== 'object') return [`${prefix}:<${typeof table}>`];
  return Object.entries(table as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
/** The {{placeholders}} of every string, by key path. */
function placeholders(table: unknown, prefix = ''): Record<string, string> {
  if (typeof table === 'string')
    return {
      [prefix]: [...table.matchAll(/\{\{(\w+)\}\}/g)]
        .map((m) => m[1])
        .sort()
        .join(','),
    };
  return Object.assign(
    {},
    ...Object.entries(table as Record<string, unknown>).map(([k, v]) => placeholders(v, prefix ? `${prefix}.${k}` : k)),
  );
}
/** zh has no plural forms; en has `_one`/`_other`: compare on the base key. */
const base = (k: string) => k.replace(/_(one|other|zero|few|many|two)$/, '');

const tables: [string, unknown, unknown][] = [
  ['main', zh, en],
  ...Object.entries({ ...features, ranking } as Record<string, { zh: unknown; en: unknown }>).map(
    ([name, t]) => [name, t.zh, t.en] as [string, unknown, unknown],
  ),
  ...LATER.map(({ file, table }) => [`later/${file}`, table.zh, table.en] as [string, unknown, unknown]),
];

describe('string tables: Chinese and English have the same keys and placeholders', () => {
  it('checks every table (main and each feature namespace)', () => {
    expect(tables.length).toBeGreaterThanOrEqual(5);
  });
  it.each(tables)('%s', (_name, a, b) => {
    const ka = [...new Set(keys(a).map(base))].sort();
    const kb = [...new Set(keys(b).map(base))].sort();
    expect(ka.length).toBeGreaterThan(0);
    expect(ka).toEqual(kb);
    const pa = placeholders(a),
      pb = placeholders(b);
    for (const k of Object.keys(pa)) {
      const other = Object.keys(pb).find((x) => base(x) === base(k));
      // Plural forms may drop {{count}} in one language; every other placeholder must match.
      const strip = (s: string | undefined) =>
        (s ?? '')
          .split(',')
          .filter((x) => x && x !== 'count')
          .join(',');
      expect(strip(pb[other!]), `${k}`).toBe(strip(pa[k]));
    }
  });
});

describe('string keys are typed', () => {
  it('a key that is not in the tables fails to type-check (npm run build runs tsc)', () => {
    // @ts-expect-error 'card.noSuchKey' is in no table: tsc reports this line unless the keys are typed.
    expect(i18n.t('card.noSuchKey')).toBe('card.noSuchKey');
    expect(i18n.t('compare.title', { lng: 'en' })).toBe('Compare parks');
  });
});
