import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { screen, within, fireEvent, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../../src/store/index.ts';
import { selectSelectedParkId, selectSelectedProjectId } from '../../src/store/selection-slice.ts';
import * as maplibre from '../../src/map/maplibre.ts';
import { handleMapClick } from '../../src/map/map-click.ts';
import { PLAN_PROJECTS, STATIONS } from '../../src/data/index.ts';
import { renderUi, typingPaused } from './render.tsx';

function renderApp(lang: 'zh' | 'en' = 'en') {
  useAppStore.setState({ lang });
  return renderUi();
}

const XIERQI = STATIONS.features.find((f) => f.properties.id === 'xierqi')!.geometry!.coordinates;
const search = () => screen.getByRole('combobox', { name: 'Search' });

type GeoSuccess = (p: { coords: { longitude: number; latitude: number } }) => void;
type GeoError = (e: { code: number; PERMISSION_DENIED: number }) => void;
function fakeGeolocation(answer: (ok: GeoSuccess, fail: GeoError) => void) {
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: answer } });
}

describe('resident: place search', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('offers places as a listbox while typing; a place name no park mentions leaves the park list whole', async () => {
    renderApp();
    await userEvent.type(search(), 'xierqi');
    // The park list follows the text once typing pauses: checked after the text has been applied, not before.
    await typingPaused();
    expect(useAppStore.getState().filters.query).toBe('');
    // The gazetteer loads on first use of the box (the first time, the test server builds it: allow for that).
    const listbox = await screen.findByRole('listbox', { name: 'Places' }, { timeout: 20000 });
    const options = within(listbox).getAllByRole('option');
    expect(search().getAttribute('aria-expanded')).toBe('true');
    expect(options[0]!.textContent).toContain('西二旗');
    expect(options[0]!.textContent).toContain('Metro station');
  });

  it('is keyboard operable: arrows move the active option, Enter chooses it and runs the radius query there', async () => {
    renderApp();
    await userEvent.type(search(), 'xierqi');
    // The gazetteer loads on first use of the box.
    await screen.findAllByRole('option');
    await userEvent.keyboard('{ArrowDown}');
    const first = screen.getAllByRole('option')[0]!;
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(search().getAttribute('aria-activedescendant')).toBe(first.id);
    await userEvent.keyboard('{Enter}');
    const s = useAppStore.getState();
    expect(s.radius?.origin).toEqual(XIERQI);
    expect(s.radius?.radiusKm).toBe(2);
    expect(s.place?.key).toBe('station:xierqi');
    expect(s.filters.query).toBe('');
    // The radius panel loads on the first query.
    // The radius panel's code loads on first use: allow for a loaded machine.
    const near = await screen.findByRole('heading', { name: /^Near / }, { timeout: 10000 });
    expect(near.textContent).toBe('Near Xierqi');
    expect(screen.getByRole('slider', { name: 'Radius 2 km' }).getAttribute('aria-valuetext')).toBe('2 km');
    expect(document.activeElement).toBe(search());
  });

  it('Escape closes the list without clearing the text', async () => {
    renderApp();
    await userEvent.type(search(), 'wenquan');
    await userEvent.keyboard('{Escape}');
    expect(search().getAttribute('aria-expanded')).toBe('false');
    expect((search() as HTMLInputElement).value).toBe('wenquan');
  });

  it('choosing a park opens its card', async () => {
    renderApp('zh');
    await userEvent.type(screen.getByRole('combobox', { name: '搜索' }), '翠湖驭智');
    await userEvent.click(screen.getAllByRole('option')[0]!);
    expect(selectSelectedParkId(useAppStore.getState())).toBe('cuihu-yuzhi-industrial-park');
    expect(screen.getByRole('article')).toBeInstanceOf(HTMLElement);
  });

  it('says when no place matches', async () => {
    renderApp();
    await userEvent.type(search(), 'qqqqqqq');
    expect(screen.getByText('No matching places').getAttribute('role')).toBe('status');
    expect(search().getAttribute('aria-expanded')).toBe('false');
  });
});

describe('resident: what is near here', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('summarises a map-clicked radius without a place name, counting roughly placed parks as only possibly within', async () => {
    renderApp();
    handleMapClick({ lngLat: XIERQI as [number, number], layerId: null, featureId: null, surface: null });
    const summary = await screen.findByRole('region', { name: 'Radius query' });
    // Neither park lies wholly within 2 km of Xierqi: the quantum park (±300 m) is 1.5–2.2 km away, and the Xibeiwang
    // science park, placed only to its town (±6.5 km), anywhere from 0.4 to 9.9 km.
    const parks = within(summary).getByRole('button', { name: /^2 industrial parks possibly within/ });
    await userEvent.click(parks);
    const list = document.getElementById(parks.getAttribute('aria-controls')!)!;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Zhongguancun (Haidian) Quantum Technology Future Industry Park may be 1.5–2.2 km',
      'Zhongguancun Xibeiwang Science Park Phase I may be 0.4–9.9 km',
    ]);
    await userEvent.click(within(items[0]!).getByRole('button', { name: /^Zhongguancun \(Haidian\) Quantum/ }));
    expect(selectSelectedParkId(useAppStore.getState())).toBe('zgc-haidian-quantum-future-industry-park');
  });

  it.each([
    ['en', 'Near Beishatan', '1 industrial park, 1 more possibly', ['up to 1.6 km', 'may be 0.9–2.2 km']],
    ['zh', '北沙滩附近', '1 个产业园区，另有 1 个可能在范围内', ['最远约 1.6 公里', '可能 约 0.9–2.2 公里']],
  ] as const)(
    'counts parks certainly and possibly within apart, with ranges (%s)',
    async (lang, heading, label, details) => {
      renderApp(lang);
      const beishatan = STATIONS.features.find((f) => f.properties.id === 'beishatan')!.geometry!.coordinates;
      useAppStore.getState().choosePlace('station:beishatan', beishatan as [number, number]);
      const summary = await screen.findByRole('region', { name: heading });
      const parks = within(summary).getByRole('button', { name: label });
      await userEvent.click(parks);
      const list = document.getElementById(parks.getAttribute('aria-controls')!)!;
      const metas = [...list.querySelectorAll('.nearby-item-meta')].map((m) => m.textContent);
      expect(metas).toEqual(details);
    },
  );

  it('never states "0 m" for a town-level park sitting on the chosen station (Yongfeng)', async () => {
    renderApp('zh');
    const yongfeng = STATIONS.features.find((f) => f.properties.id === 'yongfeng')!.geometry!.coordinates;
    useAppStore.getState().choosePlace('station:yongfeng', yongfeng as [number, number]);
    const summary = await screen.findByRole('region', { name: '永丰附近' });
    const parks = within(summary).getByRole('button', { name: /^2 个产业园区，另有 4 个可能在范围内/ });
    await userEvent.click(parks);
    const list = document.getElementById(parks.getAttribute('aria-controls')!)!;
    const item = within(list).getByRole('button', { name: /永丰数字科技中心/ });
    expect(item.closest('li')!.querySelector('.nearby-item-meta')!.textContent).toBe('可能 最远约 2.6 公里');
    expect(list.textContent).not.toMatch(/(?<![\d.,])0 米/);
  });

  it('expands a line with several items into a list of buttons', async () => {
    renderApp();
    useAppStore.getState().choosePlace('station:xierqi', XIERQI as [number, number]);
    const summary = await screen.findByRole('region', { name: 'Near Xierqi' });
    const stations = within(summary).getByRole('button', { name: /metro stations$/ });
    expect(stations.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(stations);
    expect(stations.getAttribute('aria-expanded')).toBe('true');
    const list = document.getElementById(stations.getAttribute('aria-controls')!)!;
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(1);
  });

  it('gives a station on a planned line its opening year, as the data says', async () => {
    renderApp('zh');
    // 清河站 (Qinghe station) gains Line 19's northern extension, planned for about 2029.
    const qinghe = STATIONS.features.find((f) => f.properties.id === 'qinghezhan')!.geometry!.coordinates;
    useAppStore.getState().choosePlace('station:qinghezhan', qinghe as [number, number]);
    expect(await screen.findByText(/个将新增规划线路的车站（约2029年）/)).toBeInstanceOf(HTMLElement);
  });
});

describe('resident: use my location', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'geolocation', original);
    else delete (navigator as { geolocation?: unknown }).geolocation;
  });

  it.each([
    ['denied', (_ok: GeoSuccess, fail: GeoError) => fail({ code: 1, PERMISSION_DENIED: 1 }), /permission was denied/],
    [
      'unavailable',
      (_ok: GeoSuccess, fail: GeoError) => fail({ code: 2, PERMISSION_DENIED: 1 }),
      /not available right now/,
    ],
    [
      'outside Haidian (Tiananmen)',
      (ok: GeoSuccess) => ok({ coords: { longitude: 116.3975, latitude: 39.9087 } }),
      /outside Haidian/,
    ],
  ])('explains when the position is %s', async (_, answer, message) => {
    fakeGeolocation(answer);
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(screen.getByText(message)).toBeInstanceOf(HTMLElement);
    expect(useAppStore.getState().radius).toBeNull();
  });

  it('uses a position inside Haidian as the place', async () => {
    fakeGeolocation((ok) => ok({ coords: { longitude: 116.3162, latitude: 39.9839 } }));
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(useAppStore.getState().radius?.origin).toEqual([116.3162, 39.9839]);
    expect(screen.getByRole('heading', { name: 'Near My location' })).toBeInstanceOf(HTMLElement);
  });
});

describe('resident: plan projects', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('a click on a project marker opens its card quoting the plan, with status and year', async () => {
    const p = PLAN_PROJECTS.find((x) => x.id === 'anningzhuang-houjie-13')!;
    renderApp();
    handleMapClick({ lngLat: p.coordinates, layerId: 'projects-circle', featureId: p.id, surface: null });
    const card = await screen.findByRole('article', { name: new RegExp(p.name.en) });
    expect(within(card).getByText('Plan project · Urban renewal')).toBeInstanceOf(HTMLElement);
    const quote = card.querySelector('blockquote')!;
    expect(quote.textContent).toContain(p.planText.en);
    expect(quote.textContent).toContain(p.planText.zh);
    expect(within(card).getByText(p.status!.en)).toBeInstanceOf(HTMLElement);
    expect(within(card).getByText(String(p.year))).toBeInstanceOf(HTMLElement);
    await userEvent.click(within(card).getByRole('button', { name: /Back/ }));
    // The button answers the tap first; the list comes back in the frame after (BackButton).
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(selectSelectedProjectId(useAppStore.getState())).toBeNull();
  });

  it('the legend names every project category', () => {
    renderApp('zh');
    const legend = screen.getByText('图例').closest('details')!;
    const texts = [...legend.querySelectorAll('li, span')].map((el) => el.textContent?.trim());
    for (const name of ['医疗卫生', '住房', '公园绿地', '交通', '城市更新', '产业']) expect(texts).toContain(name);
  });
});

describe('resident: phone sheet and header menu', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('the handle steps peek → half → full, and a card opens it full', async () => {
    const { container } = renderApp();
    const sheet = container.querySelector('.sheet')!;
    expect(sheet.getAttribute('data-sheet')).toBe('peek');
    await userEvent.click(screen.getByRole('button', { name: 'Expand panel' }));
    expect(sheet.getAttribute('data-sheet')).toBe('half');
    useAppStore.getState().selectPark('cuihu-yuzhi-industrial-park');
    await screen.findByRole('article');
    expect(sheet.getAttribute('data-sheet')).toBe('full');
    useAppStore.getState().selectPark(null);
    await vi.waitFor(() => expect(sheet.getAttribute('data-sheet')).toBe('half'));
  });

  it('the menu button discloses the header controls', async () => {
    renderApp();
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(screen.getByRole('button', { name: 'Close menu' }).getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(menu.getAttribute('aria-controls')!)!.className).toContain('open');
  });
});
