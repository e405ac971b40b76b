import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useAppStore } from '../../src/store/index.ts';
import * as maplibre from '../../src/map/maplibre.ts';
import { renderUi } from './render.tsx';

const renderApp = () => renderUi();

describe('App shell', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('renders the header, language toggle and legend in Chinese', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('海淀选址地图');
    expect(screen.getByRole('button', { name: /切换语言到英文/ }).textContent).toBe('English');
    const legend = screen.getByText('图例').closest('details')!;
    expect(within(legend).getByText('人工智能与算力')).toBeInstanceOf(HTMLElement);
    expect(within(legend).getByText('规划线路走向示意，尚未公布')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('18 / 18 个园区')).toBeInstanceOf(HTMLElement);
  });

  it('switches every visible string to English with the toggle', async () => {
    renderApp();
    const toggle = screen.getByRole('button', { name: /切换语言到英文/ });
    // A synchronous click: the button answers at once (pressed), the app changes language a frame later (issue 24).
    fireEvent.click(toggle);
    expect(toggle.className).toContain('is-pressed');
    expect(useAppStore.getState().lang).toBe('zh');
    await waitFor(() => expect(useAppStore.getState().lang).toBe('en'));
    expect(toggle.className).not.toContain('is-pressed');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Haidian Site Finder');
    expect(screen.getByRole('button', { name: /Switch language to Chinese/ }).textContent).toBe('中文');
    const legend = screen.getByText('Legend').closest('details')!;
    expect(within(legend).getByText('AI & computing')).toBeInstanceOf(HTMLElement);
    expect(within(legend).getByText('indicative alignment, not yet published')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('18 of 18 parks')).toBeInstanceOf(HTMLElement);
  });

  it('shows the full-width list and a notice when WebGL2 is missing', () => {
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(false);
    const { container } = renderApp();
    expect(container.querySelector('.app.list-only')).not.toBeNull();
    expect(screen.getByText(/需要 WebGL2/)).toBeInstanceOf(HTMLElement);
    expect(screen.queryByTestId('fake-map')).toBeNull();
  });
});
