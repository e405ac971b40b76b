import { describe, it, expect, beforeEach } from 'vitest';
import { useAppStore } from '../../../src/store/index.ts';
import { selectBasemapView, selectDrawnPreset } from '../../../src/store/basemap-slice.ts';
import { BASEMAP_KEY, TIANDITU_KEY_KEY, startBasemapStorage } from '../../../src/store/basemap-storage.ts';
import { applySearch, selectSearch } from '../../../src/store/url-sync.ts';
import { i18n } from '../../../src/i18n/index.ts';
import { memoryStorage } from './memory-storage.ts';

const KEY = '0123456789abcdef0123456789abcdef';
const s = () => useAppStore.getState();

describe('basemap slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('starts on the embedded map and draws a keyless preset as soon as it is chosen', () => {
    expect(s().basemap).toBe('offline');
    expect(selectBasemapView(s())).toEqual({ kind: 'offline' });
    s().chooseBasemap('amap-img');
    expect(selectDrawnPreset(s())?.id).toBe('amap-img');
  });

  it('waits for a key before drawing Tianditu, then draws it with the typed key', () => {
    s().chooseBasemap('tianditu-img');
    expect(selectBasemapView(s())).toMatchObject({ kind: 'needsKey', preset: { id: 'tianditu-img' } });
    expect(selectDrawnPreset(s())).toBeNull();
    s().setTiandituKey('bad key!');
    expect(s().tiandituKey).toBeNull();
    s().setTiandituKey(`  ${KEY} `);
    expect(s().tiandituKey).toBe(KEY);
    expect(selectDrawnPreset(s())?.id).toBe('tianditu-img');
  });

  it('falls back to the embedded map with a notice naming what went wrong and where to fix it', () => {
    s().chooseBasemap('amap-road');
    s().failBasemap('amap-road', 'quota');
    expect(s().basemap).toBe('offline');
    expect(s().basemapFailures).toEqual({ 'amap-road': 'quota' });
    const notice = s().notices.at(-1)!;
    expect(notice.key).toBe('basemap.fail.quota');
    const text = (lang: 'zh' | 'en') =>
      i18n.getFixedT(lang)(notice.key, { replace: { name: (notice.values!.name as Record<string, string>)[lang] } });
    expect(text('zh')).toBe(
      '高德 · 地图：今日配额已用完，已改用内置底图。请明天再试，或在“图层 → 底图”中换用其他底图或密钥。',
    );
    expect(text('en')).toBe(
      'AMap · Map: today’s quota is used up. Switched to the built-in map. Try again tomorrow, or choose another basemap or key under Layers → Basemap.',
    );
    // Choosing it again retries it.
    s().chooseBasemap('amap-road');
    expect(s().basemapFailures).toEqual({});
    expect(selectDrawnPreset(s())?.id).toBe('amap-road');
  });

  it('marks a refused key refused but keeps it; choosing the preset again retries it', () => {
    s().setTiandituKey(KEY);
    s().chooseBasemap('tianditu-vec');
    s().failBasemap('tianditu-vec', 'keyDomain');
    expect(s().tiandituKey).toBe(KEY);
    expect(s().tiandituKeyRefused).toBe('keyDomain');
    expect(i18n.getFixedT('zh')('basemap.what.keyDomain')).toBe('天地图密钥不适用于本网址（域名未列入白名单）');
    s().chooseBasemap('tianditu-vec');
    expect(s().tiandituKeyRefused).toBeNull();
    expect(selectDrawnPreset(s())?.id).toBe('tianditu-vec');
  });

  it('ignores a failure of a preset no longer chosen (a late tile)', () => {
    s().chooseBasemap('amap-img');
    s().chooseBasemap('offline');
    s().failBasemap('amap-img', 'server');
    expect(s().basemapFailures).toEqual({});
    expect(s().notices).toEqual([]);
  });
});

describe('basemap in the link', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('reads a preset id and writes it back; the key never goes into the link', () => {
    s().setTiandituKey(KEY);
    expect(applySearch('?basemap=tianditu-img&lang=en', 'zh')).toBe(0);
    expect(s().basemap).toBe('tianditu-img');
    expect(selectSearch(s())).toBe('?lang=en&basemap=tianditu-img');
    expect(selectSearch(s())).not.toContain(KEY);
  });

  it('drops an unknown preset id with the usual notice', () => {
    expect(applySearch('?basemap=google-sat', 'zh')).toBe(1);
    expect(s().basemap).toBe('offline');
    expect(s().notices.map((n) => [n.key, n.values])).toEqual([['notice.urlIgnored', { list: 'basemap=google-sat' }]]);
  });

  it('says where to enter a key when a link chooses Tianditu in a browser without one', () => {
    applySearch('?basemap=tianditu-vec', 'zh');
    expect(s().notices.map((n) => n.key)).toEqual(['basemap.notice.needsKey']);
    expect(selectSearch(s())).toBe('?basemap=tianditu-vec');
  });

  it('keeps a custom style URL working', () => {
    applySearch('?basemap=https%3A%2F%2Fexample.org%2Fstyle.json&bcrs=gcj02', 'zh');
    expect(selectBasemapView(s())).toEqual({ kind: 'custom', url: 'https://example.org/style.json' });
    expect(selectSearch(s())).toBe('?basemap=https%3A%2F%2Fexample.org%2Fstyle.json&bcrs=gcj02');
  });
});

describe('basemap storage', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('remembers the choice and the key in this browser, and reads them back', () => {
    const storage = memoryStorage();
    const stop = startBasemapStorage(storage);
    s().chooseBasemap('amap-img');
    s().setTiandituKey(KEY);
    expect(storage.data.get(BASEMAP_KEY)).toBe('amap-img');
    expect(JSON.parse(storage.data.get(TIANDITU_KEY_KEY)!)).toEqual({ key: KEY, refused: null });
    stop();
    useAppStore.setState(useAppStore.getInitialState(), true);
    startBasemapStorage(storage)();
    expect(s().basemap).toBe('amap-img');
    expect(s().tiandituKey).toBe(KEY);
  });

  it('lets a link override the remembered choice', () => {
    startBasemapStorage(memoryStorage({ [BASEMAP_KEY]: 'amap-img' }))();
    applySearch('?basemap=amap-road', 'zh');
    expect(s().basemap).toBe('amap-road');
  });

  it('keeps a refused key stored, marked; clearing removes it', () => {
    const storage = memoryStorage();
    const stop = startBasemapStorage(storage);
    s().setTiandituKey(KEY);
    s().chooseBasemap('tianditu-img');
    s().failBasemap('tianditu-img', 'keyInvalid');
    expect(JSON.parse(storage.data.get(TIANDITU_KEY_KEY)!)).toEqual({ key: KEY, refused: 'keyInvalid' });
    s().clearTiandituKey();
    expect(storage.data.has(TIANDITU_KEY_KEY)).toBe(false);
    stop();
  });

  it('keeps the key for the visit, with a notice, when the browser cannot store it', () => {
    const stop = startBasemapStorage(memoryStorage({}, true));
    s().setTiandituKey(KEY);
    expect(s().tiandituKey).toBe(KEY);
    expect(s().tiandituKeySessionOnly).toBe(true);
    expect(s().notices.map((n) => n.key)).toEqual(['basemap.notice.keySessionOnly']);
    stop();
    useAppStore.setState(useAppStore.getInitialState(), true);
    const none = startBasemapStorage(null);
    s().setTiandituKey(KEY);
    expect(s().tiandituKeySessionOnly).toBe(true);
    none();
  });

  it('ignores an unreadable stored key or choice', () => {
    startBasemapStorage(memoryStorage({ [BASEMAP_KEY]: 'nonsense', [TIANDITU_KEY_KEY]: '{"key":"x y"}' }))();
    expect(s().basemap).toBe('offline');
    expect(s().tiandituKey).toBeNull();
  });
});
