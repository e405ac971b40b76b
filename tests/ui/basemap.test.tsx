import { describe, it, expect, beforeEach } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/store/index.ts';
import { selectDrawnPreset } from '../../src/store/basemap-slice.ts';
import { LayerToggles } from '../../src/features/map-controls/LayerToggles.tsx';
import { renderUi } from './render.tsx';

const KEY = '0123456789abcdef0123456789abcdef';
const s = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  void i18n.changeLanguage('zh');
});

const group = () => screen.getByRole('group', { name: '底图' });
/** Opens the Layers panel (the chooser loads when it first opens) and waits for the chooser. */
async function openLayers(user: ReturnType<typeof userEvent.setup>, name: string, group: string) {
  await user.click(screen.getByText(name));
  await screen.findByRole('group', { name: group }, { timeout: 10_000 });
}
const roads = () => screen.getByRole('checkbox', { name: /^Roads/ }) as HTMLInputElement;

describe('the basemap chooser', () => {
  it('lists the built-in map and the four presets as radio buttons, the built-in map chosen', async () => {
    renderUi(<LayerToggles />, { lang: 'zh' });
    await openLayers(userEvent.setup(), '图层', '底图');
    const radios = within(group()).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual([
      '内置底图（离线）',
      '天地图 · 地图需要密钥',
      '天地图 · 影像需要密钥',
      '高德 · 地图',
      '高德 · 卫星',
    ]);
    expect((within(group()).getByRole('radio', { name: '内置底图（离线）' }) as HTMLInputElement).checked).toBe(true);
  });

  it('asks for a Tianditu key, refuses one with characters a key cannot have, and keeps a good one masked', async () => {
    const user = userEvent.setup();
    renderUi(<LayerToggles />, { lang: 'zh' });
    await openLayers(user, '图层', '底图');
    await user.click(within(group()).getByRole('radio', { name: /^天地图 · 影像/ }));
    expect(s().basemap).toBe('tianditu-img');
    expect(selectDrawnPreset(s())).toBeNull();
    screen.getByText('天地图 · 影像需要天地图密钥（浏览器端）。');

    const input = screen.getByLabelText('天地图密钥');
    expect(input.getAttribute('type')).toBe('password');
    await user.type(input, 'abc 123');
    await user.click(screen.getByRole('button', { name: '保存密钥' }));
    expect(screen.getByRole('alert').textContent).toContain('密钥只能包含英文字母和数字');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(s().tiandituKey).toBeNull();

    await user.clear(input);
    await user.type(input, `  ${KEY} `);
    await user.click(screen.getByRole('button', { name: '保存密钥' }));
    expect(s().tiandituKey).toBe(KEY);
    expect(selectDrawnPreset(s())?.id).toBe('tianditu-img');
    expect(screen.queryByRole('alert')).toBeNull();
    screen.getByText(/已保存密钥 ••••••••cdef（仅存于此浏览器）/);
    expect(document.body.textContent).not.toContain(KEY);

    await user.click(screen.getByRole('button', { name: '清除密钥' }));
    expect(s().tiandituKey).toBeNull();
    expect(selectDrawnPreset(s())).toBeNull();
  });

  it('names a preset’s last failure and why a refused key was refused; the roads switch rests on an online map', async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage('en');
    renderUi(<LayerToggles />, { lang: 'en' });
    await openLayers(user, 'Layers', 'Basemap');
    act(() => {
      s().setTiandituKey(KEY);
      s().chooseBasemap('tianditu-vec');
    });
    expect(roads().disabled).toBe(true);
    act(() => s().failBasemap('tianditu-vec', 'keyDomain'));
    await screen.findByText(/^Last try failed: the Tianditu key does not allow this web address/);
    await user.click(
      within(screen.getByRole('group', { name: 'Basemap' })).getByRole('radio', { name: /^Tianditu · Map/ }),
    );
    expect(s().basemapFailures).toEqual({});
    expect(roads().disabled).toBe(true);
    await user.click(screen.getByRole('radio', { name: /^Built-in map/ }));
    expect(roads().disabled).toBe(false);
  });
});
