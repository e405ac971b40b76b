import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../../src/store/index.ts';
import { selectSelectedParkId, selectSelectedProjectId } from '../../src/store/selection-slice.ts';
import * as maplibre from '../../src/map/maplibre.ts';
import { renderUi } from './render.tsx';

function renderApp(lang: 'zh' | 'en' = 'en') {
  useAppStore.setState({ lang });
  return renderUi();
}
const count = () => screen.getByText(/of 18 parks$/).textContent;
const listNames = () =>
  within(screen.getByRole('list', { name: 'Parks' }))
    .getAllByRole('button', { name: /^Open / })
    .map((b) => b.getAttribute('aria-label'));

describe('finding parks', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('updates the count and the list when an industry chip is chosen, with counts on the chips', async () => {
    renderApp();
    expect(count()).toBe('18 of 18 parks');
    const quantum = screen.getByRole('button', { name: /^Quantum technology/ });
    expect(quantum.textContent).toMatch(/1$/);
    await userEvent.click(quantum);
    expect(quantum.getAttribute('aria-pressed')).toBe('true');
    expect(count()).toBe('1 of 18 parks');
    expect(listNames()).toEqual(['Open Zhongguancun (Haidian) Quantum Technology Future Industry Park']);
  });

  it('combines a town and a size bound, and removes a filter from its chip', async () => {
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: /^Xibeiwang Town/ }));
    expect(count()).toBe('5 of 18 parks');
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Min (m²)' }), '200000');
    expect(count()).toBe('2 of 18 parks');
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Xibeiwang Town' }));
    expect(count()).toBe('8 of 18 parks');
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(count()).toBe('18 of 18 parks');
  });

  it('finds parks by pinyin in the search box', async () => {
    renderApp();
    await userEvent.type(screen.getByLabelText(/^Search/, { selector: 'input' }), 'wenquan');
    // The list follows the text once typing pauses (PlaceSearch).
    await waitFor(() => expect(count()).toBe('3 of 18 parks'));
  });

  it('explains an empty result and relaxes the filter that excluded the most in one click', async () => {
    useAppStore.setState({
      filters: { ...useAppStore.getState().filters, industries: ['quantum'], towns: ['wenquan-town'] },
    });
    renderApp();
    expect(screen.getByText('No park matches these filters.')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('“Industry” excludes the most parks.')).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Industry” (shows 3)' }));
    expect(count()).toBe('3 of 18 parks');
  });

  it('opens a park card with the plan facts verbatim and returns with Escape', async () => {
    renderApp('zh');
    await userEvent.click(screen.getByRole('button', { name: '查看 中关村温泉科技园二期' }));
    // The row answers the tap first; the card follows a frame later (ParkList).
    const card = await screen.findByRole('article');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toContain('中关村温泉科技园二期');
    expect(within(card).getByText('海淀区温泉镇古莲路66号院')).toBeInstanceOf(HTMLElement);
    expect(within(card).getByText('30.4万平方米')).toBeInstanceOf(HTMLElement);
    expect(within(card).getByText('17.9万平方米')).toBeInstanceOf(HTMLElement);
    expect(within(card).getByText('具身智能、集成电路、智能制造、新材料等未来产业。')).toBeInstanceOf(HTMLElement);
    expect(within(card).getByText(/仅定位到镇街/)).toBeInstanceOf(HTMLElement);
    expect(document.activeElement).toBe(within(card).getByRole('heading', { level: 2 }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('article')).toBeNull();
    expect(selectSelectedParkId(useAppStore.getState())).toBeNull();
  });

  it('"back to the list" shows itself pressed at once, and the list in the frame after', async () => {
    renderApp('en');
    useAppStore.getState().selectPark('zgc-wenquan-science-park-phase-2');
    const card = await screen.findByRole('article', { name: /Zhongguancun Wenquan Science Park Phase II/ });
    const back = within(card).getByRole('button', { name: /Back to list/ });
    // A synchronous click: userEvent's own pauses can outlast a frame on a loaded machine.
    fireEvent.click(back);
    // Straight after the click: the button answers; the same card is still there (issue 24: a tap's answer in its
    // frame), and the list is still hidden behind it.
    expect(back.className).toContain('is-pressed');
    expect(screen.getByRole('article')).toBe(card);
    expect(screen.queryByRole('list', { name: 'Parks' })).toBeNull();
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(selectSelectedParkId(useAppStore.getState())).toBeNull();
    expect(count()).toBe('18 of 18 parks');
  });

  it("a plan project's card goes back the same way", async () => {
    renderApp('en');
    useAppStore.getState().selectProject('haidian-north-medical-center');
    const card = await screen.findByRole('article', { name: /Haidian District Northern Medical Center/ });
    const back = within(card).getByRole('button', { name: /Back/ });
    // A synchronous click: userEvent's own pauses can outlast a frame on a loaded machine.
    fireEvent.click(back);
    expect(back.className).toContain('is-pressed');
    expect(screen.getByRole('article')).toBe(card);
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(selectSelectedProjectId(useAppStore.getState())).toBeNull();
  });
});
