import { describe, it, expect, beforeEach, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { i18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/store/index.ts';
import { selectSelectedParkId } from '../../src/store/selection-slice.ts';
import { transitNetwork } from '../../src/store/hooks.ts';
import { PARKS } from '../../src/data/index.ts';
import { App } from '../../src/app.tsx';
import * as maplibre from '../../src/map/maplibre.ts';
import { ParkTransitBlock } from '../../src/features/park-card/ParkTransitBlock.tsx';
import { ParkTransitLine } from '../../src/features/park-list/ParkTransitLine.tsx';
import { NearHere } from '../../src/features/radius/NearHere.tsx';
import { MeasureControl } from '../../src/map/TransitMapLayers.tsx';
import { handleMapClick } from '../../src/map/map-click.ts';
import { LAYER } from '../../src/map/ids.ts';
import { regionsInRadius } from '../../src/lib/radius.ts';
import { pointRegion } from '../../src/lib/region.ts';
import { transitRangeByPlace } from '../../src/lib/transit.ts';
import { renderUi } from './render.tsx';

const wrap = (ui: ReactNode) => renderUi(ui);
// 清华东路38号 (seq 8): its region is the block west of 京藏高速 (up to 学清路); 北沙滩 station sits at its south-east
// corner, so the nearest station is "up to 1.1 km" away and no walking time is given.
const dongpan = PARKS.find((p) => p.seq === 8)!;
// 上地信息路26号 (seq 18): placed from an address to ±300 m: 220–830 m to 清河站, a 3–14 minute walk.
const quantum = PARKS.find((p) => p.seq === 18)!;
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
    ['zh', 'now', quantum.id, '距清河站约 220–830 米，步行 3–14 分钟', '规划后有变化'],
    [
      'en',
      'plan',
      quantum.id,
      '220–830 m to Qinghe Railway Station, a 3–14 min walk',
      'Plan: +Line 19 northern extension (planned)',
    ],
    [
      'zh',
      'now',
      dongpan.id,
      '距最近车站最远约 1.1 公里（定位点附近为北沙滩站；园区位置不确定，不估算步行时间）',
      '规划后有变化',
    ],
    [
      'en',
      'plan',
      dongpan.id,
      'nearest station up to 1.1 km away (Beishatan station near the placed point; the site is too uncertain for a walking time)',
      'Plan: +Line 19 northern extension (planned)',
    ],
  ] as const)('%s, %s: %s → "%s" with the badge "%s"', async (lang, scenario, id, line, badge) => {
    await setLang(lang);
    useAppStore.setState({ scenario });
    wrap(<ParkTransitLine park={PARKS.find((p) => p.id === id)!} />);
    const el = screen.getByTestId('park-transit-line');
    expect(el.querySelector('.transit-nearest-text')!.textContent).toBe(line);
    expect(el.querySelector('.transit-badge')!.textContent).toBe(badge);
  });

  it('never states "0 米" or a walking time for a town-level park placed at a station node (永丰数字科技中心)', () => {
    wrap(<ParkTransitLine park={PARKS.find((p) => p.id === 'yongfeng-digital-tech-center')!} />);
    const text = screen.getByTestId('park-transit-line').textContent!;
    expect(text).toBe('距最近车站最远约 2.5 公里（定位点附近为永丰站；园区位置不确定，不估算步行时间）');
    expect(text).not.toMatch(/(^|[^\d.])0 米|步行 \d/);
  });
});

describe('transit block of the park card (ParkTransitBlock)', () => {
  beforeEach(async () => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    await i18n.changeLanguage('zh');
  });

  it('shows now and after plan, the lines within 5 km as intervals, the change and the exclusions, in Chinese', () => {
    wrap(<ParkTransitBlock park={dongpan} />);
    const block = screen.getByRole('region', { name: '轨道交通' });
    expect(within(block).getByText('现状').nextElementSibling!.textContent).toBe(
      '距最近车站最远约 1.1 公里（定位点附近为北沙滩站；园区位置不确定，不估算步行时间）',
    );
    const table = within(block).getByRole('table');
    const l15 = within(table).getByRole('rowheader', { name: '15号线' }).closest('tr')!;
    expect(
      within(l15)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['北沙滩站', '最远约 1.1 公里', '最远约 900 米']);
    // A range wider than 1 km states no walking time; up to 1 km wide it is a range of minutes, but not beyond about
    // 2.5 km (nobody walks 45 minutes to a metro: issue 22).
    const l8 = within(table).getByRole('rowheader', { name: '8号线' }).closest('tr')!;
    expect(within(l8).getAllByRole('cell')[1]!.textContent).toBe('约 1.5–2.9 公里');
    const l10 = within(table).getByRole('rowheader', { name: '10号线' }).closest('tr')!;
    expect(within(l10).getAllByRole('cell')[1]!.textContent).toBe('约 2.7–3.7 公里');
    expect(within(table).queryByRole('rowheader', { name: /19号线北延/ })).toBeNull();
    expect(within(block).getByText('北沙滩站（最远约 1.6 公里）将接入19号线北延（规划），约 2029 年')).toBeInstanceOf(
      HTMLElement,
    );
    expect(within(block).getByText(/13号线扩能提升工程（在建部分）未公布线路走向/)).toBeInstanceOf(HTMLElement);
    expect(within(block).getByText(/步速每小时 4.8 公里/)).toBeInstanceOf(HTMLElement);
    expect(block.textContent).not.toMatch(/NaN|undefined|(^|[^\d.])0 米/);
  });

  it('after the plan lists Line 19N with an indicative corridor interval and the reason, and its indicative stations, in English', async () => {
    await setLang('en');
    useAppStore.setState({ scenario: 'plan' });
    wrap(<ParkTransitBlock park={dongpan} />);
    const row = screen.getByRole('rowheader', { name: 'Line 19 northern extension (planned)' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe('Beishatanplanned · about 2029');
    expect(cells[2]!.textContent).toMatch(/^up to 1\.\d km \(indicative\)indicative alignment, not yet published$/);
    expect(cells.map((c) => c.textContent).join(' ')).not.toMatch(/NaN|undefined/);
  });
});

describe('transit filter and sort', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('"within 1 km" keeps only the parks certainly within it; the switch adds the possible ones, marked; clear all clears it', async () => {
    wrap(<App />);
    const ranges = transitRangeByPlace(PARKS, transitNetwork('now'), { lines: [], statuses: [] });
    const certain = PARKS.filter((p) => ranges.get(p.id)!.farKm <= 1).length;
    const possible = PARKS.filter((p) => ranges.get(p.id)!.nearKm <= 1 && ranges.get(p.id)!.farKm > 1).length;
    expect(certain).toBe(2); // only 上地信息路26号 (±300 m) and 昆明湖南路51号 (±900 m) are certainly within 1 km today
    expect(possible).toBeGreaterThan(5);
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^1 公里内\\s*${certain}$`) }));
    expect(useAppStore.getState().filters.transit.maxKm).toBe(1);
    expect(document.querySelector('.count-shown')!.textContent).toBe(`${certain} / 18 个园区`);
    expect(document.querySelector('.extra-possible')!.textContent).toBe(`另有 ${possible} 个可能在范围内`);
    // The transit filter is an active filter: it has a chip, and "Clear all" shows and clears it.
    expect(screen.getByRole('button', { name: /移除.*距车站 1 公里内/ }).getAttribute('aria-label')).toBe(
      '移除筛选：距车站 1 公里内',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: '也列出可能在范围内的园区' }));
    expect(useAppStore.getState().filters.transit.possible).toBe(true);
    expect(document.querySelector('.count-shown')!.textContent).toBe(`${certain + possible} / 18 个园区`);
    expect(document.querySelectorAll('.park-item.is-maybe').length).toBeGreaterThan(0);
    expect(document.querySelector('.park-item.is-maybe .maybe-tag')!.textContent).toBe('可能在 1 公里内');
    await userEvent.click(screen.getByRole('button', { name: '清除全部' }));
    expect(useAppStore.getState().filters.transit).toEqual({ maxKm: null, lines: [], statuses: [], possible: false });
    expect(document.querySelector('.count-shown')!.textContent).toBe('18 / 18 个园区');
  });

  it('industry chip counts agree with the list under a transit filter', async () => {
    wrap(<App />);
    await userEvent.click(screen.getByRole('checkbox', { name: '也列出可能在范围内的园区' }));
    await userEvent.click(screen.getByRole('button', { name: /^1 公里内/ }));
    const shown = Number(/^(\d+) \/ 18/.exec(screen.getByText(/ \/ 18 个园区/).textContent!)![1]);
    const ai = screen.getByRole('button', { name: /^人工智能\s*\d+$/ });
    const aiCount = Number(/(\d+)$/.exec(ai.textContent!)![1]);
    const ranges = transitRangeByPlace(PARKS, transitNetwork('now'), { lines: [], statuses: [] });
    const expectedAi = PARKS.filter((p) => p.industries.includes('ai') && ranges.get(p.id)!.nearKm <= 1).length;
    expect(aiCount).toBe(expectedAi);
    expect(aiCount).toBeLessThanOrEqual(shown);
  });

  it('offers lines, and station statuses only after the plan, behind a disclosure', async () => {
    wrap(<App />);
    expect(screen.queryByRole('button', { name: '15号线' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '按线路、车站状态筛选' }));
    await userEvent.click(screen.getByRole('button', { name: '15号线' }));
    expect(useAppStore.getState().filters.transit.lines).toEqual(['L15']);
    expect(screen.getByText(/切换到“规划后”可按在建、规划车站筛选/)).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: '规划后' }));
    await userEvent.click(screen.getByRole('button', { name: '规划' }));
    expect(useAppStore.getState().filters.transit.statuses).toEqual(['planned']);
  });
});

describe('the radius query and what is near it (NearHere)', () => {
  beforeEach(async () => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    await i18n.changeLanguage('zh');
  });

  /** Opens a group's line when it folds a list; gives the group's items (one for a single-item line). */
  function groupItems(group: HTMLElement): HTMLElement[] {
    const line = group.querySelector<HTMLElement>('.nearby-line')!;
    if (line.getAttribute('aria-expanded') === 'false') fireEvent.click(line);
    const list = group.querySelector('.nearby-items');
    return list ? within(list as HTMLElement).getAllByRole('listitem') : [line];
  }

  it('shows a hint until the map is clicked, then counts parks certainly and possibly within and lists them with ranges', async () => {
    wrap(<NearHere />);
    expect(screen.getByText(/点击地图任意位置/)).toBeInstanceOf(HTMLElement);
    act(() => handleMapClick({ lngLat: BEISHATAN, layerId: null, featureId: null, surface: null }));
    expect(useAppStore.getState().radius).toEqual({ origin: BEISHATAN, radiusKm: 2 });
    const expected = regionsInRadius(BEISHATAN, 2, PARKS, (p) => p.region);
    expect(expected.map((h) => [h.item.seq, h.within])).toEqual([
      [8, 'certain'],
      [7, 'possible'],
    ]);
    // The panel loads on the first query.
    const panel = await screen.findByRole('region', { name: '半径查询' });
    const parks = within(panel).getByTestId('nearby-parks');
    expect(within(parks).getByRole('button', { expanded: false }).textContent).toBe(
      '1 个产业园区，另有 1 个可能在范围内▾',
    );
    const items = groupItems(parks);
    expect(items.map((li) => li.querySelector('button')!.textContent)).toEqual(expected.map((h) => h.item.name.zh));
    // 东畔's block reaches the station: "up to", never "0 米"; 学院路·东升园 (±600 m) may be within 2 km.
    expect(items[0]!.textContent).toContain('最远约 1.6 公里');
    expect(items[1]!.textContent).toMatch(/可能.*约 0\.9–2\.2 公里/);
    expect(parks.textContent).not.toMatch(/(^|[^\d.,])0 米|NaN/);
    // 北沙滩 station itself, on Line 15, gains the planned Line 19 northern extension: one line opens it directly.
    expect(within(panel).getByTestId('nearby-stations-new-line').textContent).toBe(
      '1 个将新增规划线路的车站（约2029年） 北沙滩站 0 米 15号线19号线北延（规划）',
    );
  });

  it('adjusts the radius with the slider and clears', async () => {
    useAppStore.getState().setRadiusOrigin(BEISHATAN);
    wrap(<NearHere />);
    fireEvent.change(await screen.findByRole('slider', { name: '半径 2 公里' }), { target: { value: '0.5' } });
    expect(useAppStore.getState().radius!.radiusKm).toBe(0.5);
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('500 米');
    // Within 500 m nothing is certain: 东畔's block reaches the station but extends 1.6 km west.
    expect(screen.getByTestId('nearby-parks').querySelector('.nearby-label')!.textContent).toBe(
      '1 个产业园区可能在范围内',
    );
    fireEvent.click(screen.getByRole('button', { name: '清除半径查询' }));
    expect(useAppStore.getState().radius).toBeNull();
  });

  it('re-centres on a station chosen from the list, named as the place', async () => {
    const liudaokou = transitNetwork('plan').stations.find((st) => st.id === 'liudaokou')!.coordinates;
    useAppStore.getState().setRadiusOrigin([116.36, 40.01]);
    wrap(<NearHere />);
    // 北沙滩 is the one station gaining a line here: its line re-centres directly.
    fireEvent.click(await screen.findByTitle('以北沙滩站为中心'));
    expect(useAppStore.getState().radius!.origin).toEqual(BEISHATAN);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('北沙滩附近');
    // From a list of several: 六道口 among the open stations.
    fireEvent.click(within(screen.getByTestId('nearby-stations-open')).getByRole('button', { expanded: false }));
    fireEvent.click(screen.getByRole('button', { name: '六道口站' }));
    expect(useAppStore.getState().radius!.origin).toEqual(liudaokou);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('六道口附近');
  });

  it.each(['now', 'plan'] as const)(
    'counts each station group as many as its list shows, and every station once (西二旗, 2 km, scenario %s)',
    async (scenario) => {
      const xierqi = transitNetwork('plan').stations.find((st) => st.id === 'xierqi')!.coordinates;
      useAppStore.setState({ scenario });
      useAppStore.getState().setRadiusOrigin(xierqi);
      wrap(<NearHere />);
      await screen.findByTestId('nearby-stations-open');
      const listed = (key: string) => {
        const group = screen.getByTestId(`nearby-${key}`);
        const names = groupItems(group).map((el) => el.querySelector('.nearby-item-name')!.textContent);
        return { label: group.querySelector('.nearby-label')!.textContent, names };
      };
      // Once the summary said "3 metro stations" while the list below it showed 4: 清河站 gains a line, so it is
      // counted and listed apart, and the three counts add up to the stations within 2 km.
      expect(listed('stations-open')).toEqual({ label: '3 个地铁站', names: ['西二旗站', '东北旺站', '上地软件园站'] });
      expect(listed('stations-new-line')).toEqual({
        label: '1 个将新增规划线路的车站（约2029年）',
        names: ['清河站'],
      });
      expect(listed('stations-planned')).toEqual({
        label: '2 个规划车站可能在范围内（约2029年）',
        names: ['西三旗站（规划站位示意）', '新龙泽站（规划站位示意）'],
      });
      // Every station within 2 km, listed once in the whole panel.
      const network = transitNetwork('plan');
      const within2 = regionsInRadius(xierqi, 2, network.stations, (st) =>
        pointRegion(st.coordinates, st.uncertaintyKm),
      );
      const shown = [...document.querySelectorAll('[data-testid^="nearby-stations-"] .nearby-item-name')].map(
        (el) => el.textContent,
      );
      expect(shown).toHaveLength(3 + 1 + 2);
      expect(new Set(shown).size).toBe(shown.length);
      const label = (zh: string) => (zh.endsWith('站') ? zh : `${zh}站`);
      expect(shown.map((n) => n!.replace('（规划站位示意）', '')).sort()).toEqual(
        within2.map((h) => label(h.item.name.zh)).sort(),
      );
    },
  );
});

describe('map clicks and the measure tool', () => {
  beforeEach(async () => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    await i18n.changeLanguage('zh');
  });

  it('a park click selects it; an empty click starts a radius query and closes the card', () => {
    handleMapClick({ lngLat: dongpan.coordinates, layerId: LAYER.parksCircle, featureId: dongpan.id, surface: null });
    expect(selectSelectedParkId(useAppStore.getState())).toBe(dongpan.id);
    handleMapClick({ lngLat: BEISHATAN, layerId: null, featureId: null, surface: null });
    expect(selectSelectedParkId(useAppStore.getState())).toBeNull();
    expect(useAppStore.getState().radius?.origin).toEqual(BEISHATAN);
  });

  it('in measure mode clicks add points (even on a park) and the total reads 1 公里 for 1 km on a meridian', async () => {
    wrap(<MeasureControl />);
    await userEvent.click(screen.getByRole('button', { name: '测距' }));
    // The read-out loads the first time the tool is switched on.
    expect(await screen.findByText('在地图上依次点击各点')).toBeInstanceOf(HTMLElement);
    act(() => {
      handleMapClick({ lngLat: [116.3, 40], layerId: null, featureId: null, surface: null });
      handleMapClick({
        lngLat: [116.3, 40.00899320363725],
        layerId: LAYER.parksCircle,
        featureId: dongpan.id,
        surface: null,
      });
    });
    expect(useAppStore.getState().radius).toBeNull();
    expect(selectSelectedParkId(useAppStore.getState())).toBeNull();
    expect(screen.getByTestId('measure-total').textContent).toBe('总长 1 公里');
    await userEvent.click(screen.getByRole('button', { name: '撤销一点' }));
    expect(useAppStore.getState().measurePoints).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: '完成' }));
    expect(useAppStore.getState()).toMatchObject({ measuring: false, measurePoints: [] });
  });
});
