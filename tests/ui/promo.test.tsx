import { describe, it, expect, beforeEach, vi } from 'vitest';
import { screen, within, act, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { i18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/store/index.ts';
import { selectSelectedParkId } from '../../src/store/selection-slice.ts';
import { CompareTray } from '../../src/features/compare/CompareTray.tsx';
import { CompareView } from '../../src/features/compare/CompareView.tsx';
import { PresentMode } from '../../src/features/present/PresentMode.tsx';
import { HeaderActions } from '../../src/features/shell/HeaderActions.tsx';
import { PrintSheets } from '../../src/features/print/PrintSheets.tsx';
import { EMPTY_FILTERS } from '../../src/lib/filters.ts';
import { CSV_COLUMNS } from '../../src/lib/export.ts';
import { renderUi } from './render.tsx';
import { PARKS } from '../../src/data/index.ts';

const renderWith = (ui: ReactNode) => renderUi(ui);

const VALLEY = 'zgc-international-medical-valley';
const BONDED = 'zgc-bonded-zone-phase-1';
const IC_DESIGN = 'ic-design-park-phase-2';
// Placed at its street address (±300 m), 524 m from Qinghe station.
const QUANTUM = 'zgc-haidian-quantum-future-industry-park';
// Placed only at town level (±2.5 km), its point on top of Yongfeng station: never "永丰站 0 米".
const YONGFENG = 'yongfeng-digital-tech-center';

/** "0 米" / "0 m" as a figure of its own (not the end of "220 米"). */
const ZERO = /(?<![\d.,])0 (米|m\b)/;
/** A walking time: "步行约 6 分钟", "步行 3–14 分钟", "6-minute walk", "3–14 min walk". */
const WALK = /步行约? ?\d|\d+(–\d+)?[- ]min(ute)? walk/;

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  void i18n.changeLanguage('zh');
});

describe('CompareTray and CompareView', () => {
  it('lists the picked parks and asks for a second one', () => {
    useAppStore.getState().toggleCompare(BONDED);
    renderWith(<CompareTray />);
    const tray = screen.getByRole('region', { name: '对比栏' });
    expect(within(tray).getByText('中关村综保区(一期)')).toBeInstanceOf(HTMLElement);
    expect(within(tray).getByText('再选一个园区即可对比（最多 4 个）。')).toBeInstanceOf(HTMLElement);
    expect((within(tray).getByRole('button', { name: /对比 1 个园区/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens a side-by-side table of three parks with the plan figures, the largest marked', async () => {
    for (const id of [BONDED, VALLEY, IC_DESIGN]) useAppStore.getState().toggleCompare(id);
    renderWith(
      <>
        <CompareView />
        <CompareTray />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: /对比 3 个园区/ }));
    expect(useAppStore.getState().compareOpen).toBe(true);
    const dialog = screen.getByRole('dialog', { name: '园区对比' });
    const cols = within(dialog)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(cols.slice(0, 3).join('|')).toMatch(
      /中关村综保区\(一期\).*\|.*中关村科学城国际医谷.*\|.*集成电路设计园二期/,
    );
    const floor = within(dialog).getByRole('row', { name: /总建筑面积/ });
    expect(
      within(floor)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12.1万㎡', '80.7万㎡ 最大', '3.5万㎡']);
    const above = within(dialog).getByRole('row', { name: /其中地上/ });
    expect(
      within(above)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['7.9万㎡', '59.15万㎡ 最大', '规划未给出']);
    // The towns differ (温泉镇, 上庄镇, 西北旺镇): the row is marked.
    expect(within(dialog).getByRole('row', { name: /所在镇街.*各园区不同/ })).toBeInstanceOf(HTMLElement);
    expect(within(dialog).getByRole('row', { name: /最近地铁站（现状）/ })).toBeInstanceOf(HTMLElement);
    expect(within(dialog).getByRole('row', { name: /最近地铁站（规划后）/ })).toBeInstanceOf(HTMLElement);
    // How precisely each park is placed: the town-level one first.
    const placement = within(dialog).getByRole('row', { name: /点位精度/ });
    expect(
      within(placement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['仅定位到镇街（温泉镇），误差约 6.5 公里', '按片区定位，误差约 2 公里', '按片区定位，误差约 1.5 公里']);
    // The distance between two roughly placed parks is a range over where each may lie, the same both ways.
    const matrix = within(dialog).getByRole('table', { name: '园区之间的直线距离' });
    const rows = within(matrix).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const cells = rows.slice(1).map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(cells).toEqual([
      ['—', '约 3.9–15.0 公里', '约 0.9–11.7 公里'],
      ['约 3.9–15.0 公里', '—', '约 2.7–9.8 公里'],
      ['约 0.9–11.7 公里', '约 2.7–9.8 公里', '—'],
    ]);
  });

  it("adds the rows a founder decides on: the plan's location and positioning, and what the planned transit changes", () => {
    const DONGPAN = 'zgc-dongsheng-phase-3-dongpan';
    useAppStore.setState({ compareIds: [DONGPAN, BONDED], compareOpen: true });
    renderWith(<CompareView />);
    const dialog = screen.getByRole('dialog', { name: '园区对比' });
    const cells = (row: string) =>
      within(dialog.querySelector(`tr[data-row="${row}"]`) as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent!);
    const parks = [DONGPAN, BONDED].map((id) => PARKS.find((p) => p.id === id)!);
    // The plan's words, Chinese first, then the translation.
    expect(cells('location')).toEqual(parks.map((p) => p.location.zh + p.location.en));
    expect(cells('positioning')).toEqual(parks.map((p) => p.positioning.zh + p.positioning.en));
    // 清华东路38号 gains Line 19N at 北沙滩 (about 2029); the bonded zone, in the far west, gains nothing within reach.
    const [dongpan, bonded] = cells('plan-changes');
    expect(dongpan).toMatch(/北沙滩/);
    expect(dongpan).toMatch(/19号线/);
    expect(bonded).toBe('规划未带来新线路或更近的车站');
  });

  it('states a precise park to its placement and a town-level park with no "0 米" and no walking time', () => {
    useAppStore.setState({ compareIds: [QUANTUM, YONGFENG], compareOpen: true });
    renderWith(<CompareView />);
    const dialog = screen.getByRole('dialog', { name: '园区对比' });
    const now = within(within(dialog).getByRole('row', { name: /最近地铁站（现状）/ }))
      .getAllByRole('cell')
      .map((c) => c.textContent!);
    expect(now[0]).toBe('距清河站约 220–830 米，步行 3–14 分钟');
    // The wide wording (transit-text.ts nearestWide): the range, and the station only as the one near the placed point.
    expect(now[1]).toMatch(/^距最近车站最远约 2\.5 公里（.*永丰站.*）$/);
    const plan = within(within(dialog).getByRole('row', { name: /最近地铁站（规划后）/ }))
      .getAllByRole('cell')
      .map((c) => c.textContent!);
    for (const text of [now[1]!, plan[1]!]) {
      expect(text).not.toMatch(ZERO);
      expect(text).not.toMatch(WALK);
    }
    const placement = within(dialog).getByRole('row', { name: /点位精度/ });
    expect(
      within(placement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['按门牌地址定位，误差约 300 米', '仅定位到镇街（西北旺镇），误差约 2.5 公里']);
    const matrix = within(dialog).getByRole('table', { name: '园区之间的直线距离' });
    expect(
      within(matrix)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        ),
    ).toEqual([
      ['—', '约 4.5–10.1 公里'],
      ['约 4.5–10.1 公里', '—'],
    ]);
  });

  it('closes with Escape', async () => {
    for (const id of [BONDED, VALLEY]) useAppStore.getState().toggleCompare(id);
    useAppStore.getState().setCompareOpen(true);
    renderWith(<CompareView />);
    expect(screen.getByRole('dialog')).toBeInstanceOf(HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().compareOpen).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('PresentMode', () => {
  it('tours the filtered parks with the arrow keys and leaves with Escape, keeping the park', async () => {
    useAppStore.setState({ filters: { ...EMPTY_FILTERS, industries: ['biomed'] }, presenting: true });
    renderWith(<PresentMode />);
    // The tour starts at the first biomed park (plan order): 1, 10, 14, 15, 17.
    expect(selectSelectedParkId(useAppStore.getState())).toBe(BONDED);
    expect(screen.getByText('1 / 5')).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('中关村综保区(一期)');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByText('3 / 5')).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('中关村科学城国际医谷');
    expect(screen.getByText('80.7万㎡')).toBeInstanceOf(HTMLElement);
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(screen.getByText('5 / 5')).toBeInstanceOf(HTMLElement);
    expect((screen.getByRole('button', { name: '下一个园区' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: '上一个园区' }));
    expect(screen.getByText('4 / 5')).toBeInstanceOf(HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().presenting).toBe(false);
    expect(selectSelectedParkId(useAppStore.getState())).toBe('sijiqing-life-science-park');
  });

  it('tours the compare set when it is not empty', () => {
    useAppStore.setState({ compareIds: [VALLEY, IC_DESIGN], presenting: true });
    renderWith(<PresentMode />);
    expect(screen.getByText('1 / 2')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('对比园区')).toBeInstanceOf(HTMLElement);
    expect(selectSelectedParkId(useAppStore.getState())).toBe(VALLEY);
  });
});

describe('PrintSheets', () => {
  async function printShortlist(ids: string[], lang: 'zh' | 'en' = 'zh') {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    // jsdom decodes no images; the sheets wait for every image to decode before printing.
    if (!HTMLImageElement.prototype.decode) HTMLImageElement.prototype.decode = () => Promise.resolve();
    await act(async () => {
      await i18n.changeLanguage(lang);
    });
    useAppStore.setState({ lang, compareIds: ids });
    useAppStore.getState().requestPrint({ scope: 'shortlist' });
    const { container } = renderWith(<PrintSheets />);
    await waitFor(() => expect(container.querySelector('.print-sheets')?.getAttribute('data-ready')).toBe('true'));
    return container;
  }
  const cellTexts = (row: Element) => [...row.querySelectorAll('td')].map((td) => td.textContent);

  it('states the nearest-station ranges and each park\'s placement on the shortlist, never "永丰站 0 米"', async () => {
    const sheets = await printShortlist([QUANTUM, YONGFENG]);
    const table = sheets.querySelector('[data-print-sheet="shortlist"] table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent).slice(-3)).toEqual([
      '最近地铁站（现状）',
      '最近地铁站（规划后）',
      '点位精度',
    ]);
    const quantum = cellTexts(table.querySelector(`tr[data-park-id="${QUANTUM}"]`)!);
    expect(quantum.slice(-3)).toEqual([
      '清河站 约 220–830 米',
      '清河站 约 220–830 米',
      '按门牌地址定位，误差约 300 米',
    ]);
    const yongfeng = cellTexts(table.querySelector(`tr[data-park-id="${YONGFENG}"]`)!);
    expect(yongfeng.slice(-3)).toEqual([
      '最近车站 最远约 2.5 公里（定位点附近为永丰站）',
      '最近车站 最远约 2.5 公里（定位点附近为永丰站）',
      '仅定位到镇街（西北旺镇），误差约 2.5 公里',
    ]);
    expect(table.textContent).not.toMatch(/永丰站 ?0 米/);
  });

  it('gives the town-level park\'s own sheet its placement, a range, no "0 米" and no walking time', async () => {
    const sheets = await printShortlist([QUANTUM, YONGFENG]);
    const sheet = sheets.querySelector(`[data-print-sheet="park"][data-park-id="${YONGFENG}"]`)!;
    const facts = Object.fromEntries(
      [...sheet.querySelectorAll('.sheet-facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]),
    );
    expect(facts['点位精度']).toBe('仅定位到镇街（西北旺镇），误差约 2.5 公里');
    expect(facts['最近地铁站（现状）']).toMatch(/^距最近车站最远约 2\.5 公里（.*永丰站.*）$/);
    expect(sheet.querySelector('.sheet-facts')!.textContent).not.toMatch(ZERO);
    expect(sheet.querySelector('.sheet-facts')!.textContent).not.toMatch(WALK);
    const precise = sheets.querySelector(
      `[data-print-sheet="park"][data-park-id="${QUANTUM}"] .sheet-facts`,
    )!.textContent;
    expect(precise).toContain('距清河站约 220–830 米，步行 3–14 分钟');
    expect(precise).toContain('按门牌地址定位，误差约 300 米');
  });

  it('words the same in English', async () => {
    const sheets = await printShortlist([QUANTUM, YONGFENG], 'en');
    const table = sheets.querySelector('[data-print-sheet="shortlist"] table')!;
    expect(cellTexts(table.querySelector(`tr[data-park-id="${QUANTUM}"]`)!).slice(-1)).toEqual([
      'Placed at the street address, within about 300 m',
    ]);
    expect(cellTexts(table.querySelector(`tr[data-park-id="${YONGFENG}"]`)!).slice(-3)).toEqual([
      'Nearest station up to 2.5 km (Yongfeng near the placed point)',
      'Nearest station up to 2.5 km (Yongfeng near the placed point)',
      'Placed at town level (Xibeiwang Town), within about 2.5 km',
    ]);
    expect(table.textContent).not.toMatch(ZERO);
    await act(async () => {
      await i18n.changeLanguage('zh');
    });
  });
});

describe('HeaderActions', () => {
  it('copies the link and shows it with a QR code', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true });
    renderWith(<HeaderActions />);
    await userEvent.click(screen.getByRole('button', { name: '分享' }));
    // The share panel loads on first use.
    const dialog = await screen.findByRole('dialog', { name: '分享当前视图' });
    expect((within(dialog).getByRole('textbox', { name: '链接' }) as HTMLInputElement).value).toBe(
      window.location.href,
    );
    // jsdom has no canvas, so the QR code itself is checked in Chromium (tests/e2e/promo.test.mjs).
    expect(dialog.querySelector<HTMLCanvasElement>('canvas[aria-label="当前链接的二维码"]')?.dataset.qrText).toBe(
      window.location.href,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(within(dialog).getByRole('status').textContent).toBe('链接已复制。');
  });

  it('exports the filtered parks as CSV', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    useAppStore.setState({ filters: { ...EMPTY_FILTERS, industries: ['biomed'] } });
    renderWith(<HeaderActions />);
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    // The export menu loads on first use.
    expect(await screen.findByText('导出当前筛选的 5 个园区：')).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: /表格（CSV）/ }));
    // The door-to-door columns need the metro network, fetched first.
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const text = await blobs[0]!.text();
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    // The station columns carry the ranges of the app's own figures: 中关村综保区(一期) is placed only to its town.
    // Each header cell is "label (key)" in the reader's language (features/export/csv-text.ts).
    const header = lines[0]!
      .replace('\uFEFF', '')
      .split(',')
      .map((h) => /\(([a-z0-9_]+)\)$/.exec(h)?.[1]);
    expect(header.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    // Then door to door, four columns per default destination: low and high end, now and after the plan.
    expect(header.slice(CSV_COLUMNS.length, CSV_COLUMNS.length + 4)).toEqual([
      'to_zhongguancun_now_low_min',
      'to_zhongguancun_now_high_min',
      'to_zhongguancun_plan_low_min',
      'to_zhongguancun_plan_high_min',
    ]);
    expect(header).toHaveLength(CSV_COLUMNS.length + 12 * 4);
    // Fields split as RFC 4180 reads them: text columns may hold quoted commas.
    const bonded = [...lines.find((l) => l.includes(BONDED))!.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map(
      (m) => m[1],
    );
    const cell = (name: (typeof CSV_COLUMNS)[number]) => bonded[header.indexOf(name)];
    expect([
      cell('placement_precision'),
      cell('placement_accuracy_m'),
      cell('nearest_station_now_zh'),
      cell('nearest_station_now_en'),
    ]).toEqual(['town', '6500', '温阳路站', 'Wenyanglu']);
    expect(Number(cell('station_now_near_m'))).toBeLessThan(Number(cell('station_now_far_m')));
    expect([cell('station_now_near_m'), cell('station_now_far_m')]).toEqual(['104', '5313']);
    expect(screen.queryByRole('group', { name: '导出' })).toBeNull();
  });

  it('enters presentation mode', async () => {
    renderWith(<HeaderActions />);
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: '演示' }));
    });
    expect(useAppStore.getState().presenting).toBe(true);
  });
});
