import { describe, it, expect, beforeEach, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { i18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/store/index.ts';
import { transitNetwork } from '../../src/store/hooks.ts';
import { PARKS } from '../../src/data/index.ts';
import { App } from '../../src/app.tsx';
import * as maplibre from '../../src/map/maplibre.ts';
import { ParkTransitBlock } from '../../src/features/park-card/ParkTransitBlock.tsx';
import { ParkTransitLine } from '../../src/features/park-list/ParkTransitLine.tsx';
import { RadiusPanel } from '../../src/features/transit/RadiusPanel.tsx';
import { MeasureControl } from '../../src/map/TransitMapLayers.tsx';
import { handleMapClick } from '../../src/map/map-click.ts';
import { LAYER } from '../../src/map/ids.ts';
import { radiusQuery } from '../../src/lib/spatial.ts';
import { transitKmByPlace } from '../../src/lib/transit.ts';

const wrap = (ui: ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
// 清华东路38号 (seq 8): 396 m from 北沙滩 (shown as 400 m), 0.396 × 1.3 ÷ 4.8 × 60 = 6.4 → 6 minutes.
const dongpan = PARKS.find((p) => p.seq === 8)!;
const BEISHATAN: [number, number] = [116.36204, 40.00012];

async function setLang(lang: 'zh' | 'en') {
  await act(async () => {
    useAppStore.setState({ lang });
    await i18n.changeLanguage(lang);
  });
}

describe('transit on the list card (ParkTransitLine)', () => {
  beforeEach(async () => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    await i18n.changeLanguage('zh');
  });

  it.each([
    ['zh', 'now', '距北沙滩站 400 米，步行约 6 分钟', '规划后有变化'],
    ['zh', 'plan', '距北沙滩站 400 米，步行约 6 分钟', '规划：+19号线北延（规划）'],
    ['en', 'now', '400 m to Beishatan station, about a 6-minute walk', 'Changes after plan'],
    ['en', 'plan', '400 m to Beishatan station, about a 6-minute walk', 'Plan: +Line 19 northern extension (planned)'],
  ] as const)('%s, %s: "%s" with the badge "%s"', async (lang, scenario, line, badge) => {
    await setLang(lang);
    useAppStore.setState({ scenario });
    wrap(<ParkTransitLine park={dongpan} />);
    const el = screen.getByTestId('park-transit-line');
    expect(el.querySelector('.transit-nearest-text')!.textContent).toBe(line);
    expect(el.querySelector('.transit-badge')!.textContent).toBe(badge);
  });
});

describe('transit block of the park card (ParkTransitBlock)', () => {
  beforeEach(async () => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    await i18n.changeLanguage('zh');
  });

  it('shows now and after plan, the lines within 5 km, the change and the exclusions, in Chinese', () => {
    wrap(<ParkTransitBlock park={dongpan} />);
    const block = screen.getByRole('region', { name: '轨道交通' });
    expect(within(block).getByText('现状').nextElementSibling!.textContent).toBe('距北沙滩站 400 米，步行约 6 分钟');
    const table = within(block).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: '15号线' })).toBeInstanceOf(HTMLElement);
    expect(within(table).queryByRole('rowheader', { name: /19号线北延/ })).toBeNull();
    expect(within(block).getByText('北沙滩站（400 米）将接入19号线北延（规划），约 2029 年')).toBeInstanceOf(HTMLElement);
    expect(within(block).getByText(/19号线北延（规划）的 5 座规划车站（.*生命谷站.*）尚未公布位置，未计入距离（约 2029 年）。/)).toBeInstanceOf(HTMLElement);
    expect(within(block).getByText(/13号线扩能提升工程（在建部分）未公布线路走向/)).toBeInstanceOf(HTMLElement);
    expect(within(block).getByText(/步速每小时 4.8 公里/)).toBeInstanceOf(HTMLElement);
  });

  it('after the plan lists Line 19N with an approximate corridor distance and the reason, in English', async () => {
    await setLang('en');
    useAppStore.setState({ scenario: 'plan' });
    wrap(<ParkTransitBlock park={dongpan} />);
    const row = screen.getByRole('rowheader', { name: 'Line 19 northern extension (planned)' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe('Beishatanplanned · about 2029');
    expect(cells[2]!.textContent).toMatch(/^≈ \d+ m(indicative alignment, not yet published)$/);
    expect(cells.map((c) => c.textContent).join(' ')).not.toMatch(/NaN|undefined/);
  });
});

describe('transit filter and sort', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('"within 1 km" keeps the parks whose nearest station is within 1 km and says how many', async () => {
    wrap(<App />);
    const km = transitKmByPlace(PARKS, transitNetwork('now'), { lines: [], statuses: [] });
    const expected = PARKS.filter((p) => km.get(p.id)! <= 1).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(18);
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^1 公里内\\s*${expected}$`) }));
    expect(useAppStore.getState().transitQuery.maxKm).toBe(1);
    expect(screen.getByText(`${expected} / 18 个园区`)).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: '清除交通筛选' }));
    expect(screen.getByText('18 / 18 个园区')).toBeInstanceOf(HTMLElement);
  });

  it('offers lines, and station statuses only after the plan, behind a disclosure', async () => {
    wrap(<App />);
    expect(screen.queryByRole('button', { name: '15号线' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '按线路、车站状态筛选' }));
    await userEvent.click(screen.getByRole('button', { name: '15号线' }));
    expect(useAppStore.getState().transitQuery.lines).toEqual(['L15']);
    expect(screen.getByText(/切换到“规划后”可按在建、规划车站筛选/)).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: '规划后' }));
    await userEvent.click(screen.getByRole('button', { name: '规划' }));
    expect(useAppStore.getState().transitQuery.statuses).toEqual(['planned']);
  });
});

describe('radius query panel', () => {
  beforeEach(async () => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    await i18n.changeLanguage('zh');
  });

  it('shows a hint until the map is clicked, then lists parks nearest first with distances', async () => {
    wrap(<RadiusPanel />);
    expect(screen.getByText(/点击地图任意位置/)).toBeInstanceOf(HTMLElement);
    act(() => handleMapClick({ lngLat: BEISHATAN, layerId: null, featureId: null }));
    expect(useAppStore.getState().radius).toEqual({ origin: BEISHATAN, radiusKm: 2 });
    const expected = radiusQuery(BEISHATAN, 2, PARKS, (p) => p.coordinates);
    const parks = screen.getByTestId('radius-parks');
    expect(within(parks).getByRole('heading').textContent).toBe(`园区（${expected.length}）`);
    expect(within(parks).getAllByRole('listitem').map((li) => li.querySelector('button')!.textContent)).toEqual(expected.map((h) => h.item.name.zh));
    expect(within(parks).getAllByRole('listitem')[0]!.textContent).toContain('400 米');
    expect(within(screen.getByTestId('radius-stations')).getAllByRole('listitem')[0]!.textContent).toMatch(/^北沙滩站15号线/);
  });

  it('adjusts the radius with the slider and clears', () => {
    useAppStore.getState().setRadiusOrigin(BEISHATAN);
    wrap(<RadiusPanel />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '0.5' } });
    expect(useAppStore.getState().radius!.radiusKm).toBe(0.5);
    expect(screen.getByText('园区（1）')).toBeInstanceOf(HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: '清除半径查询' }));
    expect(useAppStore.getState().radius).toBeNull();
  });

  it('re-centres on a station chosen from the list', () => {
    useAppStore.getState().setRadiusOrigin([116.36, 40.01]);
    wrap(<RadiusPanel />);
    fireEvent.click(screen.getByRole('button', { name: '北沙滩站' }));
    expect(useAppStore.getState().radius!.origin).toEqual(BEISHATAN);
  });
});

describe('map clicks and the measure tool', () => {
  beforeEach(async () => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    await i18n.changeLanguage('zh');
  });

  it('a park click selects it; an empty click starts a radius query and closes the card', () => {
    handleMapClick({ lngLat: dongpan.coordinates, layerId: LAYER.parksCircle, featureId: dongpan.id });
    expect(useAppStore.getState().selectedParkId).toBe(dongpan.id);
    handleMapClick({ lngLat: BEISHATAN, layerId: null, featureId: null });
    expect(useAppStore.getState().selectedParkId).toBeNull();
    expect(useAppStore.getState().radius?.origin).toEqual(BEISHATAN);
  });

  it('in measure mode clicks add points (even on a park) and the total reads 1 公里 for 1 km on a meridian', async () => {
    wrap(<MeasureControl />);
    await userEvent.click(screen.getByRole('button', { name: '测距' }));
    expect(screen.getByText('在地图上依次点击各点')).toBeInstanceOf(HTMLElement);
    act(() => {
      handleMapClick({ lngLat: [116.3, 40], layerId: null, featureId: null });
      handleMapClick({ lngLat: [116.3, 40.00899320363724538], layerId: LAYER.parksCircle, featureId: dongpan.id });
    });
    expect(useAppStore.getState().radius).toBeNull();
    expect(useAppStore.getState().selectedParkId).toBeNull();
    expect(screen.getByTestId('measure-total').textContent).toBe('总长 1 公里');
    await userEvent.click(screen.getByRole('button', { name: '撤销一点' }));
    expect(useAppStore.getState().measurePoints).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: '完成' }));
    expect(useAppStore.getState()).toMatchObject({ measuring: false, measurePoints: [] });
  });
});
