import { describe, it, expect, beforeEach, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../../src/store/index.ts';
import * as maplibre from '../../src/map/maplibre.ts';
import { STATIONS } from '../../src/data/index.ts';
import { renderUi, typingPaused } from './render.tsx';

function renderApp(lang: 'zh' | 'en', filters: Partial<ReturnType<typeof useAppStore.getState>['filters']> = {}) {
  useAppStore.setState({ lang, filters: { ...useAppStore.getState().filters, ...filters } });
  return renderUi();
}
const box = (lang: 'zh' | 'en') =>
  screen.getByRole<HTMLInputElement>('combobox', { name: lang === 'zh' ? '搜索' : 'Search' });
const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
const shown = () => document.querySelector('.count-shown')!.textContent;
/** The count on an industry or town chip, e.g. "Wenquan Town 3" → 3. */
const chipCount = (name: RegExp) => Number(/(\d+)$/.exec(screen.getByRole('button', { name }).textContent!)![1]);
const at = (id: string) => STATIONS.features.find((f) => f.properties.id === id)!.geometry!.coordinates;

describe('search: homophones', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it.each(['西二其', '西儿旗'])('%s offers 西二旗 station first, tagged as sounding alike', async (typed) => {
    renderApp('zh');
    await userEvent.type(box('zh'), typed);
    // The readings load lazily on focus; the options follow once they are in.
    await waitFor(() => expect(options()[0]!.textContent).toContain('西二旗'));
    expect(options()[0]!.textContent).toContain('地铁站');
    expect(options()[0]!.textContent).toContain('读音相近');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(useAppStore.getState().place?.key).toBe('station:xierqi');
    expect(useAppStore.getState().radius?.origin).toEqual(at('xierqi'));
  });

  it('does not tag an exact name as sounding alike', async () => {
    renderApp('zh');
    await userEvent.type(box('zh'), '西二旗');
    await waitFor(() => expect(options()[0]!.textContent).toContain('西二旗'));
    expect(options()[0]!.textContent).not.toContain('读音相近');
  });
});

describe('search: landmarks people use as addresses', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('中关村软件园 is offered with where its point comes from, and centres the radius query at that station', async () => {
    renderApp('zh');
    await userEvent.type(box('zh'), '中关村软件园');
    const first = options()[0]!;
    expect(first.textContent).toContain('中关村软件园');
    expect(first.textContent).toContain('地标');
    expect(first.textContent).toContain('大致位置：取自上地软件园站');
    await userEvent.click(first);
    expect(useAppStore.getState().radius?.origin).toEqual(at('shangdiruanjianyuan'));
    expect(screen.getByRole('heading', { name: '中关村软件园附近' })).toBeInstanceOf(HTMLElement);
  });

  it.each([
    ['北大', '北京大学'],
    ['人大', '中国人民大学'],
    ['PKU', 'Peking University'],
  ])('the short name %s finds %s', async (typed, name) => {
    renderApp(/^[a-z]/i.test(typed) ? 'en' : 'zh');
    await userEvent.type(box(/^[a-z]/i.test(typed) ? 'en' : 'zh'), typed);
    expect(options()[0]!.textContent).toContain(name);
  });
});

describe('search: the place search and the park text filter', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('a place name no park mentions leaves the list, counts and chips whole, and says so', async () => {
    renderApp('zh');
    await userEvent.type(box('zh'), '中关村软件园');
    // Checked once the text has been applied (it is applied after a typing pause), not before.
    await typingPaused();
    expect(shown()).toBe('18 / 18 个园区');
    expect(chipCount(/^温泉镇/)).toBe(3);
    expect(chipCount(/^人工智能/)).toBeGreaterThan(0);
    expect(screen.getByText('没有园区含“中关村软件园”，园区列表未按文字筛选')).toBeInstanceOf(HTMLElement);
    expect(useAppStore.getState().filters.query).toBe('');
    expect(box('zh').getAttribute('aria-describedby')).toContain(document.querySelector('.search-scope')!.id);
  });

  it('text some park contains filters the list as it is typed, and says so', async () => {
    renderApp('en');
    await userEvent.type(box('en'), 'wenquan');
    // The list follows the text once typing pauses (PlaceSearch: the key's answer paints first).
    await waitFor(() => expect(shown()).toBe('3 of 18 parks'));
    expect(screen.getByText('Park list filtered by the text “wenquan”')).toBeInstanceOf(HTMLElement);
    // The town 温泉镇 is still offered as a place.
    expect(options()[0]!.textContent).toContain('Wenquan');
    // Typing on into a place name no park has brings the whole list back.
    await userEvent.type(box('en'), 'lu');
    await waitFor(() => expect(shown()).toBe('18 of 18 parks'));
    expect(screen.getByText('No park mentions “wenquanlu”: the list is not filtered by it')).toBeInstanceOf(
      HTMLElement,
    );
  });

  it('emptying the box brings the whole list back at once, not after the typing pause', async () => {
    renderApp('en');
    await userEvent.type(box('en'), 'wenquan');
    await waitFor(() => expect(shown()).toBe('3 of 18 parks'));
    // Select-all and delete: one input event that empties the box. Read straight after it, with no wait: a redraw
    // left for the pause would land on the next tap (issue 24).
    await userEvent.clear(box('en'));
    expect(shown()).toBe('18 of 18 parks');
    expect(useAppStore.getState().filters.query).toBe('');
    // Typing again still waits for the pause before the list follows (the text in one input event, so that a slow
    // machine's pause between keys cannot apply part of it early).
    await userEvent.paste('wenquan');
    expect(shown()).toBe('18 of 18 parks');
    await typingPaused();
    expect(shown()).toBe('3 of 18 parks');
  });

  it("removing the text filter's chip clears the box; choosing a place clears the filter", async () => {
    renderApp('en');
    await userEvent.type(box('en'), '量子');
    await waitFor(() => expect(shown()).toBe('1 of 18 parks'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: “量子”' }));
    expect(box('en').value).toBe('');
    expect(shown()).toBe('18 of 18 parks');
    await userEvent.type(box('en'), 'wenquan');
    // The text filters the list first, so that choosing the place has a filter to clear.
    await waitFor(() => expect(shown()).toBe('3 of 18 parks'));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(useAppStore.getState().filters.query).toBe('');
    expect(box('en').value).toBe('');
    expect(shown()).toBe('18 of 18 parks');
  });

  it('a link whose q= no park matches (an old link) shows the text but keeps the list whole', () => {
    renderApp('zh', { query: '西二旗' });
    expect(box('zh').value).toBe('西二旗');
    expect(shown()).toBe('18 / 18 个园区');
    expect(useAppStore.getState().filters.query).toBe('');
  });

  it('a link whose q= some park matches filters as before', () => {
    renderApp('zh', { query: '量子' });
    expect(box('zh').value).toBe('量子');
    expect(shown()).toBe('1 / 18 个园区');
    expect(screen.getByText('园区列表按文字“量子”筛选')).toBeInstanceOf(HTMLElement);
  });
});
