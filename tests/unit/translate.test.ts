import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../src/lib/translate.ts';

const make = () =>
  createTranslator<string>({
    tables: {
      zh: {
        a: { b: '乙 {{x}}' },
        n: '{{count}} 个园区',
        more: '另有 {{count}} 个',
        only: '仅中文',
        nest: { deep: { k: '深' } },
      },
      en: {
        a: { b: 'B {{x}}' },
        n_one: '{{count}} park',
        n_other: '{{count}} parks',
        more: '{{count}} more',
        nest: { deep: {} },
      },
    },
    language: 'zh',
    fallback: 'zh',
  });

describe('translator (lib/translate.ts)', () => {
  it('looks up dotted keys and fills placeholders, in the current language', () => {
    const i = make();
    expect(i.t('a.b', { x: 3 })).toBe('乙 3');
    i.changeLanguage('en');
    expect(i.t('a.b', { x: 'y' })).toBe('B y');
    expect(i.t('a.b', { x: 0 })).toBe('B 0');
  });

  it('picks the plural form by Intl.PluralRules, and the base key where a language has no forms', () => {
    const i = make();
    const en = i.getFixedT('en');
    expect(en('n', { count: 1 })).toBe('1 park');
    expect(en('n', { count: 2 })).toBe('2 parks');
    expect(en('n', { count: 0 })).toBe('0 parks');
    expect(i.getFixedT('zh')('n', { count: 1 })).toBe('1 个园区');
    // A count already formatted is a placeholder value, not a plural choice (as i18next did).
    expect(en('more', { count: '1,200' })).toBe('1,200 more');
    expect(en('n', { count: '1,200' })).toBe('1,200 个园区');
  });

  it('falls back to Chinese, then to the key itself; a missing value is left empty', () => {
    const i = make();
    const en = i.getFixedT('en');
    expect(en('only')).toBe('仅中文');
    expect(en('nest.deep.k')).toBe('深');
    expect(en('no.such.key')).toBe('no.such.key');
    expect(en('a')).toBe('a');
    expect(en('a.b')).toBe('B ');
  });

  it('translates into `lng` when given, whatever the current or fixed language', () => {
    const i = make();
    expect(i.t('a.b', { lng: 'en', x: 1 })).toBe('B 1');
    expect(i.getFixedT('en')('a.b', { lng: 'zh', x: 1 })).toBe('乙 1');
  });

  it('takes the values from `replace` when given, so a value may be named like an option', () => {
    const i = make();
    expect(i.getFixedT('en')('a.b', { replace: { x: 'r' }, x: 'no' })).toBe('B r');
    expect(i.getFixedT('zh')('n', { replace: { count: 'n' } })).toBe('n 个园区');
  });

  it('tells subscribers of a language change, once, and not after unsubscribing', () => {
    const i = make();
    const seen = vi.fn();
    const stop = i.subscribe(seen);
    i.changeLanguage('en');
    i.changeLanguage('en');
    expect(seen).toHaveBeenCalledTimes(1);
    expect(i.language).toBe('en');
    stop();
    i.changeLanguage('zh');
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('adds tables when a feature loads, merged deeply; its keys replace those already there', () => {
    const i = make();
    i.addTables('en', { a: { c: 'C' }, extra: { k: 'K {{v}}' } });
    i.addTables('en', { a: { c: 'C2' } });
    const en = i.getFixedT('en');
    expect(en('a.b', { x: 1 })).toBe('B 1');
    expect(en('a.c')).toBe('C2');
    expect(en('extra.k', { v: 9 })).toBe('K 9');
  });
});
